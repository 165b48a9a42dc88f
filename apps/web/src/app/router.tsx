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
        path: "sign-in",
        lazy: () => import("../auth/SignInPage.tsx").then(({ SignInPage }) => ({ Component: SignInPage })),
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
