/** GDPR touchpoints that run in parallel with the AI Act (spec §2.11). */
import type { Rule } from "../rule.js";
import { ALWAYS, all, any, fact, flag, has, not, text } from "./builders.js";
import { euRule, GDPR, SOURCES } from "./eu-common.js";

const GDPR_FROM = [{ versions: [{ since: "2016-05-24", date: "2018-05-25", by: "Reg (EU) 2016/679" }] }];
const gdpr = (rule: Omit<Parameters<typeof euRule>[0], "appliesFrom" | "citationUrl" | "instrument">): Rule =>
  euRule({ instrument: GDPR, appliesFrom: GDPR_FROM, citationUrl: SOURCES.governance, penaltyRef: "EU-GDPR-83", ...rule });

const CREDIT_SCORE = all(has("decision_domains", "credit"), flag("materially_influences_decision"), flag("profiling"));
const ART_22_UNSETTLED = {
  when: all(not(flag("solely_automated_decisions")), not(has("decision_domains", "credit"))),
  reason: text(
    "Applies only if decisions are based solely on automated processing (e.g. fully automated rejections).",
    "Geldt alleen als besluiten uitsluitend geautomatiseerd worden genomen (bijvoorbeeld volautomatische afwijzingen).",
  ),
};

export const EU_GDPR: readonly Rule[] = [
  gdpr({
    id: "EU-GDPR-6",
    article: "Art 6",
    addressee: "controller",
    text: text("Have a lawful basis for personal data used in training or use (EDPB Opinion 28/2024).", "Zorg voor een rechtsgrond voor persoonsgegevens in training of gebruik (EDPB-advies 28/2024)."),
    trigger: flag("personal_data"),
  }),
  gdpr({
    id: "EU-GDPR-35",
    article: "Art 35",
    addressee: "controller",
    text: text("Carry out a data-protection impact assessment for high-risk processing (profiling, special categories, monitoring).", "Voer een gegevensbeschermingseffectbeoordeling uit bij risicovolle verwerking (profilering, bijzondere gegevens, monitoring)."),
    trigger: all(
      flag("personal_data"),
      any(
        flag("profiling"),
        fact("special_category_data"),
        flag("edits_biometric_features"),
        flag("deepfake_of_real_persons"),
        fact("high_risk"),
        flag("materially_influences_decision"),
        has("use_context", "workplace", "publicly_accessible_space"),
      ),
    ),
    uncertain: {
      when: not(any(flag("profiling"), fact("special_category_data"), flag("edits_biometric_features"), flag("deepfake_of_real_persons"), fact("high_risk"), flag("materially_influences_decision"))),
      reason: text("Monitoring at work or in public space may or may not be high-risk processing: assess.", "Monitoring op het werk of in de openbare ruimte kan risicovolle verwerking zijn: beoordelen."),
    },
  }),
  gdpr({
    id: "EU-GDPR-9",
    article: "Art 9",
    addressee: "controller",
    text: text("Special-category data (biometric identification, health): an Art 9(2) condition is required.", "Bijzondere persoonsgegevens (biometrische identificatie, gezondheid): een voorwaarde van art. 9(2) is nodig."),
    trigger: any(fact("special_category_data"), all(flag("personal_data"), flag("edits_biometric_features"))),
    uncertain: {
      when: not(fact("special_category_data")),
      reason: text("Face or voice editing is biometric data under Art 9 only when used to identify a person: assess.", "Gezichts- of stembewerking is alleen biometrisch gegeven (art. 9) als het iemand identificeert: beoordelen."),
    },
  }),
  gdpr({
    id: "EU-GDPR-22",
    article: "Art 22",
    addressee: "controller",
    text: text("Decisions based solely on automated processing with significant effects need a legal ground, plus human intervention and the right to contest.", "Uitsluitend geautomatiseerde besluiten met aanmerkelijke gevolgen vereisen een grondslag, menselijke tussenkomst en het recht om te betwisten."),
    trigger: fact("automated_decision"),
    uncertain: ART_22_UNSETTLED,
  }),
  gdpr({
    id: "EU-GDPR-22-SCORE",
    article: "Art 22 (CJEU C-634/21 SCHUFA)",
    addressee: "controller",
    text: text("A credit score that a lender draws on decisively can itself be an Art 22 decision.", "Een kredietscore waarop een kredietgever doorslaggevend steunt, kan zelf een besluit in de zin van art. 22 zijn."),
    trigger: all(flag("personal_data"), CREDIT_SCORE),
    confidence: "M",
    confidenceNote: "CJEU C-634/21 SCHUFA cited from background knowledge (spec §7 item 10).",
  }),
  gdpr({
    id: "EU-GDPR-15-1-h",
    article: "Arts 13(2)(f), 14(2)(g), 15(1)(h)",
    addressee: "controller",
    text: text("Give meaningful information about the logic of automated decisions (CJEU C-203/22 Dun & Bradstreet Austria).", "Geef zinvolle informatie over de logica van geautomatiseerde besluiten (HvJ C-203/22 Dun & Bradstreet Austria)."),
    trigger: fact("automated_decision"),
    uncertain: ART_22_UNSETTLED,
    confidence: "M",
    confidenceNote: "CJEU C-203/22 cited from background knowledge (spec §7 item 10).",
  }),
  gdpr({
    id: "EU-GDPR-83",
    kind: "penalty",
    article: "Art 83",
    addressee: "-",
    text: text("Fines up to EUR 20M or 4% of turnover; they stack with AI Act fines (taken into account, Art 99(7) AI Act).", "Boetes tot EUR 20 mln of 4% van de omzet; ze komen bovenop AI-verordeningsboetes (meegewogen, art. 99(7))."),
    trigger: ALWAYS,
  }),
];
