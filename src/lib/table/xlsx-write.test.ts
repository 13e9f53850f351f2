import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hazards } from './fixtures/tables';
import { tableSheet } from './sheet';
import { checkSheetNames, workbookBytes } from './xlsx-write';

const sheet = (name: string, rows: Record<string, string>[]) =>
  tableSheet({ name, title: `${name}清单`, table: hazards, rows });

describe('workbookBytes: several styled sheets in one call', () => {
  it('writes every sheet with its own frozen header, print titles and A4 landscape setup', async () => {
    const a = sheet('检查项', [{ no: '1', place: '料仓', found: '2025-06-03', cost: '2.5', people: '3' }]);
    const b = sheet('隐患', [
      { no: '1', place: '煤气柜' },
      { no: '2', place: '=A1' },
    ]);
    const files = unzipSync(await workbookBytes([a, b]));
    const book = strFromU8(files['xl/workbook.xml']!);
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'检查项'!$1:$${a.frozenRows}</definedName>`,
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'隐患'!$1:$${b.frozenRows}</definedName>`,
    );
    for (const i of [1, 2]) {
      const xml = strFromU8(files[`xl/worksheets/sheet${i}.xml`]!);
      expect(xml).toContain('fitToWidth="1"');
      expect(xml).toContain('orientation="landscape"');
      expect(xml).toMatch(new RegExp(`<pane\\b[^>]*ySplit="${a.frozenRows}"`));
    }
    const wb = XLSX.read(await workbookBytes([a, b]), { type: 'array', cellNF: true });
    expect(wb.SheetNames).toEqual(['检查项', '隐患']);
    const ws1 = wb.Sheets['检查项']!;
    expect(ws1.A1?.v).toBe('检查项清单');
    expect(ws1.D4).toMatchObject({ t: 'n', v: 2.5, z: '0.00' });
    expect(ws1.C4?.t).toBe('n'); // a date: Excel's day number with a date format
    expect(XLSX.SSF.is_date(String(ws1.C4?.z))).toBe(true);
    expect(wb.Sheets['隐患']!.B5).toMatchObject({ t: 's', v: '=A1' });
    expect(wb.Sheets['隐患']!.B5?.f).toBeUndefined();
  });

  it('refuses names Excel would refuse, saying which', async () => {
    expect(() => checkSheetNames([sheet('a', []), sheet('A', [])])).toThrow('工作表名“A”重复');
    expect(() => checkSheetNames([sheet('a/b', [])])).toThrow('工作表名“a/b”不可用');
    await expect(workbookBytes([])).rejects.toThrow('至少要有一个工作表');
  });
});
