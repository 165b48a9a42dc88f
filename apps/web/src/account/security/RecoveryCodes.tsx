import { Alert, Button } from "@marquee/ui";
import { saveFile } from "../../orders/save-file.ts";
import { IconDownload } from "../../shell/icons.tsx";
import { useAccountTranslation } from "../i18n/register.ts";
import { useCopy } from "../use-copy.ts";
import { useFocusOnMount } from "../use-focus-on-mount.ts";
import { IconCopy } from "./icons.tsx";

/** Fresh recovery codes, shown this once, to copy or download before moving on. */
export function RecoveryCodes({
  codes,
  email,
  onDone,
}: {
  codes: string[];
  email: string;
  onDone: () => void;
}) {
  const { t } = useAccountTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { state, copy } = useCopy();

  function download() {
    const text = [t("twoStep.codes.fileTitle", { email }), "", ...codes, "", t("twoStep.codes.fileNote"), ""];
    saveFile("marquee-recovery-codes.txt", text.join("\n"), "text/plain;charset=utf-8");
  }

  return (
    <div className="mt-5 rounded-control bg-gold-100/60 p-4 ring-1 ring-amber-700/20 sm:p-5">
      <h4 ref={heading} tabIndex={-1} className="font-bold text-ink-950 outline-none">
        {t("twoStep.codes.heading")}
      </h4>
      <p className="mt-1 max-w-prose text-sm text-ink-800">{t("twoStep.codes.body")}</p>
      <ol
        aria-label={t("twoStep.codes.list")}
        className="mt-4 grid max-w-xl grid-cols-1 gap-2 font-mono text-[0.95rem] tracking-wider text-ink-950 min-[400px]:grid-cols-2"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code} className="rounded-lg bg-white px-3 py-2 text-center ring-1 ring-ink-200">
            {code}
          </li>
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => copy(codes.join("\n"))}
          icon={<IconCopy className="size-4" />}
        >
          {state === "copied" ? t("twoStep.codes.copied") : t("twoStep.codes.copy")}
        </Button>
        <Button variant="secondary" size="sm" onClick={download} icon={<IconDownload className="size-4" />}>
          {t("twoStep.codes.download")}
        </Button>
        <Button size="sm" onClick={onDone} className="sm:ml-auto">
          {t("twoStep.codes.done")}
        </Button>
      </div>
      <div aria-live="polite" className="mt-2 empty:hidden">
        {state === "failed" && <Alert tone="warning">{t("twoStep.codes.copyFailed")}</Alert>}
      </div>
    </div>
  );
}
