import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StorageLike } from '../browser/storage';
import { emptyAnnex, setCell, setField } from './data';
import { annexDraftSpec, annexDraftStore, draftKey } from './annex-draft';
import { formDraftStore } from './annex-draft-spec';
import { DraftStore, migrateEnvelope } from './draft';
import { loadLayoutsFromFiles } from './load-layouts-node';
import { memoryStorage } from '../browser/memory-storage';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const memory = () => memoryStorage();
const filled = () => {
  const d = emptyAnnex(layouts.annex1);
  return setCell(setField(d, 'unit', '泽州县应急管理局'), d.rows[0]!.id, 'self-general', '3');
};

describe('annex drafts in localStorage', () => {
  it('saves on change and restores on reload', () => {
    const storage = memory();
    const tab = annexDraftStore(storage, 'annex1', 'tabA');
    expect(tab.load()).toEqual({ status: 'empty' });
    const data = filled();
    expect(tab.save(data).status).toBe('saved');
    const stored = JSON.parse(storage.data.get(draftKey('annex1'))!);
    expect(stored).toMatchObject({ v: 1, annex: 'annex1', tab: 'tabA', rev: 1 });
    const reloaded = annexDraftStore(storage, 'annex1', 'tabA2').load();
    expect(reloaded).toMatchObject({ status: 'loaded', data });
  });

  it('a second tab editing the same draft does not silently overwrite the first', () => {
    const storage = memory();
    const a = annexDraftStore(storage, 'annex1', 'A');
    const b = annexDraftStore(storage, 'annex1', 'B');
    a.load();
    b.load();
    expect(a.save(filled()).status).toBe('saved');
    const mine = setField(filled(), 'filler', '李四');
    const result = b.save(mine);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') throw new Error('expected a conflict');
    expect(result.theirs.tab).toBe('A');
    expect(JSON.parse(storage.data.get(draftKey('annex1'))!).tab).toBe('A');
    // B chooses: take A's version, then keep editing without conflicts.
    expect(b.adopt(result.theirs).fields.unit).toBe('泽州县应急管理局');
    expect(b.save(mine).status).toBe('saved');
    // Now A is behind and is told so, unless it forces.
    expect(a.save(filled()).status).toBe('conflict');
    expect(a.save(filled(), { force: true }).status).toBe('saved');
    expect(a.changedElsewhere()).toBeNull();
  });

  it('storage full or unavailable: a clear message, nothing thrown', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const r = annexDraftStore(full, 'annex1', 'A').save(filled());
    expect(r.status).toBe('full');
    if (r.status === 'full') expect(r.message).toContain('存储空间已满');
    const denied: StorageLike = {
      getItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      setItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
    };
    expect(annexDraftStore(denied, 'annex1', 'A').load().status).toBe('unavailable');
    expect(annexDraftStore(null, 'annex1', 'A').save(filled()).status).toBe('unavailable');
  });

  it('migrates the unversioned format and leaves a newer one alone', () => {
    const data = filled();
    const v0 = migrateEnvelope(data, annexDraftSpec('annex1'));
    expect('envelope' in v0 && v0.envelope.data).toEqual(data);
    const newer = migrateEnvelope({ v: 2, data }, annexDraftSpec('annex1'));
    expect('error' in newer && newer.error).toContain('更新版本');
    expect(
      'error' in migrateEnvelope({ v: 1, data: { annex: 'annex1', rows: 'x' } }, annexDraftSpec('annex1')),
    ).toBe(true);
    expect('error' in migrateEnvelope({ v: 1, data }, annexDraftSpec('annex2'))).toBe(true);

    const storage = memory();
    storage.setItem(draftKey('annex1'), '{"v":9,"data":{}}');
    const tab = annexDraftStore(storage, 'annex1', 'A');
    expect(tab.load().status).toBe('unreadable');
    expect(tab.save(data).status).toBe('unreadable');
    expect(storage.data.get(draftKey('annex1'))).toBe('{"v":9,"data":{}}');
    expect(tab.save(data, { force: true }).status).toBe('saved');
  });

  it('clear removes the draft', () => {
    const storage = memory();
    const tab = annexDraftStore(storage, 'annex1', 'A');
    tab.save(filled());
    tab.clear();
    expect(storage.data.has(draftKey('annex1'))).toBe(false);
    expect(tab.load().status).toBe('empty');
  });

  it('knows its own last save without parsing it again; a change by another tab is still read', () => {
    const storage = memory();
    const tab = annexDraftStore(storage, 'annex1', 'A');
    tab.load();
    expect(tab.save(filled()).status).toBe('saved');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      // Typing on: each save sees its own text in storage and writes at once (a big draft parses slowly).
      expect(tab.save(setField(filled(), 'filler', '李')).status).toBe('saved');
      expect(tab.save(setField(filled(), 'filler', '李四')).status).toBe('saved');
      expect(parse).not.toHaveBeenCalled();
      // Another tab's save (same data, other text) is parsed and noticed.
      expect(annexDraftStore(storage, 'annex1', 'B').save(filled(), { force: true }).status).toBe('saved');
      expect(tab.save(setField(filled(), 'filler', '李四五')).status).toBe('conflict');
      expect(parse).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });
});

