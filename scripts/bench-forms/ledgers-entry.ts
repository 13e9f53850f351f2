// npm run bench 的“由台账汇总附件4”入口（scripts/bench-ledgers.mjs 用 esbuild 打包后在 Node 中导入）：生成台账文件。
import { toSheet } from '../../src/lib/table/sheet';
import { workbookBytes } from '../../src/lib/table/xlsx-write';
import { generatedLedger } from '../../src/lib/confined-space/ledger-fixtures';
import type { AnnexLayout } from '../../src/schemas/annex-layout';

export { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';

/** `count` 台账 .xlsx files of `rows` rows: half 食品 (轻工), half 铸造 (机械), every enterprise distinct. */
export async function ledgerFiles(layout: AnnexLayout, count: number, rows: number) {
  const files = [];
  for (let i = 1; i <= count; i++) {
    const name = i % 2 ? `晋城${i}号食品有限公司` : `晋城${i}号铸造有限公司`;
    const bytes = await workbookBytes([toSheet(layout, generatedLedger(layout, name, rows))]);
    files.push({ name: `${name}.xlsx`, bytes });
  }
  return files;
}
