import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferenceQuote } from '../../schemas/reference';
import { loadCriteriaFromFiles, referenceDir } from '../criteria/load-node';
import { loadPlanFromFiles } from '../plan/load-plan-node';
import { allRequirements } from '../plan/plan';
import { quoteInClause } from '../criteria/reference-text';
import { assembleConfinedSpace } from './data';
import { loadConfinedSpaceFromFiles, loadConfinedSpaceList, loadConfinedSpaceObject } from './load-node';

const root = path.resolve(__dirname, '../../..');
const data = loadConfinedSpaceFromFiles(root);
const { documents } = loadCriteriaFromFiles(root);
const planItems = new Map(
  allRequirements(loadPlanFromFiles(root)).map((r) => [r.requirement.id, r.requirement.text]),
);
const texts = new Map(
  documents.map((d) => [d.id, d.files.map((f) => readFileSync(path.join(root, referenceDir, f), 'utf-8'))]),
);
/** Where a quote is not found, or '' when it is verbatim in its clause (or plan item). */
const misquote = (q: ReferenceQuote) => {
  if ('item' in q) return planItems.get(q.item)?.includes(q.quote) ? '' : `plan ${q.item}: ${q.quote}`;
  return texts.get(q.document)?.some((t) => quoteInClause(t, q.clause, q.quote))
    ? ''
    : `${q.document} ${q.clause}: ${q.quote}`;
};

describe('the default grading rules (content/confined-space/grading-rules.yaml)', () => {
  const { ruleSet } = data;
  const allBasis = [
    ...ruleSet.rules.flatMap((r) => r.basis),
    ...ruleSet.fallback.basis,
    ...data.types.flatMap((t) => t.basis),
  ];

  it('quote every basis verbatim from the clause (or plan item) it names', () => {
    expect(allBasis.length).toBeGreaterThan(15);
    expect(allBasis.map(misquote).filter(Boolean)).toEqual([]);
  });

  it('cite only the references the issue allows: 第10号令, 第13号令, GB 46768-2025 and the plan', () => {
    expect(new Set(allBasis.map((q) => q.document))).toEqual(new Set(['plan', 'mem10', 'mem13', 'gb46768']));
  });

  it('say next to every rule that the grade is the site’s judgement (no official table exists)', () => {
    for (const rule of [...ruleSet.rules, ruleSet.fallback]) expect(rule.judgement).toMatch(/本站/);
    expect(ruleSet.notice).toContain('参考分级');
    expect(ruleSet.notice).toContain('以其为准');
  });

  it('grade every rule by its tier: 高 rests on a 第10号令 情形, 中 on 第13号令 approval or 防爆 clauses, 低 on neither', () => {
    expect(ruleSet.tiers.map((t) => t.grade)).toEqual(['高', '中', '低']);
    const cites = (r: (typeof ruleSet.rules)[number], doc: string, clause?: RegExp) =>
      r.basis.some((b) => b.document === doc && (!clause || ('clause' in b && clause.test(b.clause))));
    for (const r of ruleSet.rules) {
      if (r.grade === '高') expect(cites(r, 'mem10'), r.id).toBe(true);
      else expect(cites(r, 'mem10'), r.id).toBe(false);
      if (r.grade === '中')
        expect(
          cites(r, 'mem13', /^第七条第二款|^第十四条/) || cites(r, 'gb46768', /^4\.5\.2|^5\.7\.2|^6\.2\.2/),
          r.id,
        ).toBe(true);
      if (r.grade === '低') expect(cites(r, 'mem13', /^第七条第二款/), r.id).toBe(false);
    }
    // The hazards 第六条（二）（四） names are 高 in the spaces it names, not 低 there.
    const entry = ruleSet.rules.find((r) => r.id === 'building-materials-entry')!;
    expect(entry.when.types).toEqual(['building-silo', 'building-kiln-mill']);
    // 窒息 is not cited to 第十三条, which names 中毒 only.
    const asphyxiation = ruleSet.rules.find((r) => r.id === 'asphyxiation')!;
    expect(asphyxiation.basis.some((b) => 'clause' in b && b.clause.startsWith('第十三条'))).toBe(false);
  });

  it('a misquote is caught', () => {
    expect(
      misquote({ document: 'mem13', clause: '第七条第二款', quote: '未经工贸企业确定的作业审批人批准' }),
    ).not.toBe('');
    expect(misquote({ document: 'gb46768', clause: '5.9.1 a)', quote: '氧含量为19.5% VOL~23.5% VOL' })).toBe(
      '',
    );
    expect(
      misquote({ document: 'gb46768', clause: '5.9.1 b)', quote: '氧含量为19.5% VOL~23.5% VOL' }),
    ).not.toBe('');
    expect(misquote({ document: 'plan', item: 'confined-outsourcing', quote: '污水井' })).not.toBe('');
  });

  it('the seven pool types are the plan’s own words', () => {
    const pools = data.types.filter((t) => t.group === 'plan').map((t) => t.label);
    expect(pools).toEqual(['污水井', '化粪池', '沼气池', '发酵池', '腌渍池', '纸浆池', '污水处理池']);
    const text = planItems.get('confined-signs-isolation')!;
    for (const p of pools) expect(text).toContain(p);
  });
});

