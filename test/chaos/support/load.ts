import type { ServerLimits } from "../../../src/api/hardening/limits.js";
import { deepJson, deepYaml } from "./bodies.js";
import type { Exchange } from "./http.js";

/** The largest bodies each POST route accepts, as deep as allowed (answered 400 or 200, never cut off). */
export function bodyExchanges(limits: ServerLimits): Exchange[] {
  const depth = limits.bodyDepth - 2;
  const yaml = (bytes: number) => deepYaml(bytes - 512, depth);
  return [
    {
      method: "POST",
      path: "/api/v1/simulations",
      headers: { "content-type": "text/yaml" },
      body: yaml(limits.scenarioBytes),
    },
    {
      method: "POST",
      path: "/api/v1/obligations?date=2026-01-01",
      headers: { "content-type": "text/yaml" },
      body: yaml(limits.bodyBytes),
    },
    {
      method: "POST",
      path: "/api/v1/export-control/check",
      headers: { "content-type": "application/json" },
      body: deepJson(limits.bodyBytes - 512, depth),
    },
    {
      method: "POST",
      path: "/api/v1/simulations",
      headers: { "content-type": "application/json" },
      body: deepJson(limits.scenarioBytes - 512, depth),
    },
  ];
}
