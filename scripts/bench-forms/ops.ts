// 在 Node 和 Chromium 中用同一段代码计时附件的导出/导入（npm run bench）。
import type { AnnexLayout } from '../../src/schemas/annex-layout';
import { csvBytes, parseCsv, toCsv } from '../../src/lib/table/csv';
import { readXlsx } from '../../src/lib/table/xlsx-read';
import { exportXlsxBytes } from '../../src/lib/table/xlsx-write';
import { bigAnnex, compareAnnex } from './data';

export { bigAnnex, compareAnnex, exportXlsxBytes };

export interface OpResult {
  op: string;
  rows: number;
  /** 每次计时（毫秒），不含预热 */
  times: number[];
  median: number;
  /** 导出文件或被导入文件的字节数 */
  bytes: number;
  /** 往返校验的问题（空 = 一致） */
  problems: string[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** 先预热一次，再计时 runs 次，取中位数。 */
async function timed<T>(runs: number, fn: () => T | Promise<T>): Promise<{ times: number[]; value: T }> {
  let value = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  return { times, value };
}

/** 导出 Excel、导入 Excel、导出 CSV、导入 CSV 各计时 runs 次（每项先预热一次），并校验往返后的行和格。 */
export async function benchAnnex(layout: AnnexLayout, rows: number, runs = 3): Promise<OpResult[]> {
  const data = bigAnnex(layout, rows);
  const out: OpResult[] = [];
  const add = (op: string, times: number[], bytes: number, problems: string[] = []) =>
    out.push({ op, rows: data.rows.length, times, median: median(times), bytes, problems });

  const xw = await timed(runs, () => exportXlsxBytes(layout, data));
  add('导出 Excel', xw.times, xw.value.length);
  const xr = await timed(runs, () => readXlsx(layout, xw.value, 'bench.xlsx'));
  add('导入 Excel', xr.times, xw.value.length, [
    ...xr.value.errors.slice(0, 1).map((e) => e.message),
    ...compareAnnex(data, xr.value.data, true),
  ]);
  const cw = await timed(runs, () => csvBytes(toCsv(layout, data)));
  add('导出 CSV', cw.times, cw.value.length);
  const cr = await timed(runs, () => parseCsv(layout, cw.value, 'bench.csv'));
  add('导入 CSV', cr.times, cw.value.length, [
    ...cr.value.errors.slice(0, 1).map((e) => e.message),
    ...compareAnnex(data, cr.value.data, false),
  ]);
  return out;
}
