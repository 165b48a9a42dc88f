import { ApiProvider, createApiClient } from "@marquee/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App.tsx";
import { bridge } from "./bridge.ts";
import { createKioskI18n } from "./i18n/i18n.ts";
import "./styles.css";

// a public touch screen: no long-press or right-click menus
document.addEventListener("contextmenu", (event) => event.preventDefault());

const i18n = await createKioskI18n();
/** A kiosk has no signed-in user: it speaks to the API as its paired terminal. */
const apiClient = createApiClient({ url: bridge.getApiUrl(), getDeviceKey: () => bridge.getDeviceKey() });

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
