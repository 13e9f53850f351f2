import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SectorId } from '../../schemas';
import { criteriaItems } from '../criteria/criteria';
import { loadSelfCheckFile, loadSelfCheckFromFiles } from './load-node';
import { assembleSelfCheck, checkSelfCheckIntegrity, type SelfCheckData } from './data';
import { confinedItems, gasItems, hotWorkItems, moltenItems } from '../plan/fixtures/requirement-ids';
import { linkedCriteria, linkedPlanItems, selectSelfCheck, type SelfCheckAnswers } from './select';

const root = path.resolve(__dirname, '../../..');
const data = loadSelfCheckFromFiles(root);
const select = (kinds: SectorId[], answers: SelfCheckAnswers = {}) => selectSelfCheck(data, kinds, answers);
const criteriaIds = (s: ReturnType<typeof select>) => s.criteria.map((c) => c.item.id);
const planIds = (s: ReturnType<typeof select>) => s.planItems.map((p) => p.requirement.id);
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

const smeltingPlan = [...gasItems, ...moltenItems];

describe('the self-check data', () => {
  it('has no broken reference: every rule, question and link resolves', () => {
    expect(checkSelfCheckIntegrity(data)).toEqual([]);
  });

  it('links the plan items the issue names to the criteria about the same thing', () => {
    const link = (planItem: string) => data.links.find((l) => l.planItem === planItem)?.criteria;
    expect(link('gas-alarm')).toContain('mem10-4-6');
    expect(link('molten-no-crowded-rooms')).toEqual(expect.arrayContaining(['mem10-4-1', 'mem10-7-1']));
    expect(link('confined-signs-isolation')).toEqual(['mem10-13-1']);
    expect(link('confined-approval-procedure')).toEqual(['mem10-13-2']);
    expect(link('hot-work-permit')).toEqual(['mine-underground-29']);
  });

  it('says in each link what each side is about, not that they are the same duty', () => {
    for (const l of data.links) {
      expect(l.because, l.id).toMatch(/^方案条目讲/);
      expect(l.because, l.id).not.toMatch(/^都|同一/);
    }
    // 第十三条（一） needs all three: a missing guard rail alone is not that 情形.
    expect(data.links.find((l) => l.id === 'confined-signs')!.because).toContain('同时存在才是该情形');
    // 第五条（十一） speaks of 4 toxic gases, not 煤气 or rooms where people gather.
    const gas = data.links.find((l) => l.id === 'gas-alarm')!.because;
    expect(gas.slice(gas.indexOf('第五条（十一）'))).not.toMatch(/煤气|人员/);
  });

  it('puts every criteria item on some list for some answers (nothing unreachable)', () => {
    const everything = select(
      ['metal-smelting', 'natural-gas', 'dust-explosion', 'confined-space', 'cold-storage', 'non-coal-mine'],
      {
        'mem10-industry': data.questions[0]!.options.map((o) => o.id),
        'liquid-ammonia': ['yes'],
        'mine-kind': ['underground', 'open-pit', 'tailings'],
      },
    );
    expect(criteriaIds(everything)).toEqual(criteriaItems(data.criteria).map((i) => i.id));
    expect(everything.criteria).toHaveLength(137);
    expect(new Set(criteriaIds(everything)).size).toBe(137);
    expect(new Set(planIds(everything)).size).toBe(planIds(everything).length);
    expect(everything.unanswered).toEqual([]);
  });
});

