#!/usr/bin/env node
// Fails when a commit subject is longer than 72 characters; older history is left as it was.
//   node .ci/commit-subjects.mjs <BASE>
// BASE is a revision (checks BASE..HEAD) or an ISO date (checks commits committed after it, so that branches
// written before the date and merged later are not held to it). Merges are skipped: git writes their subject.
import { execFileSync } from "node:child_process";

const LIMIT = 72;
const base = process.argv[2];
if (!base) {
  console.error("usage: node .ci/commit-subjects.mjs <revision or ISO date>");
  process.exit(2);
}
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });
const isDate = /^\d{4}-\d{2}-\d{2}/.test(base);
const range = isDate ? [`--since=${base}`, "HEAD"] : [`${base}..HEAD`];
if (!isDate) {
  try {
    git("rev-parse", "--quiet", "--verify", `${base}^{commit}`);
  } catch {
    console.error(`commit-subjects: ${base} is not in this clone's history, nothing checked`);
    process.exit(0);
  }
}
const long = git("log", "--no-merges", "--format=%h %s", ...range)
  .split("\n")
  .filter(Boolean)
  .map((line) => ({ line, length: [...line.slice(line.indexOf(" ") + 1)].length }))
  .filter(({ length }) => length > LIMIT);
if (long.length > 0) {
  console.error(`commit subjects over ${LIMIT} characters since ${base} (put the rest in the body):`);
  for (const { line, length } of long) console.error(`  ${line} (${length} characters)`);
  process.exit(1);
}
console.log(`commit subjects since ${base}: all within ${LIMIT} characters`);
