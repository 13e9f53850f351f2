import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annexLayoutSchema, type AnnexLayout } from '../../schemas/annex-layout';
import { folderEntry } from '../common/content-loader';

/** The plan's five annexes, always present in content/annexes/ (what the tests fill). */
export type PlanAnnexLayouts = Record<'annex1' | 'annex2' | 'annex3' | 'annex4' | 'annex5', AnnexLayout>;

/**
 * The form layouts read straight from <root>/<dir>/*.yaml (tests, bench), validated exactly as the
 * build does: id from the file name, every key a layout refers to checked.
 */
export function loadLayoutsFromFiles(
  root: string,
  dir = 'content/annexes',
): Record<string, AnnexLayout> & PlanAnnexLayouts {
  const out: Record<string, AnnexLayout> = {};
  for (const name of readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const layout = folderEntry(
      `${dir}/${name}`,
      readFileSync(path.join(root, dir, name), 'utf-8'),
      annexLayoutSchema,
    );
    out[layout.id] = layout;
  }
  return out as Record<string, AnnexLayout> & PlanAnnexLayouts;
}
