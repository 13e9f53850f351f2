import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheckFromFiles } from '../self-check/load-node';
import { selectSelfCheck } from '../self-check/select';
import { checkItems } from '../self-check/items';
import { hazardsOf } from '../self-check/hazards';
import { emptySelfCheck, type ItemResult, type SelfCheck } from '../self-check/record';
import {
  accept,
  buildRegister,
  emptyRegisterDraft,
  needsDoing,
  withdrawAcceptance,
  type CheckHazards,
  type RegisterDraft,
  type WalkHazard,
} from './register';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const selection = selectSelfCheck(data, ['metal-smelting'], { 'mem10-industry': ['metallurgy'] });
const items = checkItems(data, selection);
const today = '2026-07-10';

const check = (id: string, date: string, results: Record<string, ItemResult>): CheckHazards => {
  const c: SelfCheck = { ...emptySelfCheck(id, date, `${date}T08:00:00Z`), enterprise: '甲钢铁', results };
  return { check: c, hazards: hazardsOf(items, c, today) };
};
const failed = (extra: Partial<ItemResult> = {}): ItemResult => ({ status: '不符合', ...extra });
const after = { id: 'p1', stage: '整改后' as const };

describe('one register from every self-check', () => {
  const june = check('c6', '2026-06-05', {
    'gas-archives': failed({ owner: '张三', deadline: '2026-06-30' }),
    'mem10-4-6': { status: '存在该情形', deadline: '2026-07-15' },
  });
  const july = check('c7', '2026-07-05', {
    'gas-archives': failed({ owner: '张三', deadline: '2026-07-31', progress: '整改中' }),
  });

  it('a hazard carried into the next check is the same hazard, read from the latest check', () => {
    const register = buildRegister([july, june], emptyRegisterDraft());
    const archives = register.filter((h) => h.source.kind === 'check' && h.source.itemId === 'gas-archives');
    expect(archives).toHaveLength(1);
    expect(archives[0]).toMatchObject({
      id: 'gas-archives@c6',
      foundDate: '2026-06-05',
      status: '整改中',
      deadline: '2026-07-31',
      level: '一般',
    });
    expect(archives[0]!.source.kind === 'check' && archives[0]!.source.checks.map((c) => c.id)).toEqual([
      'c6',
      'c7',
    ]);
    expect(register.find((h) => h.id === 'mem10-4-6@c6')!.level).toBe('重大');
  });

  it('once accepted (销号), the same item failing again is a new hazard', () => {
    const done = check('c6', '2026-06-05', { 'gas-archives': failed({ progress: '已整改' }) });
    const again = check('c8', '2026-08-05', { 'gas-archives': failed() });
    let draft: RegisterDraft = emptyRegisterDraft();
    const first = buildRegister([done], draft)[0]!;
    const res = accept(draft, first, { by: '李四', date: '2026-06-20', opinion: '已复查' });
    expect(res.ok).toBe(true);
    draft = (res as { draft: RegisterDraft }).draft;
    const register = buildRegister([done, again], draft);
    expect(register.map((h) => [h.id, h.status])).toEqual([
      ['gas-archives@c6', '已验收'],
      ['gas-archives@c8', '未整改'],
    ]);
    expect(register[0]!.acceptance).toEqual({ by: '李四', date: '2026-06-20', opinion: '已复查' });
    // Without the acceptance, the August failure is the same hazard still open.
    expect(
      buildRegister([done, again], withdrawAcceptance(draft, 'gas-archives@c6')).map((h) => [h.id, h.status]),
    ).toEqual([['gas-archives@c6', '未整改']]);
  });
});

describe('验收 (销号) rules', () => {
  const major = buildRegister(
    [check('c6', '2026-06-05', { 'mem10-4-6': { status: '存在该情形', progress: '已整改' } })],
    emptyRegisterDraft(),
  )[0]!;

  it('a 重大 hazard needs 整改后 evidence, and every acceptance a person and a date', () => {
    expect(accept(emptyRegisterDraft(), major, { by: '', date: '明天', opinion: '' })).toEqual({
      ok: false,
      problems: [
        '请填写验收人',
        '请填写验收日期，例如 2026-12-05',
        '重大事故隐患须有整改后的照片作为整改证据，才能验收销号',
      ],
    });
    const withPhoto = { ...major, photos: [after] };
    const ok = accept(emptyRegisterDraft(), withPhoto, { by: ' 王五 ', date: '2026年6月20日', opinion: '' });
    expect(ok).toEqual({
      ok: true,
      draft: { walk: [], acceptance: { [major.id]: { by: '王五', date: '2026-06-20', opinion: '' } } },
    });
  });

  it('only a rectified hazard is accepted', () => {
    const open = { ...major, status: '整改中' as const, photos: [after] };
    expect(accept(emptyRegisterDraft(), open, { by: '王五', date: '2026-06-20', opinion: '' })).toEqual({
      ok: false,
      problems: ['这项隐患的整改情况是“整改中”，整改完成（已整改）后才能验收销号'],
    });
  });
});

describe('what needs doing now', () => {
  const walk = (id: string, deadline: string, progress: WalkHazard['progress']): WalkHazard => ({
    id,
    foundDate: '2026-07-01',
    level: '一般',
    area: '料场',
    description: '消防通道堆物',
    measure: '清理',
    owner: '赵六',
    deadline,
    progress,
    photos: [],
  });
  it('late, due within 7 days, awaiting 验收; a deadline in words is never late', () => {
    const register = buildRegister([], {
      walk: [
        walk('w1', '2026-07-09', '未整改'),
        walk('w2', '2026-07-17', '整改中'),
        walk('w3', '2026-07-18', '未整改'),
        walk('w4', '2026-07-01', '已整改'),
        walk('w5', '停产整改完成前', '未整改'),
      ],
      acceptance: {},
    });
    const now = needsDoing(register, today);
    expect(now.late.map((h) => h.id)).toEqual(['w1']);
    expect(now.dueSoon.map((h) => h.id)).toEqual(['w2']);
    expect(now.awaitingAcceptance.map((h) => h.id)).toEqual(['w4']);
  });
});
