import type { CheckContext } from "./context.js";
import { licenceRequired, type Decision } from "./decision.js";
import { testScope } from "./destination.js";
import { criterionVerdict, lettersInEffect, namedProduct, sameVendor } from "./letters.js";
import type { Caveat, Reason } from "./types.js";
import { reviewPolicy } from "./tables/lookup.js";

export interface LetterFindings {
  /** A letter requires a licence for this export. */
  readonly decision: Decision | null;
  /** A letter might apply, but an input that decides it is missing. */
  readonly decidingInputs: readonly string[];
  readonly caveats: readonly Caveat[];
}

/** Company-specific is-informed letters in effect on the date (RV0, RV6; §3.6 last paragraph). */
export function letterFindings(context: CheckContext): LetterFindings {
  if (context.input.chip.hbm) return { decision: null, decidingInputs: [], caveats: [] };
  const decisions: Decision[] = [];
  const decidingInputs: string[] = [];
  const caveats: Caveat[] = [];
  for (const letter of lettersInEffect(context.date)) {
    if (letter.effect.kind !== "licence_requirement" || !sameVendor(letter, context.input.chip)) continue;
    const scope = { ...letter.destinations, citation: letter.citation, confidence: letter.confidence };
    const destination = testScope(scope, context.destination, context.date, "destination");
    const hq = letter.coversHeadquarters
      ? context.headquarters
          .map(({ field, country }) =>
            testScope(
              scope,
              country,
              context.date,
              field === "endUserHq" ? "end user's headquarters" : "ultimate parent's headquarters",
            ),
          )
          .filter((entry) => entry.inScope)
      : [];
    if (!destination.inScope && hq.length === 0) continue;

    const named = namedProduct(letter, context.input.chip);
    const verdict = named ? null : criterionVerdict(letter, context.input.chip, context.metrics.tpp);
    if (letter.scopeNote) {
      const nl = letter.scopeNoteNl ?? letter.scopeNote;
      caveats.push({ text: letter.scopeNote, nl, kind: "unconfirmed_fact", citation: letter.citation });
    }
    if (verdict?.met === "unknown") {
      decidingInputs.push(...verdict.decidingInputs);
      continue;
    }
    if (!named && verdict?.met !== true) continue;

    const why = named
      ? `names ${named}`
      : `covers ICs reaching its parameters: ${verdict?.met === true ? verdict.text : ""}`;
    const whyNl = named
      ? `noemt ${named}`
      : `dekt IC's die de parameters ervan halen: ${verdict?.met === true ? verdict.nl : ""}`;
    const reasons: Reason[] = [
      ...(destination.inScope ? destination.reasons : hq.flatMap((entry) => entry.reasons)),
      {
        text: `the is-informed letter to ${letter.vendor} of ${letter.effective} ${why}`,
        nl: `de 'is-informed'-brief aan ${letter.vendor} van ${letter.effective} ${whyNl}`,
        citation: letter.citation,
        confidence: letter.confidence,
        ruleVersion: letter.ruleVersion,
      },
    ];
    const letterCaveats: Caveat[] = [...destination.caveats, ...hq.flatMap((entry) => entry.caveats)];
    if (!named && letter.criterion && letter.criterion.confidence !== "quoted") {
      letterCaveats.push({
        text: `parameters of the letter to ${letter.vendor} of ${letter.effective}: ${letter.criterion.text}`,
        nl: `parameters van de brief aan ${letter.vendor} van ${letter.effective}: ${letter.criterion.nl}`,
        kind: "unconfirmed_fact",
        citation: letter.citation,
      });
    }
    const granted =
      letter.licencesGranted && context.date >= letter.licencesGranted.from ? letter.licencesGranted : undefined;
    if (granted) {
      reasons.push({
        text: granted.text,
        nl: granted.nl,
        citation: granted.citation,
        confidence: granted.confidence,
        ruleVersion: "RV8",
      });
    }
    const policy = reviewPolicy("is-informed-letter");
    decisions.push(
      licenceRequired(
        "is_informed_letter",
        policy.policy,
        policy.confidence,
        reasons,
        letterCaveats,
        granted ? "LR-II‡" : "LR-II",
      ),
    );
  }
  return { decision: decisions[0] ?? null, decidingInputs, caveats };
}
