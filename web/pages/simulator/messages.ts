/**
 * The simulator page's texts in English and Dutch, kept next to the page (as the export-control and claims
 * pages do). Same {placeholder} rule as web/i18n.
 */
import { defineCatalogue, type Translator } from "../../i18n/message-format.js";

const en = {
  title: "Scenario simulator: where the race goes next",
  intro:
    "A calibrated Monte Carlo model of four blocs (United States, China, European Union, rest of the world), run quarter by quarter from 2015 to 2040 in your browser. Until 2025 history applies, with the real export-control dates; from 2026 the levers of each scenario. Only runs that reproduce 2016–2025 are kept. Every number is a band of outcomes under stated assumptions, not a prediction.",
  "side.a": "Scenario A",
  "side.b": "Scenario B",
  preset: "Preset",
  "preset.baseline": "Baseline: current policies",
  "preset.strict-controls": "Strict controls, with equipment and cloud",
  "preset.eu-invests-3x": "EU invests three times more",
  "preset.open-weights-everywhere": "Open weights everywhere",
  "preset.supply-shock": "Taiwan supply shock in 2028",
  "about.baseline":
    "Current policies continue: the 2023–25 export-control regime with H20/H200-class licences, today's openness, a 1% chance a year of a Taiwan supply disruption.",
  "about.strict-controls":
    "From 2026 no licensed AI-chip exports to China, tighter enforcement against smuggling, controls on chip-making equipment (slower growth of China's own chips) and on remote cloud access.",
  "about.eu-invests-3x":
    "From 2026 the EU spends three times its baseline path on AI compute; everything else as the baseline.",
  "about.open-weights-everywhere":
    "From 2026 frontier models are released with open weights everywhere: followers can catch up on algorithms quickly.",
  "about.supply-shock":
    "A disruption of chip supply from Taiwan starts in 2028, cutting world supply to 10–50% for one to three years.",
  levers: "Levers from {year}",
  moved: "moved",
  reset: "Back to the preset",
  "lever.ec":
    "Export-control strictness (0 none, 1 rules of 2022, 2 rules of 2023–25, 3 strict, 4 with equipment and cloud)",
  "lever.inv.us": "Investment, United States (× baseline)",
  "lever.inv.china": "Investment, China (× baseline)",
  "lever.inv.eu": "Investment, European Union (× baseline)",
  "lever.reg.eu": "Regulation stringency, European Union (0–1)",
  "lever.ow": "Open-weights diffusion (0 closed, 0.5 today, 1 frontier open)",
  "lever.talent": "Talent moving to the US (× today)",
  "lever.race": "Race intensity (extra spending per year of lag)",
  "lever.taiwan": "Taiwan supply disruption, chance per year",
  settings: "Settings",
  seed: "Seed",
  runs: "Runs per scenario",
  quantity: "Fan charts show",
  lagYear: "Lag in the year",
  today: "today",
  paragraphs: "The two scenarios in plain words",
  "sens.title": "What moves China's lag in {year} most",
  "sens.subtitle":
    "Baseline scenario, one at a time: each drawn parameter held at the ends of its 90% interval, each lever set low and high, everything else drawn and history-matched ({runs} runs each). Bars from the outcome at the low setting to the high one, around the baseline's {base} months.",
  "sens.headline":
    "Largest swing: {first} ({low} to {high} months behind in largest training run). Chance that China's largest run has passed the US's in the baseline: {pass}.",
  "sens.open": "What moves China's lag most: sensitivity analysis (tornado)",
  "sens.lever": "lever",
  "sens.parameter": "parameter",
  "sens.low": "low setting",
  "sens.high": "high setting",
  "sens.col.name": "Parameter or lever",
  "sens.col.lowSetting": "Low setting",
  "sens.col.highSetting": "High setting",
  "sens.col.lagLow": "Lag in largest run, low",
  "sens.col.lagHigh": "Lag in largest run, high",
  "sens.col.shareLow": "China's share, low",
  "sens.col.shareHigh": "China's share, high",
  "sens.col.passLow": "Passed the US, low",
  "sens.col.passHigh": "Passed the US, high",
  "anchors.title": "Next to published forecasts",
  "anchors.subtitle": "Each cited with its original source; the simulator's numbers are those of “{scenario}”.",
  "anchors.simulated": "Simulator, {year}: median {median} (90%: {low}–{high}); published: {published}.",
  "anchors.simulatedWorld": "Simulator, {year}: {median} (sum of the blocs' medians); published: {published}.",
  "anchors.simulatedCount":
    "Simulator, models published up to the end of {year}, US + China + EU: median {median} (90%: {low}–{high}); published: over {published}.",
  para: "Under “{scenario}”, China holds {share} of the world's compute in {year} ({ratio} times the {otherShare} under “{other}”). It is {lag} months behind the US in largest training run ({lagChange} months against “{other}”) and {effectiveLag} months behind the leader in effective compute ({effectiveChange}). The chance that its largest run has passed the US's by then is {pass}.",
  "why.diffusion":
    "The lag in effective compute barely moves with compute because algorithms diffuse to followers within months, and the open-weights floor caps it.",
  "why.compute": "Compute moves both the share and the lag: the largest run follows the chips a bloc can buy.",
  "why.algorithms": "The lag in effective compute moves with algorithms (openness, talent), not with compute.",
  "why.same": "The two scenarios barely differ for China in this year.",
  metricNote:
    "Two lags, two metrics: the Overview's lag is China's lag in largest training run (months since the US first published a run as large; the frontier-lag indicator, here “Months behind the US in largest training run”). The simulator's “Months behind the leader in effective compute” multiplies each run by algorithmic efficiency, which diffuses to followers within months, so it is shorter. Shares here are compute by owner; the Overview's are by location of the known GPU clusters.",
  observedNote: "Solid black: observed (Epoch AI data, as on the dashboard); after the dashed “today” line: simulated.",
  passYear: "China passes the US by",
  "q.frontierTraining": "Largest training run",
  "q.computeStock": "Compute stock",
  "q.effectiveCompute": "Effective compute (largest run × algorithms)",
  "q.worldShare": "Share of the world's compute",
  "q.lagMonths": "Months behind the leader in effective compute",
  "q.frontierLagMonths": "Months behind the US in largest training run",
  "unit.frontierTraining": "FLOP",
  "unit.computeStock": "H100-equivalents",
  "unit.effectiveCompute": "FLOP, 2015 algorithms",
  "unit.worldShare": "share",
  "unit.lagMonths": "months",
  "unit.frontierLagMonths": "months",
  computing: "Computing {runs} runs in the browser…",
  computed: "{runs} runs in {ms} ms; {kept} reproduce 2016–2025 and are kept.",
  fallback: "Too few runs reproduced history: the {kept} closest are shown.",
  failed: "The simulation failed: {message}",
  fanTitle: "{quantity}, {scenario}",
  fanSubtitle:
    "Line: median; dark band: 25–75%; light band: 5–95% of the {kept} kept runs. History until {from}, then the scenario (dashed line).",
  lagTitle: "Months China, the EU and the rest of the world are behind the leader in effective compute in {year}",
  lagSubtitle:
    "Distribution over the kept runs of each scenario: thin line 5–95%, bar 25–75%, tick the median. Months behind: how long ago the leader's effective compute was where the bloc is.",
  lagHeadline:
    "China's median lag in {year}: {a} months under “{aName}” (90%: {aLow}–{aHigh}) against {b} months under “{bName}” (90%: {bLow}–{bHigh}).",
  passTitle: "Chance that China's largest training run has passed the US's",
  passSubtitle:
    "Share of kept runs in which China's largest run exceeded the US's in some year from {from} up to the year shown.",
  passHeadline: "By {year}: {a} under “{aName}”, {b} under “{bName}”.",
  source:
    "Model: Wedloop scenario simulator (docs/simulation.md), seed {seed}; parameters and their sources below. Calibrated on Epoch AI data (epoch.ai/data, CC BY 4.0, snapshot {snapshot}) and published facts.",
  caveat:
    "Model outcomes under stated assumptions, not forecasts. Several structural choices are judgement (confidence J in the parameter list); the back-test below shows how the model did on 2022–2025.",
  toOverview: "See the Overview",
  more: "Parameters, calibration and back-test",
  parameters: "Parameters and their sources ({n})",
  targets: "Calibration targets ({n})",
  backtest: "Rolling back-test: fitted up to each year {first}–{last}, forecast 1–{horizon} years ahead",
  backtestSummary:
    "At each origin the model is matched only on what was known by then, with the real export-control dates; {points} held-out values forecast from {runs} runs.",
  coverage:
    "Held-out values inside the model's 50 / 80 / 90% bands: {m50} / {m80} / {m90} (± about {se} points). A random walk with drift: {r50} / {r80} / {r90}; a log-linear trend: {t50} / {t80} / {t90} (over {bPoints} values they could forecast).",
  errors:
    "{series}: mean CRPS model {model} against random walk {walk} and trend {trend} (lower is better; log10 for compute, else the quantity's unit).",
  "col.origin": "Fitted up to",
  confidence: "Confidence: P primary source, S secondary, R recalled, J judgement.",
  "col.year": "Year",
  "col.bloc": "Bloc",
  "col.scenario": "Scenario",
  "col.p5": "5th percentile",
  "col.p25": "25th percentile",
  "col.p50": "Median",
  "col.p75": "75th percentile",
  "col.p95": "95th percentile",
  "col.probability": "Chance",
  "col.id": "Parameter",
  "col.description": "Meaning",
  "col.value": "Value",
  "col.distribution": "Prior",
  "col.low": "90% interval, low",
  "col.high": "90% interval, high",
  "col.unit": "Unit",
  "col.confidence": "Confidence",
  "col.source": "Source",
  "col.quantity": "Quantity",
  "col.target": "Target",
  "col.tolerance": "Tolerance",
  "col.observed": "Observed",
  "col.median": "Model median",
  "col.inside": "Inside 50/80/90%",
  "col.walk": "Random-walk median",
  "col.trend": "Trend median",
} as const;

