/// <reference lib="webworker" />
import type { SheetModel } from './sheet';
import { workbookBytes } from './xlsx-write';

/**
 * The site's workbook worker: builds an .xlsx off the page's main thread, so a 50,000-row 台账 does not
 * freeze the page while it is written. A same-origin module file (allowed by the CSP's
 * `worker-src 'self'`); it zips synchronously and starts no workers of its own. Started by
 * `buildWorkbook` (workbook-client.ts); one request per worker.
 */
export type WorkbookRequest = { sheets: SheetModel[] };
export type WorkbookReply = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  let reply: WorkbookReply;
  try {
    reply = { ok: true, bytes: await workbookBytes(event.data.sheets) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply, reply.ok ? [reply.bytes.buffer] : []);
};
