import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { emptyAnnex, setField } from './data';
import { samples } from './fixtures/samples';
import { headerGrid } from './layout';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { type SheetModel, toSheet } from './sheet';
import { readXlsx } from './xlsx-read';
import {
  excelDate,
  exportFileName,
  exportXlsx,
  exportXlsxBytes,
  sheetToWriteExcelFile,
  headerLines,
  textUnits,
  wrappedLines,
  XLSX_MIME,
} from './xlsx-write';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const filled = samples(layouts);
const ids = ['annex1', 'annex2', 'annex3', 'annex4', 'annex5'] as const;

const range = (r: number, c: number, rowSpan: number, colSpan: number) =>
  XLSX.utils.encode_range({ s: { r, c }, e: { r: r + rowSpan - 1, c: c + colSpan - 1 } });
const modelMerges = (m: SheetModel) => m.merges.map((x) => range(x.row, x.col, x.rowSpan, x.colSpan)).sort();

async function written(id: (typeof ids)[number]) {
  const layout = layouts[id];
  const data = filled[id];
  const bytes = await exportXlsxBytes(layout, data);
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name]!);
  return {
    layout,
    data,
    bytes,
    wb,
    ws,
    model: toSheet(layout, data),
    sheetXml: xml('xl/worksheets/sheet1.xml'),
    stylesXml: xml('xl/styles.xml'),
    workbookXml: xml('xl/workbook.xml'),
  };
}

/** The style (cellXfs entry, font, border) of a cell, from the raw XML. */
function styleOf(sheetXml: string, stylesXml: string, ref: string) {
  const s = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)?.[1] ?? -1);
  const section = (tag: string) =>
    new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(stylesXml)?.[1] ?? '';
  const items = (tag: string, inner: string) =>
    inner.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g')) ?? [];
  const xf = items('xf', section('cellXfs'))[s] ?? '';
  const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(xf)?.[1] ?? 0);
  return {
    xf,
    font: items('font', section('fonts'))[attr('fontId')] ?? '',
    border: items('border', section('borders'))[attr('borderId')] ?? '',
  };
}

