import type { AnnexData, AnnexRow } from '../../schemas/annex-data';
import { newRowId } from '../table/rows/kind';
import type { Hazard } from './hazards';
import type { SelfCheck } from './record';

/** The 附件2 columns a self-check fills (content/annexes/annex2.yaml); 序号 is the row's place. */
export const annex2Columns = [
  'check-date',
  'inspector',
  'inspected',
  'industry',
  'description',
  'deadline',
  'progress',
  'remark',
] as const;

/**
 * One 重大 hazard as a 附件2 row: 检查时间 = 检查日期; 检查单位 and 被检查单位 = 企业名称 (it checked
 * itself; 备注 says 企业自查); 行业领域 = the kinds chosen; 问题隐患描述 = the description and every source
 * (a plan item and its criterion answered 存在 are one row citing both); 整改时限 as written (a date or
 * words); 整改情况 = 整改情况 and the 整改措施.
 */
export function annex2Cells(check: SelfCheck, hazard: Hazard, industry: string): Record<string, string> {
  const r = hazard.result;
  const progress = r.progress ?? '未整改';
  return {
    'check-date': check.date,
    inspector: check.enterprise.trim(),
    inspected: check.enterprise.trim(),
    industry,
    description: `${hazard.description.trim()}（${hazard.source}）`,
    deadline: (r.deadline ?? '').trim(),
    progress: r.measure?.trim() ? `${progress}；整改措施：${r.measure.trim()}` : progress,
    remark: '企业自查',
  };
}

const isBlankRow = (row: AnnexRow) => annex2Columns.every((k) => (row.cells[k] ?? '').trim() === '');
const sameRow = (a: Record<string, string>, b: Record<string, string>) =>
  ['check-date', 'inspected', 'description'].every((k) => (a[k] ?? '').trim() === (b[k] ?? '').trim());

/**
 * Said with the preview (本站理解): the plan does not say who reports 附件2; the rows say the enterprise
 * checked itself, and whether it sends them, and to whom, is for the local bureau to confirm.
 */
export const ANNEX2_WHO_NOTE =
  '方案没有写明附件2由谁填写、报送；附件2登记“检查单位”和“被检查单位”，看起来是县（市、区）应急管理局汇总辖区情况的表。' +
  '这里把本企业自查发现的重大事故隐患填成“检查单位”“被检查单位”均为本企业、备注“企业自查”的行，' +
  '企业是否要报送、报给谁，请向属地应急管理部门确认。';

export interface Annex2Plan {
  /** Rows that will be added, in order. */
  add: Record<string, string>[];
  /** Hazards already in the draft (same 检查时间, 被检查单位 and 问题隐患描述): not added again. */
  already: number;
  /** The 附件2 draft after adding (blank lines of an empty form are dropped). */
  next: AnnexData;
}

/**
 * What "生成附件2行" would do to the 附件2 draft: the 重大 hazards not already in it, appended after its
 * filled rows. Nothing in the draft changes until the caller saves `next`.
 */
export function planAnnex2Rows(
  check: SelfCheck,
  hazards: readonly Hazard[],
  industry: string,
  /** The 附件2 draft, or emptyAnnex(annex2 layout) when there is none. */
  base: AnnexData,
): Annex2Plan {
  const kept = base.rows.filter((r) => !isBlankRow(r));
  const add: Record<string, string>[] = [];
  let already = 0;
  for (const h of hazards) {
    if (h.level !== '重大') continue;
    const cells = annex2Cells(check, h, industry);
    if (kept.some((r) => sameRow(r.cells, cells)) || add.some((c) => sameRow(c, cells))) already++;
    else add.push(cells);
  }
  const rows = [...kept, ...add.map((cells) => ({ id: newRowId(), cells }))];
  return { add, already, next: { ...base, rows } };
}
