import QRCode from "qrcode";
import { useMemo } from "react";

/**
 * The otpauth:// URI as a QR code an authenticator app scans. Rendered to an SVG image (crisp
 * at any size, no HTML injection); the callback form of `toString` runs synchronously.
 */
export function OtpauthQr({ uri, label }: { uri: string; label: string }) {
  const src = useMemo(() => {
    let svg = "";
    QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 4 }, (error, result) => {
      if (!error) svg = result;
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [uri]);
  return (
    <img
      src={src}
      alt={label}
      width={192}
      height={192}
      className="size-48 rounded-control bg-white ring-1 ring-ink-200"
      data-testid="otpauth-qr"
    />
  );
}
