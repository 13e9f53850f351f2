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
  emptyWalkHazard,
  filterChoices,
  filterRegister,
  needsDoing,
  registerMonthCounts,
  walkProblems,
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
/** A walk-round hazard: 料场, 消防通道堆物, 赵六; what each test needs given. */
const walkHazard = (id: string, w: Partial<WalkHazard>): WalkHazard => ({
  id,
  foundDate: '2026-07-01',
  level: '一般',
  area: '料场',
  description: '消防通道堆物',
  measure: '清理',
  owner: '赵六',
  deadline: '',
  progress: '未整改',
  photos: [],
  ...w,
});

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
  it('late, due within 7 days, awaiting 验收; a deadline in words is never late', () => {
    const register = buildRegister([], {
      walk: [
        walkHazard('w1', { deadline: '2026-07-09', progress: '未整改' }),
        walkHazard('w2', { deadline: '2026-07-17', progress: '整改中' }),
        walkHazard('w3', { deadline: '2026-07-18', progress: '未整改' }),
        walkHazard('w4', { deadline: '2026-07-01', progress: '已整改' }),
        walkHazard('w5', { deadline: '停产整改完成前', progress: '未整改' }),
      ],
      acceptance: {},
    });
    const now = needsDoing(register, today);
    expect(now.late.map((h) => h.id)).toEqual(['w1']);
    expect(now.dueSoon.map((h) => h.id)).toEqual(['w2']);
    expect(now.awaitingAcceptance.map((h) => h.id)).toEqual(['w4']);
  });
});

describe('the register month by month (附件1 企业自查自纠情况)', () => {
  it('found in the month of 发现日期, 已整改 in the month of 验收日期, 自查企业 1 in a month with a check', () => {
    const register = buildRegister([], {
      walk: [
        walkHazard('a', { foundDate: '2026-06-03', level: '一般', progress: '已整改' }),
        walkHazard('b', { foundDate: '2026-06-20', level: '重大', progress: '已整改' }),
        walkHazard('c', { foundDate: '2026-07-02', level: '一般', progress: '未整改' }),
      ],
      acceptance: {
        a: { by: '甲', date: '2026-07-01', opinion: '' },
        b: { by: '甲', date: '2026-06-25', opinion: '' },
      },
    });
    expect(registerMonthCounts(register, ['2026-06-01', '2026-06-15', ''])).toEqual([
      { month: '2026-06', checked: 1, general: 1, generalFixed: 0, major: 1, majorFixed: 1 },
      { month: '2026-07', checked: 0, general: 1, generalFixed: 1, major: 0, majorFixed: 0 },
    ]);
  });
});

describe('a walk-round hazard', () => {
  it('needs a description, a date found and a 整改时限, and is never 重大 by hand', () => {
    expect(walkProblems(emptyWalkHazard('w', '2026-07-10'))).toEqual([
      '请填写隐患描述',
      '请填写整改时限（日期，或“停产整改完成前”这样的文字）',
    ]);
    expect(
      walkProblems({
        ...emptyWalkHazard('w', '2026-07-10'),
        description: '堆物',
        deadline: '尽快',
        level: '重大',
      }),
    ).toEqual(['重大事故隐患要对照判定标准的条款认定：请在“企业自查”中对应的条款下记录（可附整改前后照片）']);
    expect(
      walkProblems({ ...emptyWalkHazard('w', '2026-07-10'), description: '堆物', deadline: '2026-07-20' }),
    ).toEqual([]);
  });
});

describe('filters', () => {
  const register = buildRegister([], {
    walk: [
      walkHazard('w1', { owner: '赵六', area: '料场' }),
      walkHazard('w2', { owner: '钱七', area: '炼钢车间', progress: '已整改' }),
      walkHazard('w3', { owner: '', area: '' }),
    ],
    acceptance: {},
  });
  it('narrow by 状态, 责任人 and 区域; the choices are what the register names', () => {
    const all = { status: '', level: '', owner: '', area: '' };
    expect(filterRegister(register, all)).toHaveLength(3);
    expect(filterRegister(register, { ...all, owner: '钱七' }).map((h) => h.id)).toEqual(['w2']);
    expect(filterRegister(register, { ...all, status: '未整改', area: '料场' }).map((h) => h.id)).toEqual([
      'w1',
    ]);
    expect(filterChoices(register)).toEqual({
      owners: ['赵六', '钱七'].sort(),
      areas: ['料场', '炼钢车间'].sort(),
    });
  });
});

describe('the calendar file', () => {
  it('stamps in UTC, one event per open hazard with a date, stable UIDs', async () => {
    const { icsStamp, registerIcs } = await import('./outputs');
    expect(icsStamp(new Date('2026-12-05T09:30:15.123Z'))).toBe('20261205T093015Z');
    const register = buildRegister([], {
      walk: [
        walkHazard('w1', { deadline: '2026-07-20' }),
        walkHazard('w2', { deadline: '停产整改完成前' }),
        walkHazard('w3', { deadline: '2026-07-21', progress: '已整改' }),
      ],
      acceptance: {},
    });
    const ics = registerIcs(register, '20261205T093015Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:hazard-w1@jincheng-76.local');
    expect(registerIcs(register, '20270101T000000Z').match(/UID:.*/g)).toEqual(ics.match(/UID:.*/g));
  });
});

