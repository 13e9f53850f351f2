import type { AnnexLayout } from '../../../schemas/annex-layout';
import { type AnnexData, emptyCells, rowName, totalLabel, totals } from '../data';
import { column, columnPath, formLabel, isEditable, leafColumns } from '../layout';
import { rowKind } from '../rows';
import { codecs, enumValue, isNumeric } from '../codecs';
import { validateAnnex } from '../validate-annex';
import { cellAt, cellText, columnLetter, isBlank, type Matrix } from './cells';
import { LABEL_ALIASES, labelPattern, readBareDates, readFields, readTitleField } from './fields';
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
  /**
   * 附件1/5 files lacking earlier months: each 已整改 above 隐患 on running totals in a month after a
   * month the file lacks, said (file, row, column) but not refused — it may rectify hazards found in a
   * month the file does not hold. Also in `notes`.
   */
  unchecked?: string[];
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
  const fieldLine = new RegExp(`^${labelPattern(fieldLabels)}`);
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
  // A 填报日期 written without its label ("2025年6月20日" where the label would be).
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const bare = readBareDates(layout, matrix, hits, {
    above: range(0, match.headerStart),
    below: range(bounds.lastRow + 1, matrix.length),
  });
  for (const [key, hit] of Object.entries(bare)) {
    hits[key] = hit;
    const f = layout.fields.find((x) => x.key === key)!;
    notes.push(
      `${f.label}：第 ${hit.row + 1} 行 ${columnLetter(hit.col)} 列的“${hit.text}”前面没有写“${f.label}”，按${f.label}读入，请核对`,
    );
  }
  const fields = Object.fromEntries(layout.fields.map((f) => [f.key, hits[f.key]?.value ?? '']));

  if (errors.length > 0) return { data: null, errors };
  const data: AnnexData = { annex: layout.id, fields, rows };

  /** "文件“x”第 5 行 D 列（…）：problem" for a problem in a row of `data` (or the row's name when the file lacks it). */
  const placed = (index: number, key: string, problem: string) => {
    const excelRow = excelRows[index] ?? -1;
    return excelRow < 0
      ? `${file}${rowName(layout, data, index)} · ${columnPath(layout, key)}${problem}`
      : `${file}第 ${excelRow + 1} 行 ${columnLetter(pos(key))} 列（${columnPath(layout, key)}）：${problem}`;
  };
  // A file of some months only (附件1/5): 已整改 ≤ 隐患 holds on running totals from the first month, so
  // from the first month the file lacks on, a month may rectify hazards found in months it does not
  // hold. Those rows are checked cell by cell only; a 已整改 above 隐患 there is said, not refused.
  const gapAt = layout.rows.kind === 'months' ? excelRows.indexOf(-1) : -1;
  const checked =
    gapAt < 0
      ? validateAnnex(layout, data)
      : [
          ...validateAnnex(layout, { ...data, rows: data.rows.slice(0, gapAt) }),
          ...validateAnnex({ ...layout, fields: [], rules: [] }, { ...data, rows: data.rows.slice(gapAt) }),
        ];
  const unchecked: string[] = [];
  if (gapAt >= 0) {
    const same = new Set(checked.map((e) => `${e.target}|${e.message}`));
    for (const e of validateAnnex({ ...layout, fields: [] }, data)) {
      const index = data.rows.findIndex((x) => x.id === e.rowId);
      if (index < gapAt || !e.column || same.has(`${e.target}|${e.message}`)) continue;
      const lacking = lackingRows(layout, {
        data: { ...data, rows: data.rows.slice(0, index) },
        sourceRows: excelRows.slice(0, index),
      });
      unchecked.push(
        `${placed(index, e.column, e.problem ?? e.message)}。文件里没有${lacking.join('、')}的数字，已整改可能包括此前发现的隐患，没有算作错误，请核对`,
      );
    }
  }

  // The same checks as the form: cell types, enum values, 已整改 ≤ 隐患. An empty required cell is
  // not an import error (the form shows it; a half-filled draft must survive export → import).
  for (const e of checked) {
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
    errors.push({ message: placed(index, e.column, e.problem ?? e.message) });
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
  const imported = { data, sourceRows: excelRows };
  if (layout.rows.kind === 'months') {
    const lacking = lackingRows(layout, imported);
    if (lacking.length)
      notes.push(
        `文件里只有${heldRows(layout, imported).join('、')}的数字；${lacking.join('、')}导入后是空行`,
      );
  }
  notes.push(...unchecked);
  // 附件1/5: the file's own 累计 against the months it holds (the form recomputes it).
  const differ =
    fileTotal && layout.rows.kind === 'months' ? totalMismatch(layout, data.rows, fileTotal.cells) : [];
  if (fileTotal && differ.length)
    notes.push(
      `第 ${fileTotal.row + 1} 行（${totalLabel(layout)}）与文件里${heldRows(layout, imported).join('、')}之和不一致：${differ.join('；')}。导入后按各月重新计算，不用文件里的${totalLabel(layout)}`,
    );
  return { data, errors: [], notes, sourceRows: excelRows, fileTotal, columns: match.columns, unchecked };
}

/** The names of the rows a file held ("5月", "7月"), in table order. */
export function heldRows(layout: AnnexLayout, imported: { data: AnnexData; sourceRows: readonly number[] }) {
  return imported.data.rows.flatMap((_, i) =>
    (imported.sourceRows[i] ?? -1) >= 0 ? [rowName(layout, imported.data, i)] : [],
  );
}

/** The names of the rows the import added because the file lacks them (附件1/5: months before or between the file's months). */
export function lackingRows(
  layout: AnnexLayout,
  imported: { data: AnnexData; sourceRows: readonly number[] },
) {
  return imported.data.rows.flatMap((_, i) =>
    (imported.sourceRows[i] ?? -1) < 0 ? [rowName(layout, imported.data, i)] : [],
  );
}

/**
 * Where a file's own 累计/合计 disagrees with the sum of the rows it holds: one text per numeric column
 * whose total was typed and differs, "企业自查自纠情况 · 自查企业（家）写的是 9，各月相加是 5".
 * Rows the file did not have are empty, so they add nothing.
 */
export function totalMismatch(
  layout: AnnexLayout,
  rows: readonly AnnexData['rows'][number][],
  typed: Readonly<Record<string, string>>,
): string[] {
  const sums = totals(layout, rows);
  const each = layout.rows.kind === 'months' ? '各月' : '各行';
  return leafColumns(layout)
    .filter(isNumeric)
    .filter((c) => {
      const t = (typed[c.key] ?? '').trim();
      return t !== '' && codecs[c.type].sum!([t]) !== sums[c.key];
    })
    .map((c) => `${columnPath(layout, c.key)}写的是 ${typed[c.key]!.trim()}，${each}相加是 ${sums[c.key]}`);
}
