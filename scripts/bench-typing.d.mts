export const TYPED: string;
export function median(xs: number[]): number | undefined;
export function tasksBetweenMarks(
  traceEvents: unknown[],
  startMark: string,
  endMark: string,
): { all: number[]; keystrokes: number[] };
export function runTypingBench(options: {
  projectRoot: string;
  distDir: string;
  runs?: number;
  table: (rows: string[][], aligns?: string[]) => string;
}): Promise<void>;