describe('the register workbook', () => {
  it('names each photo by the hazard’s 序号 and stage, and the 整改经过 sheet follows each hazard', async () => {
    const { registerHistoryRows, registerPhotoNames, registerRow } = await import('./outputs');
    const june = check('c6', '2026-06-05', { 'gas-archives': failed({ owner: '张三' }) });
    const july = check('c7', '2026-07-05', {
      'gas-archives': failed({ progress: '已整改', photos: [{ id: 'p0', stage: '整改前' }, after] }),
    });
    let draft: RegisterDraft = {
      ...emptyRegisterDraft(),
      walk: [
        walkHazard('w1', {
          foundDate: '2026-07-08',
          photos: [
            { id: 'r1', stage: '整改前' },
            { id: 'r2', stage: '整改前' },
          ],
        }),
      ],
    };
    const archives = buildRegister([june, july], draft).find((h) => h.id === 'gas-archives@c6')!;
    const ok = accept(draft, archives, { by: '赵六', date: '2026-07-09', opinion: '合格' });
    if (!ok.ok) throw new Error(ok.problems.join());
    draft = ok.draft;
    const register = buildRegister([june, july], draft);
    expect(register.map((h) => h.id)).toEqual(['gas-archives@c6', 'w1']);
    expect(registerPhotoNames(register[1]!, 12).map((p) => p.name)).toEqual([
      '照片/012-整改前-1.jpg',
      '照片/012-整改前-2.jpg',
    ]);
    expect(registerRow(register[0]!, 1).photos).toBe('照片/001-整改前-1.jpg、照片/001-整改后-1.jpg');
    expect(registerHistoryRows(register).map((r) => [r.no, r.date, r.event])).toEqual([
      ['1', '2026-06-05', '自查发现'],
      ['1', '2026-07-05', '再次自查'],
      ['1', '2026-07-09', '验收销号'],
      ['2', '2026-07-08', '随手记录'],
    ]);
    expect(registerHistoryRows(register)[1]!.detail).toContain('整改情况：已整改');
    expect(registerHistoryRows(register)[2]!.detail).toBe('验收人：赵六；验收意见：合格');
  });
});

describe('附件2 rows from the register', () => {
  it('every 重大 hazard, open or closed, as the self-check’s row with the register’s status', async () => {
    const { registerAnnex2Rows } = await import('./annex2');
    const { annex2Cells } = await import('../self-check/annex2');
    const june = check('c6', '2026-06-05', {
      'mem10-4-6': { status: '存在该情形', measure: '培训', progress: '已整改', photos: [after] },
      'gas-archives': failed(),
    });
    (june.check as SelfCheck).kinds = ['metal-smelting'];
    let draft = emptyRegisterDraft();
    const major = buildRegister([june], draft).find((h) => h.level === '重大')!;
    const name = (id: string) => (id === 'metal-smelting' ? '金属冶炼企业' : id);
    const open = registerAnnex2Rows(buildRegister([june], draft), [june.check as SelfCheck], name);
    // Open: the very row the self-check page makes, so adding from both never doubles it.
    expect(open).toEqual([
      annex2Cells(
        june.check as SelfCheck,
        june.hazards.find((h) => h.level === '重大')!,
        '金属冶炼企业',
      ),
    ]);
    const ok = accept(draft, major, { by: '赵六', date: '2026-07-09', opinion: '' });
    if (!ok.ok) throw new Error(ok.problems.join());
    draft = ok.draft;
    const closed = registerAnnex2Rows(buildRegister([june], draft), [june.check as SelfCheck], name);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.progress).toBe('已整改（已验收销号：赵六，2026-07-09）；整改措施：培训');
    expect(closed[0]!['check-date']).toBe('2026-06-05');
  });
});

describe('photos of a walk-round hazard and of the .zip', () => {
  it('adds after the photos it has and removes one, from the draft itself', async () => {
    const { addWalkPhotos, removeWalkPhoto, registerPhotoIds } = await import('./register');
    let draft: RegisterDraft = {
      ...emptyRegisterDraft(),
      walk: [walkHazard('w1', { photos: [{ id: 'r1', stage: '整改前' }] }), walkHazard('w2', {})],
    };
    draft = addWalkPhotos(draft, 'w1', '整改后', ['r2', 'r3']);
    expect(draft.walk[0]!.photos).toEqual([
      { id: 'r1', stage: '整改前' },
      { id: 'r2', stage: '整改后' },
      { id: 'r3', stage: '整改后' },
    ]);
    draft = removeWalkPhoto(draft, 'w1', 'r2');
    expect(registerPhotoIds(draft)).toEqual(['r1', 'r3']);
    expect(draft.walk[1]!.photos).toEqual([]);
  });

  it('packs each stored photo under its 照片 name and counts those not in this browser', async () => {
    const { registerPhotoFiles } = await import('./outputs');
    const draft: RegisterDraft = {
      ...emptyRegisterDraft(),
      walk: [
        walkHazard('w1', {
          photos: [
            { id: 'r1', stage: '整改前' },
            { id: 'r9', stage: '整改后' },
          ],
        }),
        walkHazard('w2', { foundDate: '2026-07-02', photos: [{ id: 'r2', stage: '整改后' }] }),
      ],
    };
    const jpeg = `data:image/jpeg;base64,${btoa('\xff\xd8\xff')}`;
    const out = registerPhotoFiles(
      buildRegister([], draft),
      new Map([
        ['r1', jpeg],
        ['r2', jpeg],
      ]),
    );
    expect(Object.keys(out.files)).toEqual(['照片/001-整改前-1.jpg', '照片/002-整改后-1.jpg']);
    expect([...out.files['照片/001-整改前-1.jpg']!]).toEqual([0xff, 0xd8, 0xff]);
    expect(out.missing).toBe(1);
  });
});
