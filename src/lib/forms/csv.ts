import Papa from 'papaparse';
import type { AnnexLayout, Column } from '../../schemas/annex-layout';
import { type AnnexData, rowLabel, totalLabel, totals } from './data';
import { leafColumns } from './layout';
import { flatHeaders, type ImportResult, matrixToAnnex } from './import';
import { parseCount, parseDate, parseMoneyCents } from './values';

/**
 * CSV of an annex: the data rows (and the 累计/合计 row), one header line whose names carry their
 * groups ("企业自查自纠情况·重大隐患（条）") and are unique ("企业自查自纠情况·一般隐患已整改（条）", see
 * flatHeaders). No 填报 fields: CSV is for data.
 */

/** Cents → the shortest text: 1250 → "12.5", 1200 → "12". */
const centsShort = (cents: number) => {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0
    ? String(whole)
    : rest % 10 === 0
      ? `${whole}.${rest / 10}`
      : `${whole}.${String(rest).padStart(2, '0')}`;
};

/** A cell for CSV: numbers and dates normalised when they parse, anything else as typed. */
function csvValue(c: Column, text: string): string {
  if (c.type === 'count') {
    const n = parseCount(text);
    return typeof n === 'number' ? String(n) : text;
  }
  if (c.type === 'money') {
    const cents = parseMoneyCents(text);
    return typeof cents === 'number' ? centsShort(cents) : text;
  }
  if (c.type === 'date') {
    const d = parseDate(text);
    return typeof d === 'string' ? d : text;
  }
  return text;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (so does text that already looks neutralised). */
export function neutralise(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(layout: AnnexLayout, data: AnnexData): string {
  const cols = leafColumns(layout);
  const r = layout.rows;
  const lines: string[][] = [flatHeaders(layout)];
  data.rows.forEach((row, index) => {
    lines.push(
      cols.map((c) => {
        if (c.type === 'serial') return String(index + 1);
        if (c.type === 'row-label')
          return r.kind === 'fixed' && c.key === r.groupColumn ? r.groupValue : rowLabel(layout, data, index);
        return csvValue(c, row.cells[c.key] ?? '');
      }),
    );
  });
  const label = totalLabel(layout);
  if (label) {
    const sums = totals(layout, data.rows);
    lines.push(
      cols.map((c, i) => (i === 0 ? label : sums[c.key] !== undefined ? csvValue(c, sums[c.key]!) : '')),
    );
  }
  return Papa.unparse(
    lines.map((line) => line.map(neutralise)),
    { newline: '\r\n', quotes: false },
  );
}

/** UTF-8 with BOM, so Excel (Chinese Windows) opens it as UTF-8 and not as GBK. */
export function csvBytes(csv: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(csv);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** CSV bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK — what Excel on Chinese Windows saves). */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) return new TextDecoder('utf-8').decode(u8);
  if (u8[0] === 0xff && u8[1] === 0xfe) return new TextDecoder('utf-16le').decode(u8);
  if (u8[0] === 0xfe && u8[1] === 0xff) return new TextDecoder('utf-16be').decode(u8);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(u8);
  } catch {
    return new TextDecoder('gb18030').decode(u8);
  }
}

/** Reads an annex from CSV bytes (our CSV, or a table saved as CSV from Excel/WPS). */
export function parseCsv(
  layout: AnnexLayout,
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
): ImportResult {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const utf16 = (u8[0] === 0xff && u8[1] === 0xfe) || (u8[0] === 0xfe && u8[1] === 0xff);
  if (
    (u8[0] === 0x50 && u8[1] === 0x4b) ||
    (u8[0] === 0xd0 && u8[1] === 0xcf) ||
    (!utf16 && u8.includes(0))
  ) {
    return { data: null, errors: [{ message: `文件“${fileName}”无法读取：不是 CSV 文本文件` }] };
  }
  const text = decodeCsvBytes(u8);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return matrixToAnnex(layout, parsed.data, fileName);
}
