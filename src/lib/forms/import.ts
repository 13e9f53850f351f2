import type { AnnexLayout, Column, HeaderNode } from '../../schemas/annex-layout';
import { type AnnexData, type AnnexRow, newRowId, rowName } from './data';
import {
  column,
  columnGroups,
  columnHeaderName,
  columnPath,
  headerDepth,
  isEditable,
  leafColumns,
} from './layout';
import { excelSerialToDate, nextMonth, parseCount, parseDate, parseMonthLabel } from './values';
import { validateAnnex } from './validate';

/**
 * Reads a filled annex back from a spreadsheet matrix (rows × cells, as read from .xlsx/.xls or CSV).
 * The table is found by its header texts, wherever it sits; the 填报 fields by their labels.
 * Totals (累计/合计) are never imported: they are computed.
 */

export interface ImportError {
  message: string;
}

export interface ImportResult {
  data: AnnexData | null;
  errors: ImportError[];
}

export interface MatrixOptions {
  /** Named in messages (readXlsx passes it when the workbook has more than one sheet). */
  sheetName?: string;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Header text as compared: NFKC (full-width brackets, digits, colons → ASCII), no whitespace, one kind of middle dot. */
export function normHeader(value: unknown): string {
  if (value === null || value === undefined || value instanceof Date) return '';
  return String(value)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[・•‧∙⋅]/g, '·');
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A Date as YYYY-MM-DD: UTC-midnight dates (SheetJS) by their UTC day, others by their local day. */
export function dateToYmd(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  const [y, m, day] = utcMidnight
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A number without float noise: rounded to `decimals` when that changes it by less than 1e-9. */
function numberText(n: number, decimals?: number): string {
  if (decimals === undefined) return String(n);
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return Math.abs(n - r) < 1e-9 ? String(r) : String(n);
}

/** A text neutralised against formulas ("'=SUM(A1)") loses its apostrophe. */
export const unneutralise = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/**
 * A cell value as the text a user would have typed. Numbers: integers without decimals, money up to
 * two decimals in their shortest form (12.5 → "12.5", 12 → "12"); dates in date columns → YYYY-MM-DD.
 */
export function cellText(value: unknown, type: Column['type'] | 'field'): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateToYmd(value) ?? '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (type === 'date') return excelSerialToDate(value) ?? String(value);
    if (type === 'money') return numberText(value, 2);
    if (type === 'count' || type === 'serial') return numberText(value, 0);
    return numberText(value, 10);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return unneutralise(String(value).trim());
}

// ---- Finding the table ----

interface HeaderMatch {
  /** first header row and first data row (0-based) */
  headerStart: number;
  dataStart: number;
  /** leaf column key → matrix column */
  columns: Record<string, number>;
  matched: number;
  /** header texts not found (a missing group is named, not its columns) */
  missing: string[];
}

const cellAt = (matrix: unknown[][], r: number, c: number): unknown => matrix[r]?.[c];

/** Matches the layout's multi-row header with its top row at `r0`; groups bound where their columns are looked for. */
function matchGrid(layout: AnnexLayout, matrix: unknown[][], r0: number, width: number): HeaderMatch {
  const depth = headerDepth(layout);
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  let matched = 0;
  const walk = (nodes: HeaderNode[], level: number, lo: number, hi: number) => {
    let cursor = lo;
    for (const node of nodes) {
      if ('column' in node) {
        const want = normHeader(column(layout, node.column).header);
        let found = -1;
        for (let c = cursor; c <= hi && found < 0; c++) {
          for (let r = r0 + level; r < r0 + depth; r++) {
            if (normHeader(cellAt(matrix, r, c)) === want) {
              found = c;
              break;
            }
          }
        }
        if (found < 0) {
          missing.push(column(layout, node.column).header);
          continue;
        }
        columns[node.column] = found;
        matched += 1;
        cursor = found + 1;
        continue;
      }
      const want = normHeader(node.group);
      let start = -1;
      for (let c = cursor; c <= hi; c++) {
        if (normHeader(cellAt(matrix, r0 + level, c)) === want) {
          start = c;
          break;
        }
      }
      if (start < 0) {
        missing.push(node.group);
        continue;
      }
      // The group spans its merged (empty) cells, or cells repeating its text.
      let end = start;
      while (end + 1 <= hi) {
        const next = normHeader(cellAt(matrix, r0 + level, end + 1));
        if (next !== '' && next !== want) break;
        end += 1;
      }
      matched += 1;
      walk(node.children, level + 1, start, end);
      cursor = end + 1;
    }
  };
  walk(layout.header, 0, 0, width - 1);
  return { headerStart: r0, dataStart: r0 + depth, columns, matched, missing };
}

/**
 * One-row header names (CSV): the column's groups and header joined with "·". Where that is not unique
 * (附件1 has two 已整改（条） under each group), the 已整改 column is named after the column it may not
 * exceed: "企业自查自纠情况·一般隐患已整改（条）".
 */
export function flatHeaders(layout: AnnexLayout): string[] {
  return leafColumns(layout).map((c) =>
    [...columnGroups(layout, c.key), columnHeaderName(layout, c.key)].join('·'),
  );
}

/** Matches a single header row of flatHeaders() names (our CSV), or "group·leaf" names taken in column order. */
function matchFlat(layout: AnnexLayout, matrix: unknown[][], r0: number, width: number): HeaderMatch {
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  const unique = flatHeaders(layout);
  let cursor = 0;
  for (const [index, c] of leafColumns(layout).entries()) {
    const names = [
      normHeader(unique[index]),
      normHeader([...columnGroups(layout, c.key), c.header].join('·')),
    ];
    let found = -1;
    for (let i = cursor; i < width; i++) {
      if (names.includes(normHeader(cellAt(matrix, r0, i)))) {
        found = i;
        break;
      }
    }
    if (found < 0) missing.push(columnPath(layout, c.key));
    else {
      columns[c.key] = found;
      cursor = found + 1;
    }
  }
  return { headerStart: r0, dataStart: r0 + 1, columns, matched: Object.keys(columns).length, missing };
}

const HEADER_SEARCH_ROWS = 30;

/** Where the table's header is in the matrix, or the best attempt with the header texts it lacks. */
export function findTable(
  layout: AnnexLayout,
  matrix: unknown[][],
): { found: true; match: HeaderMatch } | { found: false; best: HeaderMatch } {
  const width = Math.max(0, ...matrix.slice(0, HEADER_SEARCH_ROWS + 5).map((row) => row?.length ?? 0));
  const leaves = leafColumns(layout).length;
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, matrix.length); r++) {
    const row = matrix[r] ?? [];
    if (row.every(isBlank)) continue;
    const grid = matchGrid(layout, matrix, r, width);
    if (Object.keys(grid.columns).length === leaves && grid.missing.length === 0)
      return { found: true, match: grid };
    const flat = matchFlat(layout, matrix, r, width);
    if (flat.matched === leaves) return { found: true, match: flat };
    if (!best || grid.matched > best.matched) best = grid;
  }
  return { found: false, best: best ?? matchGrid(layout, [], 0, 0) };
}

