import type { IsoDay } from "./profile.js";
import type { Text } from "./rule.js";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** "2027-12-02" as "2 Dec 2027" / "2 dec 2027", the way the spec's explanations write dates. */
export function formatDay(day: IsoDay): Text {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return { en: `${date} ${MONTHS_EN[month - 1]} ${year}`, nl: `${date} ${MONTHS_NL[month - 1]} ${year}` };
}
