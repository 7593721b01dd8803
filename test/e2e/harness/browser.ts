/** Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, kept off every network but localhost. */
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A context that refuses any request to a host other than 127.0.0.1. */
export async function localContext(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string; enforceCsp?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? "en-GB",
    acceptDownloads: true,
    timezoneId: "UTC",
    // Playwright's polling predicates and axe-core's injection run as page scripts, which the server's CSP
    // (script-src 'self') refuses; the pages' own scripts are checked under the CSP in csp.test.ts.
    bypassCSP: !options.enforceCsp,
  });
  await context.route(/.*/, (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === "127.0.0.1" || host === "localhost" || route.request().url().startsWith("data:")
      ? route.continue()
      : route.abort();
  });
  return context;
}
