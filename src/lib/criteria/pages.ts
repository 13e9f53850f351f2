import type { ReferenceDocument } from '../../schemas/reference';
import { formatChineseDate } from '../common/dates';
import type { CriteriaData, CriteriaItem } from './criteria';
import { criteriaGroups } from './criteria';
import { articleNumber, type ReferenceArticle } from './reference-articles';

/**
 * The criteria and confined-space rules as pages (/criteria/…): which page holds which document, where each
 * article and item is anchored, and how 第10号令 and the mine criteria are laid out for reading. Everything
 * shown is the documents' own words; groupings the documents do not make are marked 本站理解 by the pages.
 */

export type CriteriaPageId = 'mem10' | 'mines' | 'mem13' | 'gb46768';

export interface CriteriaPageInfo {
  id: CriteriaPageId;
  path: string;
  /** documents.yaml ids shown on the page (the mine page merges 88号 and 41号). */
  documents: string[];
  /** What the page is called in lists and the sidebar. */
  title: string;
  /** One line on what it covers (our words, shown as 摘要). */
  about: string;
}

export const criteriaPages: CriteriaPageInfo[] = [
  {
    id: 'mem10',
    path: '/criteria/mem10/',
    documents: ['mem10'],
    title: '工贸企业重大事故隐患判定标准（第10号令）',
    about:
      '冶金、有色、建材、机械、轻工、纺织、烟草、商贸等工贸企业：第三条通用，第四条至第十条分行业，第十一条至第十四条专项。',
  },
  {
    id: 'mines',
    path: '/criteria/mines/',
    documents: ['kaq-2022-88', 'kaq-2024-41'],
    title: '金属非金属矿山重大事故隐患判定标准（矿安〔2022〕88号及2024年补充情形）',
    about: '地下矿山、露天矿山、尾矿库；2024年补充情形（矿安〔2024〕41号）各项并入所属部分并逐项标明。',
  },
  {
    id: 'mem13',
    path: '/criteria/mem13/',
    documents: ['mem13'],
    title: '工贸企业有限空间作业安全规定（第13号令）',
    about: '有限空间的辨识和台账、作业审批、监护、培训、“先通风、再检测、后作业”。',
  },
  {
    id: 'gb46768',
    path: '/criteria/gb46768/',
    documents: ['gb46768'],
    title: '有限空间作业安全技术规范（GB 46768-2025）',
    about: '本站收录的第4章至第7章条文：管理要求、作业前的检测和准入条件、作业过程、应急救援。',
  },
];

const pageOf = (id: string): CriteriaPageInfo | undefined =>
  id.startsWith('mem10-')
    ? criteriaPages[0]
    : id.startsWith('mine-')
      ? criteriaPages[1]
      : id.startsWith('mem13-')
        ? criteriaPages[2]
        : id.startsWith('gb46768-')
          ? criteriaPages[3]
          : undefined;

/** The address of an article, a mine part or an item (mem10-4-6, mine-underground-29, mem13-7); null if none. */
export function criteriaHref(id: string): string | null {
  const page = pageOf(id);
  return page ? `${page.path}#${id}` : null;
}

/** Where a quoted clause is (第七条第二款 of mem13, 5.9.1 a) of gb46768, 第四条（六） of mem10), as an address. */
export function clauseHref(document: string, clause: string): string | null {
  const article = clause.match(/^第[一二三四五六七八九十百]+条/)?.[0];
  if (article) {
    const n = articleNumber(article);
    const prefix = document === 'mem10' ? 'mem10' : document === 'mem13' ? 'mem13' : null;
    if (!prefix) return null;
    const item = clause.slice(article.length).match(/^（([一二三四五六七八九十]+)）/)?.[1];
    return criteriaHref(
      item && prefix === 'mem10' ? `${prefix}-${n}-${articleNumber(`第${item}条`)}` : `${prefix}-${n}`,
    );
  }
  const gb = clause.match(/^\d+(\.\d+)+/)?.[0];
  return gb && document === 'gb46768' ? criteriaHref(`gb46768-${gb.replace(/\./g, '-')}`) : null;
}

/** The facts a page states first: 文号, 发布机关, 施行, 状态, 来源. */
export interface DocumentFacts {
  id: string;
  name: string;
  issuedAs: string;
  /** null: the transcription does not name it (said on the page). */
  issuer: string | null;
  /** 2023年5月15日起施行, or what the file says instead. */
  inForce: string;
  basis: string;
  sources: string[];
  notes: string[];
  /** Parts the transcription lacks, as documents.yaml lists them. */
  missing: string[];
}

