import { dateToYmd, excelSerialToDate, nextMonth } from '../../common/dates';
import { codecs } from '../codecs';
import { monthLabel, parseMonthLabel } from '../values';
import { type ModelOf, newRowId, type RowKind } from './kind';

/** One row per month from `firstMonth`; the user adds months as they pass; then a 累计 row (附件1/5). */
type Months = ModelOf<'months'>;

const fullMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${y}年${mo}月`;
};
const following = (model: Months, rows: readonly { month?: string }[]) => {
  const last = rows.at(-1)?.month;
  return last ? nextMonth(last) : model.firstMonth;
};

/** A month cell as read from a spreadsheet: "5" (base year), "5月", "2026年1月", "2025-06", or a date. */
export function readMonth(raw: unknown, baseYear: number): string | null {
  if (raw instanceof Date) return dateToYmd(raw)?.slice(0, 7) ?? null;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1 && raw <= 12) return `${baseYear}-${String(raw).padStart(2, '0')}`;
    return excelSerialToDate(raw)?.slice(0, 7) ?? null;
  }
  const bare = String(raw).trim();
  if (/^(0?[1-9]|1[0-2])$/.test(bare)) return `${baseYear}-${bare.padStart(2, '0')}`;
  return parseMonthLabel(bare, baseYear);
}

export const months: RowKind<Months> = {
  initial: (m, empty) => [{ id: newRowId(), month: m.firstMonth, cells: empty() }],
  next: (m, rows, empty) => ({ id: newRowId(), month: following(m, rows), cells: empty() }),
  addLabel: (m, rows) => `添加 ${monthLabel(following(m, rows), m.baseYear)}`,
  // Only the last month, so the months stay continuous.
  canRemove: (_m, rows, rowId) => rows.length > 1 && rows.at(-1)?.id === rowId,
  label: (m, row) => monthLabel(row.month!, m.baseYear),
  name: (m, row) => monthLabel(row.month!, m.baseYear),
  labelCell: (m, _c, row) => monthLabel(row.month!, m.baseYear),
  spanDown: () => [],
  totalLabel: (m) => m.totalLabel,
  /**
   * A file may hold any months of the campaign: one month, a later start, gaps, in any order (a county
   * that sends each month as its own file, or started in 6月). The rows come back continuous from the
   * first month, as the form keeps them: a month the file lacks is an empty row (source row -1).
   * A month before the first month, a month written twice, or a cell that is no month is a problem.
   */
  read(m, ctx) {
    const [fy, fm] = m.firstMonth.split('-').map(Number) as [number, number];
    const held = new Map<string, number>();
    let problems = 0;
    const problem = (row: number, message: string) => {
      problems += 1;
      ctx.problem(row, m.labelColumn, message);
    };
    for (const row of ctx.tableRows) {
      const raw = ctx.raw(row, m.labelColumn);
      if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
        if (!ctx.editableBlank(row)) problem(row, '月份不能为空');
        continue;
      }
      // The old reader took a bare number cell 5 as text "5": same result as readMonth.
      const month = readMonth(raw, m.baseYear);
      if (!month) {
        problem(row, `“${codecs.text.fromCell(raw)}”不是月份，请写成“5月”“2026年1月”或“2025-06”`);
        continue;
      }
      if (month < m.firstMonth) {
        problem(row, `${fullMonth(month)}早于本表的第一个月${fy}年${fm}月`);
        continue;
      }
      const before = held.get(month);
      if (before !== undefined) {
        problem(row, `${fullMonth(month)}在第 ${before + 1} 行已经有了，同一个月只能有一行`);
        continue;
      }
      held.set(month, row);
    }
    if (held.size === 0) {
      if (problems === 0)
        ctx.fail(
          `表格里没有月份行（本表的月份从${fy}年${fm}月起，如“${monthLabel(m.firstMonth, m.baseYear)}”）`,
        );
      return { rows: [], sourceRows: [] };
    }
    const last = [...held.keys()].reduce((a, b) => (b > a ? b : a));
    const rows = [];
    const sourceRows = [];
    for (let month = m.firstMonth; month <= last; month = nextMonth(month)) {
      const row = held.get(month);
      rows.push({ id: newRowId(), month, cells: row === undefined ? ctx.emptyCells() : ctx.cellsOf(row) });
      sourceRows.push(row ?? -1);
    }
    return { rows, sourceRows };
  },
};
