import type { Column } from '../../schemas/annex-layout';
import { plainColumn, flatTable, type TableDescription } from '../table/layout';
import { tableSheet, type SheetModel } from '../table/sheet';
import type { SelfCheckData } from './data';
import { countSelfCheck, hazardsOf, resultOf, type Hazard, type SelfCheckCounts } from './hazards';
import type { CheckItem } from './items';
import { statusLabels, type ItemStatus, type SelfCheck } from './record';
import type { SelfCheckSelection } from './select';

/** The 自查自改报告 as data: the print view and the .xlsx both render this. */
export interface SelfCheckReport {
  title: string;
  enterprise: string;
  date: string;
  inspectors: string;
  /** 检查范围: the kinds, the answers and the lists checked. */
  kinds: string[];
  answers: { question: string; answer: string }[];
  lists: string[];
  counts: SelfCheckCounts;
  /** One sentence of the counts, for the report's 自查结果. */
  summary: string;
  items: { no: number; group: string; source: string; text: string; status: string; answer: ItemStatus }[];
  /** 重大 first. */
  hazards: (Hazard & { no: number })[];
}

export const REPORT_TITLE = '安全生产隐患自查自改报告';

export function countsSentence(c: SelfCheckCounts): string {
  const parts: string[] = [];
  if (c.planTotal > 0)
    parts.push(
      `方案要求条目 ${c.planTotal} 项：符合 ${c.byStatus['符合']} 项、不符合 ${c.byStatus['不符合']} 项、` +
        `不适用 ${c.notApplicable.plan} 项`,
    );
  if (c.criteriaTotal > 0)
    parts.push(
      `判定标准条款 ${c.criteriaTotal} 项：不存在该情形 ${c.byStatus['不存在该情形']} 项、` +
        `存在该情形 ${c.byStatus['存在该情形']} 项、不适用 ${c.notApplicable.criteria} 项`,
    );
  return (
    `共 ${c.total} 项，已检查 ${c.checked} 项，未检查 ${c.byStatus['未检查']} 项` +
    (parts.length ? `（${parts.join('；')}）` : '') +
    `；发现隐患 ${c.hazards.total} 项，其中重大事故隐患 ${c.hazards['重大']} 项、一般隐患 ${c.hazards['一般']} 项` +
    `（方案要求条目与其对应的判定标准情形是同一处隐患的，只计一项）；已整改 ${c.rectified} 项、` +
    `整改中 ${c.inProgress} 项，逾期未整改 ${c.overdue} 项。`
  );
}

export function selfCheckReport(
  data: Pick<SelfCheckData, 'plan'>,
  selection: SelfCheckSelection,
  items: readonly CheckItem[],
  check: SelfCheck,
  today: string,
): SelfCheckReport {
  const sectorName = (s: string) => data.plan.sectors.find((x) => x.id === s)?.name ?? s;
  const counts = countSelfCheck(items, check, today);
  return {
    title: REPORT_TITLE,
    enterprise: check.enterprise.trim(),
    date: check.date,
    inspectors: check.inspectors.trim(),
    kinds: check.kinds.map(sectorName),
    answers: selection.questions.map((q) => ({
      question: q.question.text,
      answer:
        q.question.options
          .filter((o) => q.answer.includes(o.id))
          .map((o) => o.label)
          .join('、') || '未回答',
    })),
    lists: groupTitles(items),
    counts,
    summary: countsSentence(counts),
    items: items.map((item, i) => ({
      no: i + 1,
      group: item.group,
      source: item.source,
      text: item.text,
      status: statusLabels[resultOf(check, item.id).status],
      answer: resultOf(check, item.id).status,
    })),
    hazards: hazardsOf(items, check, today).map((h, i) => ({ ...h, no: i + 1 })),
  };
}

/** The lists checked, as headings: 行动方案 （一）… and each article / mine part, in page order. */
export function groupTitles(items: readonly CheckItem[]): string[] {
  const out: string[] = [];
  for (const i of items) {
    if (!out.includes(i.list)) out.push(i.list);
  }
  return out;
}

const col = (key: string, header: string, width: number, type: Column['type'] = 'text') =>
  plainColumn(key, header, type, width);
const table = flatTable;

export const reportTable = table([col('item', '项目', 16), col('content', '内容', 80)]);
export const itemsTable = table([
  col('no', '序号', 6, 'serial'),
  col('group', '类别', 24),
  col('source', '出处', 24),
  col('text', '检查内容（原文）', 60),
  col('status', '检查结果', 10),
]);
export const hazardsTable = table([
  col('no', '序号', 6, 'serial'),
  col('level', '隐患级别', 8),
  col('description', '隐患描述', 40),
  col('source', '依据', 22),
  col('measure', '整改措施', 24),
  col('owner', '责任人', 10),
  col('deadline', '整改时限', 14),
  col('progress', '整改情况', 10),
  col('remark', '备注', 14),
]);

