import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { emptyAnnex } from './data';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { enterpriseCountColumns, monthTotalNote, monthTotalReading } from './month-total-reading';
import { toSheet } from './sheet';
import { sheetToTsv } from './sheet-view';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const keys = (l: AnnexLayout) => enterpriseCountColumns(l).map((c) => c.key);

describe('enterpriseCountColumns: the 家 columns, from the layout', () => {
  it('附件1: the five 家 columns, none of the 条 columns', () => {
    expect(keys(layouts.annex1)).toEqual([
      'self-enterprises',
      'dept-enterprises',
      'dept-suspended',
      'dept-exposed',
      'dept-accountability',
    ]);
  });

  it('附件5: 参训企业数 (unit 家 in the YAML, no 家 in the header) counts too', () => {
    expect(keys(layouts.annex5)).toEqual([
      'self-enterprises',
      'dept-train-enterprises',
      'ent-train-enterprises',
      'help-enterprises',
      'penalty-enterprises',
      'penalty-suspended',
    ]);
  });

  it('no months, no 累计 of months: 附件2, 3 and 4 (合计 of 行业领域) are not flagged', () => {
    for (const id of ['annex2', 'annex3', 'annex4'] as const) {
      expect(keys(layouts[id]), id).toEqual([]);
      expect(monthTotalReading(layouts[id]), id).toBeNull();
    }
  });

  it('follows the YAML: a column whose unit becomes 条 is no longer named', () => {
    const changed: AnnexLayout = {
      ...layouts.annex1,
      columns: layouts.annex1.columns.map((c) => (c.key === 'dept-enterprises' ? { ...c, unit: '条' } : c)),
    };
    expect(keys(changed)).not.toContain('dept-enterprises');
    expect(monthTotalReading(changed)).not.toContain('督查企业（家）');
  });
});

describe('monthTotalReading and the 备注 in the sheet', () => {
  it('names each 家 column, says months are added and that the plan does not say', () => {
    const text = monthTotalReading(layouts.annex1)!;
    expect(text).toMatch(/^累计一行的自查企业（家）、督查企业（家）、责令停产整顿\/关闭取缔（家）/);
    expect(text).toContain('是各月数字相加');
    expect(text).toContain('同一企业在几个月都计入的，每个月各计一次');
    expect(text).toContain('方案没有规定');
    expect(text).not.toContain('一般隐患');
  });

  it('a header printed twice is told apart by its group', () => {
    const text = monthTotalReading(layouts.annex5)!;
    expect(text).toContain('参训企业数（部门组织）、参训企业数（企业组织）');
  });

  it('the 附件1 sheet (Excel, print, copied text) ends with the 备注（本站理解）, after the 填报人 line', () => {
    const sheet = toSheet(layouts.annex1, emptyAnnex(layouts.annex1));
    const last = sheet.rows.at(-1)!;
    expect(last[0]).toEqual({ value: monthTotalNote(layouts.annex1), kind: 'note' });
    expect(String(last[0]!.value)).toMatch(/^备注（本站理解）：累计一行的自查企业（家）/);
    expect(sheet.rows.at(-2)![0]!.value).toMatch(/^填报人：/);
    expect(sheetToTsv(sheet)).toContain('备注（本站理解）：');
  });

  it('附件2 and 附件4 sheets carry no such 备注 (附件4 keeps only the plan’s own)', () => {
    for (const id of ['annex2', 'annex4'] as const) {
      const sheet = toSheet(layouts[id], emptyAnnex(layouts[id]));
      const notes = sheet.rows.filter((r) => r[0]!.kind === 'note').map((r) => String(r[0]!.value));
      expect(notes.join('\n'), id).not.toContain('本站理解');
      expect(notes, id).toEqual(layouts[id].notes);
    }
  });
});
