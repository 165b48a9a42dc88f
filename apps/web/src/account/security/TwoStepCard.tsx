import { Alert, Button, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";
import { CodePrompt } from "./CodePrompt.tsx";
import { IconShield } from "./icons.tsx";
import { RecoveryCodes } from "./RecoveryCodes.tsx";
import { TwoStepEnrolment } from "./TwoStepEnrolment.tsx";

type Notice = "turnedOn" | "turnedOff";
type Step =
  | { kind: "idle"; notice?: Notice }
  | { kind: "enrolling"; enrolment: { secret: string; otpauthUri: string } }
  | { kind: "codes"; codes: string[]; afterwards?: Notice }
  | { kind: "confirming"; purpose: "disable" | "regenerate" };

/** Two-step verification: whether it is on, turning it on or off, and recovery codes. */
export function TwoStepCard({ email }: { email: string }) {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const actions = useReturnFocusTo(step.kind === "idle");
  const status = useQuery(trpc.mfa.status.queryOptions());
  const statusKey = trpc.mfa.status.queryKey();
  /** What the API just did, on screen at once (badge and notice agree); then asked again to be sure. */
  const showStatus = (enabled: boolean, recoveryCodesLeft: number) => {
    queryClient.setQueryData(statusKey, (current) => current && { ...current, enabled, recoveryCodesLeft });
    void queryClient.invalidateQueries({ queryKey: statusKey });
  };

  const begin = useMutation(
    trpc.mfa.beginEnrolment.mutationOptions({
      onSuccess: (enrolment) => setStep({ kind: "enrolling", enrolment }),
    }),
  );
  const disable = useMutation(
    trpc.mfa.disable.mutationOptions({
      onSuccess: () => {
        setStep({ kind: "idle", notice: "turnedOff" });
        showStatus(false, 0);
      },
    }),
  );
  const regenerate = useMutation(
    trpc.mfa.regenerateRecoveryCodes.mutationOptions({
      onSuccess: ({ recoveryCodes }) => {
        setStep({ kind: "codes", codes: recoveryCodes });
        showStatus(true, recoveryCodes.length);
      },
    }),
  );
  const confirming = step.kind === "confirming" ? (step.purpose === "disable" ? disable : regenerate) : null;

  function ask(purpose: "disable" | "regenerate") {
    disable.reset();
    regenerate.reset();
    setStep({ kind: "confirming", purpose });
  }

  const enabled = status.data?.enabled === true;
  return (
    <AccountCard
      title={t("twoStep.heading")}
      lede={t("twoStep.lede")}
      aside={status.data && <StatusBadge on={enabled} label={enabled ? t("twoStep.on") : t("twoStep.off")} />}
    >
      {status.isPending && (
        <Spinner label={t("common:status.loading")} className="mt-4 size-6 text-brand-600" />
      )}
      {status.isError && (
        <Alert tone="danger" className="mt-4">
          {errorMessage(status.error)}
        </Alert>
      )}
      <div aria-live="polite">
        {step.kind === "idle" && step.notice && (
          <Alert tone="success" className="mt-4">
            {t(`twoStep.${step.notice}`)}
          </Alert>
        )}
      </div>

      {status.data && step.kind === "idle" && (
        <div className="mt-4 space-y-4">
          {enabled && (
            <p className="flex flex-wrap gap-x-3 text-sm text-ink-700">
              <span>{t("twoStep.codesLeft", { count: status.data.recoveryCodesLeft })}</span>
              {status.data.required && <span>{t("twoStep.required")}</span>}
            </p>
          )}
          {begin.isError && <Alert tone="danger">{errorMessage(begin.error)}</Alert>}
          <div ref={actions} className="flex flex-wrap gap-2">
            {enabled ? (
              <>
                <Button variant="secondary" onClick={() => ask("regenerate")}>
                  {t("twoStep.regenerate")}
                </Button>
                {!status.data.required && (
                  <Button
                    variant="ghost"
                    className="text-red-800 hover:bg-red-50"
                    onClick={() => ask("disable")}
                  >
                    {t("twoStep.disable")}
                  </Button>
                )}
              </>
            ) : (
              <Button
                loading={begin.isPending}
                onClick={() => begin.mutate({})}
                icon={<IconShield className="size-5" />}
              >
                {t("twoStep.enable")}
              </Button>
            )}
          </div>
        </div>
      )}

      {step.kind === "enrolling" && (
        <TwoStepEnrolment
          enrolment={step.enrolment}
          onEnabled={(codes) => {
            setStep({ kind: "codes", codes, afterwards: "turnedOn" });
            showStatus(true, codes.length);
          }}
          onCancel={() => setStep({ kind: "idle" })}
        />
      )}

      {step.kind === "codes" && (
        <RecoveryCodes
          codes={step.codes}
          email={email}
          onDone={() => setStep({ kind: "idle", notice: step.afterwards })}
        />
      )}

      {step.kind === "confirming" && confirming && (
        <div className="mt-5 rounded-control bg-ink-50 p-4 ring-1 ring-ink-200 sm:p-5">
          <p className="mb-4 max-w-prose text-ink-800">{t(`twoStep.prompt.${step.purpose}`)}</p>
          <CodePrompt
            label={t("twoStep.prompt.code")}
            hint={t("twoStep.prompt.hint")}
            submitLabel={
              step.purpose === "disable"
                ? t("twoStep.prompt.confirmDisable")
                : t("twoStep.prompt.confirmRegenerate")
            }
            danger={step.purpose === "disable"}
            pending={confirming.isPending}
            error={confirming.error}
            onSubmit={(code) => confirming.mutate({ code })}
            onCancel={() => setStep({ kind: "idle" })}
          />
        </div>
      )}
    </AccountCard>
  );
}

/** When a panel closes (`back` turns true again), focus returns to the card's first action, not the page. */
function useReturnFocusTo(back: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const wasBack = useRef(back);
  useEffect(() => {
    if (back && !wasBack.current) ref.current?.querySelector("button")?.focus();
    wasBack.current = back;
  }, [back]);
  return ref;
}

function StatusBadge({ on, label }: { on: boolean; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${on ? "bg-emerald-50 text-emerald-800 ring-emerald-700/25" : "bg-ink-100 text-ink-700 ring-ink-300"}`}
      data-testid="two-step-status"
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${on ? "bg-emerald-600" : "bg-ink-400"}`} />
      {label}
    </span>
  );
}
