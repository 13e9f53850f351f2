import type { CellObject, Options, SheetData, SheetOptions } from 'write-excel-file/universal';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { readTypedDate, ymdToUtcDate } from '../common/dates';
import type { AnnexData } from './data';
import { type SheetCell, type SheetModel, toSheet } from './sheet';

/**
 * Writes a workbook of one or more sheets as an .xlsx file styled like the official tables
 * (write-excel-file): borders, merged headers, frozen header, A4 landscape one page wide, title and
 * header repeated on every printed page, numbers as numbers, dates as dates.
 *
 * `sheetToWriteExcelFile` and `workbookBytesWith` are pure and synchronous; `workbookBytes` loads
 * write-excel-file's layout step and fflate lazily (the same modules run in the browser, in the
 * site's workbook worker and in Node).
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

/**
 * A header text laid out for a column `width` characters wide: when it does not fit on one line,
 * the unit goes on its own line ("已整改\n（条）", never "已整改（" / "条）") and the words before it
 * break after a "/" ("责令停产整顿/\n关闭取缔\n（家）"). Only line breaks are added: the words are
 * the header's own.
 */
export function headerLines(text: string, width: number): string {
  if (text.includes('\n') || wrappedLines(text, width) <= 1) return text;
  const m = /^(.+?)(（[^（）]*）)$/.exec(text);
  const [head, unit] = m ? [m[1]!, m[2]!] : [text, ''];
  const usable = Math.max(1, width - 1);
  const lines: string[] = [];
  for (const part of head.split(/(?<=\/)/)) {
    const last = lines.length - 1;
    if (last >= 0 && textUnits(lines[last]! + part) <= usable) lines[last] += part;
    else lines.push(part);
  }
  return [...lines, ...(unit ? [unit] : [])].join('\n');
}

/** The model with header texts broken as `headerLines` does, for the widths of their columns. */
function withHeaderLines(model: SheetModel): SheetModel {
  const spans = new Map<string, number>();
  for (const m of model.merges) spans.set(`${m.row},${m.col}`, m.colSpan);
  const widthAt = (c: number, span: number) =>
    model.columnWidths.slice(c, c + span).reduce((a, b) => a + b, 0);
  return {
    ...model,
    rows: model.rows.map((row, r) =>
      row.map((cell, c) =>
        cell.kind === 'header' && typeof cell.value === 'string'
          ? { ...cell, value: headerLines(cell.value, widthAt(c, spans.get(`${r},${c}`) ?? 1)) }
          : cell,
      ),
    ),
  };
}

/** A YYYY-MM-DD date as a Date at UTC midnight: write-excel-file turns `getTime()` into Excel's day number, so every time zone gets the same day. */
export const excelDate = ymdToUtcDate;

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
    const ymd = readTypedDate(value);
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
export function sheetToWriteExcelFile(sheet: SheetModel): WriteExcelFileInput {
  const model = withHeaderLines(sheet);
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
 * What write-excel-file cannot set, patched into a sheet's XML so the table prints like the paper
 * form: fit all columns on the width of one A4 landscape page, narrow margins, and repeat the title
 * and header rows on every printed page (Print_Titles, one per sheet, by its 0-based `index`).
 * Pure: XML text in, XML text out.
 */
export function printSetupXml(
  sheetXml: string,
  workbookXml: string,
  model: SheetModel,
  index = 0,
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
  const title = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escaped}'!$1:$${model.frozenRows}</definedName>`;
  const workbook = workbookXml.includes(`name="_xlnm.Print_Titles" localSheetId="${index}"`)
    ? workbookXml
    : workbookXml.includes('</definedNames>')
      ? workbookXml.replace('</definedNames>', `${title}</definedNames>`)
      : workbookXml.replace('</sheets>', `</sheets><definedNames>${title}</definedNames>`);
  return { sheetXml: sheet, workbookXml: workbook };
}

