import { isQuotaError, type StorageLike } from '../browser/storage';

/**
 * A versioned draft of any data described by a zod schema, kept in this browser's localStorage only.
 *
 * Stored as an envelope { v, ...meta, savedAt, tab, rev, data }. `tab` and `rev` say which tab wrote
 * it and how often, so a second tab editing the same draft is noticed instead of silently overwriting
 * the first. Older formats are migrated on load (v0 is the bare data stored before versioning); a
 * newer format, or one that cannot be read, is left alone until the user chooses to overwrite it.
 * Storage that is blocked (private modes) or full gives a message, never an exception.
 */

/** What a draft store needs of a schema: zod and zod/mini schemas both fit. */
export interface DraftSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type DraftSpec<T> = DraftSpecBase<T> &
  (
    | { schema: DraftSchema<T>; loadSchema?: never }
    | {
        schema?: never;
        /**
         * The schema, loaded when a stored draft must first be read (see DraftStore.prepare): a page whose
         * visitor has no draft never downloads the validation code (zod) at all.
         */
        loadSchema: () => Promise<DraftSchema<T>>;
      }
  );

interface DraftSpecBase<T> {
  /** localStorage key, e.g. jc76.annex.annex1 */
  key: string;
  /** The current format version, ≥ 1. */
  version: number;
  /**
   * Brings data stored in format `from` (< version; 0 = before versioning, the bare value) up to the
   * current format. Without it, only the current version is read.
   */
  migrate?: (data: unknown, from: number) => unknown;
  /** A further check once the schema passed (e.g. the draft belongs to this form): a message, or null. */
  check?: (data: T) => string | null;
  /** Fields written into the envelope beside the data (annex drafts name their annex). */
  meta?: Record<string, string>;
}

export interface DraftEnvelope<T> {
  v: number;
  savedAt: string;
  tab: string;
  rev: number;
  data: T;
}

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'loaded'; data: T; savedAt: string }
  | { status: 'unreadable'; message: string }
  | { status: 'unavailable'; message: string };

export type SaveResult<T> =
  | { status: 'saved'; savedAt: string }
  | { status: 'conflict'; theirs: DraftEnvelope<T> }
  | { status: 'unreadable'; message: string }
  | { status: 'full'; message: string }
  | { status: 'unavailable'; message: string };

export const unavailableMessage =
  '浏览器不允许本站保存数据（可能是无痕/隐私模式或已禁用存储）。表格仍可填写和下载，但关闭或刷新页面后内容不会保留，请及时下载。';
export const fullMessage =
  '浏览器存储空间已满，最近的修改没有保存。请先下载 Excel 备份，再清理浏览器存储或删除不需要的草稿。';

/** Brings any stored value up to the current envelope, or says why it cannot be read. */
export function migrateEnvelope<T>(
  raw: unknown,
  spec: DraftSpec<T>,
  schema: DraftSchema<T> | undefined = spec.schema,
): { envelope: DraftEnvelope<T> } | { error: string } {
  if (!schema) throw new Error(`草稿 ${spec.key} 的校验规则还没有加载：先调用 DraftStore.prepare()`);
  if (raw === null || typeof raw !== 'object') return { error: '草稿不是有效的数据' };
  const obj = raw as Record<string, unknown>;
  const from = 'v' in obj ? obj.v : 0;
  let data: unknown;
  if (from === spec.version) data = obj.data;
  else if (typeof from === 'number' && from > spec.version)
    return { error: `草稿由更新版本的网站保存（格式版本 ${from}），本页无法读取；草稿已原样保留。` };
  else if (typeof from === 'number' && Number.isInteger(from) && from >= 0 && spec.migrate)
    data = spec.migrate(from === 0 ? obj : obj.data, from);
  else return { error: `草稿格式版本 ${String(from)} 无法识别` };
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { error: '草稿内容不完整或已损坏' };
  const problem = spec.check?.(parsed.data);
  if (problem) return { error: problem };
  const current = from === spec.version ? obj : {};
  return {
    envelope: {
      v: spec.version,
      savedAt: String(current.savedAt ?? ''),
      tab: String(current.tab ?? ''),
      rev: Number(current.rev ?? 0),
      data: parsed.data,
    },
  };
}

/** One tab's view of one draft. */
export class DraftStore<T> {
  /** Which write this tab last saw (loaded or saved); anything else in storage came from another tab. */
  private seen: { tab: string; rev: number } | null = null;
  /**
   * The text this tab last wrote: when storage still holds exactly that, it is this tab's own last save,
   * known without parsing it (a 5,000-row draft is a megabyte of JSON, parsed in ~15 ms).
   */
  private written: string | null = null;
  private schema: DraftSchema<T> | undefined;

