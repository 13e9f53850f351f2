// npm run bench 的“大表中打字”入口（scripts/bench-typing.mjs 用 esbuild 打包后在 Node 中导入）：
// 生成 5 000 行的附件2/附件3，并按网站自己的草稿格式（DraftStore）写成 localStorage 里的那个字符串。
import type { AnnexLayout } from '../../src/schemas/annex-layout';
import { annexDraftStore, draftKey } from '../../src/lib/table/annex-draft';
import { csvBytes, toCsv } from '../../src/lib/table/csv';
import { bigAnnex } from './data';

export { loadLayoutsFromFiles } from '../../src/lib/table/load-layouts-node';

/** The localStorage key and value of a draft of `rows` filled rows, exactly as the form would store it. */
export function bigDraft(
  layout: AnnexLayout,
  rows: number,
): { key: string; value: string; rowIds: string[] } {
  const data = bigAnnex(layout, rows);
  const stored = new Map<string, string>();
  const storage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
  };
  const result = annexDraftStore(storage, layout.id, 'bench').save(data);
  if (result.status !== 'saved') throw new Error(`草稿没有写成：${result.status}`);
  const key = draftKey(layout.id);
  return { key, value: stored.get(key)!, rowIds: data.rows.map((r) => r.id) };
}

/** The same rows as a CSV file the form's import reads (for tables too large for localStorage). */
export function bigCsv(layout: AnnexLayout, rows: number): Uint8Array {
  return csvBytes(toCsv(layout, bigAnnex(layout, rows)));
}
