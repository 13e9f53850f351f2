import { readTypedDate } from '../common/dates';
import { isEmptyAnnex, type AnnexData } from './data';
import type { DraftStore } from './draft';
import type { TableDescription } from './layout';
import { type SheetModel, tableSheet } from './sheet';

/**
 * The machinery every 汇总 shares (附件1/2/5 from received files, 附件4 from 台账): reading many files
 * one after another without freezing the page, what became of each file (its status and why), the
 * duplicate choice, the 来源文件 sheet that makes every number traceable, the "包括 n 个文件" line and
 * the draft handed to the annex form.
 */

/** What became of one dropped file. */
export type FileStatus =
  /** counted in full */
  | 'included'
  /** some months counted, others taken from another file (a duplicate resolved for those months) */
  | 'partial'
  /** unreadable, or a bad cell / 已整改 > 隐患 / month outside the campaign: left out until fixed */
  | 'error'
  /** a file of another annex (附件3 dropped on 附件1…) or not an annex at all */
  | 'other'
  /** 附件4: no 行业领域 chosen */
  | 'unassigned'
  /** the same 填报单位 (and month) as another file, and not the one chosen */
  | 'duplicate'
  /** the user chose to leave it out */
  | 'excluded';

export const statusLabels: Record<FileStatus, string> = {
  included: '已计入',
  partial: '部分计入',
  error: '有错误，未计入',
  other: '不是本表，未计入',
  unassigned: '未选择行业领域，未计入',
  duplicate: '重复，未计入',
  excluded: '已选择不计入',
};

/** Counted (in full or in part). */
export const counts = (status: FileStatus) => status === 'included' || status === 'partial';

/** A name as compared for duplicates: spaces dropped, full- and half-width brackets alike. */
export const normName = (s: string) => s.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');

/** "合计包括 3 个台账文件（共 5 个，2 个未计入）" — the result always says how many files it includes. */
export function includedNote(noun: string, included: number, total: number): string {
  const left = total - included;
  return `合计包括 ${included} 个${noun}（共 ${total} 个${left ? `，${left} 个未计入` : ''}）`;
}

// ---------- duplicates ----------

/** One candidate in a duplicate group: a file (by id), its 填报日期 as typed, and its place in the drop. */
export interface Candidate {
  id: string;
  date: string;
  order: number;
}

/** Groups of candidates sharing a key (same 填报单位, or same 填报单位 + month); only groups of two or more. */
export function duplicateGroups<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const all = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = all.get(key);
    if (list) list.push(item);
    else all.set(key, [item]);
  }
  for (const [key, list] of all) if (list.length < 2) all.delete(key);
  return all;
}

/** The choice "none of these files counts". */
export const NONE_CHOSEN = '';

/**
 * Which candidate of a duplicate group counts (NONE_CHOSEN: the user chose none): the user's choice when it names one of them; else the
 * one with the latest 填报日期 when exactly one has it (本站理解: a later report replaces an earlier one);
 * else none — every file of the group is left out and the page asks the user to choose.
 */
export function chosenCandidate(
  group: readonly Candidate[],
  choice: string | undefined,
): { id: string | null; by: 'user' | 'latest' | null } {
  if (choice === NONE_CHOSEN) return { id: null, by: 'user' };
  if (choice !== undefined && group.some((c) => c.id === choice)) return { id: choice, by: 'user' };
  const dated = group
    .map((c) => ({ c, date: readTypedDate(c.date) }))
    .filter((x): x is { c: Candidate; date: string } => typeof x.date === 'string');
  if (dated.length === 0) return { id: null, by: null };
  const latest = dated.reduce((a, b) => (b.date > a.date ? b : a)).date;
  const top = dated.filter((x) => x.date === latest);
  return top.length === 1 ? { id: top[0]!.c.id, by: 'latest' } : { id: null, by: null };
}

// ---------- reading many files ----------

/** A file as the File API gives it (a browser File, or anything with a name and bytes in tests). */
export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Gives the browser a turn (paint, input): `scheduler.yield()` where the browser has it (Chromium 129+;
 * no 4 ms timer clamp), else a zero timeout.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * Reads files one after another: `read` gets each file's bytes; `progress(done, total, name)` is
 * called before each file and once at the end. Between files the page gets a turn whenever `sliceMs`
 * have passed since the last one (so 500 small files do not wait 500 timer ticks, and the page never
 * freezes for more than a moment).
 */
export async function readFilesInTurn<T>(
  files: readonly FileLike[],
  read: (bytes: Uint8Array, name: string, index: number) => Promise<T> | T,
  {
    progress = () => {},
    failed,
    sliceMs = 40,
    pause = nextTask,
    now = () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
  }: {
    progress?: (done: number, total: number, name: string) => void;
    /** What a file that cannot be read at all (moved, deleted, no permission) becomes; without it the error is thrown. */
    failed?: (name: string, index: number, message: string) => T;
    sliceMs?: number;
    pause?: () => Promise<void>;
    now?: () => number;
  } = {},
): Promise<T[]> {
  const out: T[] = [];
  let last = now();
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file.name);
    if (i === 0 || now() - last >= sliceMs) {
      await pause();
      last = now();
    }
    try {
      out.push(await read(new Uint8Array(await file.arrayBuffer()), file.name, i));
    } catch (e) {
      if (!failed) throw e;
      out.push(failed(file.name, i, e instanceof Error ? e.message : String(e)));
    }
  }
  progress(files.length, files.length, '');
  return out;
}

// ---------- 来源文件 ----------

export const SOURCES_SHEET = '来源文件';

/** The 来源文件 sheet: every source file (or file × month) and what it contributed, then the count note. */
export function sourcesSheet(input: {
  title: string;
  table: TableDescription;
  rows: Record<string, string>[];
  note: string;
}): SheetModel {
  return tableSheet({
    name: SOURCES_SHEET,
    title: input.title,
    table: input.table,
    rows: input.rows,
    notes: [`${input.note}。未计入的文件不在第一张工作表的数字里。`],
  });
}

/** The draft "在表单中打开" saves: the combined rows, keeping the 填报 fields the user already typed. */
export function summaryDraft(result: AnnexData, current: AnnexData | null): AnnexData {
  return current ? { ...result, fields: { ...result.fields, ...current.fields } } : result;
}

export type HandOver = { status: 'saved' } | { status: 'confirm' } | { status: 'problem'; message: string };

/**
 * "在表单中打开": saves `draftFor(existing draft)` as the annex form's draft. A draft with content is
 * replaced only with `replace` (otherwise 'confirm': the page asks first); a draft that cannot be read is
 * left as it is and said so. Used by every 汇总 page (附件1/2/5 and 附件4).
 */
export function handOverToForm(
  store: DraftStore<AnnexData>,
  label: string,
  draftFor: (existing: AnnexData | null) => AnnexData,
  replace = false,
): HandOver {
  const current = store.load();
  if (current.status === 'unavailable' || current.status === 'unreadable')
    return { status: 'problem', message: `${label}草稿无法读取：${current.message}` };
  const existing = current.status === 'loaded' ? current.data : null;
  if (existing && !isEmptyAnnex(existing) && !replace) return { status: 'confirm' };
  const saved = store.save(draftFor(existing), { force: true });
  return saved.status === 'saved'
    ? { status: 'saved' }
    : { status: 'problem', message: 'message' in saved ? saved.message : '保存失败' };
}