describe('bad grading data fails with a clear Chinese message', () => {
  const targets = { documents: documents.map((d) => d.id), planItems: [...planItems.keys()] };

  it('a rule naming a type, hazard, document or plan item that does not exist', () => {
    const rule = data.ruleSet.rules[0]!;
    const broken = {
      ...data,
      ruleSet: {
        ...data.ruleSet,
        rules: [
          {
            ...rule,
            when: { types: ['manhole'], hazards: ['ammonia'] },
            basis: [
              { document: 'gb30871', clause: '5.1', quote: '某' },
              { document: 'plan' as const, item: 'confined-nothing', quote: '某' },
            ],
          },
        ],
      },
    };
    expect(() => assembleConfinedSpace(broken, targets)).toThrow(
      [
        '有限空间数据交叉引用检查失败（4 处）：',
        '内容文件 content/confined-space/grading-rules.yaml 规则 rules[0]（id: poisoning）字段 when.types：space-types.yaml 中没有 manhole',
        '内容文件 content/confined-space/grading-rules.yaml 规则 rules[0]（id: poisoning）字段 when.hazards：hazards.yaml 中没有 ammonia',
        '内容文件 content/confined-space/grading-rules.yaml 规则 rules[0]（id: poisoning）字段 basis[0].document：content/references/documents.yaml 中没有 gb30871',
        '内容文件 content/confined-space/grading-rules.yaml 规则 rules[0]（id: poisoning）字段 basis[1].item：方案中没有要求条目 confined-nothing',
      ].join('\n'),
    );
  });

  it('a rule without a source or with a grade outside 高/中/低 names the field', () => {
    const yaml = `id: bureau\ntitle: 某局分级\nissuer: 某局\nnotice: 以本局标准为准\nrules:\n  - id: r1\n    grade: 极高\n    when: { hazards: [hydrogen-sulfide] }\n    reason: 硫化氢\n    basis: []\n    judgement: null\nfallback: { grade: 低, reason: 无, basis: [{ document: mem13, clause: 第三条, quote: 有限空间 }], judgement: null }\n`;
    expect(() => loadConfinedSpaceObject(root, 'ruleSet', yaml)).toThrow(
      /内容文件 content\/confined-space\/grading-rules\.yaml 第 1 项（id: bureau）字段 rules\[0\]\.grade：风险等级只能是 高、中、低 之一[\s\S]*字段 rules\[0\]\.basis：每条规则至少引用一处出处/,
    );
  });

  it('a suggested hazard without a quote behind it is refused', () => {
    const yaml = `- id: pit\n  order: 1\n  label: 地坑\n  group: common\n  suggestedHazards: [drowning]\n`;
    expect(() => loadConfinedSpaceList(root, 'types', yaml)).toThrow(
      /space-types\.yaml 第 1 项（id: pit）字段 basis：建议的危险有害因素必须引用出处/,
    );
  });
});

describe('every quoted passage links to its place on the site (issue 20)', () => {
  it('each grading rule’s and type’s basis has an address whose anchor exists', async () => {
    const { quoteHref } = await import('./ledger');
    const { criteriaItems } = await import('../criteria/criteria');
    const { loadReferenceArticlesFromFiles } = await import('../criteria/load-node');
    const articles = loadReferenceArticlesFromFiles(root);
    const anchors = new Set([
      ...criteriaItems(loadCriteriaFromFiles(root)).map((i) => i.id),
      ...loadCriteriaFromFiles(root).mem10.map((a) => a.id),
      ...articles.mem13.map((a) => a.id),
      ...articles.gb46768.map((a) => a.id),
      ...planItems.keys(),
    ]);
    const quotes = [...data.ruleSet.rules.flatMap((r) => r.basis), ...data.types.flatMap((t) => t.basis)];
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) {
      const href = quoteHref(q);
      expect(href, JSON.stringify(q)).not.toBeNull();
      expect(anchors.has(href!.split('#')[1]!), href!).toBe(true);
    }
  });
});
