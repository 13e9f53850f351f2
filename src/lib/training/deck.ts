import type { Citation, Requirement, SectorId } from '../../schemas';
import { criteriaGroups } from '../criteria/criteria';
import { formatChineseDate } from '../common/dates';
import { blockText, buildFullText, footerLines } from '../plan/fulltext';
import { quotableParagraphs, reportingFor, requirementsFor, type PlanData } from '../plan/plan';
import { campaignItemLocator, planLocators } from '../plan/plan-locator';
import type { ChecklistSource } from '../self-check/data';
import {
  linkedCriteria,
  linkedPlanItems,
  selectSelfCheck,
  type SelfCheckAnswers,
} from '../self-check/select';
import { criteriaHref } from '../criteria/pages';
import type { CriteriaData, CriteriaItem } from '../criteria/criteria';
import type { ReferenceDocument } from '../../schemas/reference';

/**
 * 培训投影: a list (the plan's full text, a sector page, a 自查 checklist) as slides, one item or one
 * small group per screen. Every text a slide shows as the plan's or a standard's words is verbatim;
 * what the site wrote itself travels in `note` with its mark (摘要 / 本站理解), or as a fact's label.
 */

export type Mark = '摘要' | '本站理解';

/** Where a slide's words come from: a paragraph anchor of the plan, or an article and item of a standard. */
export interface SlideSource {
  /** For a reader: 行动方案全文 · 二、整治范围及重点 · … / 《工贸企业重大事故隐患判定标准》（…）第四条（六）. */
  label: string;
  /** The place on this site (/plan/#gas-alarm); null when the site has no page for it. */
  href: string | null;
  /** Short form for the printed handout: 行动方案（一）1. 固定式煤气检测报警仪 / 第10号令第四条（六）; never a slug. */
  short: string;
}

/** Text size class: fewer characters, larger type (every class is ≥ 32 px on a 1920×1080 screen). */
export type SlideSize = 'xl' | 'l' | 'm' | 's' | 'xs';

export interface SlideFact {
  /** The site's label, e.g. 整治范围 / 适用于. */
  label: string;
  /** The plan's (or a standard's) words. */
  text: string;
}

export interface Slide {
  /** Unique in its deck and stable: a plan anchor, a requirement id, a criteria id. */
  id: string;
  kind: 'title' | 'section' | 'item' | 'group';
  /** The headings above it, as printed (shown small on top). */
  context: string[];
  /** The site's own summary of the slide, with its mark. */
  note: { mark: Mark; text: string } | null;
  /** A verbatim lead-in printed before the body (an article's 有下列情形之一的, a paragraph's heading). */
  lead: string | null;
  /** Paragraphs, verbatim (a group slide has several short ones). */
  body: string[];
  /** Numbered 情形 under the body (1.…), verbatim. */
  subItems: string[];
  facts: SlideFact[];
  source: SlideSource;
  /** Items about the same thing in the other document (plan item ↔ criterion), for the source panel. */
  related: string[];
  /** Why it is on this list (本站理解), for the source panel. */
  because: string[];
  /** On the handout with a tick box. */
  checkable: boolean;
  /**
   * The answers the handout offers to tick instead of one box (a 自查 checklist): 符合 / 不符合 / 不适用
   * for a plan item, 不存在该情形 / 存在该情形（重大事故隐患） / 不适用 for a criterion.
   */
  answers: string[] | null;
  /**
   * A campaign's time as dates (本站理解: 从即日起 = 印发之日; no year = 2025), for the status the deck
   * works out from the day it is shown (已结束 …).
   */
  dated: { start: string | null; end: string | null; reading: string } | null;
  /** The handout heading it is printed under. */
  handoutGroup: string;
  size: SlideSize;
}

export interface Deck {
  /** plan / sector:metal-smelting / checklist. */
  list: string;
  title: string;
  slides: Slide[];
  /** Things a trainer should know about the list (unanswered questions, ignored answers), in Chinese. */
  warnings: string[];
  /** What the list was chosen by (企业类型, answers), printed on the handout. */
  about: SlideFact[];
  /** How the handout's answers are meant (a 自查 checklist), printed under its heading. */
  answerNote: string | null;
}

