import { monthLabel } from '../table/values';
import type { DuplicateGroup, SummaryChoices, SummaryOutcome, SummaryResult } from './combine';
import { normName } from '../table/intake';

/**
 * The words the 来源文件 sheet writes in 是否计入, one row at a time (附件1/5: a file × month; 附件2 and a
 * file left out as a whole: the file), and the per-file duplicate choice "整份文件计入这一个". A row that
 * is not counted says 未计入 and why, never the words of another row: "未计入（重复，计入 4b.xlsx）".
 */

const nameOf = (result: SummaryResult, id: string) =>
  result.files.find((o) => o.file.id === id)?.file.fileName ?? id;

/** The duplicate group of one file (and month): 附件1/5 by month, 附件2 (month null) by file. */
export function groupOf(result: SummaryResult, fileId: string, month: string | null): DuplicateGroup | null {
  return result.groups.find((g) => g.month === month && g.files.includes(fileId)) ?? null;
}

/** Why a duplicate row is (not) counted, inside the brackets. */
function duplicateWords(result: SummaryResult, g: DuplicateGroup, self: string): string {
  const others = g.files
    .filter((id) => id !== self)
    .map((id) => nameOf(result, id))
    .join('、');
  if (g.chosen === self)
    return `与 ${others} 重复，${g.by === 'latest' ? '按填报日期较晚计入这一个' : '已选择计入这一个'}`;
  if (g.chosen === null) return g.by === 'user' ? '重复，已选择都不计入' : '重复，尚未选择计入哪一个';
  return `重复，计入 ${nameOf(result, g.chosen)}`;
}

/** 是否计入 of one file × month (附件1/5) — "计入", "未计入（重复，计入 4b.xlsx）"… */
export function monthStatusWords(result: SummaryResult, outcome: SummaryOutcome, month: string): string {
  const left = leftOutWords(outcome);
  if (left) return left;
  const g = groupOf(result, outcome.file.id, month);
  const counted = outcome.months.includes(month);
  if (!g) return counted ? '计入' : '未计入';
  return `${counted ? '计入' : '未计入'}（${duplicateWords(result, g, outcome.file.id)}）`;
}

/** 是否计入 of a file left out whole (error, another annex…), or null. */
function leftOutWords(outcome: SummaryOutcome): string | null {
  switch (outcome.status) {
    case 'error':
      return '未计入（有错误，见“问题”列；改正后重新加入）';
    case 'other':
      return '未计入（不是本表）';
    case 'unassigned':
      return '未计入（未选择行业领域）';
    case 'excluded':
      return '未计入（已选择不计入）';
    default:
      return null;
  }
}

/**
 * 是否计入 of a whole file: "计入", "未计入（重复，计入 4b.xlsx）", or for 附件1/5 a file counted for some
 * months "部分计入（5月、6月计入；7月重复，计入 4b.xlsx）".
 */
export function fileStatusWords(result: SummaryResult, outcome: SummaryOutcome, baseYear = 0): string {
  const left = leftOutWords(outcome);
  if (left) return left;
  const self = outcome.file.id;
  const months = outcome.file.months.map((p) => p.month);
  if (months.length === 0) {
    const g = groupOf(result, self, null);
    const counted = outcome.status === 'included' || outcome.status === 'partial';
    if (!g) return counted ? '计入' : '未计入';
    return `${counted ? '计入' : '未计入'}（${duplicateWords(result, g, self)}）`;
  }
  const label = (ms: readonly string[]) => ms.map((m) => monthLabel(m, baseYear)).join('、');
  const counted = months.filter((m) => outcome.months.includes(m));
  if (counted.length === months.length) return '计入';
  // The months not counted, those with the same reason said together.
  const reasons = new Map<string, string[]>();
  for (const m of months.filter((x) => !outcome.months.includes(x))) {
    const g = groupOf(result, self, m);
    const why = g ? duplicateWords(result, g, self) : '未计入';
    reasons.set(why, [...(reasons.get(why) ?? []), m]);
  }
  const why = [...reasons].map(([w, ms]) => `${label(ms)}${w}`).join('；');
  return counted.length === 0 ? `未计入（${why}）` : `部分计入（${label(counted)}计入；${why}）`;
}

// ---------- 整份文件计入这一个 ----------

/** The duplicate groups of one 填报单位, with every file among them: one block on the page. */
export interface DuplicateUnit {
  unit: string;
  /** File ids in drop order. */
  files: string[];
  groups: DuplicateGroup[];
}

/** The duplicate groups gathered by 填报单位 (in the order the groups come), for the per-file choice. */
export function duplicateUnits(result: SummaryResult): DuplicateUnit[] {
  const byUnit = new Map<string, DuplicateUnit>();
  for (const g of result.groups) {
    const key = normName(g.unit);
    const hit = byUnit.get(key) ?? { unit: g.unit, files: [], groups: [] };
    hit.groups.push(g);
    for (const id of g.files) if (!hit.files.includes(id)) hit.files.push(id);
    byUnit.set(key, hit);
  }
  const order = new Map(result.files.map((o, i) => [o.file.id, i]));
  for (const u of byUnit.values()) u.files.sort((a, b) => order.get(a)! - order.get(b)!);
  return [...byUnit.values()];
}

/** "整份文件计入这一个": the choices that make `fileId` count in every duplicate group it is in. */
export function chooseWholeFile(
  groups: readonly DuplicateGroup[],
  fileId: string,
  choices: SummaryChoices = {},
): Record<string, string> {
  const out: Record<string, string> = { ...choices };
  for (const g of groups) if (g.files.includes(fileId)) out[g.key] = fileId;
  return out;
}

/** Whether `fileId` is the one counted in every duplicate group of `unit` that it is in. */
export const wholeFileChosen = (unit: DuplicateUnit, fileId: string) =>
  unit.groups.filter((g) => g.files.includes(fileId)).every((g) => g.chosen === fileId);
