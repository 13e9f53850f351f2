import { describe, expect, it } from 'vitest';
import { tableSheet } from './sheet';
import { hazards } from './fixtures/tables';
import { buildWorkbook, type WorkbookWorker } from './workbook-client';
import type { WorkbookReply, WorkbookRequest } from './workbook.worker';

const sheets = [tableSheet({ name: '隐患', title: '隐患清单', table: hazards, rows: [{ no: '1' }] })];
const bytes = new Uint8Array([1, 2, 3]) as Uint8Array<ArrayBuffer>;
const pageBytes = new Uint8Array([9]) as Uint8Array<ArrayBuffer>;

/** A worker that answers a posted message by `answer` (a reply, an event type, or a throw). */
function fakeWorker(answer: WorkbookReply | 'error' | 'messageerror' | 'throw-on-post' | 'silent') {
  const listeners: Record<string, ((event: never) => void)[]> = {};
  const state = { terminated: false, posted: [] as WorkbookRequest[] };
  const worker: WorkbookWorker = {
    addEventListener: (type: string, listener: (event: never) => void) => {
      (listeners[type] ??= []).push(listener);
    },
    postMessage(message) {
      if (answer === 'throw-on-post') throw new DOMException('could not be cloned', 'DataCloneError');
      state.posted.push(message);
      queueMicrotask(() => {
        if (answer === 'silent') return;
        const type = typeof answer === 'string' ? answer : 'message';
        const event = typeof answer === 'string' ? new Event(type) : ({ data: answer } as MessageEvent);
        for (const l of listeners[type] ?? []) l(event as never);
      });
    },
    terminate: () => {
      state.terminated = true;
    },
  } as WorkbookWorker;
  return { worker, state };
}

describe('buildWorkbook', () => {
  it('returns the bytes the worker built and ends the worker', async () => {
    const { worker, state } = fakeWorker({ ok: true, bytes });
    const got = await buildWorkbook(sheets, { startWorker: () => worker, onPage: async () => pageBytes });
    expect(got).toBe(bytes);
    expect(state.posted[0]!.sheets[0]!.name).toBe('隐患');
    expect(state.terminated).toBe(true);
  });

  it('rejects with the worker’s message in Chinese when the worker could not build it', async () => {
    const { worker, state } = fakeWorker({ ok: false, message: '工作表名“a/b”不可用' });
    await expect(buildWorkbook(sheets, { startWorker: () => worker })).rejects.toThrow(
      '生成 Excel 文件时出错：工作表名“a/b”不可用',
    );
    expect(state.terminated).toBe(true);
  });

  it.each(['error', 'messageerror', 'throw-on-post'] as const)(
    'builds on the page when the worker fails (%s)',
    async (answer) => {
      const { worker, state } = fakeWorker(answer);
      const got = await buildWorkbook(sheets, { startWorker: () => worker, onPage: async () => pageBytes });
      expect(got).toBe(pageBytes);
      expect(state.terminated).toBe(true);
    },
  );

  it('builds on the page when no worker can start', async () => {
    expect(await buildWorkbook(sheets, { startWorker: () => undefined, onPage: async () => pageBytes })).toBe(
      pageBytes,
    );
    const throwing = () => {
      throw new Error('SecurityError');
    };
    expect(await buildWorkbook(sheets, { startWorker: throwing, onPage: async () => pageBytes })).toBe(
      pageBytes,
    );
  });

  it('rejects with a message when building on the page fails too', async () => {
    const { worker } = fakeWorker('error');
    const onPage = async () => {
      throw new Error('内存不足');
    };
    await expect(buildWorkbook(sheets, { startWorker: () => worker, onPage })).rejects.toThrow(
      '生成 Excel 文件时出错：内存不足',
    );
  });

  it('gives up with a message when the worker never answers', async () => {
    const { worker, state } = fakeWorker('silent');
    await expect(buildWorkbook(sheets, { startWorker: () => worker, timeoutMs: 20 })).rejects.toThrow(
      '生成 Excel 文件用时超过 0 秒，已停止。可以重试，或改为下载 CSV。',
    );
    expect(state.terminated).toBe(true);
  });

  it('without a worker (Node) builds a real workbook on the page', async () => {
    const got = await buildWorkbook(sheets);
    expect([got[0], got[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
  });
});
