import type { AnnexLayout, HeaderNode } from '../../schemas/annex-layout';
import { codecs, isNumeric } from '../table/codecs';
import { type AnnexData, type AnnexRow, emptyAnnex } from '../table/data';
import {
  plainColumn,
  flatTable,
  formLabel,
  isEditable,
  leafColumns,
  type TableDescription,
} from '../table/layout';
import { type SheetModel, tableSheet, toSheet } from '../table/sheet';
import { validateAnnex } from '../table/validate-annex';
import { monthLabel } from '../table/values';
import { nextMonth } from '../common/dates';
import {
  type Candidate,
  chosenCandidate,
  counts,
  duplicateGroups,
  type FileStatus,
  includedNote,
  normName,
  sourcesSheet,
  statusLabels,
} from '../table/intake';
import { type MonthPart, type ReceivedFile, unitShown } from './received';
import { fileStatusWords, monthStatusWords } from './status-words';

/**
 * The 汇总 of 附件1, 附件2 or 附件5 from the files read (see ./received):
 * - 附件1/5 add up month by month: each month's cell is the sum of that month's cells in the files
 *   counted; 累计 is computed from the months (never taken from a file); the combined table is checked
 *   as the form checks it (已整改 ≤ 隐患 on running totals).
 * - 附件2 concatenates the rows of the files counted, in drop order, renumbered 1..n; each row keeps its
 *   source file and spreadsheet row.
 * - The same 填报单位 in two files — for the same month (附件1/5), or at all (附件2) — is a duplicate: the
 *   user's choice counts; by default the file with the later 填报日期; when that does not decide (same or
 *   no date) none counts until the user chooses. A file with problems, or of another annex, is left out.
 */

/** The user's duplicate choices: group key → the id of the file that counts. */
export type SummaryChoices = Readonly<Record<string, string>>;

export interface DuplicateGroup {
  key: string;
  /** The 填报单位 as the first file of the group writes it. */
  unit: string;
  /** YYYY-MM (附件1/5), or null (附件2: the whole file). */
  month: string | null;
  /** "晋城甲公司 · 6月" / "晋城甲公司" */
  label: string;
  /** File ids, in drop order. */
  files: string[];
  chosen: string | null;
  by: 'user' | 'latest' | null;
}

export interface SummaryOutcome {
  file: ReceivedFile;
  status: FileStatus;
  /** Why it is (not) counted, in Chinese. */
  note: string;
  /** What it adds to the result: "5月、6月" (附件1/5) or "第 3–7 行" (附件2); '' when nothing. */
  counted: string;
  /** 附件1/5: the months of this file that count. */
  months: string[];
  /** 附件2: the rows it fills in the combined table (1-based, inclusive). */
  rowRange: [number, number] | null;
}

/** Where a row of the combined 附件2 came from. */
export interface RowSource {
  fileId: string;
  fileName: string;
  unit: string;
  /** Spreadsheet row (1-based) in that file. */
  row: number;
}

export interface SummaryResult {
  data: AnnexData;
  files: SummaryOutcome[];
  groups: DuplicateGroup[];
  /** Files counted (in full or in part). */
  included: number;
  /** "合计包括 3 个文件（共 5 个，2 个未计入）" */
  totalNote: string;
  /** The combined table checked as the form checks it; e.g. 已整改 above 隐患 after a duplicate choice. */
  problems: string[];
  /** 附件2: one per combined row. */
  rowSources: RowSource[];
  /** 附件1/5: files counted twice perhaps, found by their numbers because a 填报单位 was not found. */
  possibleDuplicates: PossibleDuplicate[];
}

/**
 * Two counted files that may be one report sent twice, though the duplicate rule (same 填报单位 and
 * month) cannot see it because at least one has no 填报单位 line (its unit is its file name): some month
 * holds the same numbers in both, not all zero. Both still count; the page asks the user to check.
 */
export interface PossibleDuplicate {
  /** The two file ids, in drop order. */
  files: [string, string];
  /** The months with the same numbers (YYYY-MM). */
  months: string[];
  /** "“乙镇.xlsx”与“乙镇(1).xlsx”的5月数字完全相同，…" */
  message: string;
}

const FILE_NOUN = '文件';
const namesOf = (files: readonly ReceivedFile[], ids: readonly string[]) =>
  ids.map((id) => `“${files.find((f) => f.id === id)?.fileName ?? id}”`).join('、');

