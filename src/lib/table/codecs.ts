import type { Column, ColumnType } from '../../schemas/annex-layout';
import { dateToYmd, excelSerialToDate, readTypedDate } from '../common/dates';
import { centsToText, numberText, parseCount, parseMoneyCents } from './values';

/**
 * One codec per column type: everything the site does with a cell's typed text goes through here
 * (the form's checks, the sheet's values for Excel/print/copy, the CSV, reading a cell back from a
 * spreadsheet, the 累计/合计 sums). Cells keep the text the user typed; codecs only read it.
 */

/** A cell's value in the sheet model: numbers as numbers, dates flagged, else the text. */
export interface SheetValue {
  value: string | number | null;
  date?: boolean;
  money?: boolean;
}

export interface Codec {
  /** The message for a typed text that is not of this type (empty text is checked by `required`), or null. */
  problem(text: string, column: Pick<Column, 'options'>): string | null;
  /** The value the sheet (Excel, print, copy-as-text, CSV) shows for the typed text. */
  sheet(text: string): SheetValue;
  /** A spreadsheet cell (number, Date, text…) as the text a user would have typed. */
  fromCell(value: unknown): string;
  /** Numeric columns: the sum of the texts that parse, as text (累计/合计). */
  sum?(texts: readonly string[]): string;
}

const blankOr = (t: string): SheetValue => ({ value: t.trim() === '' ? null : t });

/** A text neutralised against formulas ("'=SUM(A1)") loses its apostrophe. */
export const unneutralise = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** The generic part of reading a cell back: empty, Date, boolean, text. Numbers go to `number`. */
const fromCellWith =
  (number: (n: number) => string) =>
  (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return dateToYmd(value) ?? '';
    if (typeof value === 'number') return Number.isFinite(value) ? number(value) : '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return unneutralise(String(value).trim());
  };

const text: Codec = {
  problem: () => null,
  sheet: (t) => ({ value: t === '' ? null : t }),
  fromCell: fromCellWith((n) => numberText(n, 10)),
};

const sumOf =
  (read: (t: string) => number | null | undefined, show: (n: number) => string) =>
  (texts: readonly string[]) =>
    show(
      texts.reduce((sum, t) => {
        const v = read(t);
        return typeof v === 'number' ? sum + v : sum;
      }, 0),
    );

/**
 * A number column: `read` takes the typed text (undefined when empty, null when not this kind of number),
 * `value` gives the sheet's value, `decimals` how a spreadsheet's number is written back, `show` a sum.
 */
const numeric = (
  read: (t: string) => number | null | undefined,
  problem: string,
  value: (n: number) => SheetValue,
  decimals: number,
  show: (n: number) => string,
): Codec => ({
  problem: (t) => (typeof read(t) === 'number' ? null : problem),
  sheet: (t) => {
    const n = read(t);
    return typeof n === 'number' ? value(n) : blankOr(t);
  },
  fromCell: fromCellWith((n) => numberText(n, decimals)),
  sum: sumOf(read, show),
});

const count = numeric(parseCount, '必须是不小于 0 的整数', (n) => ({ value: n }), 0, String);

const money = numeric(
  parseMoneyCents,
  '必须是不小于 0 的数，最多两位小数',
  (cents) => ({ value: cents / 100, money: true }),
  2,
  centsToText,
);

const date: Codec = {
  problem: (t) => (typeof readTypedDate(t) === 'string' ? null : '必须是日期，例如 2025-06-30'),
  sheet: (t) => {
    const d = readTypedDate(t);
    return typeof d === 'string' ? { value: d, date: true } : blankOr(t);
  },
  fromCell: fromCellWith((n) => excelSerialToDate(n) ?? String(n)),
};

/** Day numbers Excel shows as dates this site can mean (2000-01-01 … 2099-12-31); smaller numbers are typed numbers. */
const DATE_SERIALS = { from: 36_526, to: 73_050 };

/**
 * 整改时限 (附件2): a date, or words such as 立即整改 / 限期30日. A date stays a date cell in Excel;
 * words stay text. Only a text that looks like a date but is none (2025-13-01) is a problem.
 */
const dateOrText: Codec = {
  problem: (t) =>
    typeof readTypedDate(t) === 'string' || !looksLikeDate(t)
      ? null
      : '必须是日期（例如 2025-06-30）或文字（例如 立即整改、限期30日）',
  sheet: date.sheet,
  fromCell: fromCellWith((n) =>
    n >= DATE_SERIALS.from && n <= DATE_SERIALS.to ? (excelSerialToDate(n) ?? String(n)) : numberText(n, 10),
  ),
};

/** Digits with date separators only (2025-13-01, 2025/6/31, 2025年2月30日): meant as a date. */
export const looksLikeDate = (t: string) =>
  /^\s*(\d{8}|\d{2,4}\s*([-/.年月]\s*\d{1,2}\s*){1,2}[日号]?)\s*$/.test(t.normalize('NFKC'));

const enumCodec: Codec = {
  ...text,
  problem: (t, c) => (c.options!.includes(t.trim()) ? null : `只能填${c.options!.join('、')}之一`),
};

/** 序号: written by the site (1, 2, 3 …), read back as a whole number. */
const serial: Codec = {
  problem: () => null,
  sheet: (t) => {
    const n = parseCount(t);
    return typeof n === 'number' ? { value: n } : blankOr(t);
  },
  fromCell: fromCellWith((n) => numberText(n, 0)),
};

export const codecs: Record<ColumnType, Codec> = {
  count,
  money,
  date,
  'date-or-text': dateOrText,
  text,
  enum: enumCodec,
  serial,
  'row-label': text,
};

/** The codec of a column, or of a 填报 field (date fields read dates, others text). */
export const codecOf = (type: ColumnType | 'tel') => (type === 'tel' ? text : codecs[type]);

/** Excel keeps at most this many characters in a cell; a longer one makes Excel call the file damaged. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** The message for a text longer than a cell holds, or null. */
export const lengthProblem = (t: string) =>
  t.length > EXCEL_MAX_CELL_CHARS
    ? `有 ${t.length} 个字符，超过 Excel 单元格上限 ${EXCEL_MAX_CELL_CHARS} 个字符`
    : null;

/** The message for one cell's text, or null when it is fine (`required` decides about empty text). */
export function cellProblem(c: Pick<Column, 'type' | 'required' | 'options'>, value: string): string | null {
  const t = value ?? '';
  if (t.trim() === '') return c.required ? '不能为空' : null;
  return lengthProblem(t) ?? codecs[c.type].problem(t, c);
}

/** An enum column's alias (高风险) as its option (高); any other text unchanged. */
export const enumValue = (c: Pick<Column, 'aliases'>, text: string) => {
  const t = text.trim();
  return c.aliases?.[t] ?? c.aliases?.[t.normalize('NFKC').replace(/\s+/g, '')] ?? text;
};

/** Columns a user types numbers into that are summed in 累计/合计. */
export const isNumeric = (c: Pick<Column, 'type'>) => codecs[c.type].sum !== undefined;
