import type { AnnexLayout } from '../../schemas/annex-layout';
import { fetchSiteJson } from '../browser/site-json';

/** Where the build puts every annex layout (src/pages/annexes/layouts.json.ts). */
export const ANNEX_LAYOUTS_PATH = 'annexes/layouts.json';

/**
 * Every annex layout, read from the site once per page: what a 汇总 page needs to say that a dropped file is
 * another annex, loaded with the first file rather than carried in the page.
 */
export const fetchAnnexLayouts = (get?: (url: string) => Promise<Response>) =>
  fetchSiteJson<AnnexLayout[]>(ANNEX_LAYOUTS_PATH, '附件版式', get);
