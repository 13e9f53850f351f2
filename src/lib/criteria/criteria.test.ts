import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaGroups, criteriaItems, resolveCriteriaRef } from './criteria';
import { loadCriteriaFile, loadCriteriaFromFiles, referenceDir } from './load-node';
import { normaliseWhitespace as n, referenceBody } from './reference-text';

const root = path.resolve(__dirname, '../../..');
const criteria = loadCriteriaFromFiles(root);
const fileOf = (id: string) =>
  readFileSync(
    path.join(root, referenceDir, criteria.documents.find((d) => d.id === id)!.files[0]!),
    'utf-8',
  );

describe('第10号令 in content/criteria/mem10.yaml is the reference text', () => {
  const lines = referenceBody(fileOf('mem10')).split('\n');
  const from = lines.findIndex((l) => l.startsWith('第三条 '));
  const to = lines.findIndex((l) => l.startsWith('第十五条 '));

  it('rebuilds 第三条–第十四条 exactly, article by article (whitespace aside)', () => {
    expect(from).toBeGreaterThan(0);
    const source = n(lines.slice(from, to).join(''));
    const rebuilt = criteria.mem10
      .filter((a) => a.missing === undefined)
      .map((a) =>
        n(
          `${a.number}${a.leadIn ?? ''}${(a.items ?? []).map((i) => i.number + i.text).join('')}${a.text ?? ''}`,
        ),
      );
    for (const article of rebuilt) expect(source).toContain(article);
    expect(rebuilt.join('')).toBe(source);
  });

  it('has the 64 情形 the standard counts, and 第十四条 as one item', () => {
    const counts = criteria.mem10.map((a) => a.items?.length ?? 0);
    expect(counts).toEqual([3, 8, 13, 8, 7, 7, 2, 2, 10, 2, 2, 0, 0]);
    expect(counts.reduce((a, b) => a + b)).toBe(64);
    expect(resolveCriteriaRef(criteriaGroups(criteria), 'mem10-14')!.map((i) => i.citation)).toEqual([
      '第10号令第十四条',
    ]);
  });

  it('says 第十五条 is missing, in the file’s own words, and lists nothing for it', () => {
    const art = criteria.mem10.find((a) => a.number === '第十五条')!;
    expect(lines[to]).toBe(`第十五条 ${art.missing}`);
    const group = criteriaGroups(criteria).find((g) => g.id === art.id)!;
    expect(group.items).toEqual([]);
    expect(group.missing).toContain('原文未取得');
  });

  it('names whom each article binds with the article’s own words', () => {
    expect(criteria.mem10.map((a) => a.appliesTo).filter(Boolean)).toEqual([
      '工贸企业',
      '冶金企业',
      '有色企业',
      '建材企业',
      '机械企业',
      '轻工企业',
      '纺织企业',
      '烟草企业',
      '存在粉尘爆炸危险的工贸企业',
      '使用液氨制冷的工贸企业',
      '存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业',
    ]);
  });
});