describe('sheetToWriteExcelFile (pure mapping)', () => {
  const model = toSheet(layouts.annex1, filled.annex1);
  const { data, sheetOptions, options } = sheetToWriteExcelFile(model);

  it('title: bold 16 pt, centred, merged across the table', () => {
    expect(data[0]![0]).toMatchObject({
      value: '安全生产隐患排查整治调度表',
      type: String,
      fontWeight: 'bold',
      fontSize: 16,
      align: 'center',
      columnSpan: 18,
    });
    expect(data[0]!.slice(1).every((c) => c === null)).toBe(true);
  });

  it('field lines: left-aligned, no borders', () => {
    expect(data[1]![0]).toMatchObject({ value: '填报单位：某县应急管理局', align: 'left', columnSpan: 9 });
    expect(data[1]![0]).not.toHaveProperty('borderStyle');
    expect(data[1]![9]).toMatchObject({ value: '填报日期：2025-07-20' });
  });

  it('header cells: bold, centred both ways, wrapped, thin borders; merges as rowSpan/columnSpan with null underneath', () => {
    expect(data[2]![0]).toMatchObject({
      value: '月份',
      rowSpan: 2,
      fontWeight: 'bold',
      align: 'center',
      alignVertical: 'center',
      wrap: true,
      borderStyle: 'thin',
    });
    expect(data[3]![0]).toBeNull();
    expect(data[2]![1]).toMatchObject({ value: '企业自查自纠情况', columnSpan: 5 });
    expect(data[2]!.slice(2, 6)).toEqual([null, null, null, null]);
    expect(data[3]![11]).toMatchObject({
      value: '责令停产整顿/\n关闭取缔\n（家）',
      fontWeight: 'bold',
      borderStyle: 'thin',
    });
  });

  it('header rows are taller (wrapped Chinese headers), data rows at least 20 pt', () => {
    const height = (r: number) =>
      Math.max(...data[r]!.map((c) => (c && typeof c === 'object' && 'height' in c ? (c.height ?? 0) : 0)));
    expect(height(2)).toBeGreaterThanOrEqual(30);
    // 责令停产整顿/关闭取缔（家） needs three lines in a 12-character column.
    expect(height(3)).toBeGreaterThanOrEqual(45);
    expect(height(4)).toBeGreaterThanOrEqual(20);
  });

  it('counts are Number cells, labels and totals bordered, the total row bold', () => {
    expect(data[4]![0]).toMatchObject({ value: '5月', type: String, borderStyle: 'thin', align: 'center' });
    expect(data[4]![1]).toMatchObject({ value: 12, type: Number, borderStyle: 'thin' });
    expect(data[4]![1]).not.toHaveProperty('format');
    expect(data[7]![0]).toMatchObject({ value: '累计', fontWeight: 'bold', borderStyle: 'thin' });
    expect(data[7]![1]).toMatchObject({ value: 30, type: Number, fontWeight: 'bold' });
  });

  it('sheet options: name, widths, frozen title+fields+header rows, landscape; 宋体 11', () => {
    expect(sheetOptions).toEqual({
      sheet: '附件1',
      columns: model.columnWidths.map((width) => ({ width })),
      stickyRowsCount: 4,
      orientation: 'landscape',
    });
    expect(options).toEqual({ fontFamily: '宋体', fontSize: 11 });
  });

  it('money: Number with format 0.00; dates: Date at UTC midnight with yyyy-mm-dd; text always String', () => {
    const m5 = sheetToWriteExcelFile(toSheet(layouts.annex5, filled.annex5)).data;
    const moneyCol = 12;
    expect(m5[5]![moneyCol]).toMatchObject({ value: 12.5, type: Number, format: '0.00' });
    const m2 = sheetToWriteExcelFile(toSheet(layouts.annex2, filled.annex2)).data;
    const date = m2[3]![1] as { value: Date; type: unknown; format: string };
    expect(date.type).toBe(Date);
    expect(date.format).toBe('yyyy-mm-dd');
    expect(date.value.getTime()).toBe(Date.UTC(2025, 5, 3));
    expect(m2[3]![8]).toMatchObject({ value: '=SUM(A1)', type: String });
    expect(m2[3]![7]).toMatchObject({ value: '-3 天', type: String });
    expect(m2[4]![8]).toMatchObject({ value: '@复查', type: String });
    expect(m2[3]![0]).toMatchObject({ value: 1, type: Number });
  });

  it('notes: left-aligned, wrapped, merged across', () => {
    const m3 = toSheet(layouts.annex3, filled.annex3);
    const d3 = sheetToWriteExcelFile(m3).data;
    const noteRow = d3.findIndex((row) =>
      String((row[0] as { value?: unknown } | null)?.value ?? '').startsWith('备注'),
    );
    expect(d3[noteRow]![0]).toMatchObject({ align: 'left', wrap: true, columnSpan: 9 });
  });

  it('helpers: CJK counts double, wrapped lines, UTC-midnight dates', () => {
    expect(textUnits('已整改（条）')).toBe(12);
    expect(textUnits('0356-1')).toBe(6);
    expect(wrappedLines('责令停产整顿/关闭取缔（家）', 12)).toBe(3);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });

  it('header cells break before the unit, never inside it (附件1 "已整改（" / "条）")', async () => {
    expect(headerLines('已整改（条）', 8)).toBe('已整改\n（条）');
    expect(headerLines('一般隐患', 8)).toBe('一般隐患');
    expect(headerLines('月份', 9)).toBe('月份');
    expect(headerLines('举报一般隐患（条）', 14)).toBe('举报一般隐患\n（条）');
    expect(headerLines('责令停产整顿/关闭取缔（家）', 14)).toBe('责令停产整顿/\n关闭取缔\n（家）');
    expect(headerLines('曝光/约谈/联合惩戒企业（家）', 14)).toBe('曝光/约谈/\n联合惩戒企业\n（家）');
    // A group header spanning several columns fits on one line and is left alone.
    expect(headerLines('企业自查自纠情况', 40)).toBe('企业自查自纠情况');
    const book = XLSX.read(await exportXlsxBytes(layouts.annex1, filled.annex1), { type: 'array' });
    const ws = book.Sheets[book.SheetNames[0]!]!;
    const units = Object.entries(ws)
      .filter(([ref, cell]) => /^[A-Z]+4$/.test(ref) && typeof cell?.v === 'string')
      .map(([, cell]) => String(cell.v));
    expect(units).toHaveLength(17);
    // Every unit is whole on its own line.
    for (const text of units) expect(text.split('\n').at(-1)).toMatch(/^（[家条]）$/);
    expect(excelDate('2025-07-01').toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });
});

// Literal ranges of the official tables (content/source/plan.md), as Excel names them.
const officialMerges: Record<(typeof ids)[number], string[]> = {
  // 附件1 and 附件5 end with the site's 备注（本站理解） on the 累计 of 家 columns, one merged row.
  annex1: ['A1:R1', 'A2:I2', 'J2:R2', 'A3:A4', 'B3:F3', 'G3:N3', 'O3:R3', 'A9:I9', 'J9:R9', 'A10:R10'],
  annex2: ['A1:I1', 'A2:E2', 'F2:I2', 'A7:E7', 'F7:I7'],
  annex3: ['A1:I1', 'A5:I5'],
  // 附件4 has no 填报 lines above the table: title, header (rows 2–3), 应急管理局 over two rows, 合计, 备注, 填表人 · 联系电话.
  annex4: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'A4:A5', 'A6:B6', 'A7:G7', 'A8:D8', 'E8:G8'],
  annex5: [
    'A1:N1',
    'A2:G2',
    'H2:N2',
    'A3:A5',
    'B3:D3',
    'B4:B5',
    'C4:C5',
    'D4:D5',
    'E3:H3',
    'E4:F4',
    'G4:H4',
    'I3:K3',
    'I4:I5',
    'J4:J5',
    'K4:K5',
    'L3:N3',
    'L4:L5',
    'M4:M5',
    'N4:N5',
    'A10:G10',
    'H10:N10',
    // 备注（本站理解） on the 累计 of 家 columns (src/lib/table/month-total-reading.ts).
    'A11:N11',
  ],
};
const officialHeaders: Record<(typeof ids)[number], Record<string, string>> = {
  annex1: {
    A3: '月份',
    B3: '企业自查自纠情况',
    B4: '自查企业（家）',
    D4: '已整改（条）',
    G3: '部门督查检查情况',
    L4: '责令停产整顿/关闭取缔（家）',
    O3: '群众举报情况',
    R4: '已整改（条）',
  },
  annex2: { A3: '序号', B3: '检查时间', F3: '问题隐患描述', I3: '备注' },
  annex3: {
    A1: '晋城市某某（集团）有限公司有限空间管理台账（参考）',
    A2: '序号',
    G2: '作业形式',
    I2: '审批责任人',
  },
  annex4: {
    A1: '晋城市重点行业领域有限空间作业场所统计表',
    A2: '监管部门',
    B2: '行业领域',
    E2: '有限空间风险等级',
    E3: '高（处）',
    G3: '低（处）',
    A4: '应急管理局',
    A6: '合计',
    A7: '备注：有限空间风险等级按照高、中、低3类填写。',
    A8: '填表人：孙七',
    E8: '联系电话：0356-7654321',
  },
  annex5: {
    A3: '月份',
    E3: '培训情况',
    E4: '部门组织',
    E5: '参训企业数',
    G4: '企业组织',
    H5: '参训人数',
    M4: '处罚金额（万元）',
    L3: '行政处罚情况',
  },
};

