import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpaceDescription } from '../../schemas/confined-space';
import { gradeSpace, suggestedHazards, type GradingOutcome } from './grading';
import { loadConfinedSpaceFromFiles, loadConfinedSpaceObject } from './load-node';

const root = path.resolve(__dirname, '../../..');
const model = loadConfinedSpaceFromFiles(root);
const space = (type: string, hazards: string[], extra: Partial<SpaceDescription> = {}): SpaceDescription => ({
  name: '1号井',
  location: '污水站',
  count: 1,
  type,
  hazards,
  workMode: 'own',
  ...extra,
});
const ok = (o: GradingOutcome) => {
  if (!o.ok) throw new Error(o.errors.join('\n'));
  return o.result;
};

// Every default rule, a space that fires it, the grade, the rules that set it, and all reasons in order.
const table: [string, SpaceDescription, '高' | '中' | '低', string[], string[]][] = [
  [
    '污水井 with the suggested gases',
    space('sewage-well', ['hydrogen-sulfide', 'carbon-monoxide', 'carbon-dioxide']),
    '高',
    ['poisoning', 'plan-named-pools'],
    ['poisoning', 'plan-named-pools', 'asphyxiation'],
  ],
  [
    '化粪池 with nothing ticked (the plan names it)',
    space('septic-tank', []),
    '高',
    ['plan-named-pools'],
    ['plan-named-pools'],
  ],
  [
    '腌渍池, 外包',
    space('pickling-tank', ['drowning'], { workMode: 'outsourced' }),
    '高',
    ['plan-named-pools'],
    ['plan-named-pools', 'other-hazards'],
  ],
  [
    '煤气管道及设备 with 一氧化碳',
    space('gas-facility', ['carbon-monoxide']),
    '高',
    ['poisoning', 'gas-facility'],
    ['poisoning', 'gas-facility'],
  ],
  ['煤气管道及设备 with nothing ticked', space('gas-facility', []), '高', ['gas-facility'], ['gas-facility']],
  [
    '储罐 with 其他有毒气体 (第十三条 “等”, 本站理解)',
    space('storage-tank', ['other-toxic']),
    '高',
    ['poisoning-other'],
    ['poisoning-other'],
  ],
  [
    '筒型储库 with its suggested hazards (第六条（二）)',
    space('building-silo', ['fall', 'engulfment']),
    '高',
    ['building-materials-entry'],
    ['building-materials-entry', 'other-hazards'],
  ],
  [
    '磨机 with 机械伤害 (第六条（四）)',
    space('building-kiln-mill', ['mechanical']),
    '高',
    ['building-materials-entry'],
    ['building-materials-entry', 'other-hazards'],
  ],
  [
    '储罐 cleaned with organic solvent (第七条（六）)',
    space('storage-tank', ['solvent-cleaning', 'flammable-gas']),
    '高',
    ['solvent-cleaning'],
    ['solvent-cleaning', 'explosion'],
  ],
  [
    '储罐 with 硫化氢 and 可燃气体',
    space('storage-tank', ['hydrogen-sulfide', 'flammable-gas']),
    '高',
    ['poisoning'],
    ['poisoning', 'explosion'],
  ],
  ['地坑 with 缺氧', space('pit', ['oxygen-deficiency']), '中', ['asphyxiation'], ['asphyxiation']],
  [
    '储罐 with 二氧化碳 and 淹溺',
    space('storage-tank', ['carbon-dioxide', 'drowning']),
    '中',
    ['asphyxiation'],
    ['asphyxiation', 'other-hazards'],
  ],
  ['除尘器 with 可燃粉尘', space('dust-collector', ['combustible-dust']), '中', ['explosion'], ['explosion']],
  [
    '储罐 with 可燃气体 and 缺氧',
    space('storage-tank', ['flammable-gas', 'oxygen-deficiency']),
    '中',
    ['asphyxiation', 'explosion'],
    ['asphyxiation', 'explosion'],
  ],
  [
    '炉窑 (not one 第六条（四） names) with 高温 and 高处坠落',
    space('furnace', ['high-temperature', 'fall']),
    '低',
    ['other-hazards'],
    ['other-hazards'],
  ],
  ['地坑 with 坍塌、掩埋', space('pit', ['engulfment']), '低', ['other-hazards'], ['other-hazards']],
  [
    '其他 with 其他危害',
    space('other', ['other'], { typeOther: '料仓', hazardsOther: '物料坍塌' }),
    '低',
    ['other-hazards'],
    ['other-hazards'],
  ],
  ['地坑 with nothing ticked: fallback', space('pit', []), '中', ['fallback'], ['fallback']],
];

