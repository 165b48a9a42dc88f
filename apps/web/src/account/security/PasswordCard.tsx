import { PASSWORD_MIN_LENGTH } from "@marquee/contracts";
import { Alert, Button, PasswordField, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { sessionStore } from "../../app/session.ts";
import { AccountCard } from "../AccountCard.tsx";
import { useAccountTranslation } from "../i18n/register.ts";
import {
  type PasswordFormProblems,
  passwordChangeProblems,
  passwordFormProblems,
} from "./password-problem.ts";

/** Changing the password: the API signs out every other session and hands this one a new one. */
export function PasswordCard() {
  const { t } = useAccountTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [problems, setProblems] = useState<PasswordFormProblems>({});
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: (session) => {
        sessionStore.set(session);
        setCurrent("");
        setNext("");
        queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() });
      },
      onError: (error) => setProblems(passwordChangeProblems(error) ?? {}),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = passwordFormProblems(current, next);
    setProblems(found);
    if (found.current || found.next) return;
    change.mutate({ currentPassword: current, newPassword: next });
  }

  const message = (problem: PasswordFormProblems["current"]) =>
    problem ? t(problem.key, problem.values ?? {}) : null;
  const generalError = change.isError && !problems.current && !problems.next;

  return (
    <AccountCard title={t("password.heading")} lede={t("password.lede")}>
      <form onSubmit={submit} noValidate className="mt-5 grid max-w-md gap-4">
        <PasswordField
          label={t("password.current")}
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={message(problems.current)}
        />
        <PasswordField
          label={t("password.new")}
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={message(problems.next)}
          hint={t("password.hint", { min: PASSWORD_MIN_LENGTH })}
        />
        <div aria-live="polite">
          {change.isSuccess && <Alert tone="success">{t("password.changed")}</Alert>}
          {generalError && <Alert tone="danger">{errorMessage(change.error)}</Alert>}
        </div>
        <div>
          <Button type="submit" variant="secondary" loading={change.isPending}>
            {t("password.submit")}
          </Button>
        </div>
      </form>
    </AccountCard>
  );
}
