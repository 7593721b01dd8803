#!/usr/bin/env node
// Entry point for `wedloop` / `npx wedloop`: runs the compiled CLI.
import { endQuietlyWhenPipeCloses } from "../dist/cli/io.js";
import { main } from "../dist/cli/main.js";

endQuietlyWhenPipeCloses(process.stdout, (code) => process.exit(code));
process.exitCode = await main(process.argv.slice(2));