/** The answers a 自查 checklist's handout offers: a plan item, then a criterion (see Slide.answers). */
export const planAnswers = ['符合', '不符合', '不适用'];
export const criterionAnswers = ['不存在该情形', '存在该情形（重大事故隐患）', '不适用'];
export const CHECKLIST_ANSWER_NOTE =
  '方案要求条目勾“符合”“不符合”或“不适用”；判定标准条款写的是违规情形，勾“不存在该情形”“存在该情形”或“不适用”——只有存在判定标准所列情形的，才是重大事故隐患，方案要求条目不符合的默认为一般隐患。';

/** A fact's label as shown, with a colon unless it already ends in a question mark or colon. */
export function factLabel(label: string): string {
  return /[？?：:]$/.test(label) ? label : `${label}：`;
}

/** Characters a slide shows in its main area (lead, body, sub-items, facts). */
export function slideChars(s: Pick<Slide, 'lead' | 'body' | 'subItems' | 'facts' | 'note'>): number {
  const all = [
    s.lead ?? '',
    ...s.body,
    ...s.subItems,
    ...s.facts.map((f) => f.label + f.text),
    s.note?.text ?? '',
  ];
  return all.reduce((n, t) => n + [...t].length, 0);
}

/** Size class for a number of characters: ≤ 40 xl, ≤ 120 l, ≤ 220 m, ≤ 380 s, more xs. */
export function sizeFor(chars: number): SlideSize {
  if (chars <= 40) return 'xl';
  if (chars <= 120) return 'l';
  if (chars <= 220) return 'm';
  if (chars <= 380) return 's';
  return 'xs';
}

/** Longest slide (characters) a deck may have: at the smallest size it still fits one 16:9 screen. */
export const MAX_SLIDE_CHARS = 520;

type Optional =
  'context' | 'note' | 'lead' | 'subItems' | 'facts' | 'related' | 'because' | 'answers' | 'dated';
type SlideInit = Omit<Slide, 'size' | Optional> & Partial<Pick<Slide, Optional>>;

function slide(init: SlideInit): Slide {
  const s: Omit<Slide, 'size'> = {
    context: [],
    note: null,
    lead: null,
    subItems: [],
    facts: [],
    related: [],
    because: [],
    answers: null,
    dated: null,
    ...init,
  };
  return { ...s, size: sizeFor(slideChars(s)) };
}

const planHref = (anchor: string) => `/plan/#${anchor}`;

/** A paragraph no longer than this joins its short neighbours on one screen. */
const SHORT = 50;
const GROUP_MAX_LINES = 8;
const GROUP_MAX_CHARS = 240;

/**
 * The plan's full text, paragraph by paragraph (buildFullText). Headings are section screens; a paragraph
 * made of requirement items gives one screen per item (its printed heading leads the first and stays on top
 * of the rest); short paragraphs in a row (the notice, signature, contacts, annex list) share a screen.
 * Joining every slide's lead and body in order gives back the whole text.
 */
