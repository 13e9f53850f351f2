import type { Mem10Article, MineSection } from '../../schemas/criteria';
import type { ReferenceDocument } from '../../schemas/reference';

/** The criteria standards as validated data (content/references/, content/criteria/). */
export interface CriteriaData {
  documents: ReferenceDocument[];
  mem10: Mem10Article[];
  mines: MineSection[];
}

export type CriteriaDocumentId = 'mem10' | 'kaq-2022-88' | 'kaq-2024-41';

/** One checklist item of a criteria standard: a numbered 情形, or an article that is one paragraph (第十四条). */
export interface CriteriaItem {
  id: string;
  document: CriteriaDocumentId;
  /** The article (mem10-4) or 矿山 part (mine-underground) it belongs to. */
  group: string;
  /** As printed: 第四条 / 一、金属非金属地下矿山重大事故隐患. */
  groupTitle: string;
  /** Number as printed in its document: （六）; null for an article without items. */
  number: string | null;
  /** Where it is, for a reader: 第10号令第四条（六） / 矿安〔2022〕88号 一、（三） / 补充情形（矿安〔2024〕41号） 一、（一）. */
  citation: string;
  /** Whom it binds in the article's words (冶金企业), for 第10号令 items. */
  appliesTo: string | null;
  /** The article's lead-in (冶金企业有下列情形之一的，应当判定为重大事故隐患：), verbatim. */
  leadIn: string | null;
  /** The item, verbatim. */
  text: string;
  /** Numbered 情形 under a mine item (1.…；2.…), verbatim. */
  subItems: { number: string; text: string }[];
}

/** A group of items as shown together: one article of 第10号令 or one part of the mine criteria. */
export interface CriteriaGroup {
  id: string;
  document: 'mem10' | 'mines';
  title: string;
  items: CriteriaItem[];
  /** The transcription lacks this article: its own note, verbatim (第十五条). */
  missing: string | null;
}

const shortName = (data: CriteriaData, id: string) =>
  data.documents.find((d) => d.id === id)?.shortName ?? id;

/** Every article and mine part in document order, each with its checklist items. */
export function criteriaGroups(data: CriteriaData): CriteriaGroup[] {
  const mem10Name = shortName(data, 'mem10');
  const groups: CriteriaGroup[] = data.mem10.map((a) => ({
    id: a.id,
    document: 'mem10',
    title: a.number,
    missing: a.missing ?? null,
    items:
      a.text !== undefined
        ? [
            {
              id: a.id,
              document: 'mem10',
              group: a.id,
              groupTitle: a.number,
              number: null,
              citation: `${mem10Name}${a.number}`,
              appliesTo: null,
              leadIn: null,
              text: a.text,
              subItems: [],
            },
          ]
        : (a.items ?? []).map((item) => ({
            id: item.id,
            document: 'mem10' as const,
            group: a.id,
            groupTitle: a.number,
            number: item.number,
            citation: `${mem10Name}${a.number}${item.number}`,
            appliesTo: a.appliesTo ?? null,
            leadIn: a.leadIn ?? null,
            text: item.text,
            subItems: [],
          })),
  }));
  for (const s of data.mines) {
    groups.push({
      id: s.id,
      document: 'mines',
      title: `${s.number}${s.title}`,
      missing: null,
      items: s.items.map((item) => ({
        id: item.id,
        document: item.document,
        group: s.id,
        groupTitle: `${s.number}${s.title}`,
        number: item.number,
        citation: `${shortName(data, item.document)} ${s.number}${item.number}`,
        appliesTo: null,
        leadIn: null,
        text: item.text,
        subItems: item.subItems ?? [],
      })),
    });
  }
  return groups;
}

/** Every checklist item in document order. */
export function criteriaItems(data: CriteriaData): CriteriaItem[] {
  return criteriaGroups(data).flatMap((g) => g.items);
}

/**
 * What a reference in the data stands for: a group id (mem10-4, mine-underground) gives all its items,
 * an item id gives that item; undefined when nothing has that id.
 */
export function resolveCriteriaRef(groups: readonly CriteriaGroup[], id: string): CriteriaItem[] | undefined {
  for (const g of groups) {
    if (g.id === id) return g.items;
    const item = g.items.find((i) => i.id === id);
    if (item) return [item];
  }
  return undefined;
}

/** Cross-reference problems of the criteria data, each naming the file, the entry and the field. */
export function checkCriteriaIntegrity(data: CriteriaData): string[] {
  const problems: string[] = [];
  const docIds = new Set(data.documents.map((d) => d.id));
  if (!docIds.has('mem10'))
    problems.push('内容文件 content/references/documents.yaml：缺少 mem10（第10号令）的来源');
  const seen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`${where}：id ${id} 与 ${seen.get(id)} 重复`);
    else seen.set(id, where);
  };
  for (const a of data.mem10) {
    const where = `内容文件 content/criteria/mem10.yaml（id: ${a.id}）`;
    claim(a.id, where);
    for (const item of a.items ?? []) claim(item.id, `${where}条目 ${item.id}`);
  }
  for (const s of data.mines) {
    const where = `内容文件 content/criteria/metal-mines.yaml（id: ${s.id}）`;
    claim(s.id, where);
    for (const item of s.items) {
      claim(item.id, `${where}条目 ${item.id}`);
      if (!docIds.has(item.document))
        problems.push(
          `${where}条目 ${item.id} 字段 document：content/references/documents.yaml 中没有 ${item.document}`,
        );
    }
  }
  return problems;
}
