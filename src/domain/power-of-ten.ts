const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A large or small number in the one notation every page uses: 1e25 -> "10²⁵", 2.1e25 -> "2.1 × 10²⁵" (Dutch
 * "2,1 × 10²⁵"); the dashboard's axes and tooltips write the same.
 */
export function powerOfTenText(value: number, lang: "en" | "nl"): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = Number((value / 10 ** exponent).toPrecision(2));
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join("");
  const power = `10${exponent < 0 ? "⁻" : ""}${digits}`;
  return mantissa === 1 ? power : `${mantissa.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB")} × ${power}`;
}