export function planDeck(plan: PlanData): Deck {
  const where = planLocators(plan);
  const locate = (id: string) => where.get(id) ?? '行动方案';
  const slides: Slide[] = [];
  const blocks = buildFullText(plan);
  let h3: string | null = null;
  let h4: string | null = null;
  let sub: string | null = null;
  let pendingLead: string | null = null;
  let group: { ids: string[]; lines: string[] } | null = null;
  let title: { ids: string[]; lines: string[] } | null = null;

  const context = () => [h3, h4, sub].filter((t): t is string => t !== null);
  const sourceLabel = () => ['行动方案全文', ...[h3, h4, sub].filter(Boolean)].join(' · ');
  const handoutGroup = () => [h4 ?? h3 ?? '行动方案', sub].filter(Boolean).join(' ');
  const flushGroup = () => {
    if (!group) return;
    const g = group;
    group = null;
    slides.push(
      slide({
        id: g.ids[0]!,
        kind: 'group',
        context: context(),
        body: g.lines,
        source: { label: sourceLabel(), href: planHref(g.ids[0]!), short: locate(g.ids[0]!) },
        checkable: false,
        handoutGroup: handoutGroup(),
      }),
    );
  };
  const flushTitle = () => {
    if (!title) return;
    const t = title;
    title = null;
    slides.push(
      slide({
        id: t.ids[0]!,
        kind: 'title',
        body: t.lines,
        source: { label: '行动方案全文 · 文件头', href: planHref(t.ids[0]!), short: '方案 文件头' },
        checkable: false,
        handoutGroup: '行动方案',
      }),
    );
  };

  for (const block of blocks) {
    const text = blockText(block);
    if (block.kind === 'doc-header') {
      flushGroup();
      flushTitle();
      title = { ids: [block.id], lines: [text] };
      continue;
    }
    if (title && (block.kind === 'h2' || block.kind === 'centre')) {
      title.ids.push(block.id);
      title.lines.push(text);
      continue;
    }
    flushTitle();
    if (block.kind === 'h2' || block.kind === 'h3' || block.kind === 'h4') {
      flushGroup();
      if (block.kind === 'h2') [h3, h4] = [null, null];
      if (block.kind === 'h3') [h3, h4] = [text, null];
      if (block.kind === 'h4') h4 = text;
      sub = null;
      slides.push(
        slide({
          id: block.id,
          kind: 'section',
          context: block.kind === 'h4' && h3 ? [h3] : [],
          body: [text],
          source: { label: sourceLabel(), href: planHref(block.id), short: locate(block.id) },
          checkable: false,
          handoutGroup: handoutGroup(),
        }),
      );
      continue;
    }
    const itemParts = block.parts.filter((p) => p.id);
    // A paragraph that only heads the items below it (fulltext.ts names these section-…).
    if (itemParts.length === 0 && block.id.startsWith('section-')) {
      flushGroup();
      sub = text;
      pendingLead = text;
      continue;
    }
    if (itemParts.length > 0) {
      flushGroup();
      let lead = pendingLead;
      pendingLead = null;
      const leading = block.parts.slice(0, block.parts.indexOf(itemParts[0]!));
      if (leading.length > 0) {
        lead = leading.map((p) => p.text).join('');
        sub = lead;
      }
      for (const part of itemParts) {
        slides.push(
          slide({
            id: part.id!,
            kind: 'item',
            context: lead !== null ? context().filter((c) => c !== lead) : context(),
            lead,
            body: [part.text],
            source: { label: sourceLabel(), href: planHref(part.id!), short: locate(part.id!) },
            checkable: true,
            handoutGroup: handoutGroup(),
          }),
        );
        lead = null;
      }
      continue;
    }
    if (pendingLead === null && [...text].length <= SHORT) {
      if (
        group &&
        (group.lines.length >= GROUP_MAX_LINES || [...(group.lines.join('') + text)].length > GROUP_MAX_CHARS)
      )
        flushGroup();
      group ??= { ids: [], lines: [] };
      group.ids.push(block.id);
      group.lines.push(text);
      continue;
    }
    flushGroup();
    slides.push(
      slide({
        id: block.id,
        kind: 'item',
        context: context(),
        lead: pendingLead,
        body: [text],
        source: { label: sourceLabel(), href: planHref(block.id), short: locate(block.id) },
        checkable: false,
        handoutGroup: handoutGroup(),
      }),
    );
    pendingLead = null;
  }
  flushGroup();
  [h3, h4, sub] = [null, null, null];
  slides.push(
    slide({
      id: 'plan-footer',
      kind: 'group',
      body: footerLines(plan),
      source: { label: '行动方案全文 · 版记', href: '/plan/', short: '行动方案版记' },
      checkable: false,
      handoutGroup: '行动方案',
    }),
  );
  return { list: 'plan', title: '行动方案全文', slides, warnings: [], about: [], answerNote: null };
}

