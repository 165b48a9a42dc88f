import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

/*
 * Printed documents carry their own fonts, so any event, venue or buyer name prints as written:
 * Noto Sans (Latin, Greek, Cyrillic, Devanagari, currency signs such as ₹) and Noto Sans JP
 * (kana and kanji, for Tokyo's venues). pdfkit embeds only the glyphs a document uses.
 */

export type Weight = "regular" | "bold";
type Face = "sans" | "japanese";

const require = createRequire(import.meta.url);
const files: Record<Face, Record<Weight, string>> = {
  sans: {
    regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  },
  japanese: {
    regular: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  },
};

/** Faces in order of preference: a character takes the first that has it. */
const faces: Face[] = ["sans", "japanese"];

let loaded: Record<Face, Record<Weight, Font>> | null = null;

/**
 * The parsed fonts, loaded on first use and kept: parsing a CJK font's tables takes a while,
 * and every document of the process shares them (pdfkit subsets per document).
 */
function fonts(): Record<Face, Record<Weight, Font>> {
  loaded ??= Object.fromEntries(
    faces.map((face) => [
      face,
      {
        regular: open(files[face].regular),
        bold: open(files[face].bold),
      },
    ]),
  ) as Record<Face, Record<Weight, Font>>;
  return loaded;
}

function open(path: string): Font {
  const font = create(readFileSync(require.resolve(path)));
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`${path} is a font collection, not a font`);
  return font;
}

/** The name a font is registered under in a document. */
export const fontName = (face: Face, weight: Weight) => `${face}-${weight}`;

/** Every face and weight, for `doc.registerFont`. */
export function documentFonts(): { name: string; font: Font }[] {
  const all = fonts();
  return faces.flatMap((face) =>
    (["regular", "bold"] as const).map((weight) => ({
      name: fontName(face, weight),
      font: all[face][weight],
    })),
  );
}

/** Spaces, digits, punctuation and combining marks: they stay in the face of the text around them. */
const neutral = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/**
 * Cuts text into runs that one face can show: each character takes the first face that has
 * it, except that neutral characters stay with the run they are in when its face has them too
 * (so "東京 2" is one run and a Devanagari cluster is never split).
 */
export function fontRuns(text: string, weight: Weight): { font: string; text: string }[] {
  const all = fonts();
  const has = (face: Face, codePoint: number) => all[face][weight].hasGlyphForCodePoint(codePoint);
  const runs: { face: Face; text: string }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const current = runs[runs.length - 1];
    const face =
      current && neutral.test(char) && has(current.face, codePoint)
        ? current.face
        : (faces.find((candidate) => has(candidate, codePoint)) ?? "sans");
    if (current?.face === face) current.text += char;
    else runs.push({ face, text: char });
  }
  return runs.map((run) => ({ font: fontName(run.face, weight), text: run.text }));
}
