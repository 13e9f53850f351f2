import path from 'node:path';
import { checklistSourceForBrowser } from '../self-check/data';
import { describe, expect, it } from 'vitest';
import { sectorIds } from '../../schemas';
import { blockText, buildFullText, footerLines } from '../plan/fulltext';
import { loadSelfCheckFromFiles } from '../self-check/load-node';
import { loadPlanFromFiles } from '../plan/load-plan-node';
import { requirementsFor } from '../plan/plan';
import { confinedItems, gasItems, hotWorkItems, moltenItems } from '../plan/fixtures/requirement-ids';
import {
  checklistDeck,
  criteriaDeck,
  criteriaDecks,
  criterionAnswers,
  entryLead,
  factLabel,
  handoutOf,
  MAX_SLIDE_CHARS,
  planDeck,
  sectorDeck,
  sizeFor,
  slideChars,
  type Deck,
} from './deck';

const root = path.resolve(__dirname, '../../..');
const plan = loadPlanFromFiles(root);
const selfCheck = loadSelfCheckFromFiles(root);
const source = { ...selfCheck, citations: plan.citations };
const ids = (d: Deck) => d.slides.map((s) => s.id);
const smelting = checklistDeck(source, ['metal-smelting'], {
  'mem10-industry': ['metallurgy'],
  'liquid-ammonia': ['no'],
});
const allDecks: Deck[] = [
  planDeck(plan),
  ...sectorIds.map((id) => sectorDeck(plan, id)),
  smelting,
  checklistDeck(
    source,
    ['metal-smelting', 'dust-explosion', 'confined-space', 'cold-storage', 'non-coal-mine'],
    {
      'mem10-industry': selfCheck.questions[0]!.options.map((o) => o.id),
      'liquid-ammonia': ['yes'],
      'mine-kind': ['underground', 'open-pit', 'tailings'],
    },
  ),
];

