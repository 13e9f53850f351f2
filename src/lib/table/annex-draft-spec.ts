import type { AnnexData } from '../../schemas/annex-data';
import type { StorageLike } from '../browser/storage';
import { DraftStore, type DraftSpec } from './draft';

/**
 * Drafts of annex forms: key jc76.annex.<form id>, format version 1 ({ v: 1, annex, savedAt, tab,
 * rev, data }); version 0 (before versioning) was the bare AnnexData object.
 *
 * This module does not import the zod schema: the annex form pages use `formDraftStore`, which loads
 * it only when a stored draft must be read. Everything else uses ./annex-draft (schema at hand).
 */
export const ANNEX_DRAFT_VERSION = 1;
export const draftKey = (annex: string) => `jc76.annex.${annex}`;

/** The spec without its schema. */
export const annexDraftBase = (annex: string) => ({
  key: draftKey(annex),
  version: ANNEX_DRAFT_VERSION,
  migrate: (data: unknown) => data,
  check: (data: AnnexData) => (data.annex === annex ? null : `草稿属于${data.annex}，不是${annex}`),
  meta: { annex },
});

/** The spec whose schema is loaded on demand (DraftStore.prepare). */
export const lazyAnnexDraftSpec = (annex: string): DraftSpec<AnnexData> => ({
  ...annexDraftBase(annex),
  loadSchema: async () => (await import('../../schemas/annex-data')).annexDataSchema,
});

/** The annex form's own draft store: a first visit (nothing stored) downloads no zod. */
export const formDraftStore = (storage: StorageLike | null, annex: string, tab?: string) =>
  new DraftStore(storage, lazyAnnexDraftSpec(annex), tab);

/**
 * An annex form's draft store ready to read and write (its schema loaded): for a page that writes into a form's
 * draft on a click (在表单中打开, 生成附件2行) and so need not load zod before that click.
 */
export async function preparedFormDraftStore(storage: StorageLike | null, annex: string) {
  const store = formDraftStore(storage, annex);
  await store.prepare();
  return store;
}
