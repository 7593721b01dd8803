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

/** The names that have both a navigation label (nav.X) and a description (meta.X): a page needs both. */
type NamesUnder<Prefix extends string> = MessageKey extends infer Key
  ? Key extends `${Prefix}.${infer Name}`
    ? Name
    : never
  : never;
type PageName = NamesUnder<"nav"> & NamesUnder<"meta">;

function page(path: string, name: PageName, load: () => Promise<{ default: ComponentType }>): PageRoute {
  return {
    path,
    label: `nav.${name}` as MessageKey,
    description: `meta.${name}` as MessageKey,
    preload: load,
    component: lazy(load),
  };
}

export const ROUTES: readonly PageRoute[] = [
  page("/", "overview", () => import("./overview.js")),
  page("/models", "models", () => import("./models.js")),
  page("/compute", "compute", () => import("./compute.js")),
  page("/economy", "economy", () => import("./economy.js")),
  page("/prices", "prices", () => import("./prices/index.js")),
  page("/regulation", "regulation", () => import("./regulation.js")),
  page("/regulation-check", "regulationCheck", () => import("./regulation-check/check-page.js")),
  page("/regulation-check/timeline", "regulationTimeline", () => import("./regulation-check/timeline-page.js")),
  page("/export-control", "exportControl", () => import("./export-control/index.js")),
  page("/players", "players", () => import("./players.js")),
  page("/europe", "europe", () => import("./europe.js")),
  page("/map", "map", () => import("./map.js")),
  page("/geopolitics", "geopolitics", () => import("./geopolitics/index.js")),
  page("/claims", "claims", () => import("./claims/index.js")),
  page("/reader", "reader", () => import("./reader/index.js")),
  page("/simulator", "simulator", () => import("./simulator/index.js")),
  page("/sources", "sources", () => import("./sources.js")),
];

export function findRoute(path: string): PageRoute | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return ROUTES.find((route) => route.path === normalised);
}