/** Sheet names Excel accepts: unique (case-insensitive), ≤ 31 characters, none of []:*?/\. */
export function checkSheetNames(sheets: readonly SheetModel[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new Error(`工作表名“${name}”不可用：最多 31 个字符，不能含 [ ] : * ? / \\`);
    if (seen.has(name.toLowerCase())) throw new Error(`工作表名“${name}”重复`);
    seen.add(name.toLowerCase());
  }
}

/** What `workbookBytesWith` needs from write-excel-file and fflate (both loaded lazily by `workbookBytes`). */
export interface WorkbookLibraries {
  generate: typeof import('write-excel-file/xlsx-contents').default;
  zipSync: typeof import('fflate').zipSync;
  strToU8: typeof import('fflate').strToU8;
}

/**
 * A workbook of one or more sheets as .xlsx bytes, every sheet styled like the annexes. Synchronous:
 * write-excel-file lays out the XML parts, the print setup is patched in, fflate's `zipSync` zips them.
 * Never fflate's asynchronous `zip`, which starts `blob:` workers the site's CSP refuses (issue 16).
 * Large tables run this inside the site's own worker (`buildWorkbook` in workbook-client.ts).
 */
export function workbookBytesWith(
  sheets: readonly SheetModel[],
  { generate, zipSync, strToU8 }: WorkbookLibraries,
): Uint8Array<ArrayBuffer> {
  if (sheets.length === 0) throw new Error('工作簿至少要有一个工作表');
  checkSheetNames(sheets);
  const inputs = sheets.map(sheetToWriteExcelFile);
  const parts =
    inputs.length === 1
      ? generate(inputs[0]!.data, inputs[0]!.sheetOptions, inputs[0]!.options)
      : generate(
          inputs.map((i) => ({ data: i.data, ...i.sheetOptions })),
          inputs[0]!.options,
        );
  const text: Record<string, string> = {};
  for (const [path, content] of Object.entries(parts)) {
    if (typeof content !== 'string') throw new Error(`工作簿中的“${path}”不是文本，无法生成`);
    text[path] = content;
  }
  const bookPath = 'xl/workbook.xml';
  let workbookXml = text[bookPath] ?? '';
  sheets.forEach((model, index) => {
    const sheetPath = `xl/worksheets/sheet${index + 1}.xml`;
    if (text[sheetPath] === undefined || !workbookXml) return;
    const patched = printSetupXml(text[sheetPath], workbookXml, model, index);
    text[sheetPath] = patched.sheetXml;
    workbookXml = patched.workbookXml;
  });
  if (workbookXml) text[bookPath] = workbookXml;
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(text)) files[path] = strToU8(content);
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** Loads write-excel-file's layout function and fflate (once; both stay out of the page's first load). */
export async function workbookLibraries(): Promise<WorkbookLibraries> {
  const [{ default: generate }, { zipSync, strToU8 }] = await Promise.all([
    import('write-excel-file/xlsx-contents'),
    import('fflate'),
  ]);
  return { generate, zipSync, strToU8 };
}

/**
 * A workbook as .xlsx bytes on the calling thread (Node, the unit tests, the site's workbook worker).
 * Pages call `buildWorkbook` (workbook-client.ts), which runs this off the main thread.
 */
export async function workbookBytes(sheets: readonly SheetModel[]): Promise<Uint8Array<ArrayBuffer>> {
  return workbookBytesWith(sheets, await workbookLibraries());
}

/** A filled annex form as .xlsx bytes (one sheet). */
export const exportXlsxBytes = (layout: AnnexLayout, data: AnnexData) =>
  workbookBytes([toSheet(layout, data)]);

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
  const fieldDate = dateField ? readTypedDate(data.fields[dateField.key] ?? '') : undefined;
  const month = (typeof fieldDate === 'string' ? fieldDate : (readTypedDate(today) ?? today)).slice(0, 7);
  const parts = [
    layout.number ? `附件${layout.number}` : '',
    clean(layout.fileName),
    unit,
    clean(month),
  ].filter((p) => p !== '');
  return `${parts.join('_')}.${ext}`;
}
