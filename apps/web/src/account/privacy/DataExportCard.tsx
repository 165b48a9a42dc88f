import { Alert, Button, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation } from "@tanstack/react-query";
import { saveFile } from "../../orders/save-file.ts";
import { IconDownload } from "../../shell/icons.tsx";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";

/** "Download my data": everything held about the buyer, as the JSON document the API assembles. */
export function DataExportCard() {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const exportData = useMutation(
    trpc.account.exportData.mutationOptions({
      onSuccess: (data) => {
        const day = data.exportedAt.toISOString().slice(0, 10);
        saveFile(`marquee-my-data-${day}.json`, JSON.stringify(data, null, 2), "application/json");
      },
    }),
  );

  return (
    <AccountCard title={t("export.heading")} lede={t("export.lede")}>
      <div className="mt-4">
        <Button
          variant="secondary"
          loading={exportData.isPending}
          onClick={() => exportData.mutate()}
          icon={<IconDownload className="size-5" />}
        >
          {t("export.download")}
        </Button>
      </div>
      <div aria-live="polite">
        {exportData.isSuccess && (
          <Alert tone="success" className="mt-4">
            {t("export.done")}
          </Alert>
        )}
        {exportData.isError && (
          <Alert tone="danger" className="mt-4">
            {errorMessage(exportData.error)}
          </Alert>
        )}
      </div>
    </AccountCard>
  );
}
