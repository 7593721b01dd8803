/** `wedloop` from the sources, for chaos scenarios that run the CLI in a process of its own (to kill it). */
import { main } from "../../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
