import type { AnnexLayout } from '../../schemas/annex-layout';
import { readTypedDate } from '../dates';
import { cellProblem, lengthProblem } from './codecs';
import { type AnnexData, rowName } from './data';
import { column, columnGroups, columnPath, isEditable, leafColumns } from './layout';
import { parseCount } from './values';

/**
 * What a filled annex form is checked for: each cell by its column's codec, the 填报 fields, and
 * the layout's rules (已整改 ≤ 隐患, on running totals).
 */

export { cellProblem };

/** One problem, with the id of the input it belongs to (the error summary links to it). */
export interface FormError {
  /** id of the input: field-<key> or cell-<rowId>-<column> */
  target: string;
  message: string;
  /** The message without its place (row · column): what is wrong with the value itself. */
  problem?: string;
  rowId?: string;
  column?: string;
  field?: string;
}

export const cellId = (rowId: string, key: string) => `cell-${rowId}-${key}`;
export const fieldId = (key: string) => `field-${key}`;

/**
 * Every problem in a filled annex, in reading order: fields above the table, then row by row,
 * then fields below. Messages say where: "6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）".
 * `forExport` also requires the 填报 fields.
 */
export function validateAnnex(layout: AnnexLayout, data: AnnexData, { forExport = false } = {}): FormError[] {
  const errors: FormError[] = [];
  const fieldErrors = (position: 'above' | 'below' | 'title') => {
    for (const f of layout.fields.filter((x) => x.position === position)) {
      const value = (data.fields[f.key] ?? '').trim();
      let message: string | null = null;
      const long = lengthProblem(data.fields[f.key] ?? '');
      if (long) message = `${f.label}${long}`;
      else if (value === '') message = forExport && f.required ? `${f.label}不能为空` : null;
      else if (f.type === 'date' && typeof readTypedDate(value) !== 'string')
        message = `${f.label}必须是日期，例如 2025-06-30`;
      if (message) errors.push({ target: fieldId(f.key), message, field: f.key });
    }
  };
  fieldErrors('title');
  fieldErrors('above');

  const cols = leafColumns(layout).filter(isEditable);
  const running: Record<string, number> = {};
  data.rows.forEach((row, index) => {
    const where = rowName(layout, data, index);
    // A row nobody has started is not nagged about its required cells until export.
    const started = forExport || Object.values(row.cells).some((v) => v.trim() !== '');
    for (const c of cols) {
      const problem = cellProblem(started ? c : { ...c, required: false }, row.cells[c.key] ?? '');
      if (problem) {
        errors.push({
          target: cellId(row.id, c.key),
          message: `${where} · ${columnPath(layout, c.key)}${problem}`,
          problem,
          rowId: row.id,
          column: c.key,
        });
      }
    }
    // 已整改 ≤ 隐患, on running totals: a month may rectify hazards found earlier, never more than found so far.
    for (const rule of layout.rules) {
      for (const key of [rule.column, rule.than]) {
        const v = parseCount(row.cells[key] ?? '');
        running[key] = (running[key] ?? 0) + (typeof v === 'number' ? v : 0);
      }
      const fixed = running[rule.column]!;
      const found = running[rule.than]!;
      if (fixed > found) {
        const than = column(layout, rule.than).header;
        const sofar =
          layout.rows.kind === 'months' && index > 0
            ? `（截至${where}累计：${column(layout, rule.column).header.replace(/（.*）/, '')} ${fixed}，${than.replace(/（.*）/, '')} ${found}）`
            : '';
        errors.push({
          problem: `不能大于${than}${sofar}`,
          target: cellId(row.id, rule.column),
          // As printed: "6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）" — the tail says which 已整改.
          message: `${where} · ${[...columnGroups(layout, rule.column), column(layout, rule.column).header].join(' · ')}不能大于${than}${sofar}`,
          rowId: row.id,
          column: rule.column,
        });
      }
    }
  });
  fieldErrors('below');
  return errors;
}

/** The first message for each input id, for quick lookup while rendering thousands of cells. */
export function errorsByTarget(errors: FormError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) if (!map.has(e.target)) map.set(e.target, e.message);
  return map;
}