function requirementSlide(
  campaign: PlanData['campaigns'][number],
  item: Requirement,
  citations: readonly Citation[],
): Slide {
  const section = campaign.sections.find((s) => s.items.some((i) => i.id === item.id));
  const heading = `${campaign.number}${campaign.title}`;
  const cited = item.standards
    .map((id) => citations.find((c) => c.id === id)?.asCited)
    .filter((t): t is string => Boolean(t));
  const facts: SlideFact[] = [];
  if (item.condition) facts.push({ label: '适用于', text: item.condition });
  if (cited.length) facts.push({ label: '引用', text: cited.join('、') });
  return slide({
    id: item.id,
    kind: 'item',
    context: [heading, ...(section?.heading ? [section.heading] : [])],
    note: { mark: '摘要', text: item.label },
    body: [`${item.number ?? ''}${item.title ?? ''}${item.text}`],
    facts,
    source: {
      label: ['行动方案全文', heading, section?.heading].filter(Boolean).join(' · '),
      href: planHref(item.id),
      short: campaignItemLocator(campaign, section, item),
    },
    checkable: true,
    handoutGroup: heading,
  });
}

function campaignSlide(campaign: PlanData['campaigns'][number]): Slide {
  const facts: SlideFact[] = [];
  if (campaign.windowText) facts.push({ label: '时间（原文）', text: campaign.windowText });
  const { start, end } = campaign.window;
  const dated =
    campaign.windowText && start
      ? {
          start,
          end,
          reading: `即 ${formatChineseDate(start)}（印发之日）至${end ? ` ${formatChineseDate(end)}` : '：方案未写结束日期'}`,
        }
      : null;
  facts.push({ label: '整治范围', text: campaign.scope });
  const heading = `${campaign.number}${campaign.title}`;
  return slide({
    id: `campaign-${campaign.id}`,
    kind: 'section',
    body: [heading],
    facts,
    dated,
    source: {
      label: `行动方案全文 · 二、整治范围及重点 · ${heading}`,
      href: planHref(`campaign-${campaign.id}`),
      short: `行动方案${campaign.number}${campaign.title}`,
    },
    checkable: false,
    handoutGroup: heading,
  });
}

/**
 * A sector page (/sectors/<id>/) as slides: the kind, each campaign and its requirement items, what the
 * enterprise does in each phase and what it reports — the same things in the same order as the page.
 */
export function sectorDeck(plan: PlanData, id: SectorId): Deck {
  const where = planLocators(plan);
  const sector = plan.sectors.find((s) => s.id === id);
  if (!sector) throw new Error(`没有企业类型 ${id}（应在 content/plan/sectors.yaml 中）`);
  const slides: Slide[] = [
    slide({
      id: 'title',
      kind: 'title',
      body: [sector.name],
      note: { mark: '摘要', text: sector.summary },
      facts: [{ label: '方案原文用语', text: sector.planWords }],
      source: { label: `分行业指引 · ${sector.name}`, href: `/sectors/${id}/`, short: sector.name },
      checkable: false,
      handoutGroup: sector.name,
    }),
  ];
  for (const { campaign, requirements } of requirementsFor(plan, [id])) {
    slides.push(campaignSlide(campaign));
    for (const item of requirements) slides.push(requirementSlide(campaign, item, plan.citations));
  }

  const paragraphs = quotableParagraphs(plan);
  /** A part of the sector page (各阶段要做什么, 报送要求) opens with a screen of its heading. */
  const sectionSlide = (anchor: string, heading: string) =>
    slide({
      id: anchor,
      kind: 'section',
      body: [heading],
      source: {
        label: `分行业指引 · ${sector.name} · ${heading}`,
        href: `/sectors/${id}/#${anchor}`,
        short: heading,
      },
      checkable: false,
      handoutGroup: heading,
    });
  const paragraphOf = (quote: string) =>
    [...paragraphs].find(([, text]) => text.includes(quote))?.[0] ?? null;
  const phasesHeading = '各阶段要做什么';
  slides.push(sectionSlide('phases', phasesHeading));
  for (const phase of plan.phases)
    for (const task of phase.tasks.filter((t) => t.who === 'enterprise')) {
      const anchor = paragraphOf(task.quote);
      slides.push(
        slide({
          id: `task-${task.id}`,
          kind: 'item',
          context: [`${phase.number}${phase.title}`],
          note: { mark: '摘要', text: task.due ? `${task.what}（${task.due} 前）` : task.what },
          body: [task.quote],
          source: {
            label: `行动方案全文 · 三、组织方式 · ${phase.number}${phase.title}`,
            href: anchor ? planHref(anchor) : '/plan/',
            short: (anchor && where.get(anchor)) || '行动方案',
          },
          checkable: true,
          handoutGroup: phasesHeading,
        }),
      );
    }

  const reportingHeading = '报送要求';
  slides.push(sectionSlide('reporting', reportingHeading));
  for (const r of reportingFor(plan, 'enterprise')) {
    const facts: SlideFact[] = [
      r.whoText !== null
        ? { label: '谁报送', text: r.whoText }
        : // The plan names no one here: its lead sentence, and the site's reading marked as such.
          { label: '谁报送（方案未写明）', text: `本段开头：“${r.whoContext}”。本站理解：${r.whoReading}` },
    ];
    if (r.to) facts.push({ label: '报给谁', text: r.to });
    facts.push({ label: '时限', text: r.deadline.text });
    slides.push(
      slide({
        id: `report-${r.id}`,
        kind: 'item',
        context: [r.action],
        note: { mark: '摘要', text: r.what },
        body: [r.quote],
        facts,
        source: {
          label: `行动方案全文 · ${r.action}`,
          href: planHref(r.source),
          short: where.get(r.source) ?? '行动方案',
        },
        checkable: true,
        handoutGroup: reportingHeading,
      }),
    );
  }
  return { list: `sector:${id}`, title: sector.name, slides, warnings: [], about: [], answerNote: null };
}

