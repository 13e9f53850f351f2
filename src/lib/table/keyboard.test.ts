import { describe, expect, it } from 'vitest';
import { nextCell, offersNewRow, type Move } from './keyboard';

const at = (over: Partial<Move>): Move => ({
  key: 'ArrowDown',
  shift: false,
  row: 1,
  col: 1,
  rows: 3,
  cols: 4,
  caretAtStart: true,
  caretAtEnd: true,
  multiline: false,
  ...over,
});

describe('moving between cells with the keyboard', () => {
  it('arrows and Enter move like a spreadsheet, within the table', () => {
    expect(nextCell(at({ key: 'ArrowDown' }))).toEqual({ row: 2, col: 1 });
    expect(nextCell(at({ key: 'ArrowUp' }))).toEqual({ row: 0, col: 1 });
    expect(nextCell(at({ key: 'Enter' }))).toEqual({ row: 2, col: 1 });
    expect(nextCell(at({ key: 'Enter', shift: true }))).toEqual({ row: 0, col: 1 });
    expect(nextCell(at({ key: 'ArrowRight' }))).toEqual({ row: 1, col: 2 });
    expect(nextCell(at({ key: 'ArrowLeft', col: 0 }))).toBeNull();
    expect(nextCell(at({ key: 'ArrowDown', row: 2 }))).toBeNull();
  });
  it('left/right move the caret inside text until its edge', () => {
    expect(nextCell(at({ key: 'ArrowRight', caretAtEnd: false }))).toBeNull();
    expect(nextCell(at({ key: 'ArrowLeft', caretAtStart: false }))).toBeNull();
  });
  it('multi-line text keeps up/down/Enter', () => {
    expect(nextCell(at({ key: 'Enter', multiline: true }))).toBeNull();
    expect(nextCell(at({ key: 'ArrowUp', multiline: true }))).toBeNull();
    expect(nextCell(at({ key: 'Tab' }))).toBeNull();
  });
});

describe('Enter in the last row offers a new row', () => {
  it('only Enter, only in the last row, not in a multi-line box', () => {
    expect(offersNewRow(at({ key: 'Enter', row: 2 }))).toBe(true);
    expect(nextCell(at({ key: 'Enter', row: 2 }))).toBeNull();
    expect(offersNewRow(at({ key: 'Enter', row: 1 }))).toBe(false);
    expect(offersNewRow(at({ key: 'Enter', row: 2, shift: true }))).toBe(false);
    expect(offersNewRow(at({ key: 'Enter', row: 2, multiline: true }))).toBe(false);
    expect(offersNewRow(at({ key: 'ArrowDown', row: 2 }))).toBe(false);
  });
});
