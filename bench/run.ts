/** `npm run bench`: every benchmark, each printing its figures and its ratio to a baseline run here. */
const suites: [string, string][] = [
  ["knowledge base", "./knowledge-base.js"],
  ["simulator", "./simulate.js"],
  ["simulator in the browser", "./web-simulate.js"],
  ["dashboard", "./web.js"],
  ["article reader", "./reader.js"],
];

// A suite is chosen by its name or a prefix of it; an exact name picks that suite alone ("simulator" is also the
// start of "simulator in the browser").
const only = process.argv[2];
const exact = suites.some(([name]) => name === only);
for (const [name, module] of suites) {
  if (only && (exact ? name !== only : !name.startsWith(only))) continue;
  console.log(`\n== ${name} ==`);
  try {
    const { runBench } = (await import(module)) as { runBench: () => Promise<void> };
    await runBench();
  } catch (error) {
    console.log(`(not run: ${(error as Error).message.split("\n")[0]})`);
  }
}
