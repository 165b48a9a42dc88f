import jsQR from "jsqr";

/*
 * Reading generated PDFs back the way a reader would: pdf.js parses the file, extracts the text
 * of each page and decodes every embedded image, and jsQR scans the images for QR codes.
 */

async function open(pdf: Buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  }).promise;
  return { pdfjs, document };
}

export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const { document } = await open(pdf);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages;
}

/** The text of every QR code drawn on each page (pages without one give an empty list). */
export async function pdfQrCodes(pdf: Buffer): Promise<string[][]> {
  const { pdfjs, document } = await open(pdf);
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const operators = await page.getOperatorList();
    const found: string[] = [];
    for (let i = 0; i < operators.fnArray.length; i++) {
      if (operators.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
      const name = (operators.argsArray[i] as [string])[0];
      const image = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((resolve) =>
        page.objs.get(name, resolve),
      );
      const code = jsQR(toRgba(image), image.width, image.height);
      if (code) found.push(code.data);
    }
    pages.push(found);
  }
  await document.destroy();
  return pages;
}

function toRgba(image: { width: number; height: number; data: Uint8ClampedArray }): Uint8ClampedArray {
  const pixels = image.width * image.height;
  const channels = image.data.length / pixels;
  if (channels === 4) return image.data;
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    for (let c = 0; c < 3; c++) rgba[p * 4 + c] = image.data[p * channels + (channels === 1 ? 0 : c)] ?? 0;
    rgba[p * 4 + 3] = 255;
  }
  return rgba;
}
