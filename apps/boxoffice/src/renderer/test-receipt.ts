/** Printable documents are plain HTML strings: they go to a hidden, script-less print window. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface TestReceiptInput {
  labels: { title: string; terminal: string; cashier: string; printedAt: string; footer: string };
  cashier: string;
  terminal: string;
  printedAt: string;
  language: string;
}

/** A test receipt sized for an 80 mm roll: checks the printer, the paper and the cutter. */
export function testReceiptHtml({
  labels,
  cashier,
  terminal,
  printedAt,
  language,
}: TestReceiptInput): string {
  const row = (label: string, value: string) =>
    `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(labels.title)}</title>
<style>
  @page { size: 80mm auto; margin: 0; }
  body { width: 72mm; margin: 4mm; font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: #000; }
  h1 { font-size: 16px; margin: 0 0 2mm; text-align: center; }
  .brand { text-align: center; font-weight: 700; letter-spacing: 0.2em; margin-bottom: 3mm; }
  table { width: 100%; border-collapse: collapse; margin: 3mm 0; }
  th { text-align: left; font-weight: 400; padding: 1mm 0; }
  td { text-align: right; padding: 1mm 0; }
  hr { border: 0; border-top: 1px dashed #000; }
  p { text-align: center; margin-top: 4mm; }
</style>
</head>
<body>
<div class="brand">MARQUEE</div>
<h1>${escapeHtml(labels.title)}</h1>
<hr>
<table>
${row(labels.cashier, cashier)}
${row(labels.terminal, terminal)}
${row(labels.printedAt, printedAt)}
</table>
<hr>
<p>${escapeHtml(labels.footer)}</p>
</body>
</html>`;
}
