/**
 * The regulation endpoints. The shared client only GETs; the assessment is a POST of the profile, so it
 * is sent here, and a 400 keeps every issue so the page can point at each question.
 */
import { ApiError, getJson } from "../../api/client.js";
import type { ObligationsBody } from "../../../src/contract/regulation.js";
import type { BodyIssue, ObligationsAnswer, RegulationsResponse } from "./types.js";

export class ProfileRejected extends ApiError {
  constructor(
    readonly issues: readonly BodyIssue[],
    message: string,
  ) {
    super(400, issues[0]?.parameter ?? null, message);
    this.name = "ProfileRejected";
  }
}

export async function postObligations(profile: Record<string, unknown>, date: string): Promise<ObligationsAnswer> {
  const response = await fetch("/api/v1/obligations", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    // The profile is built field by field from the questionnaire; the server checks it against the contract's
    // schema and each issue points back at its question. The rest of the body is typed by the contract.
    body: JSON.stringify({ profile, date } satisfies Omit<ObligationsBody, "profile"> & { profile: object }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: ObligationsAnswer;
    message?: string;
    parameter?: string;
    issues?: BodyIssue[];
  } | null;
  if (response.status === 400 && body?.issues) throw new ProfileRejected(body.issues, body.message ?? "bad request");
  if (!response.ok || !body?.data)
    throw new ApiError(
      response.status,
      body?.parameter ?? null,
      body?.message ?? `${response.status} ${response.statusText}`,
    );
  return body.data;
}

export function fetchRegulations(): Promise<RegulationsResponse> {
  return getJson<RegulationsResponse>("/api/v1/regulations");
}
