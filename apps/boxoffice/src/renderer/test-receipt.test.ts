import { describe, expect, it } from "vitest";
import { escapeHtml, testReceiptHtml } from "./test-receipt.ts";

const labels = {
  title: "Test receipt",
  terminal: "Terminal",
  cashier: "Cashier",
  printedAt: "Printed",
  footer: "OK",
};

describe("testReceiptHtml", () => {
  it("prints who, where and when on an 80 mm page", () => {
    const html = testReceiptHtml({
      labels,
      cashier: "Chandra",
      terminal: "01a2",
      printedAt: "5 June, 18:30",
      language: "en",
    });
    expect(html).toContain("size: 80mm auto");
    expect(html).toContain("<td>Chandra</td>");
    expect(html).toContain("<td>5 June, 18:30</td>");
  });

  it("never lets a name become markup", () => {
    const html = testReceiptHtml({
      labels,
      cashier: `<img src=x onerror="alert(1)">`,
      terminal: "t",
      printedAt: "now",
      language: `en"><script>`,
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(escapeHtml(`Tom & "Jerry" <3 '`)).toBe("Tom &#38; &#34;Jerry&#34; &#60;3 &#39;");
  });
});
