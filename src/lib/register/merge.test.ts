import { describe, expect, it } from 'vitest';
import { emptySelfCheck, type SelfCheck } from '../self-check/record';
import { readRegisterFile, registerFilePart, registerFileText, type RegisterFile } from './file';
import { applyRegisterMerge, planRegisterMerge, unchosen, type RegisterSide } from './merge';
import { buildRegister, emptyRegisterDraft, emptyWalkHazard, type WalkHazard } from './register';

const walk = (id: string, patch: Partial<WalkHazard> = {}): WalkHazard => ({
  ...emptyWalkHazard(id, '2026-07-01'),
  description: '消防通道堆物',
  deadline: '2026-07-20',
  ...patch,
});
const june = (patch: Partial<SelfCheck> = {}): SelfCheck => ({
  ...emptySelfCheck('c6', '2026-06-05', '2026-06-05T08:00:00Z'),
  enterprise: '甲钢铁',
  results: { 'gas-archives': { status: '不符合', owner: '张三', progress: '整改中' } },
  ...patch,
});

describe('merging a colleague’s register', () => {
  const local: RegisterSide = {
    register: {
      walk: [walk('w1'), walk('w2')],
      acceptance: { 'x@c1': { by: '赵六', date: '2026-07-02', opinion: '' } },
    },
    checks: [june()],
  };

  it('adds what only the file has, leaves what is the same, and lists what differs side by side', () => {
    const incoming: RegisterSide = {
      register: {
        walk: [walk('w1'), walk('w2', { progress: '已整改', owner: '钱七' }), walk('w3')],
        acceptance: {
          'x@c1': { by: '孙八', date: '2026-07-02', opinion: '' },
          w3: { by: '赵六', date: '2026-07-03', opinion: '' },
        },
      },
      checks: [
        june({
          results: {
            'gas-archives': { status: '不符合', owner: '张三', progress: '已整改' },
            'gas-repair-records': { status: '不符合' },
          },
        }),
        { ...june(), id: 'c7', date: '2026-07-05' },
      ],
    };
    const plan = planRegisterMerge(local, incoming, (id) => (id === 'gas-archives' ? '煤气档案' : id));
    expect(plan.added).toEqual({ walk: 1, acceptance: 1, checks: 1, results: 1 });
    expect(plan.same).toBe(2); // w1, c6's header
    expect(plan.conflicts.map((c) => c.key)).toEqual([
      'walk:w2',
      'acceptance:x@c1',
      'result:c6/gas-archives',
    ]);
    expect(plan.conflicts[0]!.fields).toEqual([
      { label: '责任人', local: '', incoming: '钱七' },
      { label: '整改情况', local: '未整改', incoming: '已整改' },
    ]);
    expect(plan.conflicts[2]!.title).toBe('自查“甲钢铁 2026-06-05”中的“煤气档案”');

    // Nothing is merged while a difference has no side chosen.
    const choices = { 'walk:w2': 'incoming', 'acceptance:x@c1': 'local' } as const;
    expect(unchosen(plan, choices)).toBe(
      '还有 1 处不同没有选择保留哪一边：自查“甲钢铁 2026-06-05”中的“煤气档案”',
    );
    expect(() => applyRegisterMerge(local, incoming, choices)).toThrow('没有选择');

    const merged = applyRegisterMerge(local, incoming, { ...choices, 'result:c6/gas-archives': 'incoming' });
    expect(merged.register.walk.map((w) => [w.id, w.owner])).toEqual([
      ['w1', ''],
      ['w2', '钱七'],
      ['w3', ''],
    ]);
    expect(merged.register.acceptance['x@c1']!.by).toBe('赵六');
    expect(merged.register.acceptance['w3']!.by).toBe('赵六');
    expect(merged.checks.map((c) => c.id)).toEqual(['c6', 'c7']);
    expect(merged.checks[0]!.results['gas-archives']!.progress).toBe('已整改');
    expect(merged.checks[0]!.results['gas-repair-records']).toEqual({ status: '不符合' });
    // Merging the same file again adds nothing; it asks again only where this browser kept its own side.
    const again = planRegisterMerge(merged, incoming);
    expect(again.conflicts.map((c) => c.key)).toEqual(['acceptance:x@c1']);
    expect(again.added).toEqual({ walk: 0, acceptance: 0, checks: 0, results: 0 });
  });

  it('keeps this browser’s records the file does not hold', () => {
    const merged = applyRegisterMerge(local, { register: emptyRegisterDraft(), checks: [] }, {});
    expect(merged).toEqual(local);
  });
});