export type SimulatorMessageKey = keyof typeof en;

const nl: Readonly<Record<SimulatorMessageKey, string>> = {
  title: "Scenariosimulator: waar de race heen gaat",
  intro:
    "Een gekalibreerd Monte Carlo-model van vier blokken (Verenigde Staten, China, Europese Unie, rest van de wereld), kwartaal na kwartaal doorgerekend van 2015 tot 2040 in uw browser. Tot en met 2025 geldt de geschiedenis, met de echte data van de exportcontroles; vanaf 2026 de hefbomen van elk scenario. Alleen runs die 2016–2025 nabootsen blijven over. Elk getal is een bandbreedte van uitkomsten onder genoemde aannames, geen voorspelling.",
  "side.a": "Scenario A",
  "side.b": "Scenario B",
  preset: "Voorinstelling",
  "preset.baseline": "Basis: huidig beleid",
  "preset.strict-controls": "Strenge controles, met machines en cloud",
  "preset.eu-invests-3x": "EU investeert drie keer zoveel",
  "preset.open-weights-everywhere": "Overal open gewichten",
  "preset.supply-shock": "Aanvoerschok uit Taiwan in 2028",
  "about.baseline":
    "Het huidige beleid loopt door: de exportcontroles van 2023–25 met vergunningen voor chips van de H20/H200-klasse, de huidige openheid, elk jaar 1% kans op een verstoring van de aanvoer uit Taiwan.",
  "about.strict-controls":
    "Vanaf 2026 geen vergunde export van AI-chips naar China, strengere handhaving tegen smokkel, controles op machines voor chipproductie (tragere groei van China's eigen chips) en op cloudtoegang op afstand.",
  "about.eu-invests-3x":
    "Vanaf 2026 geeft de EU drie keer zoveel uit aan AI-rekenkracht als in de basis; de rest zoals de basis.",
  "about.open-weights-everywhere":
    "Vanaf 2026 verschijnen grensmodellen overal met open gewichten: volgers halen algoritmen snel in.",
  "about.supply-shock":
    "Vanaf 2028 valt de aanvoer van chips uit Taiwan weg: het wereldaanbod zakt één tot drie jaar naar 10–50%.",
  levers: "Hefbomen vanaf {year}",
  moved: "verschoven",
  reset: "Terug naar de voorinstelling",
  "lever.ec":
    "Strengheid van de exportcontroles (0 geen, 1 regels van 2022, 2 regels van 2023–25, 3 streng, 4 met machines en cloud)",
  "lever.inv.us": "Investering, Verenigde Staten (× basis)",
  "lever.inv.china": "Investering, China (× basis)",
  "lever.inv.eu": "Investering, Europese Unie (× basis)",
  "lever.reg.eu": "Strengheid van regelgeving, Europese Unie (0–1)",
  "lever.ow": "Verspreiding van open gewichten (0 gesloten, 0,5 nu, 1 grensmodellen open)",
  "lever.talent": "Talent dat naar de VS trekt (× nu)",
  "lever.race": "Race-intensiteit (extra uitgaven per jaar achterstand)",
  "lever.taiwan": "Verstoring van de aanvoer uit Taiwan, kans per jaar",
  settings: "Instellingen",
  seed: "Startgetal (seed)",
  runs: "Runs per scenario",
  quantity: "Waaiergrafieken tonen",
  lagYear: "Achterstand in het jaar",
  today: "nu",
  paragraphs: "De twee scenario's in gewone woorden",
  "sens.title": "Wat de achterstand van China in {year} het meest verschuift",
  "sens.subtitle":
    "Basisscenario, één tegelijk: elke getrokken parameter op de uiteinden van zijn 90%-interval, elke hefboom laag en hoog, al het andere getrokken en op de geschiedenis afgestemd ({runs} runs elk). Balken van de uitkomst bij de lage instelling tot die bij de hoge, rond de {base} maanden van het basisscenario.",
  "sens.headline":
    "Grootste uitslag: {first} ({low} tot {high} maanden achter in grootste trainingsrun). Kans dat de grootste run van China die van de VS heeft ingehaald in het basisscenario: {pass}.",
  "sens.open": "Wat de achterstand van China het meest verschuift: gevoeligheidsanalyse (tornado)",
  "sens.lever": "hefboom",
  "sens.parameter": "parameter",
  "sens.low": "lage instelling",
  "sens.high": "hoge instelling",
  "sens.col.name": "Parameter of hefboom",
  "sens.col.lowSetting": "Lage instelling",
  "sens.col.highSetting": "Hoge instelling",
  "sens.col.lagLow": "Achterstand grootste run, laag",
  "sens.col.lagHigh": "Achterstand grootste run, hoog",
  "sens.col.shareLow": "Aandeel China, laag",
  "sens.col.shareHigh": "Aandeel China, hoog",
  "sens.col.passLow": "VS ingehaald, laag",
  "sens.col.passHigh": "VS ingehaald, hoog",
  "anchors.title": "Naast gepubliceerde voorspellingen",
  "anchors.subtitle": "Elk met de oorspronkelijke bron; de getallen van de simulator zijn die van „{scenario}”.",
  "anchors.simulated": "Simulator, {year}: mediaan {median} (90%: {low}–{high}); gepubliceerd: {published}.",
  "anchors.simulatedWorld":
    "Simulator, {year}: {median} (som van de medianen van de blokken); gepubliceerd: {published}.",
  "anchors.simulatedCount":
    "Simulator, modellen gepubliceerd tot eind {year}, VS + China + EU: mediaan {median} (90%: {low}–{high}); gepubliceerd: meer dan {published}.",
  para: "Bij „{scenario}” heeft China in {year} {share} van de rekenkracht van de wereld ({ratio} keer de {otherShare} bij „{other}”). Het ligt {lag} maanden achter de VS in grootste trainingsrun ({lagChange} maanden tegenover „{other}”) en {effectiveLag} maanden achter de koploper in effectieve rekenkracht ({effectiveChange}). De kans dat zijn grootste run die van de VS dan heeft ingehaald, is {pass}.",
  "why.diffusion":
    "De achterstand in effectieve rekenkracht beweegt nauwelijks mee met de rekenkracht, omdat algoritmen binnen maanden naar volgers doorsijpelen en de ondergrens van open gewichten hem begrenst.",
  "why.compute":
    "Rekenkracht verschuift zowel het aandeel als de achterstand: de grootste run volgt de chips die een blok kan kopen.",
  "why.algorithms":
    "De achterstand in effectieve rekenkracht beweegt met de algoritmen (openheid, talent), niet met de rekenkracht.",
  "why.same": "Voor China verschillen de twee scenario's in dit jaar nauwelijks.",
  metricNote:
    "Twee achterstanden, twee maatstaven: de achterstand op het Overzicht is die van China in grootste trainingsrun (maanden sinds de VS voor het eerst een even grote run publiceerde; de indicator frontier-lag, hier „Maanden achter de VS in grootste trainingsrun”). De „Maanden achter de koploper in effectieve rekenkracht” van de simulator vermenigvuldigen elke run met de algoritmische efficiëntie, die binnen maanden naar volgers doorsijpelt; daarom is die korter. Aandelen zijn hier rekenkracht naar eigenaar; die op het Overzicht naar locatie van de bekende GPU-clusters.",
  observedNote:
    "Zwart en doorgetrokken: waargenomen (data van Epoch AI, zoals op het dashboard); na de gestippelde lijn „nu”: gesimuleerd.",
  passYear: "China haalt de VS in vóór",
  "q.frontierTraining": "Grootste trainingsrun",
  "q.computeStock": "Voorraad rekenkracht",
  "q.effectiveCompute": "Effectieve rekenkracht (grootste run × algoritmen)",
  "q.worldShare": "Aandeel in de rekenkracht van de wereld",
  "q.lagMonths": "Maanden achter de koploper in effectieve rekenkracht",
  "q.frontierLagMonths": "Maanden achter de VS in grootste trainingsrun",
  "unit.frontierTraining": "FLOP",
  "unit.computeStock": "H100-equivalenten",
  "unit.effectiveCompute": "FLOP, algoritmen van 2015",
  "unit.worldShare": "aandeel",
  "unit.lagMonths": "maanden",
  "unit.frontierLagMonths": "maanden",
  computing: "{runs} runs worden in de browser doorgerekend…",
  computed: "{runs} runs in {ms} ms; {kept} bootsen 2016–2025 na en blijven over.",
  fallback: "Te weinig runs bootsten de geschiedenis na: de {kept} dichtstbijzijnde staan hier.",
  failed: "De simulatie mislukte: {message}",
  fanTitle: "{quantity}, {scenario}",
  fanSubtitle:
    "Lijn: mediaan; donkere band: 25–75%; lichte band: 5–95% van de {kept} overgebleven runs. Geschiedenis tot {from}, daarna het scenario (stippellijn).",
  lagTitle:
    "Maanden dat China, de EU en de rest van de wereld in {year} achter de koploper liggen in effectieve rekenkracht",
  lagSubtitle:
    "Verdeling over de overgebleven runs van elk scenario: dunne lijn 5–95%, balk 25–75%, streepje de mediaan. Maanden achter: hoe lang geleden de effectieve rekenkracht van de koploper op het niveau van het blok lag.",
  lagHeadline:
    "Mediane achterstand van China in {year}: {a} maanden bij „{aName}” (90%: {aLow}–{aHigh}) tegen {b} maanden bij „{bName}” (90%: {bLow}–{bHigh}).",
  passTitle: "Kans dat de grootste trainingsrun van China die van de VS heeft ingehaald",
  passSubtitle:
    "Aandeel van de overgebleven runs waarin de grootste run van China die van de VS overtrof in enig jaar vanaf {from} tot en met het getoonde jaar.",
  passHeadline: "Vóór eind {year}: {a} bij „{aName}”, {b} bij „{bName}”.",
  source:
    "Model: scenariosimulator van Wedloop (docs/simulation.md), startgetal {seed}; parameters en hun bronnen hieronder. Gekalibreerd op data van Epoch AI (epoch.ai/data, CC BY 4.0, momentopname {snapshot}) en gepubliceerde feiten.",
  caveat:
    "Modeluitkomsten onder genoemde aannames, geen voorspellingen. Een aantal structurele keuzes is een oordeel (betrouwbaarheid J in de parameterlijst); de terugtoets hieronder laat zien hoe het model het deed over 2022–2025.",
  toOverview: "Zie het Overzicht",
  more: "Parameters, kalibratie en terugtoets",
  parameters: "Parameters en hun bronnen ({n})",
  targets: "Kalibratiedoelen ({n})",
  backtest: "Rollende terugtoets: gefit tot en met elk jaar {first}–{last}, 1–{horizon} jaar vooruit voorspeld",
  backtestSummary:
    "Op elk beginpunt wordt het model alleen afgestemd op wat toen bekend was, met de echte data van de exportcontroles; {points} achtergehouden waarden voorspeld uit {runs} runs.",
  coverage:
    "Achtergehouden waarden binnen de 50 / 80 / 90%-banden van het model: {m50} / {m80} / {m90} (± ongeveer {se} punten). Een random walk met drift: {r50} / {r80} / {r90}; een log-lineaire trend: {t50} / {t80} / {t90} (over {bPoints} waarden die zij konden voorspellen).",
  errors:
    "{series}: gemiddelde CRPS model {model} tegen random walk {walk} en trend {trend} (lager is beter; log10 voor rekenkracht, anders de eenheid van de grootheid).",
  "col.origin": "Gefit tot en met",
  confidence: "Betrouwbaarheid: P primaire bron, S secundaire bron, R uit het geheugen, J oordeel.",
  "col.year": "Jaar",
  "col.bloc": "Blok",
  "col.scenario": "Scenario",
  "col.p5": "5e percentiel",
  "col.p25": "25e percentiel",
  "col.p50": "Mediaan",
  "col.p75": "75e percentiel",
  "col.p95": "95e percentiel",
  "col.probability": "Kans",
  "col.id": "Parameter",
  "col.description": "Betekenis",
  "col.value": "Waarde",
  "col.distribution": "Priorverdeling",
  "col.low": "90%-interval, laag",
  "col.high": "90%-interval, hoog",
  "col.unit": "Eenheid",
  "col.confidence": "Betrouwbaarheid",
  "col.source": "Bron",
  "col.quantity": "Grootheid",
  "col.target": "Doel",
  "col.tolerance": "Tolerantie",
  "col.observed": "Waargenomen",
  "col.median": "Mediaan van het model",
  "col.inside": "Binnen 50/80/90%",
  "col.walk": "Mediaan random walk",
  "col.trend": "Mediaan trend",
};

/** Both languages, filled by the dashboard's one message helper. */
export const CATALOGUE = defineCatalogue(en, nl);

export type SimulatorTranslate = Translator<SimulatorMessageKey>;

/** A table column labelled in both languages from this dictionary. */
export function simulatorColumn(key: string, label: SimulatorMessageKey, unit: string | null = null) {
  return CATALOGUE.column(key, label, unit);
}