/** Groups of files (or file × month) sharing 填报单位 (and month), with the one that counts. */
function resolveGroups<T extends { file: ReceivedFile }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  monthOf: (item: T) => string | null,
  choices: SummaryChoices,
  baseYear: number,
): DuplicateGroup[] {
  const order = new Map<string, number>();
  return [...duplicateGroups(items, keyOf)].map(([key, list]) => {
    const candidates: Candidate[] = list.map((x) => {
      if (!order.has(x.file.id)) order.set(x.file.id, order.size);
      return { id: x.file.id, date: x.file.date, order: order.get(x.file.id)! };
    });
    const { id, by } = chosenCandidate(candidates, choices[key]);
    const month = monthOf(list[0]!);
    const unit = list[0]!.file.unit;
    return {
      key,
      unit,
      month,
      label: month ? `${unit} · ${monthLabel(month, baseYear)}` : unit,
      files: list.map((x) => x.file.id),
      chosen: id,
      by,
    };
  });
}

function leftOut(file: ReceivedFile): SummaryOutcome | null {
  const base = { file, counted: '', months: [], rowRange: null };
  if (file.other) return { ...base, status: 'other', note: statusLabels.other };
  if (file.problems.length) return { ...base, status: 'error', note: '有错误，未计入；改正后重新加入' };
  return null;
}

/** What a duplicate group means for one of its files, without the group's label: [with whom, what happened]. */
function duplicateParts(
  files: readonly ReceivedFile[],
  group: DuplicateGroup,
  self: string,
): [string, string] {
  const others = `与${namesOf(
    files,
    group.files.filter((id) => id !== self),
  )}重复`;
  if (group.chosen === null)
    return [others, group.by === 'user' ? '已选择都不计入' : '请选择计入哪一个；选择前都不计入'];
  if (group.chosen === self)
    return [others, group.by === 'latest' ? '按填报日期较晚计入这一个' : '已选择计入这一个'];
  return [others, `计入的是${namesOf(files, [group.chosen])}`];
}

function duplicateNote(files: readonly ReceivedFile[], group: DuplicateGroup, self: string): string {
  const [others, what] = duplicateParts(files, group, self);
  return `${others}（${group.label}），${what}`;
}

/** The notes of a file's duplicate groups, months with the same outcome said once: "与“b”重复（甲镇 · 5月、6月），…". */
function duplicateNotes(
  files: readonly ReceivedFile[],
  groups: readonly DuplicateGroup[],
  self: string,
  baseYear: number,
): string[] {
  const merged = new Map<string, { unit: string; months: string[]; parts: [string, string] }>();
  for (const g of groups) {
    const parts = duplicateParts(files, g, self);
    const key = parts.join('|');
    const hit = merged.get(key);
    const month = g.month ? monthLabel(g.month, baseYear) : '';
    if (hit) hit.months.push(month);
    else merged.set(key, { unit: g.unit, months: [month], parts });
  }
  return [...merged.values()].map(
    ({ unit, months, parts: [others, what] }) => `${others}（${unit} · ${months.join('、')}），${what}`,
  );
}

/** Sum of texts of a numeric column; '' when every text is blank (nothing filled stays unfilled). */
const sumCells = (type: keyof typeof codecs, texts: readonly string[]) =>
  texts.some((t) => t.trim() !== '') ? codecs[type].sum!(texts) : '';

