import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleNumber, referenceArticles } from './reference-articles';
import { referenceDir } from './load-node';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, referenceDir, file), 'utf-8');

describe('a reference transcription as its articles', () => {
  it('reads 第…条 numbers', () => {
    expect(['第一条', '第十条', '第十三条', '第二十条', '第二十二条'].map(articleNumber)).toEqual([
      1, 10, 13, 20, 22,
    ]);
  });

  it('第13号令: 第一条 to 第二十二条 in order, paragraphs kept, what was not obtained marked', () => {
    const articles = referenceArticles(
      read('03-gongmao-youxian-kongjian-zuoye-anquan-guiding-mem13.md'),
      'mem13',
    );
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 22 }, (_, i) => `mem13-${i + 1}`));
    const seventh = articles[6]!;
    expect(seventh.number).toBe('第七条');
    expect(seventh.paragraphs.map((p) => p.text)).toEqual([
      '工贸企业应当根据有限空间作业安全风险大小，明确审批要求。',
      '对于存在硫化氢、一氧化碳、二氧化碳等中毒和窒息等风险的有限空间作业，应当由工贸企业主要负责人或者其书面委托的人员进行审批，委托进行审批的，相关责任仍由工贸企业主要负责人承担。',
      '未经工贸企业确定的作业审批人批准，不得实施有限空间作业。',
    ]);
    expect(articles[18]!.paragraphs).toEqual([{ text: '〔原文未取得〕', missing: true }]);
    const art21 = articles[20]!.paragraphs;
    expect(art21[0]!.missing).toBe(false);
    expect(art21.at(-1)).toEqual({ text: '〔其余各项原文未取得〕', missing: true });
  });

  it('GB 46768-2025: the clauses of chapters 4–7 with their chapter, without the record lines', () => {
    const clauses = referenceArticles(read('07-gb46768-2025-full.md'), 'gb46768');
    expect(clauses).toHaveLength(63);
    expect(clauses[0]).toEqual({
      number: '4.1.1',
      id: 'gb46768-4-1-1',
      chapter: '第4章',
      paragraphs: [
        {
          text: '可能存在有限空间的单位应对本单位管理区域内的有限空间进行辨识,建立有限空间管理台账,并及时更新。',
          missing: false,
        },
      ],
    });
    expect(clauses.find((c) => c.number === '5.9.1')!.chapter).toBe('第5章');
    expect(clauses.flatMap((c) => c.paragraphs).some((p) => p.text.startsWith('`'))).toBe(false);
  });
});
