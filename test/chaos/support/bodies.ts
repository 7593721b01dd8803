/** The largest bodies the limits let through, shaped to cost the parsers most: nested to the depth limit. */

/** YAML of about `bytes` bytes: blocks of mappings nested `depth` levels deep, each key distinct. */
export function deepYaml(bytes: number, depth: number): string {
  const lines = ["name: load test", "description: a body as large and as deep as the limits allow"];
  let size = lines.join("\n").length;
  for (let block = 0; size < bytes - 2_000; block++) {
    for (let level = 0; level < depth - 1; level++) {
      const line = `${"  ".repeat(level)}k${block}_${level}:${level === depth - 2 ? " [1, 2.5, x, null, true]" : ""}`;
      lines.push(line);
      size += line.length + 1;
    }
  }
  return `${lines.join("\n")}\n`;
}

/** JSON of about `bytes` bytes: lists of numbers nested `depth` levels deep, repeated. */
export function deepJson(bytes: number, depth: number): string {
  const unit = `${"[".repeat(depth - 2)}${Array.from({ length: 20 }, (_, index) => index * 1.5).join(",")}${"]".repeat(depth - 2)}`;
  const items: string[] = [];
  let size = 40;
  while (size + unit.length + 1 < bytes - 100) {
    items.push(unit);
    size += unit.length + 1;
  }
  return JSON.stringify({ chip: { name: "load" }, destination: "CN", date: "2024-06-01" }).replace(
    /}$/,
    `, "padding": [${items.join(",")}]}`,
  );
}
