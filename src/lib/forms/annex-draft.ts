import { annexSchemas, type AnnexData } from '../../schemas/annex-data';
import type { StorageLike } from '../browser/storage';
import { DraftStore, type DraftSpec } from './draft';

/**
 * Drafts of annex forms: key jc76.annex.<form id>, format version 1 ({ v: 1, annex, savedAt, tab,
 * rev, data }); version 0 (before versioning) was the bare AnnexData object.
 */
export const ANNEX_DRAFT_VERSION = 1;
export const draftKey = (annex: string) => `jc76.annex.${annex}`;

export const annexDraftSpec = (annex: string): DraftSpec<AnnexData> => ({
  key: draftKey(annex),
  // A getter: the schema is built only when a stored draft is actually read.
  get schema() {
    return annexSchemas().annexDataSchema;
  },
  version: ANNEX_DRAFT_VERSION,
  migrate: (data) => data,
  check: (data) => (data.annex === annex ? null : `草稿属于${data.annex}，不是${annex}`),
  meta: { annex },
});

export const annexDraftStore = (storage: StorageLike | null, annex: string, tab?: string) =>
  new DraftStore(storage, annexDraftSpec(annex), tab);
