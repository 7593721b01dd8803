/** The dashboard's pages: path, navigation label, and the module loaded when the page opens. */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { MessageKey } from "../i18n/messages-en.js";

export interface PageRoute {
  readonly path: string;
  readonly label: MessageKey;
  /** The page's description for <meta name="description"> and link previews. */
  readonly description: MessageKey;
  /** Starts loading the page's module (the app calls it for the first page before data arrives). */
  readonly preload: () => Promise<{ default: ComponentType }>;
  readonly component: LazyExoticComponent<ComponentType>;
}

function page(path: string, label: MessageKey, load: () => Promise<{ default: ComponentType }>): PageRoute {
  const description = `meta.${label.slice("nav.".length)}` as MessageKey;
  return { path, label, description, preload: load, component: lazy(load) };
}

export const ROUTES: readonly PageRoute[] = [
  page("/", "nav.overview", () => import("./overview.js")),
  page("/models", "nav.models", () => import("./models.js")),
  page("/compute", "nav.compute", () => import("./compute.js")),
  page("/economy", "nav.economy", () => import("./economy.js")),
  page("/prices", "nav.prices", () => import("./prices/index.js")),
  page("/regulation", "nav.regulation", () => import("./regulation.js")),
  page("/regulation-check", "nav.regulationCheck", () => import("./regulation-check/check-page.js")),
  page("/regulation-check/timeline", "nav.regulationTimeline", () => import("./regulation-check/timeline-page.js")),
  page("/export-control", "nav.exportControl", () => import("./export-control/index.js")),
  page("/players", "nav.players", () => import("./players.js")),
  page("/europe", "nav.europe", () => import("./europe.js")),
  page("/map", "nav.map", () => import("./map.js")),
  page("/geopolitics", "nav.geopolitics", () => import("./geopolitics/index.js")),
  page("/claims", "nav.claims", () => import("./claims/index.js")),
  page("/simulator", "nav.simulator", () => import("./simulator/index.js")),
  page("/sources", "nav.sources", () => import("./sources.js")),
];

export function findRoute(path: string): PageRoute | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return ROUTES.find((route) => route.path === normalised);
}
