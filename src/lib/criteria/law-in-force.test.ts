import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLawsInForce, lawsInForce } from './law-in-force';
import { loadCriteriaFromFiles, referenceDir } from './load-node';
import { quoteInClause } from './reference-text';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, referenceDir, file), 'utf-8');
const { documents } = loadCriteriaFromFiles(root);

describe('laws in force (content/references/documents.yaml inForce)', () => {
  it('takes each 施行 date from the transcription’s own words', () => {
    expect(checkLawsInForce(documents, read, quoteInClause)).toEqual([]);
  });

  it('states the dates the reference files give, and none where they give none', () => {
    const lines = lawsInForce(documents);
    expect(lines.map((l) => [l.id, l.when])).toEqual([
      ['mem10', '2023年5月15日起施行'],
      ['kaq-2022-88', '2022年9月1日起施行'],
      ['kaq-2024-41', '2024年4月23日印发，通知未单列施行日期'],
      ['mem13', '2024年1月1日起施行'],
      ['gb46768', '2026年5月1日起施行'],
    ]);
    expect(lines[0]!.name).toBe('《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）');
    expect(lines[4]!.name).toBe('GB 46768-2025《有限空间作业安全技术规范》');
    expect(lines[0]!.scope).toEqual({
      where: '第10号令第二条',
      quote:
        '工贸企业内涉及危险化学品、消防（火灾）、燃气、特种设备等方面的重大事故隐患判定另有规定的，适用其规定。',
    });
  });

  it('refuses a date or a basis the file does not contain', () => {
    const wrong = documents.map((d) =>
      d.id === 'mem13'
        ? { ...d, inForce: { ...d.inForce, date: '2024-02-01' } }
        : d.id === 'mem10'
          ? { ...d, inForce: { ...d.inForce, basis: '自2023年5月1日起施行。' } }
          : d,
    );
    expect(checkLawsInForce(wrong, read, quoteInClause)).toEqual([
      '内容文件 content/references/documents.yaml（id: mem10）字段 inForce.basis：不是 01-gongmao-zhongda-yinhuan-panding-biaozhun-mem10.md 中的原话',
      '内容文件 content/references/documents.yaml（id: mem10）字段 inForce.date：2023-05-15 不在 basis 中',
      '内容文件 content/references/documents.yaml（id: mem13）字段 inForce.date：2024-02-01 不在 basis 中',
    ]);
  });

  it('refuses an issuer the file does not name, and says where the file names none', () => {
    const wrong = documents.map((d) =>
      d.id === 'kaq-2022-88' ? { ...d, issuer: { name: '应急管理部', basis: '应急管理部印发' } } : d,
    );
    expect(checkLawsInForce(wrong, read, quoteInClause)).toEqual([
      '内容文件 content/references/documents.yaml（id: kaq-2022-88）字段 issuer.basis：不是 02-jinshu-feijinshu-kuangshan-zhongda-yinhuan-panding-biaozhun-2022-88.md 中的原话',
    ]);
    expect(documents.find((d) => d.id === 'gb46768')!.issuer).toBeNull();
    expect(documents.find((d) => d.id === 'mem10')!.issuer!.name).toBe('应急管理部');
  });
});
