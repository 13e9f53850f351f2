import type { AnnexLayout } from '../../schemas/annex-layout';
import type { AnnexData } from './data';
import { column, columnGroups } from './layout';
import { cellId } from './validate-annex';
import { parseCount } from './values';

/**
 * Hints are not errors: they point at a value that is allowed but often a typo. The checks of
 * 已整改 run on running totals (累计), as the plan's 累计 row allows a month to rectify hazards found
 * in an earlier month; a month whose own 已整改 exceeds its own 隐患 therefore passes, and gets a hint.
 */

export interface FormHint {
  /** id of the input (cell-<rowId>-<column>) */
  target: string;
  message: string;
  rowId: string;
  column: string;
}

const bare = (header: string) => header.replace(/（[^（）]*）$/, '');

/** The one plain sentence near the table saying how 已整改 is checked; null when the form has no such rule. */
export function checksSentence(layout: AnnexLayout): string | null {
  if (layout.rules.length === 0) return null;
  const fixed = bare(column(layout, layout.rules[0]!.column).header);
  if (layout.rows.kind !== 'months') return `每一行的${fixed}不能大于对应的隐患数。`;
  return `${fixed}按累计核对：截至每个月，累计${fixed}不能大于累计发现的隐患（方案的“${layout.rows.totalLabel}”允许整改以前月份发现的隐患）；某个月的${fixed}多于当月隐患时，只提示，不算错误。`;
}

/** A hint for each month whose own 已整改 exceeds its own 隐患 (both valid numbers), in reading order. */
export function monthHints(layout: AnnexLayout, data: AnnexData): FormHint[] {
  if (layout.rows.kind !== 'months') return [];
  const hints: FormHint[] = [];
  for (const row of data.rows) {
    for (const rule of layout.rules) {
      const fixed = parseCount(row.cells[rule.column] ?? '');
      const found = parseCount(row.cells[rule.than] ?? '');
      if (typeof fixed !== 'number' || fixed === 0 || fixed <= (typeof found === 'number' ? found : 0))
        continue;
      const than = bare(column(layout, rule.than).header);
      const group = columnGroups(layout, rule.column).at(-1);
      hints.push({
        target: cellId(row.id, rule.column),
        message: `提示：本月${than}已整改 ${fixed}，多于本月${than} ${typeof found === 'number' ? found : 0}${group ? `（${group}）` : ''}。整改以前月份发现的隐患可以这样填；否则请检查是否填错。`,
        rowId: row.id,
        column: rule.column,
      });
    }
  }
  return hints;
}

/** The first hint for each input id, leaving out inputs that already show an error. */
export function hintsByTarget(hints: FormHint[], errors: ReadonlyMap<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const h of hints) if (!errors.has(h.target) && !map.has(h.target)) map.set(h.target, h.message);
  return map;
}
