import { describe, expect, it } from 'vitest';
import { readSelfCheckFile, selfCheckFileName, selfCheckFileText } from './file';
import { fitWithin, photoRefsOf, unusedPhotoIds } from './photos';
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

describe('photos', () => {
  it('shrinks to the longest side, never enlarges', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('lists each photo once and finds the unused ones', () => {
    expect(photoRefsOf(check).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(unusedPhotoIds(['p1', 'p2', 'p3'], [check])).toEqual(['p3']);
    expect(unusedPhotoIds(['p1'], [])).toEqual(['p1']);
  });
});
