/** Whether a jurisdiction's regime reaches the profile at all (EU Art 2; CN service to the public; US markets). */
import { marketRegime, type Jurisdiction, type SystemProfile } from "./profile.js";
import type { Text } from "./rule.js";

export interface ScopeDecision {
  readonly inScope: boolean;
  readonly reason: Text;
}

export function scopeOf(jurisdiction: Jurisdiction, profile: SystemProfile): ScopeDecision {
  const listed = profile.markets.some((market) => marketRegime(market.jurisdiction) === jurisdiction);
  if (jurisdiction === "EU") return euScope(profile, listed);
  if (!listed)
    return {
      inScope: false,
      reason: {
        en: `${jurisdiction} is not among the profile's markets.`,
        nl: `${jurisdiction} staat niet bij de markten van het profiel.`,
      },
    };
  if (jurisdiction === "CN") {
    return profile.offered_to_public
      ? {
          inScope: true,
          reason: {
            en: "Offered to the public in mainland China (GenAI Measures Art 2; Algorithm Provisions Art 2).",
            nl: "Aangeboden aan het publiek op het Chinese vasteland (art. 2 GenAI-maatregelen; art. 2 Algoritmebepalingen).",
          },
        }
      : {
          inScope: true,
          reason: {
            en: "Not a service to the public; only personal-information law can apply (PIPL Art 3).",
            nl: "Geen dienst aan het publiek; alleen het recht op persoonsgegevens kan gelden (art. 3 PIPL).",
          },
        };
  }
  return { inScope: true, reason: { en: `Offered in ${jurisdiction}.`, nl: `Aangeboden in ${jurisdiction}.` } };
}

function euScope(profile: SystemProfile, listed: boolean): ScopeDecision {
  if (!listed && !profile.output_used_in_eu) {
    return {
      inScope: false,
      reason: {
        en: "Not placed on the EU market and output not used in the EU (Art 2(1)).",
        nl: "Niet in de EU in de handel en uitvoer niet in de EU gebruikt (art. 2(1)).",
      },
    };
  }
  if (profile.use_context.includes("military")) {
    return {
      inScope: false,
      reason: {
        en: "Exclusively military, defence or national-security use (Art 2(3)).",
        nl: "Uitsluitend militair, defensie- of nationaal-veiligheidsgebruik (art. 2(3)).",
      },
    };
  }
  if (profile.use_context.length > 0 && profile.use_context.every((context) => context === "internal_rnd")) {
    return {
      inScope: false,
      reason: {
        en: "Solely scientific research and development (Art 2(6), 2(8)).",
        nl: "Uitsluitend wetenschappelijk onderzoek en ontwikkeling (art. 2(6), 2(8)).",
      },
    };
  }
  return listed
    ? {
        inScope: true,
        reason: {
          en: "Placed on the market or used in the EU (Art 2(1)(a)-(b)).",
          nl: "In de EU in de handel gebracht of gebruikt (art. 2(1)(a)-(b)).",
        },
      }
    : {
        inScope: true,
        reason: {
          en: "Third-country system whose output is used in the EU (Art 2(1)(c)).",
          nl: "Systeem uit een derde land waarvan de uitvoer in de EU wordt gebruikt (art. 2(1)(c)).",
        },
      };
}
