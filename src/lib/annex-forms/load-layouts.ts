// Build time only (astro:content): the annex layouts of content/annexes/, as pages and data files read them.
import { getCollection } from 'astro:content';
import type { AnnexRole } from '../../schemas/annex-layout';
import { layoutWithRole } from './roles';

/** Every annex layout (附件1–5), in the collection's order. */
export const loadAnnexLayouts = async () => (await getCollection('annexLayouts')).map((l) => l.data);

/** The one layout that plays `role` (附件2 for 生成附件2行, 附件3 for the 有限空间台账…). */
export const loadLayoutWithRole = async (role: AnnexRole) => layoutWithRole(await loadAnnexLayouts(), role);
