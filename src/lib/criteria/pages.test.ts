import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteriaFromFiles } from './load-node';
import { clauseHref, criteriaHref, documentFacts, isSupplement, mem10Sections, mineSections } from './pages';

const data = loadCriteriaFromFiles(path.resolve(__dirname, '../../..'));

describe('where each article and item lives', () => {
  it('gives every 第10号令 and mine item an address on its page', () => {
    expect(criteriaHref('mem10-4-6')).toBe('/criteria/mem10/#mem10-4-6');
    expect(criteriaHref('mem10-14')).toBe('/criteria/mem10/#mem10-14');
    expect(criteriaHref('mine-underground-29')).toBe('/criteria/mines/#mine-underground-29');
    expect(criteriaHref('mem13-7')).toBe('/criteria/mem13/#mem13-7');
    expect(criteriaHref('gas-alarm')).toBeNull();
  });

  it('turns a quoted clause into the anchor of its article or item', () => {
    expect(clauseHref('mem13', '第七条第二款')).toBe('/criteria/mem13/#mem13-7');
    expect(clauseHref('mem10', '第十三条（一）')).toBe('/criteria/mem10/#mem10-13-1');
    expect(clauseHref('mem10', '第六条')).toBe('/criteria/mem10/#mem10-6');
    expect(clauseHref('gb46768', '5.9.1 a)')).toBe('/criteria/gb46768/#gb46768-5-9-1');
    expect(clauseHref('plan', '第七条')).toBeNull();
  });
});

describe('第10号令 laid out for reading', () => {
  const sections = mem10Sections(data);
  it('第三条, then 第四条–第十条 each naming its industry, then 专项, then what was not obtained', () => {
    expect(sections.map((s) => s.articles.map((a) => a.heading))).toEqual([
      ['第三条'],
      [
        '第四条 冶金企业',
        '第五条 有色企业',
        '第六条 建材企业',
        '第七条 机械企业',
        '第八条 轻工企业',
        '第九条 纺织企业',
        '第十条 烟草企业',
      ],
      ['第十一条', '第十二条', '第十三条', '第十四条'],
      ['第十五条'],
    ]);
  });
  it('keeps every item of the data, and 第十五条 as missing with its note', () => {
    const items = sections.flatMap((s) => s.articles.flatMap((a) => a.items));
    expect(items).toHaveLength(65);
    expect(items.find((i) => i.id === 'mem10-4-5')!.text).toContain('炉顶工作压力');
    const fifteenth = sections.at(-1)!.articles[0]!;
    expect(fifteenth.items).toEqual([]);
    expect(fifteenth.missing).toMatch(/^〔原文未取得/);
  });
});

describe('the mine criteria', () => {
  it('three parts, the 2024 supplement’s items in place and known as such', () => {
    const parts = mineSections(data);
    expect(parts.map((p) => p.id)).toEqual(['mine-underground', 'mine-open-pit', 'mine-tailings']);
    const items = parts.flatMap((p) => p.articles[0]!.items);
    expect(items.filter(isSupplement)).toHaveLength(8);
    expect(items.filter((i) => !isSupplement(i))).toHaveLength(64);
  });
});

describe('the facts a page states first', () => {
  it('文号, 发布机关, 施行; none invented where the file names no issuer', () => {
    const facts = (id: string) => documentFacts(data.documents.find((d) => d.id === id)!);
    expect(facts('mem10')).toMatchObject({
      issuedAs: '中华人民共和国应急管理部令第10号',
      issuer: '应急管理部',
      inForce: '2023年5月15日起施行',
    });
    expect(facts('kaq-2024-41').inForce).toBe('2024年4月23日印发，通知未单列施行日期');
    expect(facts('gb46768').issuer).toBeNull();
  });
});