describe('selectSelfCheck: kinds + answers → the exact lists', () => {
  it('金属冶炼企业, 冶金: plan items of campaigns 1, 3 and 4, 第三条, 第四条, 第十四条', () => {
    const s = select(['metal-smelting'], { 'mem10-industry': ['metallurgy'], 'liquid-ammonia': ['no'] });
    expect(planIds(s)).toEqual([...smeltingPlan, ...confinedItems, ...hotWorkItems]);
    expect(criteriaIds(s)).toEqual([
      'mem10-3-1',
      'mem10-3-2',
      'mem10-3-3',
      ...range('mem10-4', 8),
      'mem10-14',
    ]);
    expect(s.kinds).toEqual(['metal-smelting', 'all']);
    expect(s.questions.map((q) => q.question.id)).toEqual([
      'mem10-industry',
      'liquid-ammonia',
      'confined-poisoning',
    ]);
    expect(s.unanswered).toEqual(['confined-poisoning']);
    expect(s.questions[0]!.decides).toEqual(['mem10-4']);
    expect(s.questions[1]!.decides).toEqual([]);
    expect(s.links.map((l) => [l.planItem, l.criteria])).toEqual([
      ['gas-alarm', ['mem10-4-6']],
      ['gas-main-cutoff', ['mem10-4-7']],
      ['gas-water-seal', ['mem10-4-8']],
      ['gas-special-operators', ['mem10-3-2']],
      ['molten-no-crowded-rooms', ['mem10-4-1']],
      ['confined-outsourcing', ['mem10-3-1']],
      ['hot-work-responsibility', ['mem10-3-1']],
      ['hot-work-certified-workers', ['mem10-3-2']],
    ]);
  });

  it('says which rule and answer decided each criteria item', () => {
    const s = select(['metal-smelting'], { 'mem10-industry': ['metallurgy'] });
    const by = (id: string) => s.criteria.find((c) => c.item.id === id)!.decidedBy;
    expect(by('mem10-3-1')).toEqual([
      { rule: 'gongmao-all', because: expect.any(String), sectors: ['all'], answers: [] },
    ]);
    expect(by('mem10-3-3')[0]!.sectors).toEqual(['metal-smelting']);
    expect(by('mem10-4-6')).toEqual([
      {
        rule: 'industry-metallurgy',
        because: '第四条适用于冶金企业。',
        sectors: [],
        answers: [{ question: 'mem10-industry', options: ['metallurgy'] }],
      },
    ]);
  });

  it('金属冶炼企业 with the industry question unanswered: no industry article, the question is pending', () => {
    const s = select(['metal-smelting']);
    expect(criteriaIds(s)).toEqual(['mem10-3-1', 'mem10-3-2', 'mem10-3-3', 'mem10-14']);
    expect(s.unanswered).toEqual(['mem10-industry', 'liquid-ammonia', 'confined-poisoning']);
  });

  it('有色 and 机械 (铸造) bring 第五条 and 第七条 and their links', () => {
    const s = select(['metal-smelting'], { 'mem10-industry': ['machinery', 'nonferrous'] });
    expect(criteriaIds(s)).toEqual([
      'mem10-3-1',
      'mem10-3-2',
      'mem10-3-3',
      ...range('mem10-5', 13),
      ...range('mem10-7', 7),
      'mem10-14',
    ]);
    expect(s.questions[0]!.answer).toEqual(['nonferrous', 'machinery']);
    expect(s.questions[0]!.decides).toEqual(['mem10-5', 'mem10-7']);
    expect(linkedCriteria(s, 'molten-no-crowded-rooms')).toEqual(['mem10-5-1', 'mem10-7-1']);
    expect(linkedCriteria(s, 'molten-paint-room')).toEqual(['mem10-7-7']);
    expect(linkedCriteria(s, 'gas-alarm')).toEqual(['mem10-5-11']);
    expect(linkedPlanItems(s, 'mem10-3-2')).toEqual(['gas-special-operators', 'hot-work-certified-workers']);
  });

  it('有限空间重点企业: 第十三条 by the kind, the poisoning question not asked', () => {
    const s = select(['confined-space'], { 'mem10-industry': ['light-industry'], 'liquid-ammonia': ['no'] });
    expect(criteriaIds(s)).toEqual([
      'mem10-3-1',
      'mem10-3-2',
      ...range('mem10-8', 7),
      'mem10-13-1',
      'mem10-13-2',
      'mem10-14',
    ]);
    expect(s.questions.map((q) => q.question.id)).toEqual(['mem10-industry', 'liquid-ammonia']);
    expect(s.criteria.find((c) => c.item.id === 'mem10-13-1')!.decidedBy[0]!.rule).toBe(
      'confined-space-sector',
    );
    expect(s.links.map((l) => l.id)).toEqual([
      'confined-signs',
      'confined-approval',
      'contractor-coordination',
      'hot-work-contractor',
      'hot-work-certified',
    ]);
    expect(s.unanswered).toEqual([]);
  });

  it('粉尘涉爆企业 with poisoning confined spaces: 第十一条 by the kind, 第十三条 by the answer', () => {
    const s = select(['dust-explosion'], { 'mem10-industry': ['commerce'], 'confined-poisoning': ['yes'] });
    expect(criteriaIds(s)).toEqual([
      'mem10-3-1',
      'mem10-3-2',
      ...range('mem10-11', 10),
      'mem10-13-1',
      'mem10-13-2',
      'mem10-14',
    ]);
    const q = s.questions.find((x) => x.question.id === 'confined-poisoning')!;
    expect(q.askedBecause).toEqual(['all']);
    expect(q.decides).toEqual(['mem10-13']);
    expect(s.questions[0]!.decides).toEqual([]);
    expect(planIds(s)).toEqual([
      'dust-responsibility',
      'dust-evacuation-emergency',
      'dust-wet-collector',
      ...hotWorkItems,
    ]);
  });

  it('涉及冷库: 第十二条 only when 液氨制冷 is used', () => {
    expect(criteriaIds(select(['cold-storage'], { 'liquid-ammonia': ['no'] }))).toEqual([
      'mem10-3-1',
      'mem10-3-2',
      'mem10-14',
    ]);
    const s = select(['cold-storage'], { 'liquid-ammonia': ['yes'] });
    expect(criteriaIds(s)).toEqual(['mem10-3-1', 'mem10-3-2', 'mem10-12-1', 'mem10-12-2', 'mem10-14']);
    expect(s.questions.find((q) => q.question.id === 'liquid-ammonia')!.decides).toEqual(['mem10-12']);
    expect(planIds(s)).toContain('cold-storage-staff-certified');
    expect(linkedCriteria(s, 'cold-storage-staff-certified')).toEqual(['mem10-3-2']);
  });

  it('非煤矿山企业: only the 矿山 parts picked, 补充情形 included, no 第10号令 and no 工贸 questions', () => {
    const s = select(['non-coal-mine'], { 'mine-kind': ['tailings', 'underground'] });
    expect(criteriaIds(s)).toEqual([
      ...range('mine-underground', 32),
      ...range('mine-underground-s', 4).map((id) => id.replace('s-', 's')),
      ...range('mine-tailings', 19),
      'mine-tailings-s1',
      'mine-tailings-s2',
    ]);
    expect(s.questions.map((q) => q.question.id)).toEqual(['mine-kind']);
    expect(s.questions[0]!.decides).toEqual(['mine-underground', 'mine-tailings']);
    expect(s.kinds).toEqual(['non-coal-mine']);
    expect(planIds(s)).toEqual(hotWorkItems);
    // （四）动火 reaches mines: its 审批 and 现场 items link to 地下矿山（二十九）.
    expect(s.links.map((l) => [l.planItem, l.criteria])).toEqual([
      ['hot-work-permit', ['mine-underground-29']],
      ['hot-work-site-controls', ['mine-underground-29']],
    ]);
    expect(linkedPlanItems(s, 'mine-underground-29')).toEqual(['hot-work-permit', 'hot-work-site-controls']);
    // An open-pit mine has no such item: no link.
    expect(select(['non-coal-mine'], { 'mine-kind': ['open-pit'] }).links).toEqual([]);
  });

  it('nothing chosen: empty lists, no questions', () => {
    const s = select([]);
    expect([s.planItems, s.criteria, s.questions, s.links, s.ignoredAnswers]).toEqual([[], [], [], [], []]);
  });

  it('an item two rules bring in is listed once, with both decisions', () => {
    const twice: SelfCheckData = {
      ...data,
      rules: [
        ...data.rules,
        {
          id: 'extra',
          when: { sectors: ['metal-smelting'] },
          include: ['mem10-4', 'mem10-4-6'],
          because: '测试',
        },
      ],
    };
    const s = selectSelfCheck(twice, ['metal-smelting', 'natural-gas'], { 'mem10-industry': ['metallurgy'] });
    const ids = criteriaIds(s);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('mem10-4-'))).toEqual(range('mem10-4', 8));
    const gasAlarm = s.criteria.find((c) => c.item.id === 'mem10-4-6')!;
    expect(gasAlarm.decidedBy.map((d) => d.rule)).toEqual(['industry-metallurgy', 'extra']);
    expect(new Set(planIds(s)).size).toBe(planIds(s).length);
  });
});

