import { describe, expect, it } from 'vitest';
import { failureMessage, runLongTask, violationText } from './long-task';

const options = { failure: '生成失败', advice: '可以重试，或下载 CSV。' };

describe('runLongTask', () => {
  it('gives the task’s value', async () => {
    expect(await runLongTask(async () => 42, { ...options, events: new EventTarget() })).toEqual({
      ok: true,
      value: 42,
    });
  });

  it('turns a thrown error into a message that says what failed and what to do', async () => {
    const out = await runLongTask(
      async () => {
        throw new Error('内存不足。');
      },
      { ...options, events: new EventTarget() },
    );
    expect(out).toEqual({ ok: false, message: '生成失败：内存不足。可以重试，或下载 CSV。' });
  });

  it('ends a task that would never settle when the CSP refuses something meanwhile', async () => {
    const events = new EventTarget();
    const never = new Promise<number>(() => {});
    const pending = runLongTask(() => never, { ...options, events });
    const violation = Object.assign(new Event('securitypolicyviolation'), {
      effectiveDirective: 'worker-src',
      blockedURI: 'blob:http://localhost/1234',
    });
    events.dispatchEvent(violation);
    expect(await pending).toEqual({
      ok: false,
      message: '生成失败：浏览器的安全策略拒绝了这一步（worker-src（blob））。可以重试，或下载 CSV。',
    });
  });

  it('stops listening once the task ended', async () => {
    const events = new EventTarget();
    let added = 0;
    let removed = 0;
    const counting = {
      addEventListener: (...a: Parameters<EventTarget['addEventListener']>) => {
        added++;
        events.addEventListener(...a);
      },
      removeEventListener: (...a: Parameters<EventTarget['removeEventListener']>) => {
        removed++;
        events.removeEventListener(...a);
      },
    };
    await runLongTask(async () => 1, { ...options, events: counting });
    expect([added, removed]).toEqual([1, 1]);
  });
});

describe('messages', () => {
  it('failureMessage takes errors and other values, and never leaves the detail empty', () => {
    expect(failureMessage('读取失败', new Error('文件已损坏'), '请换一个文件。')).toBe(
      '读取失败：文件已损坏。请换一个文件。',
    );
    expect(failureMessage('读取失败', '', '请重试。')).toBe('读取失败：原因不明。请重试。');
  });
  it('violationText names the directive', () => {
    const e = Object.assign(new Event('securitypolicyviolation'), { violatedDirective: 'script-src' });
    expect(violationText(e)).toBe('浏览器的安全策略拒绝了这一步（script-src）');
  });
});
