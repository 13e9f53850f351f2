import type { AnnexLayout } from '../../schemas/annex-layout';
import { type LedgerStatsDraft, ledgerStatsDraftSchema } from '../../schemas/confined-space-ledger';
import type { DraftSpec } from '../table/draft';
import { type AnnexData, emptyAnnex } from '../table/data';
import type { SheetMatrix } from '../table/import';
import { plainColumn, flatTable } from '../table/layout';
import { type SheetModel, toSheet } from '../table/sheet';
import { sheetsToAnnex } from '../table/xlsx-read';
import {
  type FileStatus,
  includedNote,
  normName,
  SOURCES_SHEET,
  sourcesSheet as summarySources,
  summaryDraft,
} from '../table/intake';

export { type FileStatus, SOURCES_SHEET };

/**
 * 附件4 (统计表) from many 台账 (附件3) files: each file is read by the table layer's 附件3 import
 * (our file or the official layout typed by hand), counted, assigned to a 行业领域 row, and the
 * included files are summed: 涉及企业单位 = distinct enterprises, 有限空间作业场所 = sum of 数量,
 * 高/中/低 = sums of 数量 by 风险等级. A file with any problem is listed and left out until fixed;
 * the same enterprise sent twice is flagged and only its first file counts unless the user says so.
 */

export type GradeCounts = { high: number; medium: number; low: number };

/** One 台账 file as read. */
export interface LedgerFile {
  /** Position in the drop (stable id for choices). */
  id: string;
  fileName: string;
  /** From the 台账's title (XX有限空间管理台账); the file name (without extension) when the file has none. */
  enterprise: string;
  /** true when the file has no 企业名称 and its file name stands in. */
  enterpriseFromFileName: boolean;
  /** Data rows read. */
  rows: number;
  /** Sum of 数量. */
  spaces: number;
  grades: GradeCounts;
  /** Anything wrong, in Chinese, naming file and row; a file with problems is left out. */
  problems: string[];
}

const gradeKey = { 高: 'high', 中: 'medium', 低: 'low' } as const;

/** Reads one file's sheets (from readSheets) as a 台账; `read.error` becomes the file's problem. */
export function readLedgerFile(
  layout: AnnexLayout,
  read: { sheets: SheetMatrix[] } | { error: string },
  fileName: string,
  id: string,
): LedgerFile {
  const file: LedgerFile = {
    id,
    fileName,
    enterprise: '',
    enterpriseFromFileName: false,
    rows: 0,
    spaces: 0,
    grades: { high: 0, medium: 0, low: 0 },
    problems: [],
  };
  if ('error' in read) return { ...file, problems: [read.error] };
  const imported = sheetsToAnnex(layout, read.sheets, fileName);
  if (!imported.data) return { ...file, problems: imported.errors.map((e) => e.message) };
  const data = imported.data;
  file.enterprise = (data.fields[layout.titleField ?? 'enterprise'] ?? '').trim();
  for (const [index, row] of data.rows.entries()) {
    const c = row.cells;
    if (Object.values(c).every((v) => v.trim() === '')) continue;
    file.rows += 1;
    const where = `文件“${fileName}”台账第 ${index + 1} 行${c.name?.trim() ? `（${c.name.trim()}）` : ''}`;
    const quantity = (c.quantity ?? '').trim();
    const n = /^\d+$/.test(quantity) ? Number(quantity) : NaN;
    const grade = (c.risk ?? '').trim() as keyof typeof gradeKey;
    if (!(n >= 1)) file.problems.push(`${where}：数量为空或不是正整数，无法计入作业场所数`);
    if (!gradeKey[grade]) file.problems.push(`${where}：风险等级为空，无法计入高、中、低`);
    if (n >= 1 && gradeKey[grade]) {
      file.spaces += n;
      file.grades[gradeKey[grade]] += n;
    }
  }
  if (file.rows === 0) file.problems.push(`文件“${fileName}”的台账没有任何有限空间`);
  if (!file.enterprise) {
    file.enterprise = fileName.replace(/\.[^.]+$/, '').trim();
    file.enterpriseFromFileName = true;
  }
  return file;
}

/** Words in a file or enterprise name that suggest a 行业领域 row of 附件4 (本站理解: a suggestion only). */
export const industryHints: { match: RegExp; label: RegExp }[] = [
  {
    match: /食品|农副|印染|酿|酒|饮料|乳业|乳品|肉|屠宰|粮|油脂|面粉|淀粉|调味|酱|醋|腌|纸|纺织|染整/,
    label: /^轻工/,
  },
  { match: /机械|高炉|铸造|钢|铁|冶金|冶炼|锻造|装备/, label: /^机械/ },
];

/** The 附件4 row a file probably belongs to, or '' when the names say nothing (or say two things). */
export function suggestIndustry(
  labels: readonly string[],
  file: Pick<LedgerFile, 'fileName' | 'enterprise'>,
) {
  const text = `${file.enterprise} ${file.fileName}`;
  const hits = industryHints
    .filter((h) => h.match.test(text))
    .map((h) => labels.find((l) => h.label.test(l)))
    .filter((l): l is string => !!l);
  return new Set(hits).size === 1 ? hits[0]! : '';
}

/** What the user decided for a file: its 行业领域 row, and whether a duplicate counts anyway. */
export interface FileChoice {
  industry?: string;
  include?: boolean;
}

