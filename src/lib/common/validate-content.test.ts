import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from './content-loader';
import { loadPlanFile, loadPlanFromFiles } from '../plan/load-plan-node';
import { assemblePlan } from '../plan/plan';
import { planCollections } from '../plan/plan-collections';

const root = path.resolve(__dirname, '../../..');
const read = (key: keyof typeof planCollections) =>
  readFileSync(path.join(root, 'content/plan', planCollections[key].file), 'utf-8');
/** Loads a content file after an edit, returning the error message (or '' when valid). */
const errorOf = (key: keyof typeof planCollections, edit: (text: string) => string) => {
  const original = read(key);
  const changed = edit(original);
  expect(changed, 'the edit must change the file').not.toBe(original);
  try {
    loadPlanFile(root, key, changed);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('content/ passes its schemas', () => {
  it('loads every file and the cross references hold', () => {
    const plan = loadPlanFromFiles(root);
    expect(plan.document.docNumber).toBe('晋市应急工贸发〔2025〕76号');
    expect(plan.campaigns.map((c) => c.id)).toEqual([
      'metal-smelting',
      'dust-explosion',
      'confined-space',
      'hot-work-insulation',
    ]);
    expect(plan.campaigns.map((c) => c.window.end)).toEqual(['2025-12-31', null, '2025-10-31', '2026-11-30']);
    // 从即日起 = 印发之日 where the plan says so; （二） has no window at all.
    expect(plan.campaigns.map((c) => c.window.start)).toEqual([
      '2025-05-26',
      null,
      '2025-05-26',
      '2025-05-26',
    ]);
    expect(plan.phases.map((p) => p.title)).toEqual([
      '自查自改阶段',
      '教育培训阶段',
      '督导检查阶段',
      '整改提升阶段',
    ]);
    expect(plan.sectors).toHaveLength(7);
    expect(plan.annexes.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('records the plan metadata', () => {
    const d = loadPlanFromFiles(root).document;
    expect(d.issuer).toBe('晋城市应急管理局');
    expect(d.issuedDate).toBe('2025-05-26');
    expect(d.publication).toBe('（此件公开发布）');
    expect(d.copiedTo).toEqual(['省应急管理厅', '市政府办公室']);
    expect(d.printedBy).toBe('晋城市应急管理局办公室');
  });

  it('cites the standards the plan names on the items that name them', () => {
    const plan = loadPlanFromFiles(root);
    const items = plan.campaigns.flatMap((c) => c.sections.flatMap((s) => s.items));
    const citing = (id: string) => items.filter((i) => i.standards.includes(id)).map((i) => i.id);
    expect(citing('gb-9448')).toEqual(['hot-work-site-controls']);
    expect(citing('gb-t-40248')).toEqual(['hot-work-restrict-hours']);
    expect(citing('gb-55022')).toEqual(['insulation-gb55022']);
    expect(citing('metallurgical-crane')).toEqual(['molten-crane']);
  });
});

describe('broken content fails naming the file and the field', () => {
  it('a date that is not a date', () => {
    const msg = errorOf('campaigns', (t) => t.replace('end: "2025-12-31"', 'end: "2025-12-32"'));
    expect(msg).toContain('content/plan/campaigns.yaml');
    expect(msg).toContain('id: metal-smelting');
    expect(msg).toContain('window.end');
    expect(msg).toContain('不是有效的日期');
  });

  it('a missing required field', () => {
    const msg = errorOf('sectors', (t) => t.replace(/\n {2}summary: .*\n/, '\n'));
    expect(msg).toContain('content/plan/sectors.yaml 第 1 项（id: metal-smelting）');
    expect(msg).toContain('字段 summary');
  });

  it('an unknown sector on a requirement item, deep in the tree', () => {
    const msg = errorOf('campaigns', (t) =>
      t.replace(
        '          onlyFor:\n            - cold-storage',
        '          onlyFor:\n            - cold-store',
      ),
    );
    expect(msg).toMatch(/字段 sections\[1\]\.items\[2\]\.onlyFor\[0\]/);
    expect(msg).toContain('行业类型只能是');
  });

  it('narrowing an item without saying why', () => {
    const msg = errorOf('campaigns', (t) => t.replace(/\n {6}onlyForReading: .*\n/, '\n'));
    expect(msg).toContain('id: metal-smelting');
    expect(msg).toMatch(/sections\[1\]\.onlyFor：onlyFor 必须说明依据/);
  });

  it('scope words that are not in the 整治范围 fail the cross-reference check', () => {
    const plan = loadPlanFromFiles(root);
    const campaigns = structuredClone(plan.campaigns);
    campaigns[2]!.scopeNames.push({ words: '冷库', sector: 'cold-storage' });
    expect(() => assemblePlan({ ...plan, document: [plan.document], campaigns })).toThrow(
      /campaigns\.yaml（id: confined-space） 字段 scopeNames：“冷库”不是整治范围原文的一部分/,
    );
  });

  it('a field the schema does not know (typo)', () => {
    const msg = errorOf('reporting', (t) => t.replace('  whoText:', '  whotext: x\n  whoText:'));
    expect(msg).toContain('content/plan/reporting.yaml 第 1 项（id: self-check-report）');
    expect(msg).toMatch(/whotext/);
  });

  it('a wrong deadline kind', () => {
    const msg = errorOf('reporting', (t) => t.replace('kind: monthly', 'kind: weekly'));
    expect(msg).toContain('content/plan/reporting.yaml');
    expect(msg).toContain('deadline');
  });

  it('a duplicated id', () => {
    const msg = errorOf('annexes', (t) => t.replace('id: annex2', 'id: annex1'));
    expect(msg).toContain('content/plan/annexes.yaml 第 2 项（id: annex1）：id 重复');
  });

  it('YAML syntax errors name the file, line and column', () => {
    expect(() => parseYamlList('content/plan/sectors.yaml', '- id: a\n  name: [unclosed\n')).toThrow(
      /内容文件 content\/plan\/sectors\.yaml 第 \d+ 行第 \d+ 列：YAML 语法错误/,
    );
    expect(() => parseYamlList('content/plan/sectors.yaml', 'id: a\n')).toThrow(/最外层应是一个列表/);
  });

  it('a quote that is not the plan text fails the cross-reference check', () => {
    const plan = loadPlanFromFiles(root);
    const raw = {
      ...plan,
      document: [plan.document],
      reporting: plan.reporting.map((r, i) => (i === 0 ? { ...r, quote: `${r.quote}（改写）` } : r)),
    };
    expect(() => assemblePlan(raw)).toThrow(
      /content\/plan\/reporting\.yaml（id: self-check-report） 字段 quote：不是段落/,
    );
  });

  it('a citation that does not exist fails the cross-reference check', () => {
    const plan = loadPlanFromFiles(root);
    const campaigns = structuredClone(plan.campaigns);
    campaigns[0]!.sections[0]!.items[0]!.standards = ['gb-0000'];
    expect(() => assemblePlan({ ...plan, document: [plan.document], campaigns })).toThrow(
      /campaigns\.yaml（id: metal-smelting）要求条目 gas-archives 字段 standards：引用了不存在的标准 gb-0000/,
    );
  });
});
