/**
 * The baseline: node:http and better-sqlite3 with hand-written SQL answering the same filtered list as
 * /api/v1/models?dataset=notable&bloc=china&limit=50 (count, page, developers), with no framework.
 */
import { createServer } from "node:http";
import Database from "better-sqlite3";

const db = new Database(process.argv[2]!, { readonly: true });
const where = `models.dataset = 'notable' and exists (select 1 from model_developers md where md.model_id = models.id
  and md.country in (select country from bloc_members where bloc_id = ?))`;
const count = db.prepare(`select count(*) as total from models where ${where}`);
const page = db.prepare(`select * from models where ${where}
  order by case when publication_date is null then 1 else 0 end, publication_date desc, id desc limit 50`);
const developers = db.prepare(
  "select model_id, organization_id, country from model_developers where model_id in (select value from json_each(?)) order by position",
);

const server = createServer((request, response) => {
  const bloc = new URL(request.url!, "http://x").searchParams.get("bloc") ?? "china";
  const total = (count.get(bloc) as { total: number }).total;
  const rows = page.all(bloc) as { id: string; raw?: string }[];
  const byModel = new Map<string, unknown[]>();
  for (const developer of developers.all(JSON.stringify(rows.map((row) => row.id))) as { model_id: string }[]) {
    byModel.set(developer.model_id, [...(byModel.get(developer.model_id) ?? []), developer]);
  }
  const data = rows.map(({ raw: _raw, ...row }) => ({
    ...row,
    developers: byModel.get(row.id) ?? [],
    source_ids: ["epoch-notable-ai-models"],
  }));
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ data, total, next: null }));
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(`http://127.0.0.1:${address.port}`);
});
