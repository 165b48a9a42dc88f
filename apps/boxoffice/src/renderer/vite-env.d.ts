/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API origin for the stand-in bridge; "" for this page's origin (the dev server proxies /trpc). */
  readonly VITE_MARQUEE_API_URL?: string;
}
