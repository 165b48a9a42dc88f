import { Button } from "@marquee/ui";
import { useState } from "react";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";
import { DeleteAccountDialog } from "./DeleteAccountDialog.tsx";

/** Erasing the account (GDPR art. 17), behind a dialog that asks for the password. */
export function DeleteAccountCard({ onErased }: { onErased: () => void }) {
  const { t } = useAccountTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <AccountCard title={t("erase.heading")} lede={t("erase.lede")} tone="danger">
      <p className="mt-2 max-w-prose text-ink-700">{t("erase.kept")}</p>
      <div className="mt-4">
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t("erase.start")}
        </Button>
      </div>
      {confirming && <DeleteAccountDialog onClose={() => setConfirming(false)} onErased={onErased} />}
    </AccountCard>
  );
}
