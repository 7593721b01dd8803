/** The model records the model indicators share, and how their method texts name them. */
import type { ModelObservation } from "../domain/observations.js";
import { inPeriod, type Period } from "./params.js";

export const MODEL_NOUN = { en: "model", nl: "model" };
export const DEVELOPERS = { en: "its developers", nl: "de ontwikkelaars" };

/** Notable models with a publication date inside the period. */
export function datedNotableModels(models: readonly ModelObservation[], period: Period) {
  return models.filter(
    (m): m is ModelObservation & { date: string } =>
      m.dataset === "notable" && m.date !== null && inPeriod(m.date, period),
  );
}