describe('金属非金属矿山判定标准 in content/criteria/metal-mines.yaml is the reference text', () => {
  const body = referenceBody(fileOf('kaq-2022-88'));
  const split = body.split('\n矿安〔2024〕41号\n');
  const parts = { 'kaq-2022-88': split[0]!, 'kaq-2024-41': split[1]! };
  /** The items of one part (一、二、三) of one notice, as printed. */
  const sectionSource = (doc: keyof typeof parts, number: string, title: string) => {
    const text = parts[doc];
    const start = text.indexOf(`## ${number}${title}\n`);
    expect(start, `${doc} ${number}${title}`).toBeGreaterThan(0);
    const rest = text.slice(start).split('\n').slice(1);
    const end = rest.findIndex((l) => l.startsWith('## ') || l.startsWith('---'));
    return n(rest.slice(0, end < 0 ? undefined : end).join(''));
  };

  it('splits the file into the 2022 standard and the 2024 supplement', () => {
    expect(split).toHaveLength(2);
    expect(parts['kaq-2024-41']).toContain('补充情形');
  });

  for (const section of criteria.mines) {
    for (const doc of ['kaq-2022-88', 'kaq-2024-41'] as const) {
      it(`${section.number}${section.title}: the ${doc} items rebuild its part exactly`, () => {
        const rebuilt = section.items
          .filter((i) => i.document === doc)
          .map((i) => n(i.number + i.text + (i.subItems ?? []).map((s) => s.number + s.text).join('')));
        const source = sectionSource(doc, section.number, section.title);
        for (const item of rebuilt) expect(source).toContain(item);
        expect(rebuilt.join('')).toBe(source);
      });
    }
  }

  it('merges the supplement after the 2022 items of the same part, 64 + 8 一级项', () => {
    const count = (doc: string) =>
      criteria.mines.map((s) => s.items.filter((i) => i.document === doc).length);
    expect(count('kaq-2022-88')).toEqual([32, 13, 19]);
    expect(count('kaq-2024-41')).toEqual([4, 2, 2]);
    for (const s of criteria.mines) {
      const docs = s.items.map((i) => i.document);
      expect(docs.indexOf('kaq-2024-41')).toBe(docs.lastIndexOf('kaq-2022-88') + 1);
    }
  });

  it('cites each item by notice, part and number', () => {
    const byId = new Map(criteriaItems(criteria).map((i) => [i.id, i]));
    expect(byId.get('mine-underground-3')!.citation).toBe('矿安〔2022〕88号 一、（三）');
    expect(byId.get('mine-tailings-s1')!.citation).toBe('补充情形（矿安〔2024〕41号） 三、（一）');
    expect(byId.get('mine-tailings-s1')!.text).toContain('拱板（盖板）');
  });
});

describe('all criteria items', () => {
  it('have unique ids and verbatim text', () => {
    const items = criteriaItems(criteria);
    expect(items).toHaveLength(64 + 1 + 72);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) expect(i.text.trim()).toBe(i.text);
  });

  it('resolve an article, a part or an item, and nothing else', () => {
    const groups = criteriaGroups(criteria);
    expect(resolveCriteriaRef(groups, 'mem10-4')).toHaveLength(8);
    expect(resolveCriteriaRef(groups, 'mine-open-pit')).toHaveLength(15);
    expect(resolveCriteriaRef(groups, 'mem10-4-6')!.map((i) => i.citation)).toEqual(['第10号令第四条（六）']);
    expect(resolveCriteriaRef(groups, 'mem10-4-9')).toBeUndefined();
  });

  it('a bad article fails naming the file, entry and field', () => {
    const bad = `- id: mem10-3\n  number: 第三条\n  appliesTo: 工贸企业\n  leadIn: 冶金企业有下列情形之一的：\n  items:\n    - id: mem10-3-1\n      number: (1)\n      text: 某某\n`;
    expect(() => loadCriteriaFile(root, 'mem10', bad)).toThrow(
      /内容文件 content\/criteria\/mem10\.yaml 第 1 项（id: mem10-3）字段 items\[0\]\.number：序号应写作“（一）”的形式[\s\S]*字段 appliesTo：appliesTo 应是 leadIn 的开头/,
    );
    const twoShapes = `- id: mem10-14\n  number: 第十四条\n  text: 甲\n  missing: 乙\n`;
    expect(() => loadCriteriaFile(root, 'mem10', twoShapes)).toThrow(
      'items、text、missing 三者必须恰好有一个',
    );
  });

  it('a supplement item with an unknown notice fails naming the field', () => {
    const bad = `- id: mine-tailings\n  number: 三、\n  title: 尾矿库重大事故隐患\n  items:\n    - id: mine-tailings-1\n      document: kaq-2025-1\n      number: （一）\n      text: 甲\n`;
    expect(() => loadCriteriaFile(root, 'mines', bad)).toThrow(
      /metal-mines\.yaml 第 1 项（id: mine-tailings）字段 items\[0\]\.document：document 只能是/,
    );
  });
});