  constructor(
    private readonly storage: StorageLike | null,
    readonly spec: DraftSpec<T>,
    readonly tab: string = Math.random().toString(36).slice(2, 10),
    private readonly now: () => Date = () => new Date(),
  ) {
    this.schema = spec.schema;
  }

  get key() {
    return this.spec.key;
  }

  /**
   * Whether load, save and changedElsewhere can run now. A spec with `loadSchema` is not ready until
   * `prepare()` has loaded its schema — needed only to read a draft this tab did not write itself: an
   * empty storage, or this tab's own last save, is handled without it.
   */
  get ready(): boolean {
    return this.schema !== undefined || !this.stored() || this.ownLastWrite();
  }

  /** Loads the schema of a spec with `loadSchema` (once); resolves at once for any other spec. */
  async prepare(): Promise<void> {
    if (!this.schema && this.spec.loadSchema) this.schema = await this.spec.loadSchema();
  }

  /** Whether what is stored is exactly what this tab last saw (loaded or saved): nothing to check then. */
  private ownLastWrite(): boolean {
    if (!this.seen) return false;
    try {
      const raw = this.storage?.getItem(this.key);
      if (raw == null) return false;
      if (raw === this.written) return true;
      const stored = JSON.parse(raw) as { v?: unknown; tab?: unknown; rev?: unknown } | null;
      return stored?.v === this.spec.version && stored.tab === this.seen.tab && stored.rev === this.seen.rev;
    } catch {
      return false;
    }
  }

  /** Whether a draft is stored under this key (storage that cannot be read counts as none). */
  private stored(): boolean {
    try {
      return this.storage?.getItem(this.key) != null;
    } catch {
      return false;
    }
  }

  private read(): { envelope: DraftEnvelope<T> | null; error?: string } {
    const raw = this.storage!.getItem(this.key);
    if (raw === null) return { envelope: null };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { envelope: null, error: '草稿不是有效的数据' };
    }
    const m = migrateEnvelope(json, this.spec, this.schema);
    return 'error' in m ? { envelope: null, error: m.error } : { envelope: m.envelope };
  }

  private assertReady() {
    if (!this.ready) throw new Error(`草稿 ${this.key} 的校验规则还没有加载：先 await DraftStore.prepare()`);
  }

  load(): LoadResult<T> {
    if (!this.storage) return { status: 'unavailable', message: unavailableMessage };
    this.assertReady();
    try {
      const { envelope, error } = this.read();
      if (error) return { status: 'unreadable', message: error };
      if (!envelope) {
        this.seen = null;
        return { status: 'empty' };
      }
      this.seen = { tab: envelope.tab, rev: envelope.rev };
      this.written = null;
      return { status: 'loaded', data: envelope.data, savedAt: envelope.savedAt };
    } catch {
      return { status: 'unavailable', message: unavailableMessage };
    }
  }

  /** The stored draft when another tab saved since this one last looked, else null. */
  changedElsewhere(): DraftEnvelope<T> | null {
    if (!this.storage) return null;
    this.assertReady();
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
  save(data: T, { force = false } = {}): SaveResult<T> {
    if (!this.storage) return { status: 'unavailable', message: unavailableMessage };
    if (!force) this.assertReady();
    try {
      // This tab's own last save needs no second look; anything else is read and checked first.
      if (!force && !this.ownLastWrite()) {
        const { error } = this.read();
        if (error) return { status: 'unreadable', message: `${error}。为免覆盖，自动保存已暂停。` };
        const theirs = this.changedElsewhere();
        if (theirs) return { status: 'conflict', theirs };
      }
      const rev = (this.seen?.rev ?? 0) + 1;
      const savedAt = this.now().toISOString();
      const envelope = { v: this.spec.version, ...this.spec.meta, savedAt, tab: this.tab, rev, data };
      const text = JSON.stringify(envelope);
      this.storage.setItem(this.key, text);
      this.seen = { tab: this.tab, rev };
      this.written = text;
      return { status: 'saved', savedAt };
    } catch (e) {
      return isQuotaError(e)
        ? { status: 'full', message: fullMessage }
        : { status: 'unavailable', message: unavailableMessage };
    }
  }

  /** Accepts the other tab's version as the one this tab now edits. */
  adopt(theirs: DraftEnvelope<T>): T {
    this.seen = { tab: theirs.tab, rev: theirs.rev };
    this.written = null;
    return theirs.data;
  }

  clear(): void {
    try {
      this.storage?.removeItem?.(this.key);
    } catch {
      /* nothing stored that could be removed */
    }
    this.seen = null;
    this.written = null;
  }
}

/** A draft store for `spec` in this tab (one call: `draftStore(browserStorage(), spec)`). */
export const draftStore = <T>(storage: StorageLike | null, spec: DraftSpec<T>, tab?: string) =>
  new DraftStore(storage, spec, tab);
