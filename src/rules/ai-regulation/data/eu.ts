/** The EU catalogue: AI Act (as amended by Reg (EU) 2026/1744) and GDPR touchpoints. */
import type { RuleCatalogue, TimelineEvent } from "../rule.js";
import { text } from "./builders.js";
import { EU_CLASSIFICATION, EU_HIGH_RISK_DUTIES } from "./eu-ai-act-high-risk.js";
import { EU_PROHIBITION_CONDITIONS, EU_PROHIBITIONS } from "./eu-ai-act-prohibitions.js";
import { EU_GPAI, EU_LITERACY, EU_PENALTIES, EU_TRANSPARENCY } from "./eu-ai-act-transparency-gpai.js";
import { EU_FACTS, EU_INSTRUMENTS, SOURCES } from "./eu-common.js";
import { EU_GDPR } from "./eu-gdpr.js";

const event = (id: string, date: string, en: string, nl: string, confidence: TimelineEvent["confidence"] = "V"): TimelineEvent => ({
  id,
  jurisdiction: "EU",
  date,
  text: text(en, nl),
  confidence,
  citationUrl: SOURCES.timeline,
});

const EU_TIMELINE: readonly TimelineEvent[] = [
  event("EU-T-GPAI-COP", "2025-07-10", "GPAI Code of Practice published (no presumption of conformity).", "Praktijkcode voor AI-modellen voor algemene doeleinden gepubliceerd (geen vermoeden van conformiteit)."),
  event("EU-T-OMNIBUS-PROPOSAL", "2025-11-19", "Digital Omnibus on AI proposed.", "Digitale Omnibus over AI voorgesteld."),
  event("EU-T-OMNIBUS-DEAL", "2026-05-07", "Provisional agreement on the AI omnibus.", "Voorlopig akkoord over de AI-omnibus."),
  event("EU-T-OMNIBUS-COUNCIL", "2026-06-29", "Council adopts the AI omnibus.", "De Raad neemt de AI-omnibus aan."),
  event("EU-T-ART50-GUIDELINES", "2026-07-20", "Commission Art 50 guidelines C(2026) 5054 (non-binding).", "Richtsnoeren van de Commissie over art. 50, C(2026) 5054 (niet bindend)."),
  event("EU-T-SANDBOXES", "2027-08-02", "National AI regulatory sandboxes must be operational (Art 57(1) as amended).", "Nationale AI-testomgevingen moeten operationeel zijn (art. 57(1) zoals gewijzigd)."),
  event("EU-T-ANNEX-X", "2030-12-31", "Large-scale IT systems in Annex X placed before 2 Aug 2027 must comply (Art 111(1)).", "Grootschalige IT-systemen uit bijlage X van vóór 2 aug 2027 moeten voldoen (art. 111(1))."),
  event("EU-T-GDPR-OMNIBUS", "2026-04-21", "Council compromise rejects the proposed GDPR Art 88c (data omnibus still pending).", "Compromis van de Raad verwerpt het voorgestelde art. 88c AVG (data-omnibus nog hangende)."),
];

export const EU_CATALOGUE: RuleCatalogue = {
  jurisdiction: "EU",
  instruments: EU_INSTRUMENTS,
  rules: [
    ...EU_PROHIBITIONS,
    ...EU_PROHIBITION_CONDITIONS,
    ...EU_CLASSIFICATION,
    ...EU_HIGH_RISK_DUTIES,
    ...EU_TRANSPARENCY,
    ...EU_GPAI,
    ...EU_LITERACY,
    ...EU_GDPR,
    ...EU_PENALTIES,
  ],
  facts: EU_FACTS,
  timeline: EU_TIMELINE,
};