describe('gradeSpace with the default rules', () => {
  it.each(table)('%s → %s', (_, input, grade, decisive, reasons) => {
    const r = ok(gradeSpace(model, input));
    expect(r.grade).toBe(grade);
    expect(r.computed).toBe(grade);
    expect(r.decisive).toEqual(decisive);
    expect(r.reasons.map((x) => x.rule.id)).toEqual(reasons);
    expect(r.fallback).toBe(decisive[0] === 'fallback');
    expect(r.override).toBeNull();
  });

  it('the table fires every default rule and the fallback', () => {
    const fired = new Set(
      table.flatMap(([, input]) => ok(gradeSpace(model, input)).reasons.map((x) => x.rule.id)),
    );
    expect(fired).toEqual(new Set([...model.ruleSet.rules.map((r) => r.id), 'fallback']));
  });

  it('each reason says what matched and carries its clauses and the site’s judgement', () => {
    const r = ok(gradeSpace(model, space('sewage-well', ['hydrogen-sulfide', 'drowning'])));
    const poisoning = r.reasons.find((x) => x.rule.id === 'poisoning')!;
    expect(poisoning.matched).toEqual({ types: [], hazards: ['hydrogen-sulfide'], workModes: [] });
    expect(poisoning.rule.basis.map((b) => ('clause' in b ? `${b.document} ${b.clause}` : b.item))).toEqual([
      'mem10 第十三条',
      'mem13 第七条第二款',
      'mem13 第十六条',
    ]);
    expect(poisoning.rule.judgement).toContain('本站');
    expect(r.reasons.find((x) => x.rule.id === 'plan-named-pools')!.matched.types).toEqual(['sewage-well']);
    expect(r.ruleSet).toEqual({
      id: 'site-reference',
      title: model.ruleSet.title,
      notice: model.ruleSet.notice,
    });
  });

  it('suggests the plan’s gases for its pools and nothing for a 地坑', () => {
    expect(suggestedHazards(model, 'fermentation-tank').hazards).toEqual([
      'hydrogen-sulfide',
      'carbon-monoxide',
      'carbon-dioxide',
    ]);
    expect(suggestedHazards(model, 'gas-facility').basis[0]).toMatchObject({
      document: 'mem10',
      clause: '第四条（六）',
    });
    expect(suggestedHazards(model, 'pit')).toEqual({ hazards: [], basis: [] });
  });
});

describe('changing a grade needs a written reason', () => {
  const pit = space('pit', ['engulfment']);

  it('an override with a reason sets the grade and keeps the computed one and the reason', () => {
    const r = ok(gradeSpace(model, pit, { grade: '高', reason: '  坑深 6 米，曾发生物料掩埋  ' }));
    expect(r.grade).toBe('高');
    expect(r.computed).toBe('低');
    expect(r.override).toEqual({ grade: '高', reason: '坑深 6 米，曾发生物料掩埋' });
    expect(r.decisive).toEqual(['other-hazards']);
  });

  it('lowering works the same way', () => {
    const r = ok(
      gradeSpace(model, space('septic-tank', []), { grade: '中', reason: '已填埋停用，仅剩检查口' }),
    );
    expect([r.grade, r.computed]).toEqual(['中', '高']);
  });

  it('no reason, a blank reason or a grade outside 高/中/低 is refused in Chinese', () => {
    expect(gradeSpace(model, pit, { grade: '高' })).toEqual({
      ok: false,
      errors: ['调整理由：改变风险等级必须写明理由'],
    });
    expect(gradeSpace(model, pit, { grade: '高', reason: '   ' })).toEqual({
      ok: false,
      errors: ['调整理由：改变风险等级必须写明理由'],
    });
    expect(gradeSpace(model, pit, { grade: '较高', reason: '某' })).toEqual({
      ok: false,
      errors: ['风险等级：风险等级只能是 高、中、低 之一'],
    });
  });

  it('an override equal to the computed grade changes nothing', () => {
    const r = ok(gradeSpace(model, pit, { grade: '低', reason: '同意' }));
    expect([r.grade, r.override]).toEqual(['低', null]);
  });
});

describe('a description that cannot be graded is refused field by field', () => {
  it('names each bad field in Chinese', () => {
    const o = gradeSpace(model, space('manhole', ['ammonia', 'ammonia'], { name: ' ', count: 0 }));
    expect(o).toEqual({
      ok: false,
      errors: ['有限空间名称：请填写有限空间名称', '数量：数量应为不小于 1 的整数'],
    });
    expect(gradeSpace(model, space('manhole', ['ammonia', 'drowning', 'drowning']))).toEqual({
      ok: false,
      errors: [
        '类型：没有“manhole”这一类型',
        '危险有害因素：没有“ammonia”这一项',
        '危险有害因素：有重复的项',
      ],
    });
    expect(gradeSpace(model, space('other', ['other']))).toEqual({
      ok: false,
      errors: [
        '其他类型说明：类型选“其他”时请写明是什么空间',
        '其他危险有害因素说明：选了“其他”时请写明是什么危害',
      ],
    });
    expect(gradeSpace(model, { ...space('pit', []), workMode: 'self' as 'own', count: 1.5 })).toEqual({
      ok: false,
      errors: ['数量：数量应为不小于 1 的整数', '作业形式：作业形式只能是 own（自主）或 outsourced（外包）'],
    });
  });
});

describe('a bureau’s own rule set replaces the file, not the code', () => {
  it('grades by the replacement rules', () => {
    const yaml = [
      'id: bureau-2026',
      'title: 某市有限空间分级办法',
      'issuer: 某市应急管理局',
      'notice: 以本局办法为准',
      'rules:',
      '  - id: outsourced-high',
      '    grade: 高',
      '    when: { workModes: [outsourced] }',
      '    reason: 外包作业',
      '    basis: [{ document: mem13, clause: 第八条, quote: 工贸企业将有限空间作业依法发包给其他单位实施的 }]',
      '    judgement: null',
      'fallback: { grade: 低, reason: 其他, basis: [{ document: mem13, clause: 第三条, quote: 有限空间 }], judgement: null }',
    ].join('\n');
    const bureau = { ...model, ruleSet: loadConfinedSpaceObject(root, 'ruleSet', yaml) };
    const r = ok(gradeSpace(bureau, space('pit', ['drowning'], { workMode: 'outsourced' })));
    expect([r.grade, r.decisive, r.ruleSet.id]).toEqual(['高', ['outsourced-high'], 'bureau-2026']);
    expect(ok(gradeSpace(bureau, space('sewage-well', ['hydrogen-sulfide']))).grade).toBe('低');
  });
});
