import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataUrlBytes, zipBytes } from './zip';

describe('zip of a workbook and its photos', () => {
  it('holds every file under its name, byte for byte', async () => {
    const jpeg = dataUrlBytes(`data:image/jpeg;base64,${btoa('\xff\xd8\xff photo')}`)!;
    const files = unzipSync(
      await zipBytes({ '台账.xlsx': new Uint8Array([1, 2, 3]), '照片/001-整改前-1.jpg': jpeg }),
    );
    expect(Object.keys(files)).toEqual(['台账.xlsx', '照片/001-整改前-1.jpg']);
    expect([...files['台账.xlsx']!]).toEqual([1, 2, 3]);
    expect(strFromU8(files['照片/001-整改前-1.jpg']!, true)).toBe('\xff\xd8\xff photo');
  });
  it('reads only base64 data: URLs', () => {
    expect(dataUrlBytes('data:image/jpeg;base64,')?.length).toBe(0);
    expect(dataUrlBytes('data:text/plain,abc')).toBeNull();
    expect(dataUrlBytes('https://example.com/a.jpg')).toBeNull();
    expect(dataUrlBytes('data:image/jpeg;base64,@@@')).toBeNull();
  });
});
