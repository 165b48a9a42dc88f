import type { ReactNode } from "react";
import { useEffect, useRef } from "react";

/**
 * The outcome of a step (a link sent, a password changed, an email confirmed): an icon, a
 * heading that takes focus so screen readers announce the news, and what to do next.
 */
export function ResultPanel({
  icon,
  tone = "brand",
  heading,
  children,
  testId,
}: {
  icon: ReactNode;
  tone?: "brand" | "success";
  heading: string;
  children: ReactNode;
  testId?: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-6"
      data-testid={testId}
    >
      <span
        className={`grid size-12 place-items-center rounded-full ${tone === "success" ? "bg-emerald-50 text-emerald-700" : "bg-brand-600/10 text-brand-700"}`}
      >
        {icon}
      </span>
      <h2 ref={headingRef} tabIndex={-1} className="mt-4 text-xl font-bold text-ink-950 outline-none">
        {heading}
      </h2>
      {children}
    </section>
  );
}