/** What a checklist deck reads: the self-check data and the plan's citations (for 引用). */

/**
 * A 自查 checklist (selectSelfCheck: kinds + answers) as slides: which kinds and answers made the list,
 * then the plan's requirement items, then the criteria items under each article or mine part.
 */
export function checklistDeck(
  data: ChecklistSource,
  kinds: readonly SectorId[],
  answers: SelfCheckAnswers = {},
): Deck {
  const selection = selectSelfCheck(data, kinds, answers);
  const sectorName = (s: SectorId) => data.plan.sectors.find((x) => x.id === s)?.name ?? s;
  const groups = criteriaGroups(data.criteria);
  const itemById = new Map(groups.flatMap((g) => g.items.map((i) => [i.id, i] as const)));
  const docs = new Map(data.criteria.documents.map((d) => [d.id, d]));
  const planLabel = new Map(selection.planItems.map((p) => [p.requirement.id, p.requirement.label] as const));

  const warnings: string[] = [];
  for (const q of selection.questions)
    if (q.answer.length === 0) warnings.push(`尚未回答“${q.question.text}”，它决定的条款没有列入。`);
  warnings.push(...selection.ignoredAnswers);

  const facts: SlideFact[] = [
    { label: '企业类型', text: selection.kinds.map(sectorName).join('、') || '未选择' },
  ];
  for (const q of selection.questions) {
    const chosen = q.question.options.filter((o) => q.answer.includes(o.id)).map((o) => o.label);
    facts.push({ label: q.question.text, text: chosen.length ? chosen.join('、') : '未回答' });
  }
  const count = selection.planItems.length + selection.criteria.length;
  const title = '自查清单';
  const slides: Slide[] = [
    slide({
      id: 'title',
      kind: 'title',
      body: [title],
      note: {
        mark: '本站理解',
        text: `按下列企业类型和回答列出方案要求条目 ${selection.planItems.length} 项、判定标准条款 ${selection.criteria.length} 项，共 ${count} 项。`,
      },
      facts,
      source: {
        label: '由企业类型和适用性问题的回答选出（content/self-check/）',
        href: null,
        short: '自查清单',
      },
      checkable: false,
      handoutGroup: title,
    }),
  ];

  if (selection.planItems.length > 0) {
    const heading = '行动方案要求条目';
    slides.push(
      slide({
        id: 'plan-items',
        kind: 'section',
        body: [heading],
        note: { mark: '本站理解', text: `本企业类型适用的方案要求，共 ${selection.planItems.length} 项。` },
        source: {
          label: '行动方案全文 · 二、整治范围及重点',
          href: planHref('scope'),
          short: '行动方案二、整治范围及重点',
        },
        checkable: false,
        handoutGroup: heading,
      }),
    );
    for (const { campaign, requirement } of selection.planItems) {
      const s = requirementSlide(campaign, requirement, data.citations);
      const related = linkedCriteria(selection, requirement.id).map(
        (c) => `相关判定标准（本站理解）：${itemById.get(c)?.citation ?? c}`,
      );
      slides.push({ ...s, related, answers: planAnswers, handoutGroup: `${heading} · ${s.handoutGroup}` });
    }
  }

  let lastDoc: string | null = null;
  for (const { item, decidedBy } of selection.criteria) {
    const doc = item.document === 'mem10' ? 'mem10' : 'mines';
    if (doc !== lastDoc) {
      lastDoc = doc;
      const d = docs.get(doc === 'mem10' ? 'mem10' : 'kaq-2022-88');
      const heading = d ? `《${d.title}》` : item.groupTitle;
      slides.push(
        slide({
          id: `criteria-${doc}`,
          kind: 'section',
          body: [heading],
          facts: d ? [{ label: '文件', text: d.issuedAs }] : [],
          note:
            doc === 'mines'
              ? { mark: '本站理解', text: '补充情形（矿安〔2024〕41号）各项排在所属部分之后。' }
              : null,
          source: { label: heading, href: null, short: heading },
          checkable: false,
          handoutGroup: heading,
        }),
      );
    }
    slides.push(
      criterionSlide(item, docs, {
        related: linkedPlanItems(selection, item.id).map(
          (p) => `相关方案要求（本站理解）：${planLabel.get(p) ?? p}（摘要）`,
        ),
        because: [...new Set(decidedBy.map((d) => d.because))],
      }),
    );
  }
  return { list: 'checklist', title, slides, warnings, about: facts, answerNote: CHECKLIST_ANSWER_NOTE };
}