describe('every deck', () => {
  it('has unique slide ids, a source on every slide and fits each slide on one screen', () => {
    for (const deck of allDecks) {
      expect(new Set(ids(deck)).size, deck.list).toBe(deck.slides.length);
      for (const s of deck.slides) {
        expect(s.source.label, `${deck.list} ${s.id}`).not.toBe('');
        expect(s.body.join(''), `${deck.list} ${s.id}`).not.toBe('');
        expect(slideChars(s), `${deck.list} ${s.id} 字数`).toBeLessThanOrEqual(MAX_SLIDE_CHARS);
        expect(s.size).toBe(sizeFor(slideChars(s)));
      }
    }
  });

  it('names each slide’s place in Chinese on the handout and the screen, never a slug (slugs stay in links)', () => {
    for (const deck of allDecks)
      for (const s of deck.slides) {
        expect(s.source.short, `${deck.list} ${s.id}`).not.toMatch(/#\s*[a-z]|[a-z]+-[a-z]+/);
        expect(s.source.label, `${deck.list} ${s.id}`).not.toMatch(/#\s*[a-z]/);
      }
  });

  it('writes a fact label with one colon', () => {
    expect(factLabel('整治范围')).toBe('整治范围：');
    expect(factLabel('本企业是否使用液氨制冷？')).toBe('本企业是否使用液氨制冷？');
  });

  it('sizes text by length', () => {
    expect([40, 41, 120, 121, 220, 221, 380, 381].map(sizeFor)).toEqual('xl l l m m s s xs'.split(' '));
  });
});

describe('planDeck: the full text paragraph by paragraph', () => {
  const deck = planDeck(plan);
  const blocks = buildFullText(plan);

  it('gives back the whole text, verbatim and in order, from the slides’ leads and bodies', () => {
    const shown = deck.slides.flatMap((s) => [s.lead ?? '', ...s.body]).join('');
    expect(shown).toBe(blocks.map(blockText).join('') + footerLines(plan).join(''));
  });

  it('puts each requirement item on its own screen, linked to its anchor in the plan', () => {
    const gas = deck.slides.filter((s) => s.id.startsWith('gas-'));
    expect(gas.map((s) => s.id)).toEqual(gasItems);
    expect(gas[0]!.lead).toBe('1.煤气（天然气）作业方面。');
    expect(gas[1]!.lead).toBeNull();
    expect(gas[2]!.context).toEqual([
      '二、整治范围及重点',
      '（一）金属冶炼企业排查整治攻坚行动（从即日起至12月31日）',
      '1.煤气（天然气）作业方面。',
    ]);
    expect(gas[2]!.source).toEqual({
      label:
        '行动方案全文 · 二、整治范围及重点 · （一）金属冶炼企业排查整治攻坚行动（从即日起至12月31日） · 1.煤气（天然气）作业方面。',
      href: '/plan/#gas-alarm',
      short: '行动方案（一）1. 固定式煤气检测报警仪',
    });
    expect(gas.every((s) => s.checkable)).toBe(true);
  });

  it('leads an item with the paragraph that heads it, and groups short paragraphs on one screen', () => {
    const signs = deck.slides.find((s) => s.id === 'confined-signs-isolation')!;
    expect(signs.lead).toBe('1.开展规范设置警示标识和隔离措施集中整治');
    const notice = deck.slides.find((s) => s.id === 'notice-addressees')!;
    expect(notice.kind).toBe('group');
    expect(notice.body).toHaveLength(5);
    expect(deck.slides[0]!.kind).toBe('title');
    expect(deck.slides[0]!.body).toEqual([
      plan.document.header,
      plan.document.noticeTitle,
      plan.document.docNumber,
    ]);
    expect(deck.slides.find((s) => s.id === 'general')!.kind).toBe('section');
  });

  it('has every requirement item of the plan, once, on the handout', () => {
    const handout = handoutOf(deck).flatMap((g) => g.entries.map((e) => e.slide.id));
    const all = requirementsFor(plan, sectorIds.slice()).flatMap((c) => c.requirements.map((r) => r.id));
    expect(handout).toEqual(all);
  });
});

describe('sectorDeck: a sector page as slides', () => {
  it('金属冶炼企业: title, campaigns with their items in the page’s order, phases, reporting', () => {
    const deck = sectorDeck(plan, 'metal-smelting');
    const items = requirementsFor(plan, ['metal-smelting']);
    expect(deck.slides[0]!.body).toEqual(['金属冶炼企业']);
    expect(deck.slides[0]!.note?.mark).toBe('摘要');
    const campaignsAndItems = deck.slides
      .slice(
        1,
        deck.slides.findIndex((s) => s.id === 'phases'),
      )
      .map((s) => s.id);
    expect(campaignsAndItems).toEqual(
      items.flatMap(({ campaign, requirements }) => [
        `campaign-${campaign.id}`,
        ...requirements.map((r) => r.id),
      ]),
    );
    // A campaign's time: the plan's words, and the dates they stand for (with the year) as the site's reading.
    const first = deck.slides.find((s) => s.id === 'campaign-metal-smelting')!;
    expect(first.facts[0]).toEqual({ label: '时间（原文）', text: '从即日起至12月31日' });
    expect(first.dated).toEqual({
      start: '2025-05-26',
      end: '2025-12-31',
      reading: '即 2025年5月26日（印发之日）至 2025年12月31日',
    });
    // （二） states no time: no dates are made up.
    const dust = sectorDeck(plan, 'dust-explosion').slides.find((s) => s.id === 'campaign-dust-explosion')!;
    expect(dust.dated).toBeNull();
    const alarm = deck.slides.find((s) => s.id === 'gas-alarm')!;
    expect(alarm.note).toEqual({ mark: '摘要', text: '固定式煤气检测报警仪' });
    expect(alarm.body).toEqual([
      '生产、储存、使用煤气的企业在可能发生煤气泄漏、聚集的场所，以及煤气区域的值班室、操作室等人员较集中的地方，应设置固定式煤气检测报警仪和安全警示标志；',
    ]);
    expect(alarm.facts).toEqual([{ label: '适用于', text: '生产、储存、使用煤气的企业' }]);
    expect(alarm.source.href).toBe('/plan/#gas-alarm');
    const tasks = deck.slides.filter((s) => s.id.startsWith('task-'));
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) {
      const anchor = t.source.href!.replace('/plan/#', '');
      const paragraph = [...plan.phases.flatMap((p) => p.paragraphs)].find((p) => p.id === anchor);
      expect(paragraph?.text, t.id).toContain(t.body[0]);
    }
    expect(deck.slides.filter((s) => s.id.startsWith('report-')).length).toBe(
      plan.reporting.filter((r) => r.who.includes('enterprise')).length,
    );
  });

  it('quotes every requirement text verbatim (number, title and text as printed)', () => {
    for (const id of sectorIds) {
      const deck = sectorDeck(plan, id);
      for (const { requirements } of requirementsFor(plan, [id]))
        for (const r of requirements)
          expect(deck.slides.find((s) => s.id === r.id)!.body).toEqual([
            `${r.number ?? ''}${r.title ?? ''}${r.text}`,
          ]);
    }
  });

  it('fails in Chinese for an unknown kind', () => {
    expect(() => sectorDeck(plan, 'bakery' as never)).toThrow('没有企业类型 bakery');
  });
});

describe('checklistDeck: a 自查 checklist as slides', () => {
  it('金属冶炼 + 冶金: the plan items, then 第三条, 第四条 and 第十四条, each with its article and item', () => {
    const items = smelting.slides.filter((s) => s.kind === 'item').map((s) => s.id);
    expect(items).toEqual([
      ...gasItems,
      ...moltenItems,
      // （三）有限空间: its 整治范围 names 冶金 and 机械（高炉企业）
      ...confinedItems,
      ...hotWorkItems,
      'mem10-3-1',
      'mem10-3-2',
      'mem10-3-3',
      ...Array.from({ length: 8 }, (_, i) => `mem10-4-${i + 1}`),
      'mem10-14',
    ]);
    const c = smelting.slides.find((s) => s.id === 'mem10-4-6')!;
    expect(c.lead).toBe('冶金企业有下列情形之一的，应当判定为重大事故隐患：');
    expect(c.body[0]).toMatch(/^（六）煤气生产、回收净化/);
    expect(c.source).toEqual({
      label: '《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）第四条（六）',
      href: '/criteria/mem10/#mem10-4-6',
      short: '第10号令第四条（六）',
    });
    expect(c.related).toEqual(['相关方案要求（本站理解）：固定式煤气检测报警仪（摘要）']);
    // The handout offers the 情形 answers for a criterion, 符合/不符合 for a plan item.
    expect(c.answers).toEqual(['不存在该情形', '存在该情形（重大事故隐患）', '不适用']);
    expect(smelting.slides.find((s) => s.id === 'gas-alarm')!.answers).toEqual(['符合', '不符合', '不适用']);
    expect(smelting.answerNote).toContain('只有存在判定标准所列情形的，才是重大事故隐患');
    expect(c.because).toEqual(['第四条适用于冶金企业。']);
    expect(smelting.slides.find((s) => s.id === 'gas-alarm')!.related).toEqual([
      '相关判定标准（本站理解）：第10号令第四条（六）',
    ]);
    expect(smelting.warnings).toEqual([
      '尚未回答“本企业是否有存在硫化氢、一氧化碳等中毒风险的有限空间作业？”，它决定的条款没有列入。',
    ]);
    const title = smelting.slides[0]!;
    expect(title.facts[0]).toEqual({ label: '企业类型', text: '金属冶炼企业、所有冶金工贸企业' });
    expect(title.note?.mark).toBe('本站理解');
    expect(smelting.about).toEqual(title.facts);
  });

  it('非煤矿山, 地下矿山: the mine part with its numbered 情形 and the 2024 supplement after it', () => {
    const deck = checklistDeck(source, ['non-coal-mine'], { 'mine-kind': ['underground'] });
    const first = deck.slides.find((s) => s.id === 'mine-underground-1')!;
    expect(first.subItems[0]).toBe('1.矿井直达地面的独立安全出口少于2个，或者与设计不一致；');
    expect(first.source.label).toBe(
      '《金属非金属矿山重大事故隐患判定标准》（矿安〔2022〕88号）一、金属非金属地下矿山重大事故隐患（一）',
    );
    const mineItems = deck.slides.filter((s) => s.id.startsWith('mine-underground-'));
    const expected = selfCheck.criteria.mines
      .find((m) => m.id === 'mine-underground')!
      .items.map((i) => i.id);
    expect(mineItems.map((s) => s.id)).toEqual(expected);
    const supplement = deck.slides.find((s) => s.id === mineItems.at(-1)!.id)!;
    expect(supplement.source.label).toMatch(/〔2024〕41号/);
    expect(deck.slides.some((s) => s.id.startsWith('mem10-'))).toBe(false);
  });

  it('prints every listed item once on the handout, with a tick box each', () => {
    const handout = handoutOf(smelting);
    const entries = handout.flatMap((g) => g.entries);
    expect(entries.map((e) => e.slide.id)).toEqual(
      smelting.slides.filter((s) => s.checkable).map((s) => s.id),
    );
    expect(entries.every((e) => smelting.slides[e.number - 1]!.id === e.slide.id)).toBe(true);
    const article4 = handout.find((g) => g.heading === '《工贸企业重大事故隐患判定标准》 第四条')!;
    expect(article4.lead).toBe('冶金企业有下列情形之一的，应当判定为重大事故隐患：');
    expect(entryLead(article4, article4.entries[0]!)).toBeNull();
    expect(smelting.slides.find((s) => s.id === 'mem10-4-6')!.source.short).toBe('第10号令第四条（六）');
  });

  it('plan handout keeps a paragraph heading with the one item it leads', () => {
    const groups = handoutOf(planDeck(plan));
    const g = groups.find((x) => x.entries.some((e) => e.slide.id === 'gas-archives'))!;
    expect(g.lead).toBeNull();
    expect(entryLead(g, g.entries[0]!)).toBe('1.煤气（天然气）作业方面。');
    expect(entryLead(g, g.entries[1]!)).toBeNull();
  });

  it('sends the browser the same lists without the build-only notes, and smaller', () => {
    const trimmed = checklistSourceForBrowser(selfCheck, plan.citations);
    const kinds = ['metal-smelting', 'non-coal-mine'] as const;
    const answers = { 'mem10-industry': ['metallurgy'], 'mine-kind': ['open-pit'] };
    expect(checklistDeck(trimmed, [...kinds], answers)).toEqual(checklistDeck(source, [...kinds], answers));
    expect(JSON.stringify(trimmed).length).toBeLessThan(JSON.stringify(source).length * 0.8);
  });

  it('an empty selection gives only the title screen and says so', () => {
    const deck = checklistDeck(source, []);
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]!.facts[0]).toEqual({ label: '企业类型', text: '未选择' });
  });
});

