import type { EventKind } from "@marquee/contracts";
import { useState } from "react";
import { type PosterArt, posterArtFor } from "./poster-art.ts";

/**
 * An event's poster. The generated art (gradient, motif, title) is always drawn, so a card
 * never waits on a network image; the uploaded artwork fades in over it once it has loaded,
 * and a missing file simply leaves the generated one.
 */
export function Poster({
  title,
  kind,
  slug,
  posterUrl,
  kindLabel,
  priority = false,
  className = "",
}: {
  title: string;
  kind: EventKind;
  slug: string;
  posterUrl: string | null;
  kindLabel: string;
  /** Above the fold: load the image eagerly. */
  priority?: boolean;
  className?: string;
}) {
  const art = posterArtFor(kind, slug);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const titleSize = title.length > 28 ? "text-[9.5cqw]" : title.length > 14 ? "text-[12cqw]" : "text-[15cqw]";

  return (
    <div
      aria-hidden="true"
      className={`relative isolate aspect-[2/3] overflow-hidden bg-night-900 [container-type:inline-size] ${className}`}
      style={{ backgroundImage: `linear-gradient(160deg, ${art.from} 0%, ${art.via} 58%, ${art.to} 130%)` }}
    >
      <Motif motif={art.motif} accent={art.accent} />
      <div className="absolute inset-0 bg-gradient-to-t from-black/55 via-transparent to-black/10" />
      <div className="absolute inset-x-0 top-0 flex items-center gap-1.5 p-[7cqw]">
        <span className="size-[3cqw] min-h-1.5 min-w-1.5 rounded-full" style={{ background: art.accent }} />
        <span
          className="text-[max(0.6rem,6cqw)] font-semibold tracking-[0.18em] uppercase"
          style={{ color: art.accent }}
        >
          {kindLabel}
        </span>
      </div>
      <p
        className={`absolute inset-x-0 bottom-0 p-[8cqw] leading-[1.02] font-black tracking-tight text-balance text-white drop-shadow-sm ${titleSize}`}
      >
        {title}
      </p>
      {posterUrl && !failed && (
        <img
          src={posterUrl}
          alt=""
          loading={priority ? "eager" : "lazy"}
          decoding="async"
          width={400}
          height={600}
          onLoad={() => setLoaded(true)}
          onError={() => setFailed(true)}
          className={`absolute inset-0 size-full object-cover transition-opacity duration-300 ${loaded ? "opacity-100" : "opacity-0"}`}
        />
      )}
    </div>
  );
}

function Motif({ motif, accent }: { motif: PosterArt["motif"]; accent: string }) {
  return (
    <svg
      className="absolute inset-0 size-full"
      viewBox="0 0 200 300"
      fill="none"
      aria-hidden="true"
      opacity={motifOpacity[motif]}
    >
      <MotifShapes motif={motif} accent={accent} />
    </svg>
  );
}

const motifOpacity: Record<PosterArt["motif"], number> = {
  rays: 0.22,
  rings: 0.3,
  curtain: 0.25,
  pitch: 0.25,
  spot: 0.3,
  grid: 0.18,
};

function MotifShapes({ motif, accent }: { motif: PosterArt["motif"]; accent: string }) {
  switch (motif) {
    case "rays":
      return [-50, -30, -10, 10, 30, 50].map((angle) => (
        <path
          key={angle}
          d="M100 -10 L88 320 L112 320 Z"
          fill={accent}
          transform={`rotate(${angle} 100 -10)`}
        />
      ));
    case "rings":
      return [30, 55, 80, 105, 130].map((r) => (
        <circle key={r} cx="150" cy="90" r={r} stroke={accent} strokeWidth="1.5" />
      ));
    case "curtain":
      return (
        <>
          <path d="M0 0h200v22C160 40 140 30 100 44 60 30 40 40 0 22Z" fill={accent} />
          {[12, 32, 52, 148, 168, 188].map((x) => (
            <path key={x} d={`M${x} 0 C${x - 6} 120 ${x + 6} 200 ${x} 300`} stroke={accent} strokeWidth="3" />
          ))}
        </>
      );
    case "pitch":
      return (
        <>
          <rect x="20" y="40" width="160" height="220" rx="4" stroke={accent} strokeWidth="2" />
          <path d="M20 150h160" stroke={accent} strokeWidth="2" />
          <circle cx="100" cy="150" r="28" stroke={accent} strokeWidth="2" />
        </>
      );
    case "spot":
      return (
        <>
          <ellipse cx="100" cy="220" rx="85" ry="26" fill={accent} opacity={0.6} />
          <path d="M70 -10 L20 220 L180 220 L130 -10 Z" fill={accent} opacity={0.35} />
        </>
      );
    case "grid":
      return (
        <>
          {[40, 80, 120, 160, 200, 240, 280].map((y) => (
            <path key={`h${y}`} d={`M0 ${y}h200`} stroke={accent} />
          ))}
          {[25, 50, 75, 100, 125, 150, 175].map((x) => (
            <path key={`v${x}`} d={`M${x} 0v300`} stroke={accent} />
          ))}
        </>
      );
  }
}
