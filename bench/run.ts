/** `npm run bench`: every benchmark, each printing its figures and its ratio to a baseline run here. */
const suites: [string, string][] = [
  ["knowledge base", "./knowledge-base.js"],
  ["simulator", "./simulate.js"],
  ["simulator in the browser", "./web-simulate.js"],
  ["dashboard", "./web.js"],
  ["article reader", "./reader.js"],
];

const only = process.argv[2];
for (const [name, module] of suites) {
  if (only && !name.startsWith(only)) continue;
  console.log(`\n== ${name} ==`);
  try {
    const { runBench } = (await import(module)) as { runBench: () => Promise<void> };
    await runBench();
  } catch (error) {
    console.log(`(not run: ${(error as Error).message.split("\n")[0]})`);
  }
}
