import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvBytes, toCsv } from '../csv';
import { samples } from '../fixtures/samples';
import { importAnnexFile, isCsvFile } from './file';
import { loadLayoutsFromFiles } from '../load-layouts-node';
import { exportXlsxBytes } from '../xlsx-write';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../../..'));
const data = samples(layouts);

describe('reading the file a user picked', () => {
  it('goes by the file name: .csv as CSV, anything else as a spreadsheet', async () => {
    expect(isCsvFile('附件2.CSV')).toBe(true);
    expect(isCsvFile('附件2.xlsx')).toBe(false);
    const csv = await importAnnexFile(
      layouts.annex2,
      csvBytes(toCsv(layouts.annex2, data.annex2)),
      '附件2.csv',
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data!.rows).toHaveLength(data.annex2.rows.length);
    const xlsx = await importAnnexFile(
      layouts.annex2,
      await exportXlsxBytes(layouts.annex2, data.annex2),
      '附件2.xlsx',
    );
    expect(xlsx.errors).toEqual([]);
    expect(xlsx.data!.fields).toEqual(data.annex2.fields);
  });

  it('a CSV saved under another name is not taken for a spreadsheet', async () => {
    const result = await importAnnexFile(
      layouts.annex2,
      csvBytes(toCsv(layouts.annex2, data.annex2)),
      '附件2.txt',
    );
    expect(result.data).toBeNull();
    expect(result.errors[0]!.message).toBe('文件“附件2.txt”无法读取：不是 Excel 文件（.xlsx/.xls）');
  });
});
