/** One line of the reliability table (docs/reliability.md): what a chaos scenario tried and what it found. */
export type ChaosRow = {
  scenario: string;
  database: "sqlite" | "postgres" | "-";
  inputs: number;
  failures: number;
  figure: string;
};

/** What the runner gives a scenario: a log, the time (Date.now() ms) by which it must be done, a scratch folder. */
export type ChaosContext = {
  log(line: string): void;
  deadlineMs: number;
  workDir: string;
  pgAdminUrl?: string;
};

export type ChaosScenario = {
  name: string;
  run(ctx: ChaosContext): Promise<ChaosRow[]>;
};
