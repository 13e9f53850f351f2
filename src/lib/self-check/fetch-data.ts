import { fetchSiteJson } from '../browser/site-json';
import type { ChecklistSource } from './data';

/** Where the build puts the checklist data (src/pages/self-check/checklist.json.ts). */
export const CHECKLIST_DATA_PATH = 'self-check/checklist.json';

/** The checklist data, read from the site once per page (fetchSiteJson). */
export const fetchChecklistSource = (get?: (url: string) => Promise<Response>) =>
  fetchSiteJson<ChecklistSource>(CHECKLIST_DATA_PATH, '自查清单', get);
