#!/usr/bin/env node
// Fails when a commit after BASE has a subject longer than 72 characters; history before BASE stays as it was.
//   node .ci/commit-subjects.mjs [BASE]
// BASE defaults to the last commit before this check existed; merges are not checked (git writes their subject).
import { execFileSync } from "node:child_process";

const LIMIT = 72;
const base = process.argv[2] ?? "029dfacfeea2eacd84573d836be27535f9472a1f";
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });

try {
  git("rev-parse", "--quiet", "--verify", `${base}^{commit}`);
} catch {
  console.error(`commit-subjects: ${base} is not in this clone's history, nothing checked`);
  process.exit(0);
}
const long = git("log", "--no-merges", "--format=%h %s", `${base}..HEAD`)
  .split("\n")
  .filter(Boolean)
  .map((line) => ({ line, length: [...line.slice(line.indexOf(" ") + 1)].length }))
  .filter(({ length }) => length > LIMIT);
if (long.length > 0) {
  console.error(`commit subjects over ${LIMIT} characters since ${base.slice(0, 12)} (put the rest in the body):`);
  for (const { line, length } of long) console.error(`  ${line} (${length} characters)`);
  process.exit(1);
}
console.log(`commit subjects since ${base.slice(0, 12)}: all within ${LIMIT} characters`);
