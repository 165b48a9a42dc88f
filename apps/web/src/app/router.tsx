import { createBrowserRouter } from "react-router";
import { AppShell } from "./AppShell.tsx";
import { RouteError } from "./RouteError.tsx";

/** Every page is its own chunk; the entry holds only the shell. */
export const router = createBrowserRouter([
  {
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      {
        index: true,
        lazy: () => import("../home/HomePage.tsx").then(({ HomePage }) => ({ Component: HomePage })),
      },
      {
        path: "search",
        lazy: () => import("../search/SearchPage.tsx").then(({ SearchPage }) => ({ Component: SearchPage })),
      },
      {
        path: "events/:eventId/:slug?",
        lazy: () => import("../events/EventPage.tsx").then(({ EventPage }) => ({ Component: EventPage })),
      },
      {
        path: "shows/:showId/seats",
        lazy: () =>
          import("../seats/SeatSelectionPage.tsx").then(({ SeatSelectionPage }) => ({
            Component: SeatSelectionPage,
          })),
      },
      {
        path: "checkout/:holdId",
        lazy: () =>
          import("../checkout/CheckoutPage.tsx").then(({ CheckoutPage }) => ({ Component: CheckoutPage })),
      },
      {
        path: "orders/:orderId",
        lazy: () => import("../orders/OrderPage.tsx").then(({ OrderPage }) => ({ Component: OrderPage })),
      },
      {
        path: "bookings",
        lazy: () =>
          import("../orders/MyBookingsPage.tsx").then(({ MyBookingsPage }) => ({
            Component: MyBookingsPage,
          })),
      },
      {
        path: "account",
        lazy: () =>
          import("../account/AccountPage.tsx").then(({ AccountPage }) => ({ Component: AccountPage })),
      },
      {
        path: "sign-in",
        lazy: () => import("../auth/SignInPage.tsx").then(({ SignInPage }) => ({ Component: SignInPage })),
      },
      {
        path: "sign-in/email",
        lazy: () =>
          import("../auth/MagicLinkRequestPage.tsx").then(({ MagicLinkRequestPage }) => ({
            Component: MagicLinkRequestPage,
          })),
      },
      {
        // the path of the sign-in email's link (apps/api/src/modules/identity/emails.ts)
        path: "sign-in/link",
        lazy: () =>
          import("../auth/MagicLinkPage.tsx").then(({ MagicLinkPage }) => ({ Component: MagicLinkPage })),
      },
      {
        path: "forgot-password",
        lazy: () =>
          import("../auth/ForgotPasswordPage.tsx").then(({ ForgotPasswordPage }) => ({
            Component: ForgotPasswordPage,
          })),
      },
      {
        // the path of the password-reset email's link
        path: "reset-password",
        lazy: () =>
          import("../auth/ResetPasswordPage.tsx").then(({ ResetPasswordPage }) => ({
            Component: ResetPasswordPage,
          })),
      },
      {
        // the path of the confirmation email's link
        path: "verify-email",
        lazy: () =>
          import("../auth/VerifyEmailPage.tsx").then(({ VerifyEmailPage }) => ({
            Component: VerifyEmailPage,
          })),
      },
      {
        // where social sign-in providers send the browser back (apps/api/src/modules/identity/oidc.ts)
        path: "auth/callback/:provider",
        lazy: () =>
          import("../auth/OidcCallbackPage.tsx").then(({ OidcCallbackPage }) => ({
            Component: OidcCallbackPage,
          })),
      },
      {
        path: "register",
        lazy: () =>
          import("../auth/RegisterPage.tsx").then(({ RegisterPage }) => ({ Component: RegisterPage })),
      },
      {
        path: "city",
        lazy: () =>
          import("../city/CityPickerPage.tsx").then(({ CityPickerPage }) => ({ Component: CityPickerPage })),
      },
      {
        path: "*",
        lazy: () => import("./NotFoundPage.tsx").then(({ NotFoundPage }) => ({ Component: NotFoundPage })),
      },
    ],
  },
]);