export function documentFacts(d: ReferenceDocument): DocumentFacts {
  return {
    id: d.id,
    name: d.issuedAs.startsWith('GB') ? `${d.issuedAs}《${d.title}》` : `《${d.title}》`,
    issuedAs: d.issuedAs,
    issuer: d.issuer?.name ?? null,
    inForce: d.inForce.date ? `${formatChineseDate(d.inForce.date)}起施行` : d.inForce.issued!,
    basis: `${d.inForce.basisFrom}：“${d.inForce.basis}”`,
    sources: d.sources,
    notes: d.notes,
    missing: d.missing,
  };
}

/** An article (or mine part) as the page shows it. */
export interface ArticleView {
  /** Anchor: mem10-4, mine-underground. */
  id: string;
  /** 第四条 冶金企业 / 一、金属非金属地下矿山重大事故隐患 */
  heading: string;
  /** The lead-in, verbatim (冶金企业有下列情形之一的，应当判定为重大事故隐患：). */
  leadIn: string | null;
  items: CriteriaItem[];
  /** The transcription lacks it: its note, verbatim. */
  missing: string | null;
}

/** A run of articles the page puts under one heading (our grouping, said as 本站理解 by the page). */
export interface ArticleSection {
  id: string;
  title: string;
  articles: ArticleView[];
}

/**
 * 第10号令 for reading: 第三条 (every 工贸企业), 第四条–第十条 (one industry each, named in the heading),
 * 第十一条–第十四条 (专项), then what the transcription lacks (第十五条).
 */
export function mem10Sections(data: CriteriaData): ArticleSection[] {
  const groups = new Map(criteriaGroups(data).map((g) => [g.id, g]));
  const view = (n: number): ArticleView => {
    const a = data.mem10.find((x) => x.id === `mem10-${n}`)!;
    return {
      id: a.id,
      heading: a.appliesTo && n >= 4 && n <= 10 ? `${a.number} ${a.appliesTo}` : a.number,
      leadIn: a.leadIn ?? null,
      items: a.missing ? [] : groups.get(a.id)!.items,
      missing: a.missing ?? null,
    };
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => view(from + i));
  const last = Math.max(...data.mem10.map((a) => articleNumber(a.number)));
  return [
    { id: 'general', title: '第三条：所有工贸企业', articles: range(3, 3) },
    { id: 'industries', title: '第四条至第十条：按行业', articles: range(4, 10) },
    { id: 'special', title: '第十一条至第十四条：专项', articles: range(11, 14) },
    ...(last > 14 ? [{ id: 'not-obtained', title: '未取得原文的条文', articles: range(15, last) }] : []),
  ];
}

/** The mine criteria: 一、地下 / 二、露天 / 三、尾矿库, the 2024 supplement's items in place and marked. */
export function mineSections(data: CriteriaData): ArticleSection[] {
  return criteriaGroups(data)
    .filter((g) => g.document === 'mines')
    .map((g) => ({
      id: g.id,
      title: g.title,
      articles: [{ id: g.id, heading: g.title, leadIn: null, items: g.items, missing: null }],
    }));
}

/** Whether an item comes from the 2024 supplement (矿安〔2024〕41号). */
export const isSupplement = (item: CriteriaItem) => item.document === 'kaq-2024-41';

/** The clauses of a reference grouped by chapter (GB: 第4章…), or one group for a 部令. */
export function byChapter(
  articles: ReferenceArticle[],
): { chapter: string | null; articles: ReferenceArticle[] }[] {
  const out: { chapter: string | null; articles: ReferenceArticle[] }[] = [];
  for (const a of articles) {
    const last = out.at(-1);
    if (last && last.chapter === a.chapter) last.articles.push(a);
    else out.push({ chapter: a.chapter, articles: [a] });
  }
  return out;
}

/**
 * How much a criteria page counts in search: its documents' words are indexed (a phrase of a criterion opens
 * its article), but less than the plan's guidance, so a search for a plan topic (有限空间, 作业方案) lands on
 * the guidance first; the page title (the law's name) counts like body text. undefined off the criteria pages.
 */
export function criteriaSearchWeight(pathname: string): { title: string; text: string } | undefined {
  return criteriaPages.some((p) => pathname === p.path) ? { title: '1', text: '0.3' } : undefined;
}
