import type { CellObject, Options, SheetData, SheetOptions } from 'write-excel-file/universal';
import type { AnnexLayout } from '../../schemas/annex-layout';
import type { AnnexData } from './data';
import { type SheetCell, type SheetModel, toSheet } from './sheet';
import { parseDate } from './values';

/**
 * Writes an annex as an .xlsx file that looks like the official table (write-excel-file).
 *
 * `sheetToWriteExcelFile` is pure and synchronous; `exportXlsx` / `exportXlsxBytes` load
 * write-excel-file lazily (its `universal` entry: the same module runs in the browser and in Node,
 * produces a Blob, and pulls no Node-only code into the browser build).
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What write-excel-file is called with: `writeExcelFile(data, sheetOptions, options)`. */
export interface WriteExcelFileInput {
  data: SheetData;
  sheetOptions: SheetOptions<Blob>;
  options: Options<Blob>;
}

const FONT_FAMILY = '宋体';
const FONT_SIZE = 11;
/** Points per wrapped line of 11 pt text. */
const LINE = 15;
const THIN = { borderStyle: 'thin', borderColor: '#000000' } as const;

/** Width of a text in Excel "characters": CJK and full-width characters count as two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    units += cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x115f) ? 2 : 1;
  }
  return units;
}

/** How many lines a wrapped text takes in a cell `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

/** A YYYY-MM-DD date as a Date at UTC midnight: write-excel-file turns `getTime()` into Excel's day number, so every time zone gets the same day. */
export function excelDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function cellObject(cell: SheetCell): CellObject {
  const { value } = cell;
  const center = { align: 'center', alignVertical: 'center' } as const;
  const base: CellObject = {};
  switch (cell.kind) {
    case 'title':
      Object.assign(base, { fontWeight: 'bold', fontSize: 16 }, center);
      break;
    case 'field':
      Object.assign(base, { align: 'left', alignVertical: 'center' });
      break;
    case 'note':
      Object.assign(base, { align: 'left', alignVertical: 'top', wrap: true });
      break;
    case 'header':
      Object.assign(base, { fontWeight: 'bold', wrap: true }, center, THIN);
      break;
    case 'label':
      Object.assign(base, { wrap: true }, center, THIN);
      break;
    case 'total':
      Object.assign(base, { fontWeight: 'bold', wrap: true }, center, THIN);
      break;
    case 'data':
      Object.assign(
        base,
        THIN,
        { alignVertical: 'center' },
        typeof value === 'number' || cell.date ? { align: 'center' } : { align: 'left', wrap: true },
      );
      break;
  }
  if (value === null || value === '') return { ...base, type: String, value: undefined };
  if (typeof value === 'number')
    return { ...base, type: Number, value, ...(cell.money ? { format: '0.00' } : {}) };
  if (cell.date) {
    const ymd = parseDate(value);
    if (typeof ymd === 'string') return { ...base, type: Date, value: excelDate(ymd), format: 'yyyy-mm-dd' };
  }
  // Every text is a String cell: text starting with = + - @ stays text, never a formula.
  return { ...base, type: String, value };
}

/** Row heights (points) so wrapped Chinese headers, long labels and notes stay readable. */
function rowHeights(model: SheetModel): number[] {
  const widths = model.columnWidths;
  const spanWidth = (col: number, colSpan: number) =>
    widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of model.merges) spans.set(`${m.row},${m.col}`, { rowSpan: m.rowSpan, colSpan: m.colSpan });
  return model.rows.map((row, r) => {
    const kind = row.find((c) => c.value !== null)?.kind ?? row[0]?.kind ?? 'data';
    let min = 20;
    if (kind === 'title') return 36;
    if (kind === 'field') min = 24;
    if (kind === 'header') min = 30;
    let need = 0;
    row.forEach((cell, c) => {
      if (typeof cell.value !== 'string' || cell.kind === 'title' || cell.kind === 'field') return;
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      const lines = wrappedLines(cell.value, spanWidth(c, span.colSpan));
      need = Math.max(need, (lines * LINE + 8) / span.rowSpan);
    });
    return Math.min(120, Math.max(min, Math.ceil(need)));
  });
}