function monthly(
  layout: AnnexLayout,
  files: readonly ReceivedFile[],
  choices: SummaryChoices,
): SummaryResult {
  const model = layout.rows.kind === 'months' ? layout.rows : null;
  if (!model) throw new Error(`${layout.id} 不是按月份的表`);
  const entries = files
    .filter((f) => !leftOut(f))
    .flatMap((file) => file.months.map((part) => ({ file, part })));
  const groups = resolveGroups(
    entries,
    (e) => `${normName(e.file.unit)}|${e.part.month}`,
    (e) => e.part.month,
    choices,
    model.baseYear,
  );
  const groupOf = new Map<string, DuplicateGroup>();
  for (const g of groups) for (const id of g.files) groupOf.set(`${id}|${g.month}`, g);
  const counted = (fileId: string, month: string) => {
    const g = groupOf.get(`${fileId}|${month}`);
    return !g || g.chosen === fileId;
  };

  const possible = possibleDuplicates(layout, files, (id, month) => counted(id, month));
  const outcomes = files.map((file): SummaryOutcome => {
    const out = leftOut(file);
    if (out) return out;
    const months = file.months.filter((p) => counted(file.id, p.month)).map((p) => p.month);
    const label = (ms: readonly string[]) => ms.map((m) => monthLabel(m, model.baseYear)).join('、');
    const dupNotes = duplicateNotes(
      files,
      file.months.map((p) => groupOf.get(`${file.id}|${p.month}`)).filter((g): g is DuplicateGroup => !!g),
      file.id,
      model.baseYear,
    );
    const status: FileStatus =
      months.length === file.months.length ? 'included' : months.length > 0 ? 'partial' : 'duplicate';
    const maybe = possible
      .filter((d) => d.files.includes(file.id))
      .map((d) => {
        const other = d.files.find((id) => id !== file.id)!;
        return `可能与${namesOf(files, [other])}重复（${label(d.months)}的数字完全相同），请核对`;
      });
    const note = [statusLabels[status], ...dupNotes, ...maybe].join('；');
    return { file, status, note, counted: label(months), months, rowRange: null };
  });

  // The months: from the first month to the last month any counted file fills, every month in between.
  const parts: MonthPart[] = outcomes.flatMap((o) => o.file.months.filter((p) => o.months.includes(p.month)));
  const data = emptyAnnex(layout);
  const last = parts.reduce((m, p) => (p.month > m ? p.month : m), '');
  if (last) {
    const editable = leafColumns(layout).filter(isEditable);
    const rows: AnnexRow[] = [];
    for (let month = model.firstMonth; month <= last; month = nextMonth(month)) {
      const mine = parts.filter((p) => p.month === month);
      rows.push({
        id: `m${month}`,
        month,
        cells: Object.fromEntries(
          editable.map((c) => [
            c.key,
            isNumeric(c)
              ? sumCells(
                  c.type,
                  mine.map((p) => p.cells[c.key] ?? ''),
                )
              : '',
          ]),
        ),
      });
    }
    data.rows = rows;
  }
  return { ...finish(layout, data, outcomes, groups, files.length, []), possibleDuplicates: possible };
}

/**
 * Files that may be one report sent twice (see PossibleDuplicate): pairs of files, at least one without
 * a 填报单位 line and not already of one 填报单位, with a month both count whose numbers are all the same
 * (blank = 0) and not all zero. `counts(id, month)`: whether a file's month is counted.
 */
export function possibleDuplicates(
  layout: AnnexLayout,
  files: readonly ReceivedFile[],
  counts: (fileId: string, month: string) => boolean = () => true,
): PossibleDuplicate[] {
  const baseYear = layout.rows.kind === 'months' ? layout.rows.baseYear : 0;
  const numbers = leafColumns(layout).filter(isNumeric);
  const alike = new Map<string, ReceivedFile[]>();
  for (const file of files) {
    if (leftOut(file)) continue;
    for (const part of file.months) {
      if (!counts(file.id, part.month)) continue;
      const values = numbers.map((c) => codecs[c.type].sum!([part.cells[c.key] ?? '']));
      if (values.every((v) => Number(v) === 0)) continue;
      const key = `${part.month}|${values.join(',')}`;
      const list = alike.get(key);
      if (list) list.push(file);
      else alike.set(key, [file]);
    }
  }
  const pairs = new Map<string, PossibleDuplicate>();
  for (const [key, list] of alike) {
    const month = key.slice(0, key.indexOf('|'));
    list.forEach((a, i) =>
      list.slice(i + 1).forEach((b) => {
        if (a.id === b.id || !(a.unitFromFileName || b.unitFromFileName)) return;
        if (normName(a.unit) === normName(b.unit)) return;
        const id = `${a.id}|${b.id}`;
        const hit = pairs.get(id);
        if (hit) hit.months.push(month);
        else pairs.set(id, { files: [a.id, b.id], months: [month], message: '' });
      }),
    );
  }
  return [...pairs.values()].map((d) => {
    const [a, b] = d.files.map((id) => files.find((f) => f.id === id)!) as [ReceivedFile, ReceivedFile];
    d.months.sort();
    const without = [a, b]
      .filter((f) => f.unitFromFileName)
      .map((f) => `“${f.fileName}”`)
      .join('、');
    d.message = `“${a.fileName}”与“${b.fileName}”的${d.months.map((m) => monthLabel(m, baseYear)).join('、')}数字完全相同，可能是同一份报表；${without}里没找到填报单位，无法按填报单位判断是否重复。两个文件都已计入；如果是同一份，请移除其中一个`;
    return d;
  });
}

