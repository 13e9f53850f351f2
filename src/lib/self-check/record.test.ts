import { describe, expect, it } from 'vitest';
import { DraftStore } from '../table/draft';
import {
  emptySelfCheck,
  migrateCriteriaAnswers,
  selfCheckDraftSpec,
  selfCheckTitle,
  statusProblem,
  SELF_CHECK_DRAFT_KEY,
} from './record';
import { memoryStorage } from '../browser/memory-storage';

/** Stores a version-0 draft: one bare self-check with English statuses, as the first release kept it. */
const storeV0 = (storage: ReturnType<typeof memoryStorage>, check: Record<string, unknown>) =>
  storage.setItem(
    SELF_CHECK_DRAFT_KEY,
    JSON.stringify({
      id: 'old',
      enterprise: '',
      date: '',
      inspectors: '',
      kinds: [],
      answers: {},
      createdAt: 't',
      ...check,
    }),
  );

const memory = () => memoryStorage();

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
    storeV0(storage, {
      enterprise: '某公司',
      date: '2025-07-01',
      inspectors: '张三',
      kinds: ['metal-smelting'],
      results: { 'gas-alarm': { status: 'fail', deadline: '2025-07-31' }, 'gas-archives': { status: 'ok' } },
    });
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
  it('migrate version 1: criteria answered 符合 / 不符合 become 不存在该情形 / 存在该情形; plan items stay', () => {
    const storage = memory();
    const v1 = {
      current: 'a',
      checks: [
        {
          ...emptySelfCheck('a', '2025-07-01', 't'),
          results: {
            'gas-alarm': { status: '不符合', level: '重大', deadline: '2025-07-31' },
            'gas-archives': { status: '符合' },
            'mem10-4-6': { status: '不符合', level: '重大', measure: '加装报警仪' },
            'mem10-4-7': { status: '符合' },
            'mine-underground-29': { status: '不适用' },
            'mine-tailings-s1': { status: '未检查', remark: '待查' },
          },
        },
        { ...emptySelfCheck('b', '2025-08-01', 't'), results: { 'mem10-3-2': { status: '不符合' } } },
      ],
    };
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify({ v: 1, savedAt: 't', tab: 'x', rev: 1, data: v1 }));
    const loaded = new DraftStore(storage, selfCheckDraftSpec).load();
    expect(loaded.status).toBe('loaded');
    const data = (loaded as unknown as { data: typeof v1 }).data;
    expect(data.checks[0]!.results).toEqual({
      'gas-alarm': { status: '不符合', level: '重大', deadline: '2025-07-31' },
      'gas-archives': { status: '符合' },
      'mem10-4-6': { status: '存在该情形', measure: '加装报警仪' },
      'mem10-4-7': { status: '不存在该情形' },
      'mine-underground-29': { status: '不适用' },
      'mine-tailings-s1': { status: '未检查', remark: '待查' },
    });
    expect(data.checks[1]!.results).toEqual({ 'mem10-3-2': { status: '存在该情形' } });
  });
  it('migrate version 0 criteria answers too', () => {
    const storage = memory();
    storeV0(storage, { results: { 'mem10-4-6': { status: 'fail' }, 'mem10-4-7': { status: 'ok' } } });
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toMatchObject({
      status: 'loaded',
      data: {
        checks: [
          { results: { 'mem10-4-6': { status: '存在该情形' }, 'mem10-4-7': { status: '不存在该情形' } } },
        ],
      },
    });
  });
  it('migrateCriteriaAnswers leaves odd input alone; statusProblem names an answer that does not fit', () => {
    expect(migrateCriteriaAnswers(null)).toBeNull();
    expect(migrateCriteriaAnswers({ 'mem10-1': 'x' })).toEqual({ 'mem10-1': 'x' });
    expect(
      statusProblem({ results: { 'gas-alarm': { status: '符合' }, 'mem10-4-6': { status: '存在该情形' } } }),
    ).toBeNull();
    expect(statusProblem({ results: { 'mem10-4-6': { status: '符合' } } })).toBe(
      '字段 check.results.mem10-4-6.status：判定标准条款的结果只能是 未检查、不存在该情形、存在该情形、不适用，不能是“符合”',
    );
    expect(statusProblem({ results: { 'gas-alarm': { status: '存在该情形' } } })).toContain(
      '方案要求条目的结果只能是 未检查、符合、不符合、不适用',
    );
  });
  it('leave a newer or broken draft alone with a message', () => {
    const storage = memory();
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify({ v: 9, data: {} }));
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toMatchObject({ status: 'unreadable' });
    storage.setItem(SELF_CHECK_DRAFT_KEY, JSON.stringify({ v: 2, data: { current: 'x', checks: [] } }));
    expect(new DraftStore(storage, selfCheckDraftSpec).load()).toMatchObject({ status: 'loaded' });
    storage.setItem(
      SELF_CHECK_DRAFT_KEY,
      JSON.stringify({ v: 2, data: { current: 'x', checks: [emptySelfCheck('a', '', 't')] } }),
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
