import type { AnnexLayout, Column } from '../../schemas/annex-layout';
import { readTypedDate } from '../common/dates';
import { cellProblem, lengthProblem } from './codecs';
import { type AnnexData, type AnnexRow, rowName } from './data';
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
  return checkAnnex(layout, data, { forExport }).errors;
}

/** What one row brought to a check: its cells' problems, its 已整改 problems and the running totals after it. */
export interface RowCheck {
  /** The row as checked: a form's unchanged rows are the same objects (see setCell). */
  readonly row: AnnexRow;
  readonly cells: readonly FormError[];
  readonly rules: readonly FormError[];
  /** The running totals of the rules' columns after this row (empty when the layout has no rules). */
  readonly running: Readonly<Record<string, number>>;
}

/**
 * A form checked, kept so that the next check after a keystroke looks only at what changed
 * (see checkAnnex). `errors` is the same as validateAnnex gives, and is the same array as the previous
 * check's when no problem changed.
 */
export interface AnnexCheck {
  readonly layout: AnnexLayout;
  readonly data: AnnexData;
  readonly forExport: boolean;
  /** problems of the fields above the table (title line, then above) */
  readonly head: readonly FormError[];
  readonly rows: readonly RowCheck[];
  /** problems of the fields below the table */
  readonly tail: readonly FormError[];
  readonly errors: FormError[];
}

/** What checking a layout needs again and again, worked out once per layout. */
interface Plan {
  cols: Column[];
  /** the same columns, not required: a row nobody has started */
  optional: Column[];
  paths: Map<string, string>;
}
const plans = new WeakMap<AnnexLayout, Plan>();
function planOf(layout: AnnexLayout): Plan {
  let plan = plans.get(layout);
  if (!plan) {
    const cols = leafColumns(layout).filter(isEditable);
    plan = {
      cols,
      optional: cols.map((c) => ({ ...c, required: false })),
      paths: new Map(cols.map((c) => [c.key, columnPath(layout, c.key)])),
    };
    plans.set(layout, plan);
  }
  return plan;
}

function fieldErrors(
  layout: AnnexLayout,
  fields: Record<string, string>,
  positions: ('above' | 'below' | 'title')[],
  forExport: boolean,
): FormError[] {
  const errors: FormError[] = [];
  for (const position of positions) {
    for (const f of layout.fields.filter((x) => x.position === position)) {
      const value = (fields[f.key] ?? '').trim();
      let message: string | null = null;
      const long = lengthProblem(fields[f.key] ?? '');
      if (long) message = `${f.label}${long}`;
      else if (value === '') message = forExport && f.required ? `${f.label}不能为空` : null;
      else if (f.type === 'date' && typeof readTypedDate(value) !== 'string')
        message = `${f.label}必须是日期，例如 2025-06-30`;
      if (message) errors.push({ target: fieldId(f.key), message, field: f.key });
    }
  }
  return errors;
}

/** The problems of one row's cells, each column by its codec. */
function cellErrors(layout: AnnexLayout, data: AnnexData, index: number, forExport: boolean): FormError[] {
  const { cols, optional, paths } = planOf(layout);
  const row = data.rows[index]!;
  // A row nobody has started is not nagged about its required cells until export.
  let started = forExport;
  if (!started) for (const key in row.cells) if (row.cells[key]!.trim() !== '') started = true;
  const errors: FormError[] = [];
  let where: string | undefined;
  cols.forEach((c, i) => {
    const problem = cellProblem(started ? c : optional[i]!, row.cells[c.key] ?? '');
    if (problem) {
      where ??= rowName(layout, data, index);
      errors.push({
        target: cellId(row.id, c.key),
        message: `${where} · ${paths.get(c.key)}${problem}`,
        problem,
        rowId: row.id,
        column: c.key,
      });
    }
  });
  return errors;
}