/**
 * One 情形 of a criteria standard as a screen: the article's lead-in, the item verbatim, its document and
 * article as the source (linked to its criteria page), the 情形 answers on the handout.
 */
function criterionSlide(
  item: CriteriaItem,
  documents: ReadonlyMap<string, ReferenceDocument>,
  extra: Pick<SlideInit, 'related' | 'because'> = {},
): Slide {
  const main = documents.get(item.document === 'mem10' ? 'mem10' : 'kaq-2022-88');
  const docTitle = main ? `《${main.title}》` : '';
  const own = documents.get(item.document);
  return slide({
    id: item.id,
    kind: 'item',
    context: [docTitle, item.groupTitle].filter(Boolean),
    lead: item.leadIn,
    body: [`${item.number ?? ''}${item.text}`],
    subItems: item.subItems.map((s) => `${s.number}${s.text}`),
    source: {
      label: own
        ? `《${own.title}》（${own.issuedAs}）${item.groupTitle}${item.number ?? ''}`
        : item.citation,
      href: criteriaHref(item.id),
      short: item.citation,
    },
    answers: criterionAnswers,
    checkable: true,
    handoutGroup: `${docTitle} ${item.groupTitle}`.trim(),
    ...extra,
  });
}

/**
 * A criteria standard, one article or one mine part, for a training room: a screen per 情形 (lead-in on it,
 * verbatim), a section screen per article, and the handout with the criterion's answers to tick. `parts` are
 * group ids of criteriaGroups (mem10-4, mine-underground); their order is the document's.
 */