describe.each(ids)('%s written with write-excel-file, read back with SheetJS', (id) => {
  it('title in A1, header texts where the header grid puts them, merges exactly as the SheetModel', async () => {
    const { layout, ws, model } = await written(id);
    expect(ws.A1?.v).toBe(model.rows[0]![0]!.value);
    for (const cell of headerGrid(layout as AnnexLayout)) {
      // The words of the header exactly; only line breaks are added (headerLines).
      const v = ws[XLSX.utils.encode_cell({ r: model.headerStart + cell.row, c: cell.col })]?.v;
      expect(String(v).replace(/\n/g, '')).toBe(cell.text);
    }
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
    expect(merges).toEqual(modelMerges(model));
    expect(merges).toEqual([...officialMerges[id]].sort());
    // The words exactly; a header may carry line breaks (before its unit), see headerLines.
    for (const [ref, text] of Object.entries(officialHeaders[id]))
      expect(String(ws[ref]?.v).replace(/\n/g, ''), ref).toBe(text);
  });

  it('frozen rows, landscape A4, column widths in the sheet XML', async () => {
    const { sheetXml, model } = await written(id);
    const pane = /<pane\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
    expect(pane).toContain(`ySplit="${model.frozenRows}"`);
    expect(pane).toContain('state="frozen"');
    const setup = /<pageSetup\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('paperSize="9"');
    expect(sheetXml).toContain(`<col min="1" max="1" width="${model.columnWidths[0]}" customWidth="1"/>`);
  });

  it('prints on one page width with the title and header repeated on every page', async () => {
    const { sheetXml, workbookXml, model, wb } = await written(id);
    expect(sheetXml).toMatch(/<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    const setup = /<pageSetup\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${model.name}'!$1:$${model.frozenRows}</definedName>`,
    );
    expect(wb.SheetNames).toEqual([model.name]);
  });

  it('header cells bold, centred, wrapped, with thin borders; title bold without borders', async () => {
    const { sheetXml, stylesXml, model } = await written(id);
    const ref = XLSX.utils.encode_cell({ r: model.headerStart, c: 0 });
    const header = styleOf(sheetXml, stylesXml, ref);
    expect(header.font).toContain('<b/>');
    expect(header.border).toMatch(/<left style="thin">[\s\S]*<bottom style="thin">/);
    expect(header.xf).toMatch(/<alignment horizontal="center" vertical="center" wrapText="1"\/>/);
    const title = styleOf(sheetXml, stylesXml, 'A1');
    expect(title.font).toContain('<b/>');
    expect(title.font).toContain('<sz val="16"/>');
    expect(title.border).not.toContain('thin');
    // A merged-away header cell carries the border too, so the merged box is closed.
    const lastCol = XLSX.utils.encode_cell({
      r: model.headerStart + model.headerRows - 1,
      c: model.columnWidths.length - 1,
    });
    expect(styleOf(sheetXml, stylesXml, lastCol).border).toContain('thin');
  });
});

