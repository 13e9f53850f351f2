import type { ColumnType } from '../../../schemas/annex-layout';
import { codecOf } from '../codecs';

export { columnLetter, normHeader } from '../text';

/** A matrix as read from a sheet: row 0 = spreadsheet row 1, column 0 = column A. */
export type Matrix = unknown[][];

export const cellAt = (matrix: Matrix, r: number, c: number): unknown => matrix[r]?.[c];

export const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A cell value as the text a user would have typed, read by the column type's codec: integers
 * without decimals, money in its shortest form (12.5 → "12.5"), dates → YYYY-MM-DD; 'field' for
 * 填报 fields that are not dates.
 */
export const cellText = (value: unknown, type: ColumnType | 'field'): string =>
  codecOf(type === 'field' ? 'text' : type).fromCell(value);