describe('the register file', () => {
  const photo = { id: 'r1', stage: '整改前' as const, dataUrl: 'data:image/jpeg;base64,AAAA' };
  const file: RegisterFile = {
    exportedAt: '2026-07-10T01:00:00Z',
    enterprise: '甲钢铁',
    register: { walk: [walk('w1', { photos: [{ id: 'r1', stage: '整改前' }] })], acceptance: {} },
    checks: [june()],
    photos: [photo],
  };

  it('reads back what it wrote', () => {
    expect(readRegisterFile(registerFileText(file), 'a.json')).toEqual(file);
  });

  it('says what is wrong, naming the file and the field, and that nothing changed', () => {
    expect(readRegisterFile('not json', '台账.json')).toEqual({
      error:
        '文件“台账.json”不是隐患台账文件（不是 JSON 格式）。请选择“导出台账文件”得到的 .json 文件。本页已有的内容没有改变。',
    });
    expect(readRegisterFile(JSON.stringify({ format: 'jc76-self-check' }), '自查.json')).toEqual({
      error:
        '文件“自查.json”是自查文件，不是隐患台账文件：请在“企业自查”页面导入它，其中的隐患就会出现在台账中。本页已有的内容没有改变。',
    });
    const broken = JSON.parse(registerFileText(file));
    broken.register.walk[0].progress = '已完成';
    expect(readRegisterFile(JSON.stringify(broken), 'b.json')).toEqual({
      error: '文件“b.json”字段 register.walk.0.progress不正确，无法导入。本页已有的内容没有改变。',
    });
    const noPhoto = { ...JSON.parse(registerFileText(file)), photos: [] };
    expect(readRegisterFile(JSON.stringify(noPhoto), 'c.json')).toEqual({
      error: '文件“c.json”中随手记录“消防通道堆物”的照片 r1 不在文件中，无法导入。本页已有的内容没有改变。',
    });
    const newer = { ...JSON.parse(registerFileText(file)), version: 9 };
    expect(readRegisterFile(JSON.stringify(newer), 'd.json')).toEqual({
      error: '文件“d.json”由更新版本的网站导出（格式版本 9），请刷新本页后再导入。本页已有的内容没有改变。',
    });
  });

  it('a part of the register holds those hazards, their 验收 and the self-checks they come from', () => {
    const draft = {
      walk: [walk('w1'), walk('w2', { photos: [{ id: 'r2', stage: '整改前' as const }] })],
      acceptance: { w2: { by: '赵六', date: '2026-07-02', opinion: '' } },
    };
    const checks = [
      june({ results: { 'gas-archives': { status: '不符合', photos: [{ id: 'p1', stage: '整改前' }] } } }),
    ];
    const hazards = buildRegister([{ check: checks[0]!, hazards: [] }], draft);
    const part = registerFilePart(
      hazards.filter((h) => h.id === 'w2'),
      draft,
      checks,
    );
    expect(part.register.walk.map((w) => w.id)).toEqual(['w2']);
    expect(Object.keys(part.register.acceptance)).toEqual(['w2']);
    expect(part.checks).toEqual([]);
    expect(part.photos.map((p) => p.id)).toEqual(['r2']);
  });
});

describe('exporting with photos taken elsewhere', () => {
  it('drops only the references whose photo is not in this browser', async () => {
    const { withoutMissingPhotos } = await import('./file');
    const part = {
      register: {
        walk: [
          walk('w1', {
            photos: [
              { id: 'r1', stage: '整改前' as const },
              { id: 'r2', stage: '整改后' as const },
            ],
          }),
        ],
        acceptance: {},
      },
      checks: [june({ results: { a: { status: '不符合', photos: [{ id: 'p9', stage: '整改前' }] } } })],
    };
    const out = withoutMissingPhotos(part, new Set(['r2']));
    expect(out.register.walk[0]!.photos.map((p) => p.id)).toEqual(['r2']);
    expect(out.checks[0]!.results.a!.photos).toEqual([]);
    expect(part.register.walk[0]!.photos).toHaveLength(2);
  });
});
