import type { AnnexLayout } from '../../schemas/annex-layout';
import { columnLetter, findTable, heldRows, type SheetMatrix, totalMismatch } from '../table/import';
import { formLabel, isEditable, leafColumns } from '../table/layout';
import { monthLabel } from '../table/values';
import { sheetsToAnnex } from '../table/xlsx-read';

/**
 * One file a county bureau received, read for the 汇总 of an annex: our export or the official layout
 * typed in Excel/WPS (.xlsx, .xls, CSV in UTF-8 or GBK) through the table layer, or — for 附件1 — a
 * self-check file (.json) an enterprise exported. Reading never throws: whatever is wrong becomes a
 * problem in Chinese naming the file, sheet, row and column, and the file is then left out.
 */

/** One month a file fills (附件1/5): the month (YYYY-MM), the spreadsheet row (1-based; 0 = a self-check) and its cells. */
export interface MonthPart {
  month: string;
  row: number;
  cells: Record<string, string>;
}

/** One row of a 附件2 file: its spreadsheet row (1-based) and its cells. */
export interface RowPart {
  row: number;
  cells: Record<string, string>;
}

export interface ReceivedFile {
  /** Position in the drop (stable id for choices). */
  id: string;
  fileName: string;
  /** 'annex': a table of this annex; 'self-check' / 'register': an enterprise's self-check or 隐患台账 file (附件1 only). */
  source: 'annex' | 'self-check' | 'register';
  /** 填报单位 (a self-check: its 企业名称); the file name without extension when the file has none. */
  unit: string;
  unitFromFileName: boolean;
  /** 填报日期 / 填报时间 as written (a self-check: its 检查日期). */
  date: string;
  /** The sheet the table was read from, when the workbook has several. */
  sheet: string;
  /** 附件1/5: the months filled (blank months are not here; see notices). */
  months: MonthPart[];
  /** 附件2: the rows. */
  rows: RowPart[];
  /** Errors: the file is left out until fixed. */
  problems: string[];
  /** Set when the file is another annex (or not an annex at all): says which; the file is left out. */
  other: string | null;
  /** Things said about a file that still counts (its own 累计 disagreeing with its months, blank months…). */
  notices: string[];
}

export const isMonthly = (layout: AnnexLayout) => layout.rows.kind === 'months';

const stem = (fileName: string) => fileName.replace(/\.[^.]+$/, '').trim();
const fullMonth = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

/** The campaign's months of a monthly layout: firstMonth..lastMonth (lastMonth may be absent: no upper bound). */
export function monthRange(layout: AnnexLayout): { first: string; last: string | null } | null {
  return layout.rows.kind === 'months'
    ? { first: layout.rows.firstMonth, last: layout.rows.lastMonth ?? null }
    : null;
}

/** "月份应在2025年5月至2025年12月之间" for a month outside the campaign, else null. */
export function monthOutside(layout: AnnexLayout, month: string): string | null {
  const range = monthRange(layout);
  if (!range) return null;
  if (month >= range.first && (range.last === null || month <= range.last)) return null;
  const span = range.last
    ? `${fullMonth(range.first)}至${fullMonth(range.last)}`
    : `${fullMonth(range.first)}起`;
  return `${fullMonth(month)}不在本表的月份范围（${span}）内`;
}

export function emptyFile(id: string, fileName: string, source: ReceivedFile['source']): ReceivedFile {
  return {
    id,
    fileName,
    source,
    unit: '',
    unitFromFileName: false,
    date: '',
    sheet: '',
    months: [],
    rows: [],
    problems: [],
    other: null,
    notices: [],
  };
}

/**
 * The 填报单位 as the page and the 来源文件 sheet show it: the file's own, or — when no 填报单位 line was
 * found — the file name, said so: "乙镇5月（没找到填报单位，取自文件名）".
 */
export const unitShown = (file: ReceivedFile) =>
  file.unitFromFileName ? `${file.unit}（没找到填报单位，取自文件名）` : file.unit;

export function finishUnit(file: ReceivedFile): ReceivedFile {
  if (!file.unit) {
    file.unit = stem(file.fileName);
    file.unitFromFileName = true;
  }
  return file;
}

/** A file the browser could not read at all (moved or deleted after it was picked…): listed, left out. */
export function unreadableFile(fileName: string, id: string, message: string): ReceivedFile {
  return finishUnit({
    ...emptyFile(id, fileName, 'annex'),
    problems: [`文件“${fileName}”无法读取（${message}）；请重新选择这个文件`],
  });
}

/** When no sheet holds this annex: says which other annex the file is, or null. */
function otherAnnex(
  layout: AnnexLayout,
  others: readonly AnnexLayout[],
  sheets: readonly SheetMatrix[],
  fileName: string,
): string | null {
  const hit = others.find((o) => o.id !== layout.id && sheets.some((s) => findTable(o, s.matrix).found));
  return hit
    ? `文件“${fileName}”是${formLabel(hit)}《${hit.title}》，不是${formLabel(layout)}《${layout.title}》，未计入；请把它放到${formLabel(hit)}的汇总里`
    : null;
}

/**
 * Reads one spreadsheet file (its sheets from readSheets, or readSheets' error) as this annex.
 * `others`: the other annex layouts, to say "this is 附件3" rather than "header not found".
 */