describe('values in the written file', () => {
  it('text that looks like a formula is a string cell, never a formula', async () => {
    const { ws, sheetXml } = await written('annex2');
    expect(ws.I4).toMatchObject({ t: 's', v: '=SUM(A1)' });
    expect(ws.I4?.f).toBeUndefined();
    expect(ws.H4).toMatchObject({ t: 's', v: '-3 天' });
    expect(ws.I5).toMatchObject({ t: 's', v: '@复查' });
    expect(ws.F6).toMatchObject({ t: 's', v: '+1 处配电箱未接地' });
    expect(sheetXml).not.toContain('<f>');
  });

  it('counts and money are numbers; money shows two decimals', async () => {
    const { ws } = await written('annex5');
    expect(ws.B6).toMatchObject({ t: 'n', v: 4 });
    expect(ws.M6).toMatchObject({ t: 'n', v: 12.5, z: '0.00', w: '12.50' });
    expect(ws.M9).toMatchObject({ t: 'n', v: 15.55 }); // 累计 12.5 + 3 + 0.05
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai'])('dates keep their calendar day in %s', async (tz) => {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      // The time zone really changed for this process.
      expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(tz === 'Asia/Shanghai' ? -480 : 480);
      const { ws, layout, bytes } = await written('annex2');
      // 2025-06-03 is Excel day 45811 (1900 date system).
      expect(ws.B4).toMatchObject({ t: 'n', v: 45811, z: 'yyyy-mm-dd', w: '2025-06-03' });
      expect(ws.G4).toMatchObject({ v: 45838, w: '2025-06-30' });
      const back = await readXlsx(layout, bytes, '附件2.xlsx');
      expect(back.data?.rows.map((r) => r.cells['check-date'])).toEqual([
        '2025-06-03',
        '2025-06-18',
        '2025-07-01',
      ]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('exportXlsx', () => {
  it('returns an .xlsx Blob (ZIP) in Node too', async () => {
    const blob = await exportXlsx(layouts.annex4, emptyAnnex(layouts.annex4));
    expect(blob.type).toBe(XLSX_MIME);
    const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
    expect([...head]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('loads write-excel-file and SheetJS only through dynamic import()', () => {
    for (const [file, lib] of [
      ['xlsx-write.ts', 'write-excel-file'],
      ['xlsx-read.ts', '@e965/xlsx'],
    ] as const) {
      const source = readFileSync(path.join(__dirname, file), 'utf-8');
      expect(source).not.toMatch(new RegExp(`^import (?!type )[^;]*'${lib}`, 'm'));
      expect(source).toContain(`import('${lib}`);
    }
  });
});

describe('exportFileName', () => {
  const today = '2025-08-03';
  it('附件N_<name>_<填报单位>_<month of 填报日期>.xlsx', () => {
    expect(exportFileName(layouts.annex1, filled.annex1, today)).toBe(
      '附件1_安全生产隐患排查整治调度表_某县应急管理局_2025-07.xlsx',
    );
    expect(exportFileName(layouts.annex2, filled.annex2, today)).toBe(
      '附件2_2025年重大事故隐患清单_某县应急管理局_2025-07.xlsx',
    );
    expect(exportFileName(layouts.annex5, filled.annex5, today, 'csv')).toBe(
      '附件5_有限空间作业排查整治攻坚行动月报表_某县应急管理局_2025-07.csv',
    );
  });

  it('falls back to today when the 填报日期 is empty or not a date; leaves out an empty unit', () => {
    const bad = setField(filled.annex1, 'date', '七月');
    expect(exportFileName(layouts.annex1, bad, today)).toBe(
      '附件1_安全生产隐患排查整治调度表_某县应急管理局_2025-08.xlsx',
    );
    expect(exportFileName(layouts.annex1, emptyAnnex(layouts.annex1), today)).toBe(
      '附件1_安全生产隐患排查整治调度表_2025-08.xlsx',
    );
  });

  it('附件3 takes the enterprise name; characters illegal in file names are removed', () => {
    expect(exportFileName(layouts.annex3, filled.annex3, today)).toBe(
      '附件3_有限空间管理台账_晋城市某某（集团）有限公司_2025-08.xlsx',
    );
    const odd = setField(filled.annex1, 'unit', ' 某县/应急:管理局*?"<>|\u0001\\ ');
    expect(exportFileName(layouts.annex1, odd, today)).toBe(
      '附件1_安全生产隐患排查整治调度表_某县应急管理局_2025-07.xlsx',
    );
  });
});
