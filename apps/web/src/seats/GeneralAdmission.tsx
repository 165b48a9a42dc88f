import type { SeatMap, ShowDetail } from "@marquee/contracts";
import { Alert, Button, Money, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useWebSession } from "../app/session.ts";
import { checkoutPath } from "../events/paths.ts";
import { holdProblemOf } from "./hold-problem.ts";
import { useSeatsTranslation } from "./i18n/register.ts";
import { Stepper } from "./Stepper.tsx";
import { MAX_SEATS_PER_ORDER } from "./selection.ts";

/** A standing (or streamed) show: no map, just how many tickets of which kind. */
export function GeneralAdmission({ show, map }: { show: ShowDetail; map: SeatMap }) {
  const { t } = useSeatsTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useWebSession();
  const errorMessage = useErrorMessage();
  const quotas = map.generalAdmission;
  const firstOpen = quotas.find((quota) => quota.available > 0);
  const [quotaId, setQuotaId] = useState(firstOpen?.quotaId ?? null);
  const [quantity, setQuantity] = useState(2);
  const hold = useMutation(trpc.inventory.hold.mutationOptions());
  const chosen = quotas.find((quota) => quota.quotaId === quotaId && quota.available > 0);
  const price = (tierId: string) => map.tiers.find((tier) => tier.id === tierId)?.price;

  const signIn = () => navigate("/sign-in", { state: { from: location.pathname } });
  const book = () => {
    if (!chosen) return;
    if (!session) return signIn();
    hold.mutate(
      { showId: show.id, tierId: chosen.tierId, quantity: Math.min(quantity, chosen.available) },
      {
        onSuccess: (result) => navigate(checkoutPath(result.holdId)),
        onError: (error) => {
          if (holdProblemOf(error).kind === "signIn") signIn();
        },
      },
    );
  };

  return (
    <div className="mx-auto max-w-2xl px-4 py-6 sm:px-6 sm:py-10">
      <section
        aria-labelledby="ga-heading"
        className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-7"
      >
        <h2 id="ga-heading" className="text-xl font-bold text-ink-950">
          {t("generalAdmission.heading")}
        </h2>
        <p className="mt-1 text-ink-600">{t("generalAdmission.lede")}</p>
        {hold.error && holdProblemOf(hold.error).kind !== "signIn" && (
          <Alert tone="danger" className="mt-4">
            {errorMessage(hold.error)}
          </Alert>
        )}
        <fieldset className="mt-5 space-y-2">
          <legend className="sr-only">{t("generalAdmission.heading")}</legend>
          {quotas.map((quota) => {
            const cost = price(quota.tierId);
            const soldOut = quota.available <= 0;
            return (
              <label
                key={quota.quotaId}
                className="flex cursor-pointer items-center gap-3 rounded-control p-4 ring-1 ring-ink-200 ring-inset has-checked:ring-2 has-checked:ring-night-950 has-disabled:cursor-not-allowed has-disabled:opacity-55 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600"
              >
                <input
                  type="radio"
                  name="ga-quota"
                  className="size-4 accent-night-950"
                  checked={quota.quotaId === quotaId}
                  disabled={soldOut}
                  onChange={() => setQuotaId(quota.quotaId)}
                />
                <span className="min-w-0 flex-1">
                  <span className="block font-semibold text-ink-900">{quota.name}</span>
                  <span className="block text-sm text-ink-600">
                    {soldOut
                      ? t("generalAdmission.soldOut")
                      : t("generalAdmission.left", { count: quota.available })}
                  </span>
                </span>
                {cost && <Money value={cost} className="font-bold text-ink-950" />}
              </label>
            );
          })}
        </fieldset>
        {chosen && (
          <div className="mt-5">
            <Stepper
              label={t("generalAdmission.quantity", { name: chosen.name })}
              value={Math.min(quantity, chosen.available)}
              min={1}
              max={Math.min(MAX_SEATS_PER_ORDER, chosen.available)}
              onChange={setQuantity}
              fewerLabel={t("quickPick.fewer")}
              moreLabel={t("quickPick.more")}
            />
          </div>
        )}
        <Button
          size="lg"
          block
          className="mt-6"
          disabled={!chosen || show.status !== "on_sale"}
          loading={hold.isPending}
          onClick={book}
        >
          {hold.isPending
            ? t("summary.continuing")
            : session
              ? t("summary.continue")
              : t("summary.signInToContinue")}
        </Button>
      </section>
    </div>
  );
}
