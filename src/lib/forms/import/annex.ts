import type { AnnexLayout } from '../../../schemas/annex-layout';
import { type AnnexData, emptyCells, rowName } from '../data';
import { column, columnPath, formLabel, isEditable, leafColumns } from '../layout';
import { rowKind } from '../rows';
import { enumValue, isNumeric } from '../codecs';
import { validateAnnex } from '../validate-annex';
import { cellAt, cellText, columnLetter, isBlank, type Matrix } from './cells';
import { LABEL_ALIASES, readFields, readTitleField, spacedLabel } from './fields';
import { findTable, tableRows } from './find-table';

/**
 * Reads a filled annex form back from a spreadsheet matrix (rows × cells, as read from .xlsx/.xls
 * or CSV). The table is found by its header texts, wherever it sits; the 填报 fields by their
 * labels; the rows by the layout's row kind. Totals (累计/合计) are never imported: they are computed.
 */

export interface ImportError {
  message: string;
}

export interface ImportResult {
  data: AnnexData | null;
  errors: ImportError[];
  /**
   * What the import read differently from the file's own words, for the import summary, e.g.
   * "风险等级：3 行的“高风险”等按“高/中/低”读入". Empty when the file was read as written.
   */
  notes?: string[];
  /** Where each row of `data` came from: its spreadsheet row (0-based), -1 for a row the file did not have. */
  sourceRows?: number[];
  /**
   * The file's own 累计/合计 row, never imported (totals are computed) but kept as typed so a caller can
   * say when it disagrees with the rows: its spreadsheet row (0-based) and each numeric column's text.
   */
  fileTotal?: { row: number; cells: Record<string, string> } | null;
  /** Where each leaf column of the table was found (column key → 0-based spreadsheet column). */
  columns?: Record<string, number>;
  /** The sheet the table was read from, when the workbook has several (sheetsToAnnex). */
  sheetName?: string;
}

export interface MatrixOptions {
  /** Named in messages (readXlsx passes it when the workbook has more than one sheet). */
  sheetName?: string;
}

/**
 * Reads the filled annex from a matrix (row 0 = spreadsheet row 1, column 0 = column A).
 * Any error → data: null, and every error names the file, the row and the column as the user sees them.
 */
export function matrixToAnnex(
  layout: AnnexLayout,
  matrix: Matrix,
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
      `文件“${fileName}”不是${formLabel(layout)}《${layout.title}》：找不到表头${named}${list.length > 6 ? ` 等 ${list.length} 个` : ''}`,
    );
  }
  const { match } = table;
  const cols = leafColumns(layout);
  const pos = (key: string) => match.columns[key]!;
  const editable = cols.filter(isEditable);
  const fieldLabels = layout.fields.flatMap((f) => [f.label, ...(LABEL_ALIASES[f.label] ?? [])]);
  const noteLine = /^(备注|注[:：]|说明[:：])/;
  const fieldLine = new RegExp(`^(${fieldLabels.map(spacedLabel).join('|')})\\s*[：:]`);
  const anyLabelLine = /^[^：:]{1,12}[：:]/;
  const editableBlank = (r: number) => editable.every((c) => isBlank(cellAt(matrix, r, pos(c.key))));
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
  const kind = rowKind(layout.rows);
  const bounds = tableRows(layout, matrix, match, { totalLabel: kind.totalLabel(layout.rows), isTrailer });

  const read = kind.read(layout.rows, {
    layout,
    tableRows: bounds.rows,
    raw: (r, key) => cellAt(matrix, r, pos(key)),
    cellsOf: (r) =>
      Object.fromEntries(editable.map((c) => [c.key, cellText(cellAt(matrix, r, pos(c.key)), c.type)])),
    editableBlank,
    problem: (r, key, message) => at(r, pos(key), columnPath(layout, key), message),
    fail: (message) => errors.push({ message: `${file}：${message}` }),
    emptyCells: () => emptyCells(layout),
  });
  const { rows } = read;
  const excelRows = read.sourceRows;
  const notes: string[] = [];

  // Other words for an option (风险等级 高风险 → 高), read as the option and said in the summary.
  for (const c of editable.filter((x) => x.type === 'enum' && x.aliases)) {
    const words = new Set<string>();
    let count = 0;
    for (const row of rows) {
      const typed = row.cells[c.key] ?? '';
      const value = enumValue(c, typed);
      if (value === typed) continue;
      row.cells[c.key] = value;
      words.add(typed.trim());
      count += 1;
    }
    if (count > 0)
      notes.push(
        `${columnPath(layout, c.key)}：${count} 行的${[...words]
          .slice(0, 3)
          .map((w) => `“${w}”`)
          .join('、')}${words.size > 1 ? '等' : ''}按“${c.options!.join('/')}”读入`,
      );
  }

  // Fields: above the header and below the table.
  const skip = (row: number) => row >= match.headerStart && row <= bounds.lastRow;
  const hits = readFields(layout, matrix, skip);
  const titleHit =
    layout.titleField && !hits[layout.titleField] ? readTitleField(layout, matrix, match.headerStart) : null;
  if (titleHit && layout.titleField) {
    hits[layout.titleField] = titleHit;
    const f = layout.fields.find((x) => x.key === layout.titleField)!;
    if (titleHit.value !== '')
      notes.push(`${f.label}：从标题“${titleHit.title}”读入“${titleHit.value}”，请核对`);
  }
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
  if (errors.length > 0) return { data: null, errors };
  const fileTotal =
    bounds.totalRow === null
      ? null
      : {
          row: bounds.totalRow,
          cells: Object.fromEntries(
            cols
              .filter(isNumeric)
              .map((c) => [c.key, cellText(cellAt(matrix, bounds.totalRow!, pos(c.key)), c.type)]),
          ),
        };
  return { data, errors: [], notes, sourceRows: excelRows, fileTotal, columns: match.columns };
}
