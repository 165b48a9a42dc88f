/** A numbered step of a set-up ("1 Scan this code…"), as a paragraph or, where it heads its step, a heading. */
export function NumberedStep({
  number,
  children,
  as: Tag = "p",
}: {
  number: number;
  children: string;
  as?: "p" | "h2";
}) {
  return (
    <Tag className="flex gap-3 font-medium text-ink-900">
      <span
        aria-hidden="true"
        className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white"
      >
        {number}
      </span>
      <span className="pt-0.5">{children}</span>
    </Tag>
  );
}
