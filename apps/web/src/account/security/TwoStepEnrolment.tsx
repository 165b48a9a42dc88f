import { Button, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { useAccountTranslation } from "../i18n/register.ts";
import { useCopy } from "../use-copy.ts";
import { useFocusOnMount } from "../use-focus-on-mount.ts";
import { CodePrompt } from "./CodePrompt.tsx";
import { IconCopy } from "./icons.tsx";
import { NumberedStep } from "./NumberedStep.tsx";
import { OtpauthQr } from "./OtpauthQr.tsx";

/** Base32 in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Setting up an authenticator app: scan the QR code (or type the key), then prove it works with
 * the app's first code. The API only switches two-step verification on after that code.
 */
export function TwoStepEnrolment({
  enrolment,
  onEnabled,
  onCancel,
}: {
  enrolment: { secret: string; otpauthUri: string };
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { state, copy } = useCopy();
  const confirm = useMutation(
    trpc.mfa.confirmEnrolment.mutationOptions({ onSuccess: (result) => onEnabled(result.recoveryCodes) }),
  );

  return (
    <div className="mt-5 rounded-control bg-ink-50 p-4 ring-1 ring-ink-200 sm:p-5">
      <h4 ref={heading} tabIndex={-1} className="font-bold text-ink-950 outline-none">
        {t("twoStep.enrol.heading")}
      </h4>
      <ol className="mt-4 grid gap-6">
        <li className="grid gap-4 md:grid-cols-[auto_1fr] md:gap-x-6">
          <div className="md:col-start-2">
            <NumberedStep number={1}>{t("twoStep.enrol.scan")}</NumberedStep>
          </div>
          <div className="flex justify-center md:col-start-1 md:row-span-2 md:row-start-1">
            <OtpauthQr uri={enrolment.otpauthUri} label={t("twoStep.enrol.qrLabel")} />
          </div>
          <div className="min-w-0 md:col-start-2">
            <p className="text-sm text-ink-700">{t("twoStep.enrol.manual")}</p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code
                className="rounded-lg bg-white px-3 py-2 font-mono text-sm tracking-wider break-all text-ink-950 ring-1 ring-ink-200"
                data-testid="otp-secret"
              >
                {grouped(enrolment.secret)}
              </code>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => copy(enrolment.secret)}
                icon={<IconCopy className="size-4" />}
              >
                {state === "copied" ? t("twoStep.codes.copied") : t("twoStep.enrol.copyKey")}
              </Button>
            </div>
          </div>
        </li>
        <li>
          <NumberedStep number={2}>{t("twoStep.enrol.enterCode")}</NumberedStep>
          <div className="mt-3">
            <CodePrompt
              label={t("twoStep.enrol.code")}
              submitLabel={t("twoStep.enrol.confirm")}
              digitsOnly
              pending={confirm.isPending}
              error={confirm.error}
              onSubmit={(code) => confirm.mutate({ code })}
              onCancel={onCancel}
            />
          </div>
        </li>
      </ol>
    </div>
  );
}
