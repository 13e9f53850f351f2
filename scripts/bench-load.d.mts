export const LOAD_PAGES: string[];
export function blockingFromTrace(
  traceEvents: unknown[],
  slowdown?: number,
): { tasks: number[]; tbt: number; longest: number };
export function layoutShiftFromTrace(traceEvents: unknown[]): number;
export function runLoadBench(options: {
  distDir: string;
  table: (rows: string[][], aligns?: string[]) => string;
}): Promise<void>;
