/** Runs the CLI from source, for npm scripts in a checkout without a build (`npm run reader:quality`). */
import { endQuietlyWhenPipeCloses } from "./io.js";
import { main } from "./main.js";

endQuietlyWhenPipeCloses(process.stdout, (code) => process.exit(code));
process.exitCode = await main(process.argv.slice(2));
