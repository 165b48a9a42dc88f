import { Alert, Button, TextField, useErrorMessage } from "@marquee/ui";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuthTranslation } from "./i18n/register.ts";
import { IconMail } from "./icons.tsx";
import { RelayLink, textLinkClasses } from "./RelayLink.tsx";
import { ResultPanel } from "./ResultPanel.tsx";
import { checkEmail, type FieldProblem } from "./validate.ts";

/** The two requests that email a link: their answer never says whether the email has an account. */
export interface EmailLinkMutation {
  mutate(input: { email: string }, options?: { onSuccess?: () => void }): void;
  isPending: boolean;
  error: unknown;
}

/**
 * Asks for an email and sends a link to it (password reset, or signing in without one). The
 * confirmation reads the same whether or not an account exists, so nobody learns who has one.
 */
export function EmailLinkRequest({
  messages,
  minutes,
  request,
}: {
  /** The catalogue section with this request's words. */
  messages: "forgot" | "magicLink";
  minutes: number;
  request: EmailLinkMutation;
}) {
  const { t } = useAuthTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <AuthLayout title={t(`${messages}.heading`)} lede={t(`${messages}.lede`)}>
      <title>{`${t(`${messages}.title`)} · Marquee`}</title>
      {sentTo ? (
        <LinkSent
          email={sentTo}
          heading={t(`${messages}.sentHeading`)}
          body={t(`${messages}.sentBody`, { email: sentTo, minutes })}
          help={t(`${messages}.sentHelp`)}
          request={request}
        />
      ) : (
        <EmailForm
          submitLabel={t(`${messages}.submit`)}
          failedTitle={t(`${messages}.failed`)}
          request={request}
          onSent={setSentTo}
        />
      )}
      <p className="mt-8 flex flex-wrap justify-center gap-x-6 gap-y-2 border-t border-ink-200 pt-6">
        <RelayLink to="/sign-in" className={textLinkClasses}>
          {t("signIn.backToSignIn")}
        </RelayLink>
      </p>
    </AuthLayout>
  );
}

function EmailForm({
  submitLabel,
  failedTitle,
  request,
  onSent,
}: {
  submitLabel: string;
  failedTitle: string;
  request: EmailLinkMutation;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation();
  const { t: tAuth } = useAuthTranslation();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const typedBefore = (location.state as { email?: unknown } | null)?.email;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    const found = checkEmail(email);
    setProblem(found);
    if (found) return emailRef.current?.focus();
    request.mutate({ email }, { onSuccess: () => onSent(email) });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {request.error !== null && request.error !== undefined && (
        <Alert tone="danger" title={failedTitle}>
          {errorMessage(request.error)}
        </Alert>
      )}
      <TextField
        ref={emailRef}
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={typeof typedBefore === "string" ? typedBefore : undefined}
        error={problem ? t(`common:validation.${problem}`) : null}
      />
      <Button type="submit" size="lg" block loading={request.isPending}>
        {request.isPending ? tAuth("emailLink.submitting") : submitLabel}
      </Button>
    </form>
  );
}

function LinkSent({
  email,
  heading,
  body,
  help,
  request,
}: {
  email: string;
  heading: string;
  body: string;
  help: string;
  request: EmailLinkMutation;
}) {
  const { t } = useAuthTranslation();
  const errorMessage = useErrorMessage();
  const [sentAgain, setSentAgain] = useState(false);

  return (
    <ResultPanel icon={<IconMail className="size-6" />} heading={heading} testId="link-sent">
      <p className="mt-2 text-ink-700">{body}</p>
      <p className="mt-3 text-sm text-ink-600">{help}</p>
      <div className="mt-5 flex flex-wrap items-center gap-3" aria-live="polite">
        <Button
          variant="secondary"
          loading={request.isPending}
          onClick={() => request.mutate({ email }, { onSuccess: () => setSentAgain(true) })}
        >
          {request.isPending ? t("emailLink.submitting") : t("emailLink.sendAgain")}
        </Button>
        {sentAgain && !request.isPending && (
          <span className="text-sm text-ink-700">{t("emailLink.sentAgain")}</span>
        )}
      </div>
      {request.error !== null && request.error !== undefined && (
        <Alert tone="danger" className="mt-4">
          {errorMessage(request.error)}
        </Alert>
      )}
    </ResultPanel>
  );
}
