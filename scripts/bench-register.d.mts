/** A register draft (the stored JSON) of n walk-round hazards (the first `photos` with a photo r0…), as the bench and the size test use it. */
export function registerDraft(n: number, photos?: number): string;
export function runRegisterBench(options: {
  distDir: string;
  runs: number;
  table: (rows: string[][], aligns?: string[]) => string;
}): Promise<void>;
