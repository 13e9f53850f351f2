/** A register draft (the stored JSON) of n walk-round hazards, as the bench and the size test use it. */
export function registerDraft(n: number): string;
export function runRegisterBench(options: {
  distDir: string;
  runs: number;
  table: (rows: string[][], aligns?: string[]) => string;
}): Promise<void>;