describe('the annex form’s own store loads its schema only when a draft is stored', () => {
  it('reads an empty storage and keeps saving its own draft without the schema', () => {
    const storage = memory();
    const store = formDraftStore(storage, 'annex1', 'A');
    expect(store.ready).toBe(true);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.save(filled()).status).toBe('saved');
    // What is stored is this tab's own last save: nothing to check, so still no schema needed.
    expect(store.ready).toBe(true);
    expect(store.save(setField(filled(), 'unit', '阳城县应急管理局')).status).toBe('saved');
    // Another tab saves: its draft must be read and checked, which needs the schema.
    annexDraftStore(storage, 'annex1', 'B').save(filled(), { force: true });
    expect(store.ready).toBe(false);
    expect(() => store.save(filled())).toThrow(/先 await DraftStore.prepare/);
  });

  it('after prepare() restores, refuses a damaged draft and notices another tab, as the eager store does', async () => {
    const storage = memory();
    const saved = filled();
    annexDraftStore(storage, 'annex1', 'A').save(saved);
    const reloaded = formDraftStore(storage, 'annex1', 'B');
    expect(reloaded.ready).toBe(false);
    expect(() => reloaded.load()).toThrow(/prepare/);
    await reloaded.prepare();
    expect(reloaded.ready).toBe(true);
    expect(reloaded.load()).toMatchObject({ status: 'loaded', data: saved });
    annexDraftStore(storage, 'annex1', 'C').save(setField(filled(), 'unit', '阳城县应急管理局'), {
      force: true,
    });
    expect(reloaded.changedElsewhere()?.data.fields.unit).toBe('阳城县应急管理局');
    storage.setItem(draftKey('annex1'), JSON.stringify({ v: 1, data: { annex: 'annex1', rows: 3 } }));
    expect(formDraftStore(storage, 'annex1').ready).toBe(false);
    const damaged = formDraftStore(storage, 'annex1');
    await damaged.prepare();
    expect(damaged.load()).toEqual({ status: 'unreadable', message: '草稿内容不完整或已损坏' });
  });
});

describe('a draft store for any zod schema', () => {
  const notes = z.strictObject({ items: z.array(z.string()) });
  const spec = {
    key: 'jc76.test.notes',
    schema: notes,
    version: 2,
    // v1 stored { list: [...] }; v0 stored the bare array.
    migrate: (data: unknown, from: number) =>
      from === 0 ? { items: data } : { items: (data as { list: unknown }).list },
  };

  it('saves, reloads and migrates every older version', () => {
    const storage = memory();
    const store = new DraftStore(storage, spec, 'A');
    expect(store.save({ items: ['a'] }).status).toBe('saved');
    expect(JSON.parse(storage.data.get(spec.key)!)).toMatchObject({ v: 2, tab: 'A', rev: 1 });
    expect(new DraftStore(storage, spec, 'B').load()).toMatchObject({
      status: 'loaded',
      data: { items: ['a'] },
    });
    storage.setItem(spec.key, JSON.stringify(['x', 'y']));
    expect(new DraftStore(storage, spec).load()).toMatchObject({ data: { items: ['x', 'y'] } });
    storage.setItem(spec.key, JSON.stringify({ v: 1, data: { list: ['z'] } }));
    expect(new DraftStore(storage, spec).load()).toMatchObject({ data: { items: ['z'] } });
    storage.setItem(spec.key, JSON.stringify({ v: 1, data: { list: 3 } }));
    expect(new DraftStore(storage, spec).load()).toEqual({
      status: 'unreadable',
      message: '草稿内容不完整或已损坏',
    });
  });

  it('without migrate only the current version is read', () => {
    const storage = memory();
    storage.setItem('k', JSON.stringify({ items: [] }));
    const r = new DraftStore(storage, { key: 'k', schema: notes, version: 1 }).load();
    expect(r).toEqual({ status: 'unreadable', message: '草稿格式版本 0 无法识别' });
  });

  it('second tab and full storage behave as for annexes', () => {
    const storage = memory();
    const a = new DraftStore(storage, spec, 'A');
    const b = new DraftStore(storage, spec, 'B');
    a.load();
    b.load();
    a.save({ items: ['a'] });
    const r = b.save({ items: ['b'] });
    expect(r.status).toBe('conflict');
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    expect(new DraftStore(full, spec).save({ items: [] }).status).toBe('full');
  });
});
