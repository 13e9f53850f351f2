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

/** What a 附件2 row is made of, whoever found the hazard (a self-check, the 隐患台账). */
export interface Annex2Source {
  /** 检查时间 */
  date: string;
  /** 企业名称: 检查单位 and 被检查单位 (the enterprise checked itself; 备注 says 企业自查) */
  enterprise: string;
  /** 行业领域: the kinds chosen */
  industry: string;
  description: string;
  /** Where it comes from (the plan item, the criterion) */
  source: string;
  deadline: string;
  /** 整改情况 as it reads in the row (未整改, 已整改（已验收销号…）) */
  progress: string;
  measure: string;
}

/**
 * One 重大 hazard as a 附件2 row: 检查时间 = 检查日期; 检查单位 and 被检查单位 = 企业名称 (it checked
 * itself; 备注 says 企业自查); 行业领域 = the kinds chosen; 问题隐患描述 = the description and every source
 * (a plan item and its criterion answered 存在 are one row citing both); 整改时限 as written (a date or
 * words); 整改情况 = 整改情况 and the 整改措施.
 */
export function annex2Row(h: Annex2Source): Record<string, string> {
  return {
    'check-date': h.date,
    inspector: h.enterprise.trim(),
    inspected: h.enterprise.trim(),
    industry: h.industry,
    description: `${h.description.trim()}（${h.source}）`,
    deadline: h.deadline.trim(),
    progress: h.measure.trim() ? `${h.progress}；整改措施：${h.measure.trim()}` : h.progress,
    remark: '企业自查',
  };
}

/** A self-check's hazard as a 附件2 row (annex2Row). */
export function annex2Cells(check: SelfCheck, hazard: Hazard, industry: string): Record<string, string> {
  const r = hazard.result;
  return annex2Row({
    date: check.date,
    enterprise: check.enterprise,
    industry,
    description: hazard.description,
    source: hazard.source,
    deadline: r.deadline ?? '',
    progress: r.progress ?? '未整改',
    measure: r.measure ?? '',
  });
}

/** A self-check's 重大 hazards as 附件2 rows. */
export const majorHazardRows = (check: SelfCheck, hazards: readonly Hazard[], industry: string) =>
  hazards.filter((h) => h.level === '重大').map((h) => annex2Cells(check, h, industry));

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
  /** The rows of the 重大 hazards (annex2Row), in order. */
  rows: readonly Record<string, string>[],
  /** The 附件2 draft, or emptyAnnex(annex2 layout) when there is none. */
  base: AnnexData,
): Annex2Plan {
  const kept = base.rows.filter((r) => !isBlankRow(r));
  const add: Record<string, string>[] = [];
  let already = 0;
  for (const cells of rows) {
    if (kept.some((r) => sameRow(r.cells, cells)) || add.some((c) => sameRow(c, cells))) already++;
    else add.push(cells);
  }
  const next = [...kept, ...add.map((cells) => ({ id: newRowId(), cells }))];
  return { add, already, next: { ...base, rows: next } };
}