function free(layout: AnnexLayout, files: readonly ReceivedFile[], choices: SummaryChoices): SummaryResult {
  const usable = files.filter((f) => !leftOut(f)).map((file) => ({ file }));
  const groups = resolveGroups(
    usable,
    (x) => normName(x.file.unit),
    () => null,
    choices,
    0,
  );
  const groupOf = new Map<string, DuplicateGroup>();
  for (const g of groups) for (const id of g.files) groupOf.set(id, g);
  const rows: AnnexRow[] = [];
  const rowSources: RowSource[] = [];
  const outcomes = files.map((file): SummaryOutcome => {
    const out = leftOut(file);
    if (out) return out;
    const g = groupOf.get(file.id);
    if (g && g.chosen !== file.id)
      return {
        file,
        status: 'duplicate',
        note: `${statusLabels.duplicate}；${duplicateNote(files, g, file.id)}`,
        counted: '',
        months: [],
        rowRange: null,
      };
    const from = rows.length + 1;
    for (const part of file.rows) {
      rows.push({ id: `s${rows.length + 1}`, cells: { ...part.cells } });
      rowSources.push({ fileId: file.id, fileName: file.fileName, unit: file.unit, row: part.row });
    }
    const to = rows.length;
    return {
      file,
      status: 'included',
      note: [statusLabels.included, ...(g ? [duplicateNote(files, g, file.id)] : [])].join('；'),
      counted: to >= from ? `第 ${from}–${to} 行` : '',
      months: [],
      rowRange: [from, to],
    };
  });
  const data = emptyAnnex(layout);
  if (rows.length) data.rows = rows;
  return finish(layout, data, outcomes, groups, files.length, rowSources);
}

function finish(
  layout: AnnexLayout,
  data: AnnexData,
  outcomes: SummaryOutcome[],
  groups: DuplicateGroup[],
  total: number,
  rowSources: RowSource[],
): SummaryResult {
  const included = outcomes.filter((o) => counts(o.status)).length;
  const anything = outcomes.some((o) => counts(o.status));
  return {
    possibleDuplicates: [],
    data,
    files: outcomes,
    groups,
    included,
    totalNote: includedNote(FILE_NOUN, included, total),
    problems: anything ? validateAnnex(layout, data).map((e) => `汇总后 ${e.message}`) : [],
    rowSources,
  };
}

/** The 汇总 of the files read, with the user's duplicate choices. */
export function buildSummary(
  layout: AnnexLayout,
  files: readonly ReceivedFile[],
  choices: SummaryChoices = {},
): SummaryResult {
  return layout.rows.kind === 'months' ? monthly(layout, files, choices) : free(layout, files, choices);
}

// ---------- output ----------

const col = (key: string, header: string, type: 'text' | 'serial' | 'count', width: number) =>
  plainColumn(key, header, type, width);

/**
 * The 来源文件 table: for 附件1/5 one line per file and month with that month's numbers under the
 * annex's own header (so each number of the result is the sum of the 已计入 lines of its month); for
 * 附件2 one line per file with the rows it fills.
 */
export function sourcesTable(layout: AnnexLayout): TableDescription {
  const lead = [
    col('src-serial', '序号', 'serial', 6),
    col('src-file', '文件名', 'text', 26),
    col('src-unit', '填报单位', 'text', 20),
    col('src-date', '填报日期', 'text', 12),
  ];
  const tail = [col('src-status', '是否计入', 'text', 28), col('src-problems', '问题', 'text', 40)];
  if (layout.rows.kind === 'months') {
    const label = layout.rows.labelColumn;
    const strip = (nodes: HeaderNode[]): HeaderNode[] =>
      nodes
        .filter((n) => !('column' in n) || n.column !== label)
        .map((n) => ('group' in n ? { group: n.group, children: strip(n.children) } : n));
    const numbers = leafColumns(layout).filter(isNumeric);
    return {
      columns: [...lead, col('src-month', '月份', 'text', 9), ...numbers, ...tail],
      header: [
        ...lead.map((c) => ({ column: c.key })),
        { column: 'src-month' },
        ...strip(layout.header),
        ...tail.map((c) => ({ column: c.key })),
      ],
    };
  }
  return flatTable([
    ...lead,
    col('src-rows', '读取行数', 'count', 8),
    col('src-range', '汇总表中的序号', 'text', 14),
    ...tail,
  ]);
}