export function criteriaDeck(
  criteria: CriteriaData,
  parts: readonly string[],
  title: string,
  list: string,
): Deck {
  const docs = new Map(criteria.documents.map((d) => [d.id, d]));
  const groups = criteriaGroups(criteria).filter((g) => parts.includes(g.id));
  if (groups.length === 0) throw new Error(`没有判定标准条文 ${parts.join('、')}`);
  const slides: Slide[] = [
    slide({
      id: 'title',
      kind: 'title',
      body: [title],
      source: { label: title, href: criteriaHref(groups[0]!.id), short: title },
      checkable: false,
      handoutGroup: title,
    }),
  ];
  for (const g of groups) {
    const doc = docs.get(g.document === 'mem10' ? 'mem10' : 'kaq-2022-88');
    const docTitle = doc ? `《${doc.title}》` : '';
    slides.push(
      slide({
        id: `part-${g.id}`,
        kind: 'section',
        context: [docTitle].filter(Boolean),
        body: [g.title],
        facts: doc ? [{ label: '文件', text: doc.issuedAs }] : [],
        source: { label: `${docTitle}${g.title}`, href: criteriaHref(g.id), short: g.title },
        checkable: false,
        handoutGroup: `${docTitle} ${g.title}`.trim(),
      }),
    );
    for (const item of g.items) slides.push(criterionSlide(item, docs));
  }
  return { list, title, slides, warnings: [], about: [], answerNote: CRITERIA_ANSWER_NOTE };
}

/** How a criteria handout's answers are meant. */
export const CRITERIA_ANSWER_NOTE =
  '判定标准条款写的是违规情形，勾“不存在该情形”“存在该情形”或“不适用”——存在所列情形的，才是重大事故隐患。';

/**
 * The criteria decks the site offers (/training/criteria/<slug>/): each whole standard, each article of
 * 第10号令 and each part of the mine criteria; an article the transcription lacks has none.
 */
export function criteriaDecks(criteria: CriteriaData): { slug: string; title: string; parts: string[] }[] {
  const groups = criteriaGroups(criteria).filter((g) => g.items.length > 0);
  const mem10 = groups.filter((g) => g.document === 'mem10');
  const mines = groups.filter((g) => g.document === 'mines');
  const article = (g: (typeof groups)[number]) => {
    const a = criteria.mem10.find((x) => x.id === g.id);
    return a?.appliesTo ? `${g.title} ${a.appliesTo}` : g.title;
  };
  return [
    { slug: 'mem10', title: '工贸企业重大事故隐患判定标准（第10号令）', parts: mem10.map((g) => g.id) },
    { slug: 'mines', title: '金属非金属矿山重大事故隐患判定标准', parts: mines.map((g) => g.id) },
    ...mem10.map((g) => ({ slug: g.id, title: `第10号令${article(g)}`, parts: [g.id] })),
    ...mines.map((g) => ({ slug: g.id, title: g.title, parts: [g.id] })),
  ];
}

export interface HandoutEntry {
  /** 1-based slide number, for the link back into the deck. */
  number: number;
  slide: Slide;
}

export interface HandoutGroup {
  heading: string;
  /** The lead-in every entry shares (an article's 有下列情形之一的…), printed once under the heading. */
  lead: string | null;
  entries: HandoutEntry[];
}

/**
 * The handout: every checkable slide under its heading, in deck order. A lead-in shared by every entry of
 * a group is printed once (`lead`); a lead-in of one entry stays with it (print `entryLead`).
 */
export function handoutOf(deck: Deck): HandoutGroup[] {
  const out: HandoutGroup[] = [];
  deck.slides.forEach((slide, i) => {
    if (!slide.checkable) return;
    const last = out.at(-1);
    if (last && last.heading === slide.handoutGroup) last.entries.push({ number: i + 1, slide });
    else out.push({ heading: slide.handoutGroup, lead: null, entries: [{ number: i + 1, slide }] });
  });
  for (const g of out) {
    const first = g.entries[0]!.slide.lead;
    if (first !== null && g.entries.length > 1 && g.entries.every((e) => e.slide.lead === first))
      g.lead = first;
  }
  return out;
}

/** The lead-in to print with one handout entry (none when its group prints it once). */
export function entryLead(group: HandoutGroup, entry: HandoutEntry): string | null {
  return group.lead === null ? entry.slide.lead : null;
}
