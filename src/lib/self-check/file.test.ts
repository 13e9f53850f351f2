import { describe, expect, it } from 'vitest';
import { readSelfCheckFile, selfCheckFileName, selfCheckFileText } from './file';
import { photoRefsOf, unusedPhotoIds } from './photos';
import { emptySelfCheck, type SelfCheck } from './record';

const png = 'data:image/jpeg;base64,AAAA';
const check: SelfCheck = {
  ...emptySelfCheck('a', '2025-08-01', 't'),
  enterprise: '某公司/一车间',
  results: {
    'gas-alarm': {
      status: '不符合',
      photos: [
        { id: 'p1', stage: '整改前' },
        { id: 'p2', stage: '整改后' },
      ],
    },
    'gas-archives': { status: '不符合', photos: [{ id: 'p1', stage: '整改前' }] },
  },
};
const photos = [
  { id: 'p1', stage: '整改前' as const, dataUrl: png },
  { id: 'p2', stage: '整改后' as const, dataUrl: png },
];

describe('self-check file', () => {
  it('round-trips the self-check and its photos', () => {
    const text = selfCheckFileText(check, photos, '2025-08-02T00:00:00Z');
    expect(readSelfCheckFile(text, 'x.json')).toEqual({ check, photos });
    expect(selfCheckFileName(check)).toBe('自查_某公司_一车间_2025-08-01.json');
  });
  it('refuses other files with a message naming the file and the problem', () => {
    expect(readSelfCheckFile('not json', 'a.xlsx')).toEqual({
      error: expect.stringContaining('文件“a.xlsx”不是本站导出的自查文件（不是 JSON 格式）'),
    });
    expect(readSelfCheckFile('{"format":"other"}', 'b.json')).toEqual({
      error: expect.stringContaining('缺少 format'),
    });
    const newer = JSON.parse(selfCheckFileText(check, photos, 't'));
    newer.version = 99;
    expect(readSelfCheckFile(JSON.stringify(newer), 'c.json')).toEqual({
      error: expect.stringContaining('更新版本'),
    });
    const broken = JSON.parse(selfCheckFileText(check, photos, 't'));
    broken.check.results['gas-alarm'].status = 'bad';
    expect(readSelfCheckFile(JSON.stringify(broken), 'd.json')).toEqual({
      error: expect.stringContaining('字段 check.results.gas-alarm.status'),
    });
    const lost = JSON.parse(selfCheckFileText(check, [photos[0]!], 't'));
    expect(readSelfCheckFile(JSON.stringify(lost), 'e.json')).toEqual({
      error: expect.stringContaining('照片 p2 不在文件中'),
    });
  });
});

describe('self-check files of version 1 (criteria answered 符合 / 不符合)', () => {
  it('are migrated on import: 符合 → 不存在该情形, 不符合 → 存在该情形', () => {
    const v1 = JSON.parse(selfCheckFileText(check, photos, 't'));
    v1.version = 1;
    v1.check.results['mem10-4-6'] = { status: '不符合', level: '重大', deadline: '2025-09-30' };
    v1.check.results['mem10-3-2'] = { status: '符合' };
    const read = readSelfCheckFile(JSON.stringify(v1), 'old.json');
    expect('check' in read && read.check.results).toEqual({
      ...check.results,
      'mem10-4-6': { status: '存在该情形', deadline: '2025-09-30' },
      'mem10-3-2': { status: '不存在该情形' },
    });
  });
  it('a current file answering a criterion 不符合 is refused, naming the field', () => {
    const now = JSON.parse(selfCheckFileText(check, photos, 't'));
    expect(now.version).toBe(2);
    now.check.results['mem10-4-6'] = { status: '不符合' };
    expect(readSelfCheckFile(JSON.stringify(now), 'f.json')).toEqual({
      error:
        '文件“f.json”字段 check.results.mem10-4-6.status：判定标准条款的结果只能是 未检查、不存在该情形、存在该情形、不适用，不能是“不符合”，无法导入。本页已有的内容没有改变。',
    });
  });
});

describe('photos', () => {
  it('lists each photo once and finds the unused ones', () => {
    expect(photoRefsOf(check).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(unusedPhotoIds(['p1', 'p2', 'p3', 'r9'], [check])).toEqual(['p3']);
    expect(unusedPhotoIds(['p1'], [])).toEqual(['p1']);
  });
});

describe('a self-check exported with a photo taken on another device', () => {
  it('leaves that photo’s reference out, so the file reads back whole', async () => {
    const { withoutMissingPhotos } = await import('./photos');
    const here = withoutMissingPhotos(check, new Set(['p1']));
    expect(photoRefsOf(here).map((p) => p.id)).toEqual(['p1']);
    expect(withoutMissingPhotos(check, new Set(['p1', 'p2']))).toBe(check);
    const text = selfCheckFileText(
      here,
      [{ id: 'p1', stage: '整改前', dataUrl: 'data:image/jpeg;base64,AAAA' }],
      't',
    );
    expect('error' in readSelfCheckFile(text, 'f.json')).toBe(false);
  });
});
