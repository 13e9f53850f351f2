import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, download } from './download';
import { isWeChat } from './wechat';

afterEach(() => vi.unstubAllGlobals());

describe('download', () => {
  it('clicks a link to an object URL named as asked, and says whether this is WeChat', () => {
    const clicked: { href: string; download: string }[] = [];
    const a = {
      href: '',
      download: '',
      click() {
        clicked.push({ href: this.href, download: this.download });
      },
      remove: vi.fn(),
    };
    vi.stubGlobal('document', { createElement: () => a, body: { append: vi.fn() } });
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 MicroMessenger/8.0.50' });
    const created: Blob[] = [];
    vi.stubGlobal('URL', {
      createObjectURL: (b: Blob) => (created.push(b), 'blob:x'),
      revokeObjectURL: vi.fn(),
    });
    const result = download(new Uint8Array([1, 2, 3]), '附件1.xlsx', 'application/test');
    expect(clicked).toEqual([{ href: 'blob:x', download: '附件1.xlsx' }]);
    expect(created[0]!.type).toBe('application/test');
    expect(created[0]!.size).toBe(3);
    expect(result).toEqual({ wechat: true });
    expect(a.remove).toHaveBeenCalled();
  });
});

describe('copyText', () => {
  it('false when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    expect(await copyText('a')).toBe(false);
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.resolve() } });
    expect(await copyText('a')).toBe(true);
  });
});

describe('isWeChat', () => {
  it('recognises WeChat and WeCom, not other browsers', () => {
    expect(isWeChat('Mozilla/5.0 (iPhone) MicroMessenger/8.0.50 NetType/WIFI')).toBe(true);
    expect(isWeChat('Mozilla/5.0 wxwork/4.1 MicroMessenger/7.0.1')).toBe(true);
    expect(isWeChat('Mozilla/5.0 (Linux; Android 14) Chrome/126 Mobile Safari/537.36')).toBe(false);
  });
});
