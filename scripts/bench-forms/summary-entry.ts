// npm run bench 的“汇总附件1”入口（scripts/bench-summary.mjs 用 esbuild 打包后在 Node 中导入）：生成附件1文件。
import { toSheet } from '../../src/lib/table/sheet';
import { workbookBytes } from '../../src/lib/table/xlsx-write';
import type { AnnexLayout } from '../../src/schemas/annex-layout';

export { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';

/**
 * `count` 附件1 .xlsx files, each from a different 乡镇 with `months` months from 5月; every number
 * cell of a month is 1 (so the 累计 of each column is count × months).
 */
/**
 * `count` 附件1 files, one per 乡镇, every number 1. `months` months each from 5月; with `single`, each
 * file holds one month only (file i: 5月 + i mod `months`), as counties that send a file a month do.
 */
export async function annex1Files(layout: AnnexLayout, count: number, months: number, single = false) {
  const keys = layout.columns.filter((c) => c.type === 'count').map((c) => c.key);
  const files = [];
  for (let i = 1; i <= count; i++) {
    const held = single ? [i % months] : Array.from({ length: months }, (_, m) => m);
    const rows = held.map((m) => ({
      id: `r${m}`,
      month: `2025-${String(5 + m).padStart(2, '0')}`,
      cells: Object.fromEntries(keys.map((k) => [k, '1'])),
    }));
    const data = {
      annex: layout.id,
      fields: { unit: `第${i}乡镇`, date: '2025-07-20', filler: '张三', phone: '0356-1234567' },
      rows,
    };
    files.push({ name: `第${i}乡镇.xlsx`, bytes: await workbookBytes([toSheet(layout, data)]) });
  }
  return files;
}
