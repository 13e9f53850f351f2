import type { SheetModel } from './sheet';
import type { WorkbookReply, WorkbookRequest } from './workbook.worker';

/**
 * Every workbook a page downloads is built here: in the site's workbook worker (workbook.worker.ts),
 * so the page stays responsive while 50,000 rows are written, or on the page itself where a worker
 * cannot start (no Worker, the worker file failed to load, the sheets cannot be sent to it). The
 * promise always settles: bytes, or an Error whose message says what went wrong in Chinese.
 */

/** The part of a Worker this module uses (a fake in the unit tests). */
export interface WorkbookWorker {
  postMessage(message: WorkbookRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkbookReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface BuildWorkbookOptions {
  /** Starts the worker; undefined or a throw means "build on this page". */
  startWorker?: () => WorkbookWorker | undefined;
  /** Builds on this page (default: workbookBytes, loaded on first use). */
  onPage?: (sheets: readonly SheetModel[]) => Promise<Uint8Array<ArrayBuffer>>;
  /** How long the worker may take before the build is given up (default: `workbookTimeout(sheets)`). */
  timeoutMs?: number;
}

/**
 * Time allowed to the worker: 2 minutes plus 4 ms a row (50,000 rows: about 5½ minutes; measured
 * here at a few seconds). Only a worker that died without a word (out of memory) reaches it.
 */
export const workbookTimeout = (sheets: readonly SheetModel[]) =>
  120_000 + 4 * sheets.reduce((n, s) => n + s.rows.length, 0);

function startSiteWorker(): WorkbookWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./workbook.worker.ts', import.meta.url), {
    type: 'module',
    name: 'workbook',
  }) as unknown as WorkbookWorker;
}

async function buildOnPage(sheets: readonly SheetModel[]) {
  const { workbookBytes } = await import('./xlsx-write');
  return workbookBytes(sheets);
}

/** Says what failed in words a user can act on. */
export function workbookError(cause: unknown): Error {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new Error(detail.startsWith('生成') ? detail : `生成 Excel 文件时出错：${detail}`);
}

/** The .xlsx bytes of `sheets` (see the module note). */
export async function buildWorkbook(
  sheets: readonly SheetModel[],
  { startWorker = startSiteWorker, onPage = buildOnPage, timeoutMs }: BuildWorkbookOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const here = async () => {
    try {
      return await onPage(sheets);
    } catch (e) {
      throw workbookError(e);
    }
  };
  let worker: WorkbookWorker | undefined;
  try {
    worker = startWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) return here();
  const started = worker;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inWorker = new Promise<Uint8Array<ArrayBuffer> | 'on-page'>((resolve, reject) => {
    started.addEventListener('message', (event: MessageEvent<WorkbookReply>) => {
      const reply = event.data;
      if (reply.ok) resolve(reply.bytes);
      else reject(workbookError(reply.message));
    });
    // The worker file did not load or threw before replying, or its reply could not be read:
    // the page builds the workbook itself (slower for very large tables, but it ends in a file).
    started.addEventListener('error', (event) => {
      event.preventDefault?.();
      resolve('on-page');
    });
    started.addEventListener('messageerror', () => resolve('on-page'));
    try {
      started.postMessage({ sheets: sheets as SheetModel[] });
    } catch {
      resolve('on-page'); // e.g. DataCloneError
    }
    const limit = timeoutMs ?? workbookTimeout(sheets);
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `生成 Excel 文件用时超过 ${Math.round(limit / 1000)} 秒，已停止。可以重试，或改为下载 CSV。`,
          ),
        ),
      limit,
    );
  });
  try {
    const result = await inWorker;
    return result === 'on-page' ? await here() : result;
  } finally {
    clearTimeout(timer);
    started.terminate();
  }
}