describe('answers that cannot be used are reported, not guessed', () => {
  it('an answer to a question not asked for these kinds, or to no question, is ignored with a reason', () => {
    const s = select(['non-coal-mine'], {
      'liquid-ammonia': ['yes'],
      nope: ['x'],
      'mine-kind': ['open-pit'],
    });
    expect(criteriaIds(s)).not.toContain('mem10-12-1');
    expect(s.ignoredAnswers).toEqual([
      '问题“本企业是否使用液氨制冷？”对所选企业类型不适用，回答已忽略',
      '没有问题 nope，回答已忽略',
    ]);
  });

  it('an unknown option is dropped; two answers to a one-answer question decide nothing', () => {
    const s = select(['cold-storage'], {
      'mem10-industry': ['metallurgy', 'steel'],
      'liquid-ammonia': ['yes', 'no'],
    });
    expect(s.questions[0]!.answer).toEqual(['metallurgy']);
    expect(criteriaIds(s)).not.toContain('mem10-12-1');
    expect(s.unanswered).toEqual(['liquid-ammonia', 'confined-poisoning']);
    expect(s.ignoredAnswers).toEqual([
      '问题“本企业属于哪个行业？”没有选项 steel，已忽略',
      '问题“本企业是否使用液氨制冷？”只能选一项，收到 2 项，已忽略这个回答',
    ]);
  });
});

