import { openStore } from "../../db/connect.js";
import { print, UserError, type CliIo } from "../io.js";
import type { Settings } from "../settings.js";
import { storeExists } from "../../db/write-store.js";
import { formatTable } from "../table.js";

export async function withStore<T>(
  settings: Settings,
  use: (db: ReturnType<typeof openStore>) => Promise<T>,
): Promise<T> {
  if (!storeExists(settings.store))
    throw new UserError(`no store at ${settings.store.target}: run \`wedloop build\` first`);
  const db = openStore(settings.store);
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}

/** `wedloop quarantine`: every row set aside at build time and why. */
export async function quarantineCommand(
  settings: Settings,
  options: { dataset?: string; json: boolean },
  io: CliIo,
): Promise<number> {
  const rows = await withStore(settings, async (db) => {
    let query = db
      .selectFrom("quarantine")
      .select(["dataset", "file", "row_number", "field", "value", "reason"])
      .orderBy("id");
    if (options.dataset) query = query.where("dataset", "=", options.dataset);
    return query.execute();
  });
  if (options.json) print(io.stdout, JSON.stringify(rows, null, 2));
  else if (rows.length === 0) print(io.stdout, "No rows were quarantined.");
  else {
    print(
      io.stdout,
      formatTable(
        ["where", "field", "value", "reason"],
        rows.map((row) => [
          `${row.file}:${row.row_number}`,
          row.field ?? "",
          (row.value ?? "").slice(0, 40),
          row.reason,
        ]),
      ),
    );
    print(io.stdout, `${rows.length} row(s) quarantined`);
  }
  return 0;
}

/** `wedloop sources`: the datasets and documents every figure comes from. */
export async function sourcesCommand(settings: Settings, options: { json: boolean }, io: CliIo): Promise<number> {
  const rows = await withStore(settings, (db) =>
    db
      .selectFrom("sources")
      .select(["id", "kind", "publisher", "title", "url", "published", "licence"])
      .orderBy("kind")
      .orderBy("id")
      .execute(),
  );
  if (options.json) print(io.stdout, JSON.stringify(rows, null, 2));
  else
    print(
      io.stdout,
      formatTable(
        ["id", "kind", "publisher", "url"],
        rows.map((row) => [row.id, row.kind, row.publisher, row.url]),
      ),
    );
  return 0;
}
