import { ApiProvider } from "@marquee/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App.tsx";
import { createBoxOfficeI18n } from "./i18n/i18n.ts";
import { apiClient } from "./session.ts";
import "./styles.css";

const i18n = await createBoxOfficeI18n();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={apiClient}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
