import { ApiProvider } from "@marquee/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { RouterProvider } from "react-router/dom";
import { router } from "./app/router.tsx";
import { apiClient } from "./app/session.ts";
import { createWebI18n } from "./i18n/i18n.ts";
import { registerServiceWorker } from "./pwa/register.ts";
import "./styles.css";

const i18n = await createWebI18n();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={apiClient}>
        <RouterProvider router={router} />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);

registerServiceWorker();