describe('criteriaDeck: a standard, an article or a mine part for the training room', () => {
  const criteria = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..')).criteria;
  it('offers each whole standard, each article of 第10号令 with its industry and each mine part', () => {
    const decks = criteriaDecks(criteria);
    expect(decks.map((d) => d.slug).slice(0, 4)).toEqual(['mem10', 'mines', 'mem10-3', 'mem10-4']);
    expect(decks.find((d) => d.slug === 'mem10-4')!.title).toBe('第10号令第四条 冶金企业');
    expect(decks.find((d) => d.slug === 'mine-underground')!.parts).toEqual(['mine-underground']);
    // 第十五条 was not obtained: no deck of nothing.
    expect(decks.some((d) => d.slug === 'mem10-15')).toBe(false);
  });

  it('第四条: a screen per 情形 with the lead-in, its article as source, the criterion’s answers on the handout', () => {
    const deck = criteriaDeck(criteria, ['mem10-4'], '第10号令第四条 冶金企业', 'criteria:mem10-4');
    const items = deck.slides.filter((s) => s.kind === 'item');
    expect(items.map((s) => s.id)).toEqual(Array.from({ length: 8 }, (_, i) => `mem10-4-${i + 1}`));
    expect(items[4]!.lead).toBe('冶金企业有下列情形之一的，应当判定为重大事故隐患：');
    expect(items[4]!.body[0]).toMatch(/^（五）高炉生产期间炉顶工作压力/);
    expect(items[4]!.source).toEqual({
      label: '《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）第四条（五）',
      href: '/criteria/mem10/#mem10-4-5',
      short: '第10号令第四条（五）',
    });
    expect(handoutOf(deck).flatMap((g) => g.entries)).toHaveLength(8);
    expect(items.every((s) => s.answers === criterionAnswers)).toBe(true);
    expect(() => criteriaDeck(criteria, ['mem10-99'], 'x', 'x')).toThrow('没有判定标准条文 mem10-99');
  });

  it('the mine criteria: the 2024 supplement’s items cite 矿安〔2024〕41号', () => {
    const deck = criteriaDeck(criteria, ['mine-tailings'], '尾矿库', 'criteria:mine-tailings');
    const supplement = deck.slides.filter((s) => s.source.label.includes('矿安〔2024〕41号'));
    expect(supplement).toHaveLength(2);
  });
});
