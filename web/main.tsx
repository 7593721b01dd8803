import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { LangProvider } from "./i18n/lang.js";
import { findRoute } from "./pages/routes.js";
import { preloadReference } from "./state/reference.js";
import "./styles.css";

// Everything the first page needs starts loading at once rather than one step after another.
preloadReference();
void findRoute(window.location.pathname)?.preload();
void import("./charts/plot-kit.js");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LangProvider>
      <App />
    </LangProvider>
  </StrictMode>,
);
