import { type ReactNode, useId } from "react";

/**
 * One card of the account page: a titled region. Cards inside a group (Security, Privacy) take
 * `level={3}` under the group's heading; the rest stand alone at level 2.
 */
export function AccountCard({
  title,
  lede,
  level = 3,
  badge,
  aside,
  tone = "default",
  children,
  id,
}: {
  title: string;
  lede?: ReactNode;
  level?: 2 | 3;
  /** Right after the title, outside the heading (so it stays out of the region's name). */
  badge?: ReactNode;
  /** At the far side of the title: a status or a small action. */
  aside?: ReactNode;
  tone?: "default" | "danger";
  children?: ReactNode;
  id?: string;
}) {
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`scroll-mt-24 rounded-card bg-white p-5 shadow-card ring-1 sm:p-6 ${tone === "danger" ? "ring-red-200" : "ring-ink-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Heading id={headingId} className="text-lg font-bold text-ink-950">
            {title}
          </Heading>
          {badge}
        </div>
        {aside}
      </div>
      {lede && <p className="mt-1 max-w-prose text-ink-700">{lede}</p>}
      {children}
    </section>
  );
}

/** A heading over several cards (Security, Privacy), the target of the page's section links. */
export function AccountGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-24 space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold tracking-tight text-ink-950">
        {title}
      </h2>
      {children}
    </section>
  );
}