/** The 来源文件 sheet (every file, its status and what it contributed). */
export function summarySourcesSheet(layout: AnnexLayout, result: SummaryResult): SheetModel {
  const baseYear = layout.rows.kind === 'months' ? layout.rows.baseYear : 0;
  const rows: Record<string, string>[] = [];
  for (const o of result.files) {
    const f = o.file;
    const head = {
      'src-file': f.fileName,
      'src-unit': unitShown(f),
      'src-date': f.date,
    };
    const said = [...f.problems, ...(f.other ? [f.other] : []), ...f.notices].join('\n');
    if (layout.rows.kind === 'months' && f.months.length && !leftOut(f)) {
      f.months.forEach((p, i) => {
        rows.push({
          ...head,
          'src-serial': String(rows.length + 1),
          'src-month': monthLabel(p.month, baseYear) + sourceSuffix[f.source],
          ...p.cells,
          'src-status': monthStatusWords(result, o, p.month),
          'src-problems': i === 0 ? said : '',
        });
      });
      continue;
    }
    rows.push({
      ...head,
      'src-serial': String(rows.length + 1),
      'src-rows': layout.rows.kind === 'months' ? '' : String(f.rows.length),
      'src-range': o.rowRange && o.rowRange[1] >= o.rowRange[0] ? `${o.rowRange[0]}–${o.rowRange[1]}` : '',
      'src-status': fileStatusWords(result, o, baseYear),
      'src-problems': said,
    });
  }
  return sourcesSheet({
    title: `${formLabel(layout)}汇总所用的文件`,
    table: sourcesTable(layout),
    rows,
    note: result.totalNote,
  });
}

export const ROW_SOURCES_SHEET = '行来源';

/** 附件2: each combined row's source file and spreadsheet row. */
export function rowSourcesSheet(result: SummaryResult): SheetModel {
  const cols = [
    col('serial', '序号', 'serial', 6),
    col('file', '文件名', 'text', 28),
    col('unit', '填报单位', 'text', 22),
    col('row', '原文件行号', 'count', 10),
  ];
  return tableSheet({
    name: ROW_SOURCES_SHEET,
    title: '汇总表每一行的来源',
    table: flatTable(cols),
    rows: result.rowSources.map((s, i) => ({
      serial: String(i + 1),
      file: s.fileName,
      unit: s.unit,
      row: String(s.row),
    })),
  });
}

/** The workbook: the combined annex in the official layout (with the fields given), then 来源文件 (and 行来源 for 附件2). */
export function summarySheets(
  layout: AnnexLayout,
  result: SummaryResult,
  fields: Record<string, string> = {},
): SheetModel[] {
  return [
    toSheet(layout, { ...result.data, fields: { ...result.data.fields, ...fields } }),
    summarySourcesSheet(layout, result),
    ...(layout.rows.kind === 'free' ? [rowSourcesSheet(result)] : []),
  ];
}

/** How the 来源文件 sheet marks a month that came from an enterprise's own file rather than a form. */
const sourceSuffix: Record<ReceivedFile['source'], string> = {
  annex: '',
  'self-check': '（自查文件）',
  register: '（隐患台账）',
};

// ---------- for the page ----------

/** What a file covers, for the per-file table: "5月、6月、7月" (自查文件: "6月（检查日期）") or "12 行". */
export function coverage(layout: AnnexLayout, file: ReceivedFile): string {
  if (layout.rows.kind !== 'months') return file.rows.length ? `${file.rows.length} 行` : '';
  const baseYear = layout.rows.baseYear;
  const months = file.months.map((p) => monthLabel(p.month, baseYear)).join('、');
  if (!months) return months;
  return file.source === 'self-check'
    ? `${months}（按检查日期）`
    : file.source === 'register'
      ? `${months}（按发现、验收日期）`
      : months;
}

/**
 * The files the error summary lists: every file left out (with its first reason) and every duplicate
 * still waiting for a choice. Each names the file; `id` is the file's id (its row on the page).
 */
export function leftOutList(result: SummaryResult): { id: string; message: string }[] {
  return result.files.flatMap((o) => {
    const f = o.file;
    if (o.status === 'other') return [{ id: f.id, message: f.other! }];
    if (o.status === 'error') {
      const more = f.problems.length > 1 ? `（另有 ${f.problems.length - 1} 处问题）` : '';
      return [{ id: f.id, message: `${f.problems[0]}${more}` }];
    }
    if (o.status === 'duplicate' || o.status === 'partial')
      return [{ id: f.id, message: `文件“${f.fileName}”${o.note}` }];
    return [];
  });
}
