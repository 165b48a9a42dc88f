/**
 * A quiet drawing of an auditorium for the empty "New sale" panel: decoration only, hidden from
 * assistive technology, never interactive.
 */
const rows = Array.from({ length: 7 }, (_, row) => {
  const seats = 12 + row * 2;
  const radius = 120 + row * 26;
  const spread = 0.95; // radians either side of the centre line
  return Array.from({ length: seats }, (_, seat) => {
    const angle = -spread + (2 * spread * seat) / (seats - 1);
    const x = 300 + radius * Math.sin(angle);
    const y = 40 + radius * Math.cos(angle) - 60;
    const taken = (row * 7 + seat * 3) % 9 === 0 || (row === 2 && seat > 5 && seat < 9);
    return { x, y, taken, angle };
  });
});

export function SeatMapArt({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 600 330" className={className} aria-hidden="true" focusable="false">
      <path
        d="M190 12 Q300 40 410 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="6"
        strokeLinecap="round"
        opacity="0.35"
      />
      {rows.flat().map(({ x, y, taken, angle }) => (
        <rect
          key={`${x.toFixed(1)}-${y.toFixed(1)}`}
          x={x - 7}
          y={y - 6}
          width="14"
          height="12"
          rx="3.5"
          transform={`rotate(${(-angle * 180) / Math.PI} ${x} ${y})`}
          className={taken ? "fill-brand-300" : "fill-ink-200"}
        />
      ))}
    </svg>
  );
}
