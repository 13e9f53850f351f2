import { annexDataSchema, type AnnexData } from '../../schemas/annex-data';
import type { StorageLike } from '../browser/storage';
import { annexDraftBase } from './annex-draft-spec';
import { DraftStore, type DraftSpec } from './draft';

export { ANNEX_DRAFT_VERSION, draftKey } from './annex-draft-spec';

/** Drafts of annex forms (see ./annex-draft-spec), with the schema at hand: load and save at once. */
export const annexDraftSpec = (annex: string): DraftSpec<AnnexData> => ({
  ...annexDraftBase(annex),
  schema: annexDataSchema,
});

export const annexDraftStore = (storage: StorageLike | null, annex: string, tab?: string) =>
  new DraftStore(storage, annexDraftSpec(annex), tab);
