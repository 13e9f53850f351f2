import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnnexData, addRow, emptyAnnex, removeRow, setCell, setField } from './data';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { sheetCache, toSheet } from './sheet';
import { type ViewRowCache, sheetToHtmlRows, sheetToTsv } from './sheet-view';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));

describe('print view and tab-separated copy come from the same sheet', () => {
  it('the print table leaves out merged-away cells and keeps spans', () => {
    const s = toSheet(layouts.annex1, emptyAnnex(layouts.annex1));
    const rows = sheetToHtmlRows(s);
    expect(rows[0]).toHaveLength(1);
    expect(rows[0]![0]).toMatchObject({ value: '安全生产隐患排查整治调度表', colSpan: 18 });
    const header1 = rows[s.headerStart]!;
    expect(header1.map((c) => [c.value, c.rowSpan, c.colSpan])).toEqual([
      ['月份', 2, 1],
      ['企业自查自纠情况', 1, 5],
      ['部门督查检查情况', 1, 8],
      ['群众举报情况', 1, 4],
    ]);
    expect(rows[s.headerStart + 1]).toHaveLength(17);
  });

  it('the TSV has the values and the 累计 row', () => {
    let d = setField(emptyAnnex(layouts.annex1), 'unit', '阳城县应急管理局');
    d = addRow(layouts.annex1, d);
    d = setCell(d, d.rows[0]!.id, 'self-general', '2');
    d = setCell(d, d.rows[1]!.id, 'self-general', '3');
    const lines = sheetToTsv(toSheet(layouts.annex1, d)).split('\n');
    expect(lines[0]).toBe('安全生产隐患排查整治调度表');
    expect(lines[1]).toContain('填报单位：阳城县应急管理局');
    expect(lines).toContain('5月\t\t2');
    expect(lines).toContain('累计\t0\t5\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
  });
});

describe('the print table follows a long form row by row', () => {
  it('with caches, the same sheet and view as without; unchanged rows are not laid out again', () => {
    for (const id of ['annex1', 'annex2', 'annex4'] as const) {
      const layout = layouts[id];
      const cache = sheetCache();
      const views: ViewRowCache = new WeakMap();
      let d = emptyAnnex(layout);
      for (let i = 0; i < 5; i++) d = addRow(layout, d);
      const edits = [
        (x: AnnexData) => setCell(x, x.rows[0]!.id, Object.keys(x.rows[0]!.cells)[1]!, '7'),
        (x: AnnexData) => setCell(x, x.rows.at(-1)!.id, Object.keys(x.rows[0]!.cells)[0]!, '2025-06-30'),
        (x: AnnexData) => setField(x, layout.fields[0]!.key, '泽州县'),
        (x: AnnexData) => addRow(layout, x),
        (x: AnnexData) => removeRow(layout, x, x.rows[0]!.id),
      ];
      let before = toSheet(layout, d, cache);
      sheetToHtmlRows(before, views);
      for (const edit of edits) {
        const next = edit(d);
        const sheet = toSheet(layout, next, cache);
        expect(sheet).toEqual(toSheet(layout, next));
        expect(sheetToHtmlRows(sheet, views)).toEqual(sheetToHtmlRows(sheet));
        // A row that is the same object at the same place keeps its laid-out cells.
        next.rows.forEach((row, i) => {
          if (d.rows[i] === row)
            expect(sheet.rows[sheet.dataStart + i], `${id} row ${i}`).toBe(before.rows[before.dataStart + i]);
        });
        d = next;
        before = sheet;
      }
    }
  });
});
