import { Alert, buttonClasses, errorCodeOf, useErrorMessage, validationIssuesOf } from "@marquee/ui";
import { Link } from "react-router";
import { useAuthTranslation } from "./i18n/register.ts";

/** The API refused the emailed link itself: used up, expired, or mangled on the way. */
export function isLinkRefused(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === "TOKEN_INVALID" || (code === "VALIDATION_FAILED" && "token" in validationIssuesOf(error));
}

/**
 * What to do about an emailed link that does not work: a link without its token (cut short
 * by a mail program) or one the API refused, with the way to a new one.
 */
export function LinkProblem({
  error,
  title,
  retry,
}: {
  /** Null when the link came without its token. */
  error: unknown;
  title: string;
  retry: { to: string; label: string };
}) {
  const { t } = useAuthTranslation();
  const errorMessage = useErrorMessage();
  const incomplete = error === null;
  return (
    <Alert
      tone={incomplete ? "warning" : "danger"}
      title={incomplete ? t("emailLink.incomplete") : title}
      action={
        <Link to={retry.to} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {retry.label}
        </Link>
      }
    >
      {incomplete ? t("emailLink.incompleteBody") : errorMessage(error)}
    </Alert>
  );
}
