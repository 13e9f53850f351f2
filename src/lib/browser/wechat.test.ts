import { describe, expect, it } from 'vitest';
import { afterDownload, isWeChat, weChatNotice } from './wechat';

describe('WeChat', () => {
  it('is recognised by MicroMessenger in the user agent', () => {
    expect(isWeChat('Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile MicroMessenger/8.0.50')).toBe(true);
    expect(isWeChat('Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36')).toBe(false);
  });
  it('the notice says typed data stays in WeChat and to save it before switching', () => {
    const text = weChatNotice.lines.join('');
    expect(text).toContain('在浏览器打开');
    expect(text).toContain('只保存在微信自己的存储中');
    expect(text).toContain('不会出现');
    expect(text).toContain('下载 Excel');
    expect(text).toContain('复制为表格文本');
  });
});

describe('afterDownload: one wording for WeChat', () => {
  it('says what was done outside WeChat, and how to get the file inside it', () => {
    expect(afterDownload(false, '已下载。')).toBe('已下载。');
    expect(afterDownload(true, '已下载。')).toBe(
      '微信内置浏览器通常无法下载文件：请点右上角“···”，选“在浏览器打开”后再下载。',
    );
    expect(afterDownload(true, '已下载。', '或点“复制汇总表文字”')).toBe(
      '微信内置浏览器通常无法下载文件：请点右上角“···”，选“在浏览器打开”后再下载，或点“复制汇总表文字”。',
    );
  });
});
