import { describe, expect, it } from 'vitest';
import { isWeChat, weChatNotice } from './wechat';

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