/** The SheetModel as write-excel-file's sheet data and options (pure). */
export function sheetToWriteExcelFile(model: SheetModel): WriteExcelFileInput {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of model.merges) {
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rowSpan, colSpan: m.colSpan });
    for (let r = m.row; r < m.row + m.rowSpan; r++) {
      for (let c = m.col; c < m.col + m.colSpan; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
    }
  }
  const heights = rowHeights(model);
  const data: SheetData = model.rows.map((row, r) =>
    row.map((cell, c) => {
      // Merged-away cells must be null; write-excel-file copies the style of the merged cell onto them (borders).
      if (covered.has(`${r},${c}`)) return null;
      const obj = cellObject(cell);
      const span = spans.get(`${r},${c}`);
      if (span && span.colSpan > 1) obj.columnSpan = span.colSpan;
      if (span && span.rowSpan > 1) obj.rowSpan = span.rowSpan;
      obj.height = heights[r];
      return obj;
    }),
  );
  return {
    data,
    sheetOptions: {
      sheet: model.name,
      columns: model.columnWidths.map((width) => ({ width })),
      stickyRowsCount: model.frozenRows,
      // write-excel-file writes <pageSetup paperSize="9"> (A4) together with the orientation.
      orientation: 'landscape',
    },
    options: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE },
  };
}

/**
 * What write-excel-file cannot set, patched into the sheet's XML so the table prints like the
 * paper form: fit all columns on the width of one A4 landscape page, narrow margins, and repeat
 * the title and header rows on every printed page (Print_Titles). Pure: XML text in, XML text out.
 */
export function printSetupXml(
  sheetXml: string,
  workbookXml: string,
  model: SheetModel,
): { sheetXml: string; workbookXml: string } {
  let sheet = sheetXml
    .replace(
      /<pageMargins [^>]*\/>/,
      '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>',
    )
    .replace(
      /<pageSetup ([^>]*?)\/>/,
      (_, attrs: string) =>
        `<pageSetup ${attrs.replace(/\s*fitTo(Width|Height)="\d+"/g, '')} fitToWidth="1" fitToHeight="0"/>`,
    );
  if (!/<sheetPr[\s>]/.test(sheet))
    sheet = sheet.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const escaped = model.name.replace(/'/g, "''");
  const titles = `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${escaped}'!$1:$${model.frozenRows}</definedName></definedNames>`;
  const workbook = workbookXml.includes('<definedNames>')
    ? workbookXml
    : workbookXml.replace('</sheets>', `</sheets>${titles}`);
  return { sheetXml: sheet, workbookXml: workbook };
}

/** The annex as .xlsx bytes (loads write-excel-file on first use; works in Node and browsers). */
export async function exportXlsxBytes(
  layout: AnnexLayout,
  data: AnnexData,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const model = toSheet(layout, data);
  const input = sheetToWriteExcelFile(model);
  const written = new Uint8Array(
    await (await writeExcelFile(input.data, input.sheetOptions, input.options).toBlob()).arrayBuffer(),
  );
  const files = unzipSync(written);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const bookPath = 'xl/workbook.xml';
  if (!files[sheetPath] || !files[bookPath]) return written;
  const patched = printSetupXml(strFromU8(files[sheetPath]), strFromU8(files[bookPath]), model);
  files[sheetPath] = strToU8(patched.sheetXml);
  files[bookPath] = strToU8(patched.workbookXml);
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** The annex as an .xlsx Blob for download. */
export async function exportXlsx(layout: AnnexLayout, data: AnnexData): Promise<Blob> {
  return new Blob([await exportXlsxBytes(layout, data)], { type: XLSX_MIME });
}

// ---- File names ----

const ILLEGAL = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const clean = (text: string) =>
  text
    .replace(ILLEGAL, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');

/**
 * `附件1_安全生产隐患排查整治调度表_<填报单位>_<YYYY-MM>.xlsx`: the month from the 填报日期 field
 * when it is a valid date, else from `today` (YYYY-MM-DD); the unit from field `unit` (附件3: the
 * title field, 企业名称), left out when empty. Characters Windows forbids in file names are removed.
 */
export function exportFileName(
  layout: AnnexLayout,
  data: AnnexData,
  today: string,
  ext: 'xlsx' | 'csv' = 'xlsx',
): string {
  const unitKey = layout.fields.some((f) => f.key === 'unit') ? 'unit' : layout.titleField;
  const unit = clean(unitKey ? (data.fields[unitKey] ?? '') : '').slice(0, 60);
  const dateField = layout.fields.find((f) => f.type === 'date');
  const fieldDate = dateField ? parseDate(data.fields[dateField.key] ?? '') : undefined;
  const month = (typeof fieldDate === 'string' ? fieldDate : (parseDate(today) ?? today)).slice(0, 7);
  const parts = [`附件${layout.number}`, clean(layout.fileName), unit, clean(month)].filter((p) => p !== '');
  return `${parts.join('_')}.${ext}`;
}
