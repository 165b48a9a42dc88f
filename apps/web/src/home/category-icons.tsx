import type { SVGProps } from "react";

type IconProps = SVGProps<SVGSVGElement>;

function Art({ children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const FilmIcon = (props: IconProps) => (
  <Art {...props}>
    <rect x="7" y="11" width="34" height="26" rx="4" />
    <path d="M7 18h34M7 30h34M15 11v7M24 11v7M33 11v7M15 30v7M24 30v7M33 30v7" />
  </Art>
);
export const MasksIcon = (props: IconProps) => (
  <Art {...props}>
    <path d="M8 10c6 2.5 12 2.5 18 0v12c0 6-4 10-9 10s-9-4-9-10V10Z" />
    <path d="M13 19h2.5M20.5 19H23M13.5 25.5c2.2 1.8 4.8 1.8 7 0" />
    <path d="M29 16c3.6 1 7.4 1 11-.6V27c0 6-4 10-9 10-2.4 0-4.6-1-6.2-2.6" />
    <path d="M31 23h2.5M36 23h2.2M32 31c2-1.5 4-1.5 6 0" />
  </Art>
);
export const MusicIcon = (props: IconProps) => (
  <Art {...props}>
    <path d="M19 34V12l20-4v22" />
    <circle cx="14" cy="34" r="5" />
    <circle cx="34" cy="30" r="5" />
    <path d="M19 18l20-4" />
  </Art>
);
export const SportIcon = (props: IconProps) => (
  <Art {...props}>
    <circle cx="24" cy="24" r="16" />
    <path d="m24 16 7 5-2.7 8h-8.6L17 21l7-5ZM24 8v8M31 21l8-3M28.3 29l4.7 7M19.7 29 15 36M17 21l-8-3" />
  </Art>
);