describe('broken references fail with a clear Chinese message', () => {
  const broken = (patch: Partial<SelfCheckData>) => () => assembleSelfCheck({ ...data, ...patch });

  it('a link to a plan item or criterion that does not exist', () => {
    const links = [
      { id: 'x', planItem: 'gas-alarms', criteria: ['mem10-4-6'], because: '测试' },
      { id: 'y', planItem: 'gas-alarm', criteria: ['mem10-4-9', 'mem10-4'], because: '测试' },
    ];
    expect(broken({ links })).toThrow(
      [
        '自查清单数据交叉引用检查失败（3 处）：',
        '内容文件 content/criteria/plan-links.yaml（id: x）字段 planItem：方案中没有要求条目 gas-alarms（应在 campaigns.yaml 中）',
        '内容文件 content/criteria/plan-links.yaml（id: y）字段 criteria：找不到判定标准条款 mem10-4-9',
        '内容文件 content/criteria/plan-links.yaml（id: y）字段 criteria：mem10-4 是一整条或一部分，链接应指向其中的一项',
      ].join('\n'),
    );
  });

  it('a rule naming a missing criterion, question, option or the article the reference lacks', () => {
    const rules = [
      {
        id: 'r',
        when: { sectors: ['all' as const], answers: { 'liquid-amonia': ['yes'], 'mine-kind': ['shaft'] } },
        include: ['mem10-16', 'mem10-15'],
        because: '测试',
      },
    ];
    const message = (() => {
      try {
        broken({ rules })();
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message?.split('\n')).toEqual([
      '自查清单数据交叉引用检查失败（4 处）：',
      '内容文件 content/self-check/scope-rules.yaml（id: r）字段 when.answers：没有问题 liquid-amonia（应在 content/self-check/questions.yaml 中）',
      '内容文件 content/self-check/scope-rules.yaml（id: r）字段 when.answers.mine-kind：问题 mine-kind 没有选项 shaft',
      '内容文件 content/self-check/scope-rules.yaml（id: r）字段 include：找不到判定标准条款 mem10-16',
      '内容文件 content/self-check/scope-rules.yaml（id: r）字段 include：mem10-15 原文缺失，不能列入清单',
    ]);
  });

  it('a question named like the kinds parameter of a link', () => {
    const questions = [{ ...data.questions[0]!, id: 'kinds' }];
    expect(broken({ questions, rules: [] })).toThrow(
      '内容文件 content/self-check/questions.yaml（id: kinds）字段 id：kinds 已用于链接中的企业类型，问题不能叫这个名字',
    );
  });

  it('a YAML entry with a bad field names the file, entry and field', () => {
    const bad = `- id: r\n  when: {}\n  include: []\n  because: 测试\n`;
    expect(() => loadSelfCheckFile(root, 'rules', bad)).toThrow(
      /内容文件 content\/self-check\/scope-rules\.yaml 第 1 项（id: r）字段 when：至少要有一个条件[\s\S]*字段 include：至少要列出一项判定标准/,
    );
    const badSector = `- id: q\n  order: 1\n  text: 问\n  multiple: false\n  askedFor: [steel]\n  options: [{ id: a, label: 甲 }, { id: b, label: 乙 }]\n`;
    expect(() => loadSelfCheckFile(root, 'questions', badSector)).toThrow(
      /questions\.yaml 第 1 项（id: q）字段 askedFor\[0\]：行业类型只能是/,
    );
  });
});
