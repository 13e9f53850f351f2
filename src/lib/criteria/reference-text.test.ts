import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteriaFile, loadCriteriaFromFiles, referenceDir } from './load-node';
import { clauseText, normaliseWhitespace, referenceBody } from './reference-text';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, referenceDir, file), 'utf-8');

describe('content/references/documents.yaml: every reference keeps its source lines', () => {
  const { documents } = loadCriteriaFromFiles(root);

  it('lists the five documents the site quotes', () => {
    expect(documents.map((d) => d.id)).toEqual(['mem10', 'kaq-2022-88', 'kaq-2024-41', 'mem13', 'gb46768']);
  });

  it.each(documents.map((d) => [d.id, d] as const))('%s: source lines and notes are in its files', (_, d) => {
    const header = normaliseWhitespace(d.files.map((f) => read(f).split('\n---\n')[0]).join(''));
    for (const line of [...d.sources, ...d.notes]) expect(header).toContain(normaliseWhitespace(line));
    expect(d.sources.some((s) => s.startsWith('source'))).toBe(true);
  });

  it('says what the transcriptions lack, as the files do', () => {
    const mem10 = documents.find((d) => d.id === 'mem10')!;
    expect(mem10.missing).toEqual(['第十五条（附则）']);
    expect(read(mem10.files[0]!)).toContain('第十五条 〔原文未取得');
    const gb = documents.find((d) => d.id === 'gb46768')!;
    expect(gb.missing.join()).toContain('4.5.2 c)');
    expect(gb.notes.join()).toContain('4.5.2 在“c) 气体检测报警仪报警值的设置应符合:”处截断');
  });

  it('names the file, entry and field when a document entry is broken', () => {
    const bad = `- id: mem10\n  title: 工贸企业重大事故隐患判定标准\n  issuedAs: 令\n  shortName: 第10号令\n  missing: []\n  files: [not a file]\n  sources: []\n`;
    expect(() => loadCriteriaFile(root, 'documents', bad)).toThrow(
      /内容文件 content\/references\/documents\.yaml 第 1 项（id: mem10）字段 files\[0\]：[\s\S]*字段 sources：缺少来源/,
    );
  });
});

describe('clauseText', () => {
  const mem13 = read('03-gongmao-youxian-kongjian-zuoye-anquan-guiding-mem13.md');
  const gb = read('07-gb46768-2025-full.md');

  it('returns one paragraph (款) or item of an article', () => {
    expect(clauseText(mem13, '第七条第二款')).toBe(
      '对于存在硫化氢、一氧化碳、二氧化碳等中毒和窒息等风险的有限空间作业，应当由工贸企业主要负责人或者其书面委托的人员进行审批，委托进行审批的，相关责任仍由工贸企业主要负责人承担。',
    );
    expect(clauseText(mem13, '第七条第一款')).toBe(
      '第七条 工贸企业应当根据有限空间作业安全风险大小，明确审批要求。',
    );
    expect(clauseText(mem13, '第七条第四款')).toBeUndefined();
    const mem10 = read('01-gongmao-zhongda-yinhuan-panding-biaozhun-mem10.md');
    expect(clauseText(mem10, '第十三条（二）')).toBe(
      '（二）未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的。',
    );
    expect(clauseText(mem10, '第十三条（三）')).toBeUndefined();
  });

  it('returns one lettered item of a standard clause, up to the next', () => {
    expect(clauseText(gb, '5.9.1 a)')).toBe('a) 氧含量为19.5% VOL~23.5% VOL;');
    expect(clauseText(gb, '5.9.1 c)')).toMatch(/^c\) 有毒有害气体浓度.*时间加权平均容许浓度。$/);
    expect(clauseText(gb, '5.9.1 d)')).toBeUndefined();
  });

  it('returns an article with all its paragraphs, and no more', () => {
    const text = clauseText(mem13, '第七条')!;
    expect(text.startsWith('第七条 工贸企业应当根据有限空间作业安全风险大小')).toBe(true);
    expect(text).toContain('对于存在硫化氢、一氧化碳、二氧化碳等中毒和窒息等风险的有限空间作业');
    expect(text.endsWith('不得实施有限空间作业。')).toBe(true);
    expect(text).not.toContain('第八条');
  });

  it('returns a standard clause without the next one or the transcriber’s file note', () => {
    const text = clauseText(gb, '5.9.1')!;
    expect(text).toContain('a) 氧含量为19.5% VOL~23.5% VOL');
    expect(text).not.toContain('5.9.2');
    expect(clauseText(gb, '5.9')).toBeUndefined();
    expect(clauseText(gb, '附录E')).toBeUndefined();
  });

  it('reads past the header only', () => {
    expect(referenceBody(mem13)).not.toContain('状态说明');
    expect(() => referenceBody('no rule here')).toThrow('分隔线');
  });
});

describe('referenceClause (what pages quote)', () => {
  it('gives a paragraph, an item or a clause verbatim, without its number', async () => {
    const { referenceClause } = await import('./load-node');
    const { documents } = loadCriteriaFromFiles(root);
    expect(referenceClause(root, documents, 'mem13', '第七条第三款')).toBe(
      '未经工贸企业确定的作业审批人批准，不得实施有限空间作业。',
    );
    expect(referenceClause(root, documents, 'mem13', '第六条第一款')).toBe(
      '工贸企业应当对有限空间进行辨识，建立有限空间管理台账，明确有限空间数量、位置以及危险因素等信息，并及时更新。',
    );
    expect(referenceClause(root, documents, 'mem10', '第七条（六）')).toMatch(/^使用可燃性有机溶剂清洗/);
    expect(referenceClause(root, documents, 'gb46768', '5.1.1')).toMatch(/^作业前,作业单位应对有限空间/);
    expect(() => referenceClause(root, documents, 'mem13', '第十九条第一款')).toThrow(
      '参考文本 mem13 的 第十九条第一款 原文未取得',
    );
    expect(() => referenceClause(root, documents, 'mem13', '第三十条')).toThrow(
      '参考文本 mem13 中没有 第三十条',
    );
  });
});
