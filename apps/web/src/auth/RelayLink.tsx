import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";

/** A link between the ways in (sign in, register, email link, reset) that keeps where the person was going. */
export function RelayLink({
  to,
  className,
  children,
}: {
  to: string;
  className: string;
  children: ReactNode;
}) {
  const { state } = useLocation();
  return (
    <Link to={to} state={state} className={className}>
      {children}
    </Link>
  );
}

export const textLinkClasses = "font-semibold text-brand-700 underline-offset-4 hover:underline";

/** For a full-width button whose label may not fit one line on a phone in every language. */
export const wrappingButtonClasses = "h-auto! min-h-13 py-2.5 text-center whitespace-normal!";
