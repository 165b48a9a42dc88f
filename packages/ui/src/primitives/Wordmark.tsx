/** The Marquee mark and name. `product` names the app beside it ("Box office", "Kiosk"). */
export function Wordmark({
  product,
  tone = "light",
  className = "",
}: {
  product?: string;
  /** "light" for light backgrounds, "dark" for dark ones. */
  tone?: "light" | "dark";
  className?: string;
}) {
  const text = tone === "light" ? "text-ink-950" : "text-white";
  const productText = tone === "light" ? "text-brand-700" : "text-gold-300";
  return (
    <span className={`inline-flex items-center gap-2 ${className}`}>
      <MarqueeMark className="size-[1.6em] shrink-0" />
      <span className={`font-extrabold tracking-tight ${text}`} translate="no">
        Marquee
      </span>
      {product && (
        <span
          className={`border-l pl-2 text-[0.8em] font-semibold whitespace-nowrap ${productText} ${tone === "light" ? "border-ink-300" : "border-white/25"}`}
        >
          {product}
        </span>
      )}
    </span>
  );
}

/** A marquee sign: a magenta board with a row of bulbs and an "M". */
export function MarqueeMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="marquee-mark-fill" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="oklch(0.6 0.215 349)" />
          <stop offset="1" stopColor="oklch(0.38 0.16 320)" />
        </linearGradient>
      </defs>
      <rect x="1" y="1" width="30" height="30" rx="8" fill="url(#marquee-mark-fill)" />
      <g fill="oklch(0.87 0.13 85)">
        <circle cx="8" cy="7" r="1.6" />
        <circle cx="13.3" cy="7" r="1.6" />
        <circle cx="18.7" cy="7" r="1.6" />
        <circle cx="24" cy="7" r="1.6" />
      </g>
      <path
        d="M8.5 24.5V12.5l7.5 7.2 7.5-7.2v12"
        fill="none"
        stroke="white"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