export function readReceivedFile(
  layout: AnnexLayout,
  read: { sheets: SheetMatrix[] } | { error: string },
  fileName: string,
  id: string,
  others: readonly AnnexLayout[] = [],
): ReceivedFile {
  const file = emptyFile(id, fileName, 'annex');
  if ('error' in read) return finishUnit({ ...file, problems: [read.error] });
  const imported = sheetsToAnnex(layout, read.sheets, fileName);
  if (!imported.data) {
    const other = otherAnnex(layout, others, read.sheets, fileName);
    if (other) return finishUnit({ ...file, other });
    return finishUnit({ ...file, problems: imported.errors.map((e) => e.message) });
  }
  const data = imported.data;
  file.sheet = imported.sheetName ?? '';
  file.unit = (data.fields.unit ?? '').trim();
  file.date = (data.fields.date ?? '').trim();
  const where = `文件“${fileName}”${file.sheet ? `工作表“${file.sheet}”` : ''}`;
  const sourceRows = imported.sourceRows ?? [];
  const editable = leafColumns(layout).filter(isEditable);
  const blank = (cells: Record<string, string>) => editable.every((c) => (cells[c.key] ?? '').trim() === '');

  if (layout.rows.kind === 'months') {
    const model = layout.rows;
    const at = imported.columns?.[model.labelColumn];
    const monthCol = at === undefined ? '' : columnLetter(at);
    const emptyMonths: string[] = [];
    data.rows.forEach((row, i) => {
      // A month the file does not hold (before or between its months) is no part of it.
      if ((sourceRows[i] ?? -1) < 0) return;
      const excelRow = sourceRows[i]! + 1;
      const month = row.month!;
      const outside = monthOutside(layout, month);
      if (outside) {
        file.problems.push(
          `${where}第 ${excelRow} 行${monthCol ? ` ${monthCol} 列` : ''}（月份）：${outside}`,
        );
        return;
      }
      if (blank(row.cells)) emptyMonths.push(monthLabel(month, model.baseYear));
      else file.months.push({ month, row: excelRow, cells: row.cells });
    });
    if (emptyMonths.length) file.notices.push(`${emptyMonths.join('、')}一行没有填写数字，未计入`);
    if (file.problems.length === 0 && file.months.length === 0)
      file.problems.push(`${where}：表格里没有填写任何月份的数字`);
    // 已整改 above 隐患 after a month the file lacks: said, the file still counts (the 汇总 checks its sum).
    file.notices.push(...(imported.unchecked ?? []));
    // The file's own 累计: never used (recomputed from the months), but said when it disagrees with the
    // months the file holds.
    const own = imported.fileTotal;
    const differ = own ? totalMismatch(layout, data.rows, own.cells) : [];
    if (own && differ.length)
      file.notices.push(
        `${where}第 ${own.row + 1} 行（${model.totalLabel}）与文件里${heldRows(layout, { data, sourceRows }).join('、')}之和不一致：${differ.join('；')}。汇总按各月重新计算，不用文件里的${model.totalLabel}`,
      );
  } else {
    data.rows.forEach((row, i) => {
      if (blank(row.cells)) return;
      const excelRow = (sourceRows[i] ?? -1) + 1;
      file.rows.push({ row: excelRow, cells: row.cells });
    });
    if (file.rows.length === 0) file.problems.push(`${where}：表格里没有任何一行`);
  }
  return finishUnit(file);
}

/** 附件1's 企业自查自纠情况 columns: what an enterprise's own file (自查, 隐患台账) fills. */
const SELF_COUNT_COLUMNS = {
  checked: 'self-enterprises',
  general: 'self-general',
  generalFixed: 'self-general-fixed',
  major: 'self-major',
  majorFixed: 'self-major-fixed',
} as const;

/** Whether a form has the 企业自查自纠情况 months an enterprise's own file counts in (附件1). */
export function takesOwnFiles(layout: AnnexLayout): boolean {
  const columns = new Set(leafColumns(layout).map((c) => c.key));
  return layout.rows.kind === 'months' && Object.values(SELF_COUNT_COLUMNS).every((k) => columns.has(k));
}

/** An enterprise's own file dropped on another form: listed as another file, left out. */
export const notForThisForm = (layout: AnnexLayout, file: ReceivedFile, what: string) =>
  finishUnit({
    ...file,
    other: `文件“${file.fileName}”是${what}，只能计入附件1《安全生产隐患排查整治调度表》的企业自查自纠情况，未计入${formLabel(layout)}`,
  });

/** One month of an enterprise's own file: its 企业自查自纠情况 counts, every other cell of the form blank. */
export function selfCountCells(
  layout: AnnexLayout,
  counts: Record<keyof typeof SELF_COUNT_COLUMNS, number>,
): Record<string, string> {
  const cells = Object.fromEntries(
    leafColumns(layout)
      .filter(isEditable)
      .map((c) => [c.key, '']),
  );
  for (const [name, key] of Object.entries(SELF_COUNT_COLUMNS))
    cells[key] = String(counts[name as keyof typeof SELF_COUNT_COLUMNS]);
  return cells;
}