// ---- Fields ----

const LABEL_ALIASES: Record<string, string[]> = {
  填报人: ['填表人'],
  填表人: ['填报人'],
  填报日期: ['填报时间'],
  填报时间: ['填报日期'],
};

interface FieldHit {
  value: string;
  row: number;
  col: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label with optional spaces between its characters, e.g. "填 报 单 位". */
const spacedLabel = (label: string) => [...label].map(escapeRe).join('\\s*');

/** Reads "填报单位：xxx" (one cell, several labels in one cell, or label and value in adjacent cells) outside the table rows. */
function readFields(
  layout: AnnexLayout,
  matrix: unknown[][],
  skip: (r: number) => boolean,
): Record<string, FieldHit> {
  const labelled = layout.fields.map((f) => ({
    key: f.key,
    type: f.type,
    labels: [f.label, ...(LABEL_ALIASES[f.label] ?? [])],
  }));
  const source = `(${labelled
    .flatMap((f) => f.labels)
    .map(spacedLabel)
    .join('|')})\\s*[：:]`;
  const labelRe = new RegExp(source);
  const labelsRe = new RegExp(source, 'g');
  const isLabel = (v: unknown) =>
    typeof v === 'string' &&
    (labelRe.test(v) || labelled.some((f) => f.labels.includes(v.replace(/\s+/g, ''))));
  const fieldOf = (label: string) => {
    const compact = label.replace(/\s+/g, '');
    return (labelled.find((f) => f.labels[0] === compact) ??
      labelled.find((f) => f.labels.includes(compact)))!;
  };
  const found: Record<string, FieldHit> = {};
  const take = (f: { key: string; type: string }, raw: unknown, row: number, col: number) => {
    if (found[f.key]) return;
    let value = cellText(raw, f.type === 'date' ? 'date' : 'field');
    if (f.type === 'date') {
      const ymd = parseDate(value);
      if (typeof ymd === 'string') value = ymd;
    }
    found[f.key] = { value, row, col };
  };
  matrix.forEach((row, r) => {
    if (skip(r) || !row) return;
    row.forEach((raw, c) => {
      if (typeof raw !== 'string' || raw.trim() === '') return;
      /** The value in the next non-empty cell to the right, unless that is another label. */
      const rightValue = () => {
        for (let i = c + 1; i < row.length; i++) {
          const v = row[i];
          if (isBlank(v)) continue;
          return isLabel(v) ? undefined : v;
        }
        return undefined;
      };
      const hits = [...raw.matchAll(labelsRe)];
      if (hits.length === 0) {
        // A label alone in its cell, without colon; the value in the next cell.
        const f = labelled.find((x) => x.labels.includes(raw.replace(/\s+/g, '')));
        if (f) {
          const v = rightValue();
          if (v !== undefined) take(f, v, r, c);
        }
        return;
      }
      hits.forEach((hit, i) => {
        const f = fieldOf(hit[1]!);
        const from = hit.index! + hit[0].length;
        const to = i + 1 < hits.length ? hits[i + 1]!.index! : raw.length;
        const value = raw.slice(from, to).trim();
        if (value !== '') take(f, value, r, c);
        else if (i === hits.length - 1) {
          const v = rightValue();
          if (v !== undefined) take(f, v, r, c);
        }
      });
    });
  });
  return found;
}

/** 附件3: the enterprise name from a title such as "某公司有限空间管理台账（参考）" (the layout title with XX filled in). */
function readTitleField(layout: AnnexLayout, matrix: unknown[][], before: number): FieldHit | null {
  if (!layout.titleField || !layout.title.includes('XX')) return null;
  const [pre, post] = layout.title.split('XX').map((s) => normHeader(s)) as [string, string];
  for (let r = 0; r < before; r++) {
    for (const [c, raw] of (matrix[r] ?? []).entries()) {
      if (typeof raw !== 'string') continue;
      const t = normHeader(raw);
      if (t.length < pre.length + post.length || !t.startsWith(pre) || !t.endsWith(post)) continue;
      // Cut the typed text (not its normalised form) so the name keeps its own characters.
      let j = 0;
      while (j <= raw.length && normHeader(raw.slice(0, j)) !== pre) j++;
      let k = raw.length;
      while (k >= j && normHeader(raw.slice(k)) !== post) k--;
      const value = raw.slice(j, k).trim();
      return { value: value === 'XX' ? '' : value, row: r, col: c };
    }
  }
  return null;
}

// ---- Rows ----

const TOTAL_WORDS = ['累计', '合计', '总计'];

/**
 * Reads the filled annex from a matrix (row 0 = spreadsheet row 1, column 0 = column A).
 * Any error → data: null, and every error names the file, the row and the column as the user sees them.
 */
export function matrixToAnnex(
  layout: AnnexLayout,
  matrix: unknown[][],
  fileName: string,
  { sheetName }: MatrixOptions = {},
): ImportResult {
  const file = `文件“${fileName}”${sheetName ? `工作表“${sheetName}”` : ''}`;
  const errors: ImportError[] = [];
  const fail = (message: string): ImportResult => ({ data: null, errors: [{ message }] });
  const at = (r: number, c: number, what: string, problem: string) =>
    errors.push({ message: `${file}第 ${r + 1} 行 ${columnLetter(c)} 列（${what}）：${problem}` });

  const table = findTable(layout, matrix);
  if (!table.found) {
    const list = table.best.missing.length ? table.best.missing : leafColumns(layout).map((c) => c.header);
    const named = list
      .slice(0, 6)
      .map((t) => `“${t}”`)
      .join('');
    return fail(
      `文件“${fileName}”不是附件${layout.number}《${layout.title}》：找不到表头${named}${list.length > 6 ? ` 等 ${list.length} 个` : ''}`,
    );
  }
  const { match } = table;
  const cols = leafColumns(layout);
  const pos = (key: string) => match.columns[key]!;
  const editable = cols.filter(isEditable);
  const labelCols = cols.filter((c) => c.type === 'row-label' || c.type === 'serial');
  const fieldLabels = layout.fields.flatMap((f) => [f.label, ...(LABEL_ALIASES[f.label] ?? [])]);
  const noteLine = /^(备注|注[:：]|说明[:：])/;
  const fieldLine = new RegExp(`^(${fieldLabels.map(spacedLabel).join('|')})\\s*[：:]`);
  const anyLabelLine = /^[^：:]{1,12}[：:]/;
  /** 备注/注：/填表人： lines below the table, or any "xxx：" line with nothing in the table's number/text columns. */
  const isTrailer = (r: number) => {
    const row = matrix[r] ?? [];
    const first = row.find((v) => !isBlank(v));
    if (typeof first === 'string') {
      const t = first.trim();
      if (noteLine.test(t) || (anyLabelLine.test(t) && editableBlank(r))) return true;
    }
    return row.some((v) => typeof v === 'string' && fieldLine.test(v.trim()));
  };
  const isTotal = (r: number) => {
    const texts = labelCols.map((c) => normHeader(cellAt(matrix, r, pos(c.key))));
    const firstCell = normHeader(cellAt(matrix, r, Math.min(...cols.map((c) => pos(c.key)))));
    const words = [layout.rows.kind === 'free' ? '' : layout.rows.totalLabel, ...TOTAL_WORDS].filter(Boolean);
    return [...texts, firstCell].some((t) => words.includes(t));
  };
  const tableBlank = (r: number) => cols.every((c) => isBlank(cellAt(matrix, r, pos(c.key))));
  const editableBlank = (r: number) => editable.every((c) => isBlank(cellAt(matrix, r, pos(c.key))));
  const cellsOf = (r: number) =>
    Object.fromEntries(editable.map((c) => [c.key, cellText(cellAt(matrix, r, pos(c.key)), c.type)]));

  /** Table rows from the first data row until 累计/合计, the 备注/填表人 lines, or 3 empty rows. */
  const tableRows: number[] = [];
  let lastRow = match.dataStart - 1;
  for (let r = match.dataStart, blanks = 0; r < matrix.length; r++) {
    if (tableBlank(r)) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (isTotal(r)) {
      lastRow = r;
      break;
    }
    if (isTrailer(r)) break;
    tableRows.push(r);
    lastRow = r;
  }

  const rows: AnnexRow[] = [];
  const excelRows: number[] = [];
  const r = layout.rows;
  if (r.kind === 'months') {
    const lc = column(layout, r.labelColumn);
    const c = pos(r.labelColumn);
    const where = columnPath(layout, lc.key);
    const [fy, fm] = r.firstMonth.split('-').map(Number) as [number, number];
    const fullMonth = (m: string) => {
      const [y, mo] = m.split('-').map(Number) as [number, number];
      return `${y}年${mo}月`;
    };
    let expected: string | null = null;
    for (const row of tableRows) {
      const raw = cellAt(matrix, row, c);
      if (isBlank(raw)) {
        if (!editableBlank(row)) at(row, c, where, '月份不能为空');
        continue;
      }
      let month: string | null;
      const bare = String(raw).trim();
      // A bare 1–12 ("5") is a month of the base year; a date (Excel turns "2025-06" into one) gives its month.
      if (!(raw instanceof Date) && /^(0?[1-9]|1[0-2])$/.test(bare))
        month = `${r.baseYear}-${bare.padStart(2, '0')}`;
      else if (raw instanceof Date) month = dateToYmd(raw)?.slice(0, 7) ?? null;
      else if (typeof raw === 'number') month = excelSerialToDate(raw)?.slice(0, 7) ?? null;
      else month = parseMonthLabel(bare, r.baseYear);
      if (!month) {
        at(row, c, where, `“${cellText(raw, 'text')}”不是月份，请写成“5月”“2026年1月”或“2025-06”`);
        continue;
      }
      if (month < r.firstMonth) {
        at(row, c, where, `${fullMonth(month)}早于本表的第一个月${fy}年${fm}月`);
        continue;
      }
      if (expected === null && month !== r.firstMonth) {
        at(row, c, where, `月份应从${fy}年${fm}月开始，不能从${fullMonth(month)}开始`);
      } else if (expected !== null && month !== expected) {
        at(row, c, where, `月份不连续：这一行应是${fullMonth(expected)}，却是${fullMonth(month)}`);
      }
      expected = nextMonth(month);
      rows.push({ id: newRowId(), month, cells: cellsOf(row) });
      excelRows.push(row);
    }
    if (rows.length === 0 && errors.length === 0)
      errors.push({ message: `${file}：表格里没有月份行（应从${fy}年${fm}月开始）` });
  } else if (r.kind === 'fixed') {
    const c = pos(r.labelColumn);
    const where = columnPath(layout, r.labelColumn);
    const byLabel = new Map<string, number>();
    for (const row of tableRows) {
      const raw = cellAt(matrix, row, c);
      const label = normHeader(raw);
      const known = r.labels.find((l) => normHeader(l) === label);
      if (!known) {
        if (isBlank(raw) && editableBlank(row)) continue;
        at(
          row,
          c,
          where,
          isBlank(raw)
            ? '行业领域不能为空'
            : `“${cellText(raw, 'text')}”不是本表的行业领域，应为${r.labels.map((l) => `“${l}”`).join('或')}`,
        );
        continue;
      }
      if (byLabel.has(known)) {
        at(row, c, where, `“${known}”出现了两次（第 ${byLabel.get(known)! + 1} 行已有）`);
        continue;
      }
      byLabel.set(known, row);
    }
    for (const label of r.labels) {
      const row = byLabel.get(label);
      rows.push({
        id: newRowId(),
        label,
        cells: row === undefined ? Object.fromEntries(editable.map((x) => [x.key, ''])) : cellsOf(row),
      });
      excelRows.push(row ?? -1);
    }
  } else {
    const c = pos(r.serialColumn);
    const where = columnPath(layout, r.serialColumn);
    let n = 0;
    for (const row of tableRows) {
      n += 1;
      const raw = cellAt(matrix, row, c);
      const serial = isBlank(raw) ? undefined : parseCount(cellText(raw, 'serial'));
      if (serial !== n) {
        at(
          row,
          c,
          where,
          isBlank(raw)
            ? `序号不能为空，这一行应是 ${n}`
            : `序号应从 1 起连续编号，这一行应是 ${n}，却是“${cellText(raw, 'text')}”`,
        );
      }
      // Rows with only a 序号 are unused lines of the printed form.
      if (editableBlank(row)) continue;
      rows.push({ id: newRowId(), cells: cellsOf(row) });
      excelRows.push(row);
    }
    if (rows.length === 0) {
      rows.push({ id: newRowId(), cells: Object.fromEntries(editable.map((x) => [x.key, ''])) });
      excelRows.push(-1);
    }
  }

  // Fields: above the header and below the table.
  const skip = (row: number) => row >= match.headerStart && row <= lastRow;
  const hits = readFields(layout, matrix, skip);
  const titleHit =
    layout.titleField && !hits[layout.titleField] ? readTitleField(layout, matrix, match.headerStart) : null;
  if (titleHit && layout.titleField) hits[layout.titleField] = titleHit;
  const fields = Object.fromEntries(layout.fields.map((f) => [f.key, hits[f.key]?.value ?? '']));

  if (errors.length > 0) return { data: null, errors };
  const data: AnnexData = { annex: layout.id, fields, rows };

  // The same checks as the form: cell types, enum values, 已整改 ≤ 隐患. An empty required cell is
  // not an import error (the form shows it; a half-filled draft must survive export → import).
  for (const e of validateAnnex(layout, data)) {
    if (e.field) {
      const hit = hits[e.field];
      const f = layout.fields.find((x) => x.key === e.field)!;
      errors.push({
        message: hit
          ? `${file}第 ${hit.row + 1} 行 ${columnLetter(hit.col)} 列（${f.label}）：${e.message}`
          : `${file}：${e.message}`,
      });
      continue;
    }
    if (!e.rowId || !e.column) {
      errors.push({ message: `${file}：${e.message}` });
      continue;
    }
    const index = data.rows.findIndex((x) => x.id === e.rowId);
    const row = data.rows[index]!;
    if ((row.cells[e.column] ?? '').trim() === '' && column(layout, e.column).required) continue;
    const problem = e.problem ?? e.message;
    const excelRow = excelRows[index] ?? -1;
    if (excelRow < 0)
      errors.push({
        message: `${file}${rowName(layout, data, index)} · ${columnPath(layout, e.column)}${problem}`,
      });
    else at(excelRow, pos(e.column), columnPath(layout, e.column), problem);
  }
  return errors.length > 0 ? { data: null, errors } : { data, errors: [] };
}
