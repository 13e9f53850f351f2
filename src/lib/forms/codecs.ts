import type { Column, ColumnType } from '../../schemas/annex-layout';
import { dateToYmd, excelSerialToDate, readTypedDate } from '../dates';
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

const count: Codec = {
  problem: (t) => (typeof parseCount(t) === 'number' ? null : '必须是不小于 0 的整数'),
  sheet: (t) => {
    const n = parseCount(t);
    return typeof n === 'number' ? { value: n } : blankOr(t);
  },
  fromCell: fromCellWith((n) => numberText(n, 0)),
  sum: sumOf(parseCount, String),
};

const money: Codec = {
  problem: (t) => (typeof parseMoneyCents(t) === 'number' ? null : '必须是不小于 0 的数，最多两位小数'),
  sheet: (t) => {
    const cents = parseMoneyCents(t);
    return typeof cents === 'number' ? { value: cents / 100, money: true } : blankOr(t);
  },
  fromCell: fromCellWith((n) => numberText(n, 2)),
  sum: sumOf(parseMoneyCents, centsToText),
};

const date: Codec = {
  problem: (t) => (typeof readTypedDate(t) === 'string' ? null : '必须是日期，例如 2025-06-30'),
  sheet: (t) => {
    const d = readTypedDate(t);
    return typeof d === 'string' ? { value: d, date: true } : blankOr(t);
  },
  fromCell: fromCellWith((n) => excelSerialToDate(n) ?? String(n)),
};

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
  text,
  enum: enumCodec,
  serial,
  'row-label': text,
};

/** The codec of a column, or of a 填报 field (date fields read dates, others text). */
export const codecOf = (type: ColumnType | 'tel') => (type === 'tel' ? text : codecs[type]);

/** The message for one cell's text, or null when it is fine (`required` decides about empty text). */
export function cellProblem(c: Pick<Column, 'type' | 'required' | 'options'>, value: string): string | null {
  const t = value ?? '';
  if (t.trim() === '') return c.required ? '不能为空' : null;
  return codecs[c.type].problem(t, c);
}

/** Columns a user types numbers into that are summed in 累计/合计. */
export const isNumeric = (c: Pick<Column, 'type'>) => codecs[c.type].sum !== undefined;