/** The report's 项目/内容 rows, as the 报告 sheet and the printed report both show them. */
export const reportInfoRows = (r: SelfCheckReport): { item: string; content: string }[] => [
  { item: '企业名称', content: r.enterprise },
  { item: '检查日期', content: r.date },
  { item: '检查人员', content: r.inspectors },
  { item: '企业类型', content: r.kinds.join('、') },
  ...r.answers.map((a) => ({ item: a.question, content: a.answer })),
  { item: '检查范围', content: r.lists.join('；') },
  { item: '自查结果', content: r.summary },
];

/** One hazard as a row of hazardsTable: the 隐患清单 sheet's row and the printed report's, cell for cell. */
export const hazardRow = (h: SelfCheckReport['hazards'][number]): Record<string, string> => ({
  no: String(h.no),
  level: h.level,
  description: h.description,
  source: h.source,
  measure: h.result.measure ?? '',
  owner: h.result.owner ?? '',
  deadline: h.result.deadline ?? '',
  progress: `${h.result.progress ?? '未整改'}${h.overdue ? '（逾期）' : ''}`,
  remark: h.result.remark ?? '',
});

/** The .xlsx of the report: 报告, 检查条目 and 隐患清单 sheets (write with workbookBytes). */
export function reportSheets(r: SelfCheckReport): SheetModel[] {
  const head = [[`企业名称：${r.enterprise}`, `检查日期：${r.date}`]];
  const report = tableSheet({
    name: '报告',
    title: r.title,
    table: reportTable,
    rows: [
      ...reportInfoRows(r),
      {
        item: '重大事故隐患',
        content:
          r.hazards
            .filter((h) => h.level === '重大')
            .map((h) => `${h.no}. ${h.description}（${h.source}）：${h.result.progress ?? '未整改'}`)
            .join('\n') || '无',
      },
    ],
    below: [
      ['企业主要负责人（签字）：', '日期：'],
      ['检查人员（签字）：', '日期：'],
    ],
  });
  const items = tableSheet({
    name: '检查条目',
    title: `${r.title} · 检查条目`,
    table: itemsTable,
    above: head,
    rows: r.items.map((i) => ({ ...i, no: String(i.no) })),
  });
  const hazards = tableSheet({
    name: '隐患清单',
    title: `${r.title} · 隐患清单`,
    table: hazardsTable,
    above: head,
    rows: r.hazards.map(hazardRow),
    notes: [
      '重大事故隐患在前。判定标准条款回答“存在该情形”的是重大事故隐患；方案要求条目不符合的，默认为一般隐患，' +
        '与其对应的判定标准情形回答“存在该情形”的，两者是同一处重大事故隐患，只列一行、写明两处依据。',
    ],
  });
  return [report, items, hazards];
}

/** 自查自改报告_<企业>_<日期>.xlsx */
export const reportFileName = (r: Pick<SelfCheckReport, 'enterprise' | 'date'>) =>
  `${['自查自改报告', r.enterprise || '未填企业名称', r.date]
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '_')}.xlsx`;

/** What the printed report lists item by item: what was checked (default), only the hazards, or every item. */
export type ReportPrintMode = 'checked' | 'hazards' | 'all';

export const reportPrintModes: { id: ReportPrintMode; label: string }[] = [
  { id: 'checked', label: '只打印已检查的条目' },
  { id: 'hazards', label: '只打印隐患' },
  { id: 'all', label: '打印全部条目' },
];

/**
 * The 检查条目 the printed report lists for a print mode, and one line for what it leaves out (so 5 checked
 * items of 40 print on one page, not 8): "另有 35 项未检查，未逐条列出（见“自查结果”的统计）。". With 只打印隐患
 * no item is listed (the hazard table is the report); the line says how many items there were.
 */
export function printedItems(
  r: Pick<SelfCheckReport, 'items'>,
  mode: ReportPrintMode,
): { items: SelfCheckReport['items']; leftOut: string | null } {
  if (mode === 'all') return { items: r.items, leftOut: null };
  if (mode === 'hazards')
    return {
      items: [],
      leftOut: `检查条目共 ${r.items.length} 项，本次只打印隐患，未逐条列出（见“自查结果”的统计）。`,
    };
  const items = r.items.filter((i) => i.answer !== '未检查');
  const n = r.items.length - items.length;
  return { items, leftOut: n ? `另有 ${n} 项未检查，未逐条列出（见“自查结果”的统计）。` : null };
}

/** The printed tables' headers: the Excel's own (hazardsTable, itemsTable), so print and workbook agree. */
export const printedHeaders = (t: TableDescription) =>
  t.columns.map((c) => ({ key: c.key, header: c.header }));
