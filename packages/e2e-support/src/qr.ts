import jsQR from "jsqr";
import type { Locator } from "playwright-core";
import { PNG } from "pngjs";

/** What a phone camera would read: a screenshot of the element, decoded as a QR code. */
export async function readQrCode(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength);
  return jsQR(pixels, png.width, png.height)?.data ?? null;
}
