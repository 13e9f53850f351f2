import type { AnnexLayout } from '../../schemas/annex-layout';
import { readSheets } from '../table/import';
import type { SelfCheckData } from '../self-check/data';
import { type ReceivedFile, readReceivedFile } from './received';

/**
 * 汇总 (附件1、附件2、附件5 from the files a county bureau receives): ./received reads one file,
 * ./combine adds them up, ./files holds what every 汇总 shares (附件4's too).
 */
export * from '../table/intake';
export * from './received';
export * from './combine';
export * from './status-words';
export * from './files-draft';

/** Whether a file is read as an enterprise's self-check or 隐患台账 file (.json) rather than a table. */
export const isSelfCheckFile = (fileName: string) => /\.json$/i.test(fileName.trim());

/**
 * Reads one received file's bytes for the 汇总 of `layout`: .json as a self-check or 隐患台账 file (附件1 only),
 * anything else (.xlsx/.xls/.csv) through the table layer. Never throws.
 */
export async function readReceived(
  layout: AnnexLayout,
  bytes: Uint8Array,
  fileName: string,
  id: string,
  {
    others = [],
    selfCheck = null,
  }: { others?: readonly AnnexLayout[]; selfCheck?: SelfCheckData | null } = {},
): Promise<ReceivedFile> {
  if (isSelfCheckFile(fileName)) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const { readOwnFile } = await import('./received-own');
    return readOwnFile(layout, text, fileName, id, selfCheck);
  }
  return readReceivedFile(layout, await readSheets(bytes, fileName), fileName, id, others);
}
