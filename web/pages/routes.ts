/** The dashboard's pages: path, navigation label, and the module loaded when the page opens. */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { MessageKey } from "../i18n/messages-en.js";

export interface PageRoute {
  readonly path: string;
  readonly label: MessageKey;
  readonly component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: readonly PageRoute[] = [
  { path: "/", label: "nav.overview", component: lazy(() => import("./overview.js")) },
  { path: "/models", label: "nav.models", component: lazy(() => import("./models.js")) },
  { path: "/compute", label: "nav.compute", component: lazy(() => import("./compute.js")) },
  { path: "/economy", label: "nav.economy", component: lazy(() => import("./economy.js")) },
  { path: "/regulation", label: "nav.regulation", component: lazy(() => import("./regulation.js")) },
  { path: "/players", label: "nav.players", component: lazy(() => import("./players.js")) },
  { path: "/europe", label: "nav.europe", component: lazy(() => import("./europe.js")) },
  { path: "/map", label: "nav.map", component: lazy(() => import("./map.js")) },
  { path: "/sources", label: "nav.sources", component: lazy(() => import("./sources.js")) },
];

export function findRoute(path: string): PageRoute | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return ROUTES.find((route) => route.path === normalised);
}
