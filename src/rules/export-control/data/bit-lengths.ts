import type { Precision } from "../input-schema.js";
import type { Sourced } from "../types.js";

/** Bit length of the operation per precision (§1.1): the width of the multiply inputs. */
export const BIT_LENGTHS: Readonly<Record<Precision, number>> = {
  INT4: 4,
  FP4: 4,
  FP6: 6,
  INT8: 8,
  FP8: 8,
  INT16: 16,
  FP16: 16,
  BF16: 16,
  TF32: 32,
  FP32: 32,
  FP64: 64,
};

export const BIT_LENGTH_READING = {
  text: "'bit length of the operation' is read as the width of the multiply inputs, not the accumulator (Technical Note wording not retrieved)",
  nl: "'bitlengte van de bewerking' is gelezen als de breedte van de invoer van de vermenigvuldiging, niet van de accumulator (tekst van de Technical Note niet opgehaald)",
  citation: { instrument: "88 FR 73458, Technical Note to 3A090", sources: ["R2"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;

export const TF32_READING = {
  text: "TF32 is counted as 32 bits although its inputs carry 19 significant bits",
  nl: "TF32 telt als 32 bits, hoewel de invoer 19 significante bits heeft",
  citation: { instrument: "88 FR 73458, Technical Note to 3A090", sources: ["R2"] },
  confidence: "unconfirmed",
} as const satisfies Sourced & Record<string, unknown>;

export const DENSE_NOT_SPARSE = {
  text: "TPP uses dense figures without structured-sparsity speed-up; a figure stated with sparsity is halved (halving is not always right, e.g. B300 FP4)",
  nl: "TPP gebruikt dense cijfers zonder versnelling door structured sparsity; een cijfer met sparsity wordt gehalveerd (halveren klopt niet altijd, bv. B300 FP4)",
  citation: { instrument: "88 FR 73458, Technical Note to 3A090 (reported by a compilation, not seen)", sources: ["R2", "R1", "R34"] },
  confidence: "secondary",
} as const satisfies Sourced & Record<string, unknown>;

export const TPP_DEFINITION = {
  text: "TPP = 2 x MacTOPS x bit length, aggregated over the IC; 2 x MacTOPS equals the datasheet TOPS; the maximum over precisions is taken",
  nl: "TPP = 2 x MacTOPS x bitlengte, opgeteld over de IC; 2 x MacTOPS is de TOPS van het datasheet; het maximum over de precisies telt",
  citation: { instrument: "88 FR 73458, ECCN 3A090 Technical Note", sources: ["R2", "R1"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;

export const APPLICABLE_DIE_AREA = {
  text: "applicable die area = all logic dies made on a non-planar (FinFET/GAA) node; memory stacks, planar dies, passive interposers and dummy dies excluded",
  nl: "toepasselijk die-oppervlak = alle logica-dies op een niet-planair (FinFET/GAA) procedé; geheugenstapels, planaire dies, passieve interposers en dummy-dies tellen niet mee",
  citation: { instrument: "88 FR 73458, ECCN 3A090 Technical Note ('performance density')", sources: ["R2", "R1"] },
  confidence: "quoted",
} as const satisfies Sourced & Record<string, unknown>;
