import { annexDataSchema, type AnnexData } from '../../schemas/annex-data';
import type { StorageLike } from '../selection-store';

/**
 * Drafts of annex forms, kept in this browser's localStorage only.
 *
 * Stored format (version 1): { v: 1, annex, savedAt, tab, rev, data }. `tab` and `rev` say which
 * tab wrote it and how often, so a second tab editing the same draft is noticed instead of
 * silently overwriting the first. Older formats are migrated on load; a newer one is left alone.
 */
export const DRAFT_VERSION = 1;
export const draftKey = (annex: string) => `jc76.annex.${annex}`;

export interface DraftEnvelope {
  v: 1;
  annex: string;
  savedAt: string;
  tab: string;
  rev: number;
  data: AnnexData;
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; data: AnnexData; savedAt: string }
  | { status: 'unreadable'; message: string }
  | { status: 'unavailable'; message: string };

export type SaveResult =
  | { status: 'saved'; savedAt: string }
  | { status: 'conflict'; theirs: DraftEnvelope }
  | { status: 'unreadable'; message: string }
  | { status: 'full'; message: string }
  | { status: 'unavailable'; message: string };

const unavailableMessage =
  '浏览器不允许本站保存数据（可能是无痕/隐私模式或已禁用存储）。表格仍可填写和下载，但关闭或刷新页面后内容不会保留，请及时下载。';
const fullMessage =
  '浏览器存储空间已满，最近的修改没有保存。请先下载 Excel 备份，再清理浏览器存储或删除不需要的草稿。';

/**
 * Brings any stored draft up to the current format. Version 0 (before versioning) was the bare
 * AnnexData object. Returns an error message for what cannot be read.
 */
export function migrateDraft(raw: unknown, annex: string): { envelope: DraftEnvelope } | { error: string } {
  if (raw === null || typeof raw !== 'object') return { error: '草稿不是有效的数据' };
  const obj = raw as Record<string, unknown>;
  let candidate: Record<string, unknown>;
  if (!('v' in obj)) {
    // v0: bare AnnexData
    candidate = { v: 1, annex, savedAt: '', tab: '', rev: 0, data: obj };
  } else if (obj.v === 1) {
    candidate = obj;
  } else if (typeof obj.v === 'number' && obj.v > DRAFT_VERSION) {
    return { error: `草稿由更新版本的网站保存（格式版本 ${obj.v}），本页无法读取；草稿已原样保留。` };
  } else {
    return { error: `草稿格式版本 ${String(obj.v)} 无法识别` };
  }
  const parsed = annexDataSchema.safeParse(candidate.data);
  if (!parsed.success) return { error: '草稿内容不完整或已损坏' };
  if (parsed.data.annex !== annex) return { error: `草稿属于${parsed.data.annex}，不是${annex}` };
  return {
    envelope: {
      v: 1,
      annex,
      savedAt: String(candidate.savedAt ?? ''),
      tab: String(candidate.tab ?? ''),
      rev: Number(candidate.rev ?? 0),
      data: parsed.data,
    },
  };
}

const isQuotaError = (e: unknown) =>
  e instanceof Error &&
  (e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (e as { code?: number }).code === 22);

/** One tab's view of one annex draft. */
export class DraftStore {
  /** Which write this tab last saw (loaded or saved); anything else in storage came from another tab. */
  private seen: { tab: string; rev: number } | null = null;

  constructor(
    private readonly storage: StorageLike | null,
    readonly annex: string,
    readonly tab: string = Math.random().toString(36).slice(2, 10),
    private readonly now: () => Date = () => new Date(),
  ) {}

  get key() {
    return draftKey(this.annex);
  }

  private read(): { envelope: DraftEnvelope | null; error?: string } {
    const raw = this.storage!.getItem(this.key);
    if (raw === null) return { envelope: null };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { envelope: null, error: '草稿不是有效的数据' };
    }
    const m = migrateDraft(json, this.annex);
    return 'error' in m ? { envelope: null, error: m.error } : { envelope: m.envelope };
  }

  load(): LoadResult {
    if (!this.storage) return { status: 'unavailable', message: unavailableMessage };
    try {
      const { envelope, error } = this.read();
      if (error) return { status: 'unreadable', message: error };
      if (!envelope) {
        this.seen = null;
        return { status: 'empty' };
      }
      this.seen = { tab: envelope.tab, rev: envelope.rev };
      return { status: 'loaded', data: envelope.data, savedAt: envelope.savedAt };
    } catch {
      return { status: 'unavailable', message: unavailableMessage };
    }
  }

  /** True when storage holds a write this tab has not seen (another tab saved since). */
  changedElsewhere(): DraftEnvelope | null {
    if (!this.storage) return null;
    try {
      const { envelope } = this.read();
      if (!envelope) return null;
      if (this.seen && envelope.tab === this.seen.tab && envelope.rev === this.seen.rev) return null;
      if (!this.seen && envelope.tab === this.tab) return null;
      return envelope;
    } catch {
      return null;
    }
  }

  /** Saves unless another tab saved since this one last looked; `force` overwrites theirs. */
  save(data: AnnexData, { force = false } = {}): SaveResult {
    if (!this.storage) return { status: 'unavailable', message: unavailableMessage };
    try {
      if (!force) {
        const { error } = this.read();
        if (error) return { status: 'unreadable', message: `${error}。为免覆盖，自动保存已暂停。` };
      }
      const theirs = force ? null : this.changedElsewhere();
      if (theirs) return { status: 'conflict', theirs };
      const rev = (this.seen?.rev ?? 0) + 1;
      const envelope: DraftEnvelope = {
        v: 1,
        annex: this.annex,
        savedAt: this.now().toISOString(),
        tab: this.tab,
        rev,
        data,
      };
      this.storage.setItem(this.key, JSON.stringify(envelope));
      this.seen = { tab: this.tab, rev };
      return { status: 'saved', savedAt: envelope.savedAt };
    } catch (e) {
      return isQuotaError(e)
        ? { status: 'full', message: fullMessage }
        : { status: 'unavailable', message: unavailableMessage };
    }
  }

  /** Accepts the other tab's version as the one this tab now edits. */
  adopt(theirs: DraftEnvelope): AnnexData {
    this.seen = { tab: theirs.tab, rev: theirs.rev };
    return theirs.data;
  }

  clear(): void {
    try {
      this.storage?.removeItem?.(this.key);
    } catch {
      /* nothing stored that could be removed */
    }
    this.seen = null;
  }
}
