/** POST /api/v1/read: the shared client only GETs, so the reading is posted here. */
import { ApiError } from "../../api/client.js";
import type { ReadBody } from "../../../src/contract/reader.js";
import type { ArticleReading } from "../../../src/domain/article-reading.js";

export async function postRead(request: ReadBody): Promise<ArticleReading> {
  const response = await fetch("/api/v1/read", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: ArticleReading;
    message?: string;
    parameter?: string;
  } | null;
  if (!response.ok || !body?.data)
    throw new ApiError(
      response.status,
      body?.parameter ?? null,
      body?.message ?? `${response.status} ${response.statusText}`,
    );
  return body.data;
}
