import { describe, expect, it } from "vitest";
import { fontRuns } from "./fonts.ts";

describe("font runs of printed text", () => {
  it("keeps Latin, Devanagari and the rupee sign in Noto Sans, in one run", () => {
    expect(fontRuns("जवान — Screen 1, ₹250.00", "bold")).toEqual([
      { font: "sans-bold", text: "जवान — Screen 1, ₹250.00" },
    ]);
  });

  it("switches to Noto Sans JP for kana and kanji, keeping spaces and digits with the text around them", () => {
    expect(fontRuns("東京ドーム 2, Tokyo", "regular")).toEqual([
      { font: "japanese-regular", text: "東京ドーム 2, " },
      { font: "sans-regular", text: "Tokyo" },
    ]);
    expect(fontRuns("Hall 東京", "regular")).toEqual([
      { font: "sans-regular", text: "Hall " },
      { font: "japanese-regular", text: "東京" },
    ]);
  });

  it("never splits a Devanagari cluster from its marks", () => {
    const runs = fontRuns("हिंदी", "regular");
    expect(runs).toEqual([{ font: "sans-regular", text: "हिंदी" }]);
  });
});
