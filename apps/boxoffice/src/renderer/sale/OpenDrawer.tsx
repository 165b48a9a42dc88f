import { currencyExponent } from "@marquee/contracts";
import { Alert, Button, TextField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseCashAmount } from "./cash.ts";

/** Cash needs an open shift: the cashier counts the float into the drawer first. */
export function OpenDrawer({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [float, setFloat] = useState("0");
  const [invalid, setInvalid] = useState(false);
  const open = useMutation(
    trpc.shifts.open.mutationOptions({
      onSuccess: (shift) => queryClient.setQueryData(trpc.shifts.current.queryKey(), shift),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const openingFloatMinor = parseCashAmount(float, currency);
    setInvalid(openingFloatMinor === null);
    if (openingFloatMinor !== null) open.mutate({ currency, openingFloatMinor });
  }

  return (
    <form noValidate onSubmit={submit} className="mt-4 space-y-4">
      <Alert tone="info" title={t("sale.drawer.title")}>
        {t("sale.drawer.body")}
      </Alert>
      {open.error && <Alert tone="danger">{errorMessage(open.error)}</Alert>}
      <TextField
        label={t("sale.drawer.float", { currency })}
        value={float}
        onChange={(event) => setFloat(event.target.value)}
        inputMode={currencyExponent(currency) > 0 ? "decimal" : "numeric"}
        autoComplete="off"
        error={invalid ? t("sale.amountInvalid") : null}
      />
      <Button type="submit" size="lg" block loading={open.isPending}>
        {t("sale.drawer.open")}
      </Button>
    </form>
  );
}
