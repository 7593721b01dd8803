/** Runs the CLI from source, for npm scripts in a checkout without a build (`npm run reader:quality`). */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
