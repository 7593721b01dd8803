/**
 * Hostile input for the HTTP fuzzers: values an attacker or a broken client sends (injection strings,
 * impossible dates, NUL bytes, invalid percent-encoding and UTF-8, huge and odd numbers, prototype keys),
 * mixed with valid ones so that requests also reach the handlers. Seeded: a run can be repeated exactly.
 */
export type Random = () => number;

/** mulberry32: a small seeded generator, good enough to pick test input. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <Item>(random: Random, items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;

/** Raw (already encoded where needed) query values and path segments. */
export const HOSTILE_VALUES: readonly string[] = [
  "",
  "%20",
  "'",
  "%22",
  "'%20OR%201=1%20--",
  "1;%20DROP%20TABLE%20models",
  "%00",
  "a%00b",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "../../etc/passwd",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%24%7B7*7%7D",
  "%",
  "%zz",
  "%c0%af",
  "%ed%a0%80",
  "%ff%fe",
  "%F0%9F%98%80",
  "x".repeat(3000),
  "-1",
  "0",
  "1e400",
  "-1e400",
  "NaN",
  "Infinity",
  "99999999999999999999999",
  "0x1F",
  "2023-02-31",
  "2024-13-01",
  "2024-00",
  "9999-99-99",
  "2025",
  "2019-07",
  "2024-02-29",
  "null",
  "undefined",
  "true",
  "%5B%5D",
  "%7B%7D",
  "__proto__",
  "constructor",
  ",,,",
  "US,CN,,",
  "us,china,eu",
  "us,mars",
  "US",
  "CN",
  "NL",
  "-name",
  "name",
  "notable",
  "frontier",
  "year",
  "main",
  "eu-systemic",
  "EU",
  "%E2%80%AE",
];

export const HOSTILE_NAMES: readonly string[] = [
  "__proto__",
  "constructor",
  "limit[]",
  "a%00",
  "%zz",
  "x".repeat(300),
  "toString",
  "q",
  "sort",
  "cursor",
];

/** A GET request target: a real route with known and junk parameters, or a path that is not a route. */
export function hostileGet(random: Random, routes: readonly { path: string; params: readonly string[] }[]): string {
  if (random() < 0.08)
    return pick(random, [
      "/api/v1/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/api/v1/models/%2e%2e%2f%2e%2e%2f",
      `/api/v1/${"a/".repeat(400)}`,
      "/api/v1/models/%00",
      "/api/v1//models",
      "/api/v1/models;.csv",
      "/api/v1/indicators/%ff",
      "//attacker.example/",
      "/api/v1/models?%",
      "/api/v1/models?&&&=&=",
    ]);
  const route = pick(random, routes);
  const path = route.path.replace(/\{\w+\}/g, () => pick(random, HOSTILE_VALUES) || "x");
  const params: string[] = [];
  const count = Math.floor(random() * 4);
  for (let index = 0; index < count; index++) {
    const name = random() < 0.8 && route.params.length > 0 ? pick(random, route.params) : pick(random, HOSTILE_NAMES);
    params.push(`${name}=${pick(random, HOSTILE_VALUES)}`);
  }
  return params.length > 0 ? `${path}?${params.join("&")}` : path;
}

/** Tokens spliced into YAML or JSON bodies. */
const BODY_TOKENS: readonly string[] = [
  "*nowhere",
  "&a",
  "!!python/object:os.system",
  "!!js/function 'function(){}'",
  "<<: *a",
  "{",
  "[",
  "]",
  '"',
  "'",
  "\u0000",
  "\uFEFF",
  "\t",
  "---",
  "...",
  "? ",
  "1e400",
  "-1",
  "NaN",
  ".inf",
  "null",
  "~",
  "__proto__",
  '{"__proto__": {"polluted": true}}',
  "9".repeat(400),
  "x".repeat(2000),
  "\n",
  ": ",
  "- ",
  "2023-02-31",
];

/** A body made from a valid seed by a few random edits, or built to be hostile outright. */
export function mutateBody(random: Random, seed: string): string {
  const roll = random();
  if (roll < 0.04) return `${"[".repeat(60)}${"]".repeat(60)}`;
  if (roll < 0.08)
    return [
      "a: &a [x, x, x, x, x, x, x, x]",
      ...[..."bcdefgh"].map((name, index) => `${name}: &${name} [${Array(8).fill(`*${"abcdefg"[index]}`).join(", ")}]`),
    ].join("\n");
  if (roll < 0.1) return Buffer.from(Array.from({ length: 300 }, () => Math.floor(random() * 256))).toString("latin1");
  if (roll < 0.12) return "";
  let body = seed;
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (body.length + 1));
    const kind = random();
    if (kind < 0.4) body = body.slice(0, at) + pick(random, BODY_TOKENS) + body.slice(at);
    else if (kind < 0.6) body = body.slice(0, at) + body.slice(at + 1 + Math.floor(random() * 20));
    else if (kind < 0.8) {
      const lines = body.split("\n");
      const line = Math.floor(random() * lines.length);
      lines.splice(line, 0, lines[line] ?? "");
      body = lines.join("\n");
    } else body = body.replace(/-?\d+(\.\d+)?/, pick(random, ["1e400", "-5", "0", "3.5", '"ten"', "[]", "99999999"]));
  }
  return body;
}
