import type { AnnexLayout } from '../../schemas/annex-layout';
import type { StorageLike } from '../browser/storage';
import { DraftStore, type DraftSpec, fullMessage } from '../table/draft';
import { isEditable, leafColumns } from '../table/layout';
import type { SummaryChoices } from './combine';
import type { ReceivedFile } from './received';

/**
 * What a 汇总 page keeps across a reload (WeChat reloads a page when the user switches apps): the files'
 * read results — never the files themselves — and the duplicate choices, as one draft of the table
 * layer (src/lib/table/draft, key jc76.summary.<annex>). Each row is stored as its values in the
 * order of `columns` (not as an object naming every column), so 200 files of 25 rows stay well inside
 * the browser's storage (see files-draft.test.ts).
 */

export const FILES_DRAFT_VERSION = 1;
export const filesDraftKey = (annex: string) => `jc76.summary.${annex}`;

/** One file's read result as stored. */
export interface StoredFile {
  id: string;
  name: string;
  source: ReceivedFile['source'];
  unit: string;
  unitFromFileName: boolean;
  date: string;
  sheet: string;
  /** [month, spreadsheet row, values in `columns` order] */
  months: [string, number, string[]][];
  /** [spreadsheet row, values in `columns` order] */
  rows: [number, string[]][];
  problems: string[];
  other: string | null;
  notices: string[];
}

export interface SummaryFilesDraft {
  annex: string;
  /** The editable columns' keys when the draft was saved: the order of every stored row's values. */
  columns: string[];
  files: StoredFile[];
  choices: Record<string, string>;
  /** The number of the next file id (f1, f2…): ids stay unique after a reload. */
  next: number;
}

const editableKeys = (layout: AnnexLayout) =>
  leafColumns(layout)
    .filter(isEditable)
    .map((c) => c.key);

export const emptyFilesDraft = (layout: AnnexLayout): SummaryFilesDraft => ({
  annex: layout.id,
  columns: editableKeys(layout),
  files: [],
  choices: {},
  next: 1,
});

/** A row's cells as values in `columns` order, trailing blanks dropped. */
function values(columns: readonly string[], cells: Record<string, string>): string[] {
  const out = columns.map((k) => cells[k] ?? '');
  while (out.length && out.at(-1) === '') out.pop();
  return out;
}
function cells(columns: readonly string[], stored: readonly string[], keep: ReadonlySet<string>) {
  const out: Record<string, string> = {};
  columns.forEach((k, i) => {
    if (keep.has(k)) out[k] = stored[i] ?? '';
  });
  for (const k of keep) out[k] ??= '';
  return out;
}

/** One file's read result as the draft keeps it. */
export function storeFile(columns: readonly string[], f: ReceivedFile): StoredFile {
  return {
    id: f.id,
    name: f.fileName,
    source: f.source,
    unit: f.unit,
    unitFromFileName: f.unitFromFileName,
    date: f.date,
    sheet: f.sheet,
    months: f.months.map((p) => [p.month, p.row, values(columns, p.cells)]),
    rows: f.rows.map((p) => [p.row, values(columns, p.cells)]),
    problems: f.problems,
    other: f.other,
    notices: f.notices,
  };
}

/** The files back as the page reads them; a column the layout no longer has is dropped, a new one is blank. */
export function restoredFiles(layout: AnnexLayout, draft: SummaryFilesDraft): ReceivedFile[] {
  const keep = new Set(editableKeys(layout));
  return draft.files.map((s) => ({
    id: s.id,
    fileName: s.name,
    source: s.source,
    unit: s.unit,
    unitFromFileName: s.unitFromFileName,
    date: s.date,
    sheet: s.sheet,
    months: s.months.map(([month, row, v]) => ({ month, row, cells: cells(draft.columns, v, keep) })),
    rows: s.rows.map(([row, v]) => ({ row, cells: cells(draft.columns, v, keep) })),
    problems: s.problems,
    other: s.other,
    notices: s.notices,
  }));
}

/** The draft with files added (read results in drop order), ids counted on from `next`. */
export function withFiles(
  draft: SummaryFilesDraft,
  added: readonly ReceivedFile[],
  next: number,
): SummaryFilesDraft {
  return {
    ...draft,
    files: [...draft.files, ...added.map((f) => storeFile(draft.columns, f))],
    next: Math.max(draft.next, next),
  };
}

/** The draft without one file (its choices stay: they name files, and a choice naming none is ignored). */
export const withoutFile = (draft: SummaryFilesDraft, id: string): SummaryFilesDraft => ({
  ...draft,
  files: draft.files.filter((f) => f.id !== id),
});

export const withChoices = (draft: SummaryFilesDraft, choices: SummaryChoices): SummaryFilesDraft => ({
  ...draft,
  choices: { ...choices },
});

/** "已恢复上次选择的 3 份文件的读取结果（保存于 …）" */
export function restoredSummaryNote(count: number, savedAt: string): string {
  const when = savedAt ? `（保存于 ${new Date(savedAt).toLocaleString('zh-CN')}）` : '';
  return `已恢复上次选择的 ${count} 份文件的读取结果${when}。`;
}

/** What the page says when the draft store says storage is full: the read results stay on the page. */
export const SUMMARY_FULL_MESSAGE =
  '浏览器存储空间已满，这次读取的文件结果没有保存：本页仍可继续汇总、下载，但刷新或关闭页面后需要重新选择文件。可以先下载汇总 Excel，或清理浏览器存储后再加入文件。';

/** The page's words for a storage problem of this draft (the table layer's words, except for "full"). */
export const summaryStorageMessage = (message: string) =>
  message === fullMessage ? SUMMARY_FULL_MESSAGE : message;

export const filesDraftSpec = (annex: string): DraftSpec<SummaryFilesDraft> => ({
  key: filesDraftKey(annex),
  version: FILES_DRAFT_VERSION,
  loadSchema: async () => (await import('./files-draft-schema')).filesDraftSchema,
  check: (d) => (d.annex === annex ? null : `草稿属于${d.annex}，不是${annex}`),
  meta: { annex },
});

export const filesDraftStore = (storage: StorageLike | null, annex: string, tab?: string) =>
  new DraftStore(storage, filesDraftSpec(annex), tab);
