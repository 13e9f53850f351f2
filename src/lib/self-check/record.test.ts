import { describe, expect, it } from 'vitest';
import { DraftStore } from '../forms/draft';
import { emptySelfCheck, selfCheckDraftSpec, selfCheckTitle, SELF_CHECK_DRAFT_KEY } from './record';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

describe('self-check drafts', () => {
  it('round-trip a book of self-checks', () => {
    const storage = memory();
    const book = { current: 'a', checks: [emptySelfCheck('a', '2025-08-01', 't')] };
    expect(new DraftStore(storage, selfCheckDraftSpec, 'tab1').save(book).status).toBe('saved');
    expect(new DraftStore(storage, selfCheckDraftSpec, 'tab2').load()).toMatchObject({
      status: 'loaded',
      data: book,
    });
  });
  it('migrate version 0 (one bare self-check, English statuses) into a book', () => {
    const storage = memory();
    const v0 = {
      id: 'old',
      enterprise: '某公司',
      date: '2025-07-01',
      inspectors: '张三',
      kinds: ['metal-smelting'],
      answers: {},
      results: { 'gas-alarm': { status: 'fail', deadline: '2025-07-31' }, 'gas-archives': { status: 'ok' } },
      createdAt: 't',
    };
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify(v0));
    const loaded = new DraftStore(storage, selfCheckDraftSpec).load();
    expect(loaded).toMatchObject({
      status: 'loaded',
      data: {
        current: 'old',
        checks: [
          {
            id: 'old',
            name: '',
            enterprise: '某公司',
            results: {
              'gas-alarm': { status: '不符合', deadline: '2025-07-31' },
              'gas-archives': { status: '符合' },
            },
          },
        ],
      },
    });
  });
  it('leave a newer or broken draft alone with a message', () => {
    const storage = memory();
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify({ v: 9, data: {} }));
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toMatchObject({ status: 'unreadable' });
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify({ v: 1, data: { current: 'x', checks: [] } }));
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toMatchObject({ status: 'loaded' });
    storage.setItem(
      SELF_CHECK_DRAFT_KEY,
      JSON.stringify({ v: 1, data: { current: 'x', checks: [emptySelfCheck('a', '', 't')] } }),
    );
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toEqual({
      status: 'unreadable',
      message: '草稿里没有当前打开的自查',
    });
  });
  it('a second tab saving is noticed, not overwritten', () => {
    const storage = memory();
    const a = new DraftStore(storage, selfCheckDraftSpec, 'a');
    const b = new DraftStore(storage, selfCheckDraftSpec, 'b');
    const book = { current: 'x', checks: [emptySelfCheck('x', '', 't')] };
    a.load();
    b.load();
    expect(a.save(book).status).toBe('saved');
    expect(b.save(book).status).toBe('conflict');
  });
});

describe('selfCheckTitle', () => {
  it('uses the name, else enterprise and date', () => {
    const c = emptySelfCheck('a', '2025-08-01', 't');
    expect(selfCheckTitle(c)).toBe('2025-08-01 自查');
    expect(selfCheckTitle({ ...c, enterprise: '某公司' })).toBe('某公司 2025-08-01 自查');
    expect(selfCheckTitle({ ...c, name: '一车间 8月' })).toBe('一车间 8月');
    expect(selfCheckTitle({ ...c, date: '' })).toBe('未命名的自查');
  });
});
