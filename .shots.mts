import { buildDashboard, startDashboard } from "./test/e2e/harness/serve-dashboard.js";
import { launchChromium, localContext } from "./test/e2e/harness/browser.js";
await buildDashboard();
const server = await startDashboard();
const browser = await launchChromium();
try {
  for (const [lang, locale] of [["en", "en-GB"], ["nl", "nl-NL"]] as const) {
    for (const width of [1366, 390]) {
      const context = await localContext(browser, { viewport: { width, height: 900 }, locale });
      const page = await context.newPage();
      for (const path of ["/", "/europe"]) {
        await page.goto(`${server.url}${path}?lang=${lang}`);
        await page.waitForTimeout(4000);
        const name = `${path === "/" ? "overview" : "europe"}-${lang}-${width}`;
        await page.screenshot({ path: `/tmp/shots-i10/${name}.png`, fullPage: true });
        const text = await page.locator("main, #content, body").first().innerText();
        const lines = text.split("\n").filter((l) => /ranks|staat eerste|Share of known|Aandeel in de bekende|no data|geen gegevens|moved|verschoof|Metric|Maatstaf|trailed|achter/i.test(l));
        console.log(`== ${name}\n${lines.join("\n")}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
