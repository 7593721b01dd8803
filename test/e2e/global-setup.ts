/** Builds the dashboard and starts one real server for all e2e files; they read its URL with inject("baseUrl"). */
import type { TestProject } from "vitest/node";
import { buildDashboard, removeDashboard, startDashboard, type RunningDashboard } from "./harness/serve-dashboard.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let running: RunningDashboard | null = null;
let distDir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  distDir = await buildDashboard();
  running = await startDashboard(distDir);
  project.provide("baseUrl", running.url);
}

export async function teardown(): Promise<void> {
  await running?.close();
  if (distDir) removeDashboard(distDir);
}