export interface FileOutcome {
  file: LedgerFile;
  industry: string;
  status: FileStatus;
  /** For a duplicate: the file of the same enterprise counted first. */
  duplicateOf: string | null;
  /** Shown in the list: why it is (not) counted. */
  note: string;
}

export interface Annex4Result {
  data: AnnexData;
  files: FileOutcome[];
  included: number;
  /** e.g. 合计包括 3 个台账文件（共 5 个，2 个未计入） */
  totalNote: string;
}

/**
 * 附件4 from the files read, with the user's choices (by file id). Files keep their drop order; the
 * first file of an enterprise counts, later ones are duplicates unless `include` is set.
 */
export function buildAnnex4(
  layout: AnnexLayout,
  files: readonly LedgerFile[],
  choices: Readonly<Record<string, FileChoice>> = {},
): Annex4Result {
  const labels = layout.rows.kind === 'fixed' ? layout.rows.labels : [];
  const firstOf = new Map<string, string>();
  const outcomes = files.map((file): FileOutcome => {
    const choice = choices[file.id] ?? {};
    const industry = choice.industry ?? suggestIndustry(labels, file);
    const base = { file, industry, duplicateOf: null as string | null };
    if (file.problems.length) return { ...base, status: 'error', note: '有错误，未计入；改正后重新加入' };
    if (!labels.includes(industry)) return { ...base, status: 'unassigned', note: '未选择行业领域，未计入' };
    const key = normName(file.enterprise);
    const first = firstOf.get(key);
    if (first !== undefined) {
      const name = files.find((f) => f.id === first)!.fileName;
      if (!choice.include)
        return { ...base, duplicateOf: name, status: 'duplicate', note: `与“${name}”是同一企业，未计入` };
      return {
        ...base,
        duplicateOf: name,
        status: 'included',
        note: `与“${name}”是同一企业；已选择仍计入，企业只计一家`,
      };
    }
    if (choice.include === false) return { ...base, status: 'excluded', note: '已选择不计入' };
    firstOf.set(key, file.id);
    return { ...base, status: 'included', note: '已计入' };
  });

  const data = emptyAnnex(layout);
  data.rows = data.rows.map((row) => {
    const mine = outcomes.filter((o) => o.status === 'included' && o.industry === row.label);
    const sum = (f: (x: LedgerFile) => number) => mine.reduce((n, o) => n + f(o.file), 0);
    const enterprises = new Set(mine.map((o) => normName(o.file.enterprise))).size;
    return {
      ...row,
      cells: {
        ...row.cells,
        enterprises: String(enterprises),
        sites: String(sum((f) => f.spaces)),
        high: String(sum((f) => f.grades.high)),
        medium: String(sum((f) => f.grades.medium)),
        low: String(sum((f) => f.grades.low)),
      },
    };
  });
  const included = outcomes.filter((o) => o.status === 'included').length;
  return { data, files: outcomes, included, totalNote: includedNote('台账文件', included, files.length) };
}

/** The second sheet: every source file and what it contributed. */
export const sourcesTable = flatTable([
  plainColumn('serial', '序号', 'serial', 6),
  plainColumn('file', '文件名', 'text', 28),
  plainColumn('enterprise', '企业名称', 'text', 22),
  plainColumn('industry', '行业领域', 'text', 20),
  plainColumn('rows', '读取行数', 'count', 8),
  plainColumn('sites', '有限空间作业场所（处）', 'count', 10),
  plainColumn('high', '高（处）', 'count', 8),
  plainColumn('medium', '中（处）', 'count', 8),
  plainColumn('low', '低（处）', 'count', 8),
  plainColumn('status', '是否计入', 'text', 24),
  plainColumn('problems', '问题', 'text', 40),
]);

export function sourcesSheet(result: Annex4Result): SheetModel {
  return summarySources({
    title: '附件4汇总所用的台账文件',
    table: sourcesTable,
    rows: result.files.map((o, i) => ({
      serial: String(i + 1),
      file: o.file.fileName,
      enterprise: o.file.enterprise,
      industry: o.industry,
      rows: String(o.file.rows),
      sites: String(o.file.spaces),
      high: String(o.file.grades.high),
      medium: String(o.file.grades.medium),
      low: String(o.file.grades.low),
      status: o.note,
      problems: o.file.problems.join('\n'),
    })),
    note: result.totalNote,
  });
}

/** The 附件4 workbook: the official 统计表 (the fields as given), then 来源文件. */
export function annex4Sheets(layout: AnnexLayout, result: Annex4Result, fields: Record<string, string> = {}) {
  return [
    toSheet(layout, { ...result.data, fields: { ...result.data.fields, ...fields } }),
    sourcesSheet(result),
  ];
}

/** The 附件4 draft with the counted rows, keeping what the user already typed in the fields. */
export function annex4Draft(result: Annex4Result, current: AnnexData | null): AnnexData {
  return summaryDraft(result.data, current);
}

/** The ledgers page as a draft (the table layer's DraftStore): read results and choices, not the files. */
export const ledgerStatsDraftSpec: DraftSpec<LedgerStatsDraft> = {
  key: 'jc76.confined-space.ledger-files',
  schema: ledgerStatsDraftSchema,
  version: 1,
};

export const emptyLedgerStats = (): LedgerStatsDraft => ({ files: [], choices: {}, next: 1 });