/** 已整改 ≤ 隐患, on running totals: a month may rectify hazards found earlier, never more than found so far. */
function ruleErrors(
  layout: AnnexLayout,
  data: AnnexData,
  index: number,
  running: Record<string, number>,
): FormError[] {
  const row = data.rows[index]!;
  const errors: FormError[] = [];
  for (const rule of layout.rules) {
    for (const key of [rule.column, rule.than]) {
      const v = parseCount(row.cells[key] ?? '');
      running[key] = (running[key] ?? 0) + (typeof v === 'number' ? v : 0);
    }
    const fixed = running[rule.column]!;
    const found = running[rule.than]!;
    if (fixed > found) {
      const where = rowName(layout, data, index);
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
  return errors;
}

const sameError = (a: FormError, b: FormError) =>
  a.target === b.target &&
  a.message === b.message &&
  a.problem === b.problem &&
  a.rowId === b.rowId &&
  a.column === b.column &&
  a.field === b.field;
/** `next` if its problems differ from `prev`'s, else `prev` itself (so an unchanged list keeps its identity). */
const keep = <E extends readonly FormError[]>(prev: E | undefined, next: E): E =>
  prev && prev.length === next.length && prev.every((e, i) => sameError(e, next[i]!)) ? prev : next;
const NONE: readonly FormError[] = Object.freeze([]);
const noneIfEmpty = (errors: FormError[]): readonly FormError[] => (errors.length ? errors : NONE);

/**
 * Checks a filled annex like validateAnnex. Given the check of the form just before an edit
 * (`previous`), it checks again only the rows that changed (a row is unchanged when it is the same
 * object at the same place, as setCell leaves every row but the edited one), the fields if they changed,
 * and the 已整改 rules from the first changed row on (they run on running totals); a new row count, layout
 * or `forExport` checks everything. A keystroke in a 5,000-row table so checks one row, not 5,000.
 */
export function checkAnnex(
  layout: AnnexLayout,
  data: AnnexData,
  { forExport = false } = {},
  previous?: AnnexCheck | null,
): AnnexCheck {
  const prev =
    previous &&
    previous.layout === layout &&
    previous.forExport === forExport &&
    previous.data.rows.length === data.rows.length
      ? previous
      : null;
  if (prev && prev.data === data) return prev;
  const sameFields = prev !== null && prev.data.fields === data.fields;
  const head = sameFields
    ? prev.head
    : keep(prev?.head, noneIfEmpty(fieldErrors(layout, data.fields, ['title', 'above'], forExport)));
  const tail = sameFields
    ? prev.tail
    : keep(prev?.tail, noneIfEmpty(fieldErrors(layout, data.fields, ['below'], forExport)));

  const hasRules = layout.rules.length > 0;
  const rows: RowCheck[] = new Array(data.rows.length);
  let running: Record<string, number> = {};
  /** From the first changed row on, the running totals (and so the rules) are worked out again. */
  let rerun = prev === null;
  for (let i = 0; i < data.rows.length; i++) {
    const row = data.rows[i]!;
    const before = prev?.rows[i];
    const unchanged = before !== undefined && before.row === row;
    if (unchanged && !rerun) {
      rows[i] = before;
      continue;
    }
    if (!rerun) {
      rerun = true;
      running = { ...(rows[i - 1]?.running ?? {}) };
    }
    const cells = unchanged
      ? before.cells
      : keep(before?.cells, noneIfEmpty(cellErrors(layout, data, i, forExport)));
    if (!hasRules) {
      rows[i] = unchanged ? before : { row, cells, rules: NONE, running };
      continue;
    }
    const rules = keep(before?.rules, noneIfEmpty(ruleErrors(layout, data, i, running)));
    rows[i] = { row, cells, rules, running: { ...running } };
  }

  const same =
    prev !== null &&
    head === prev.head &&
    tail === prev.tail &&
    rows.every((r, i) => r.cells === prev.rows[i]!.cells && r.rules === prev.rows[i]!.rules);
  let errors: FormError[];
  if (same) errors = prev.errors;
  else {
    errors = [...head];
    for (const r of rows) {
      for (const e of r.cells) errors.push(e);
      for (const e of r.rules) errors.push(e);
    }
    for (const e of tail) errors.push(e);
  }
  return { layout, data, forExport, head, rows, tail, errors };
}

/** The first message for each input id, for quick lookup while rendering thousands of cells. */
export function errorsByTarget(errors: FormError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) if (!map.has(e.target)) map.set(e.target, e.message);
  return map;
}
