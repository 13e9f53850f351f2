import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annexDraftStore } from './annex-draft';
import { csvBytes, parseCsv, toCsv } from './csv';
import { addRow, emptyAnnex, setCell, setField } from './data';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { formLabel } from './layout';
import { sheetToTsv } from './sheet-view';
import { toSheet } from './sheet';
import { validateAnnex } from './validate-annex';
import { readXlsx } from './xlsx-read';
import { exportFileName, exportXlsxBytes } from './xlsx-write';
import { memoryStorage } from '../browser/memory-storage';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(__dirname, 'fixtures/extra-forms');

/** content/annexes/ plus the fixture layout, in a temporary project root. */
function rootWithExtraForm(edit?: (yaml: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jc76-forms-'));
  cpSync(path.join(root, 'content/annexes'), path.join(dir, 'content/annexes'), { recursive: true });
  const text = readFileSync(path.join(fixtures, 'hazard-ledger.yaml'), 'utf-8');
  writeFileSync(path.join(dir, 'content/annexes/hazard-ledger.yaml'), edit ? edit(text) : text);
  return dir;
}

describe('a layout file dropped into content/annexes/ is a working form', () => {
  const layouts = loadLayoutsFromFiles(rootWithExtraForm());
  const layout = layouts['hazard-ledger']!;

  it('its id is the file name; the plan annexes stay as they were', () => {
    expect(Object.keys(layouts)).toEqual(['annex1', 'annex2', 'annex3', 'annex4', 'annex5', 'hazard-ledger']);
    expect(layout.id).toBe('hazard-ledger');
    expect(layout.number).toBeUndefined();
    expect(formLabel(layout)).toBe('隐患整改台账');
  });

  it('fill, check, autosave, export .xlsx and CSV, import both back, copy as text', async () => {
    let data = setField(emptyAnnex(layout), 'enterprise', '某钢铁公司');
    data = setField(data, 'date', '2025-07-01');
    data = addRow(layout, data);
    const [a, b] = data.rows.map((r) => r.id) as [string, string];
    data = setCell(data, a, 'place', '高炉风口');
    data = setCell(data, a, 'level', '重大');
    data = setCell(data, a, 'found', '2025/6/3');
    data = setCell(data, a, 'cost', '12.5');
    data = setCell(data, a, 'people', '4');
    data = setCell(data, b, 'place', '煤气柜');
    data = setCell(data, b, 'level', '较大');
    expect(validateAnnex(layout, data).map((e) => e.message)).toEqual(['第 2 行 · 等级只能填一般、重大之一']);
    data = setCell(data, b, 'level', '一般');
    expect(validateAnnex(layout, data, { forExport: true }).map((e) => e.message)).toEqual([
      '填表人不能为空',
    ]);
    data = setField(data, 'filler', '王五');

    const storage = memoryStorage();
    expect(annexDraftStore(storage, layout.id, 'A').save(data).status).toBe('saved');
    expect(annexDraftStore(storage, layout.id, 'B').load()).toMatchObject({ status: 'loaded', data });

    const model = toSheet(layout, data);
    expect(model.name).toBe('隐患整改台账');
    expect(model.rows[0]![0]!.value).toBe('某钢铁公司隐患整改台账（测试用）');
    expect(sheetToTsv(model).split('\n')).toContain('1\t高炉风口\t重大\t2025-06-03\t12.50\t4');

    const strip = (d: typeof data | null) => d && { ...d, rows: d.rows.map(({ id: _id, ...r }) => r) };
    const expected = strip(setCell(data, a, 'found', '2025-06-03'));
    const fromXlsx = await readXlsx(layout, await exportXlsxBytes(layout, data), 'a.xlsx');
    expect(fromXlsx.errors).toEqual([]);
    expect(strip(fromXlsx.data)).toEqual(expected);
    const fromCsv = parseCsv(layout, csvBytes(toCsv(layout, data)), 'a.csv');
    expect(fromCsv.errors).toEqual([]);
    expect(strip(fromCsv.data)?.rows).toEqual(expected!.rows);
    expect(exportFileName(layout, data, '2025-07-02')).toBe('隐患整改台账_某钢铁公司_2025-07.xlsx');
  });

  it('another form’s file is refused by name', async () => {
    const other = await exportXlsxBytes(layouts.annex2, emptyAnnex(layouts.annex2));
    const r = await readXlsx(layout, other, '附件2.xlsx');
    expect(r.errors[0]!.message).toMatch(
      /^文件“附件2.xlsx”不是隐患整改台账《XX隐患整改台账（测试用）》：找不到表头/,
    );
  });
});

describe('every key a layout refers to is checked when content is loaded (as at build time)', () => {
  const errorOf = (edit: (yaml: string) => string) => {
    try {
      loadLayoutsFromFiles(rootWithExtraForm(edit));
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  const file = '内容文件 content/annexes/hazard-ledger.yaml 第 1 项（id: hazard-ledger）';

  it('a header naming a column that does not exist, and the column left out of the header', () => {
    const message = errorOf((t) => t.replace('- column: cost', '- column: costs'));
    expect(message).toContain(`${file}字段 header[3].children[1].column：表头引用了不存在的列 costs`);
    expect(message).toContain(`${file}字段 columns[4].key：列 cost 不在表头中`);
  });

  it('rules, rows, titleField and duplicate keys', () => {
    expect(errorOf((t) => `${t}rules:\n  - { kind: not-greater, column: people, than: place }\n`)).toContain(
      `${file}字段 rules[0].than：规则引用的列 place 类型是 text，应为 count`,
    );
    expect(errorOf((t) => t.replace('serialColumn: serial', 'serialColumn: place'))).toContain(
      `${file}字段 rows.serialColumn：行模型引用的列 place 类型是 text，应为 serial`,
    );
    expect(errorOf((t) => t.replace('titleField: enterprise', 'titleField: company'))).toContain(
      `${file}字段 titleField：标题字段引用了不存在的字段 company`,
    );
    expect(errorOf((t) => t.replace('key: filler', 'key: date'))).toContain(
      `${file}字段 fields[2].key：键 date 重复`,
    );
  });

  it('an id written in the file must be its file name', () => {
    expect(errorOf((t) => `id: annex9\n${t}`)).toBe(
      '内容文件 content/annexes/hazard-ledger.yaml：id（annex9）应与文件名相同，或者不写 id',
    );
  });
});
