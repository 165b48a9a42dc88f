import type { HoldResult, Order } from "@marquee/contracts";
import { IconTicket } from "@marquee/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CounterTerminal } from "./counter-terminal.ts";
import { PaymentStep } from "./PaymentStep.tsx";
import { SaleDone } from "./SaleDone.tsx";
import { SeatStep } from "./SeatStep.tsx";
import { ShowPicker } from "./ShowPicker.tsx";

type SaleState =
  | { step: "show" }
  | { step: "seats"; showId: string }
  | { step: "pay"; showId: string; hold: HoldResult }
  | { step: "done"; showId: string; order: Order };

const steps = ["show", "seats", "pay", "done"] as const;

/** One sale at the counter: show → seats (held for this terminal) → cash → done. */
export function Sale({ terminal }: { terminal: CounterTerminal }) {
  const { t } = useTranslation();
  const [sale, setSale] = useState<SaleState>({ step: "show" });
  const current = steps.indexOf(sale.step);
  return (
    <section
      aria-labelledby="new-sale-heading"
      className="flex min-w-0 flex-col rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 lg:p-8"
    >
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-3">
          <span className="grid size-11 place-items-center rounded-xl bg-brand-600 text-white shadow-sm">
            <IconTicket className="size-6" />
          </span>
          <h2 id="new-sale-heading" className="text-2xl font-extrabold tracking-tight text-ink-950">
            {t("counter.newSale")}
          </h2>
        </div>
        <ol className="flex flex-wrap gap-1.5 text-sm">
          {steps.map((step, index) => (
            <li
              key={step}
              aria-current={index === current ? "step" : undefined}
              className={`rounded-full px-3 py-1 font-semibold ${
                index === current
                  ? "bg-night-950 text-white"
                  : index < current
                    ? "bg-brand-50 text-brand-800"
                    : "bg-ink-100 text-ink-600"
              }`}
            >
              {index + 1}. {t(`counter.steps.${step}`)}
            </li>
          ))}
        </ol>
      </div>
      <div className="mt-6">
        {sale.step === "show" && (
          <ShowPicker terminal={terminal} onPick={(showId) => setSale({ step: "seats", showId })} />
        )}
        {sale.step === "seats" && (
          <SeatStep
            showId={sale.showId}
            onBack={() => setSale({ step: "show" })}
            onHeld={(hold) => setSale({ step: "pay", showId: sale.showId, hold })}
          />
        )}
        {sale.step === "pay" && (
          <PaymentStep
            hold={sale.hold}
            onBack={() => setSale({ step: "seats", showId: sale.showId })}
            onPaid={(order) => setSale({ step: "done", showId: sale.showId, order })}
          />
        )}
        {sale.step === "done" && (
          <SaleDone
            order={sale.order}
            onSameShow={() => setSale({ step: "seats", showId: sale.showId })}
            onNewSale={() => setSale({ step: "show" })}
          />
        )}
      </div>
    </section>
  );
}
