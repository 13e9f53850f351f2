import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annexLayoutSchema, type AnnexLayout } from '../../schemas/annex-layout';
import { parseYamlObject } from '../content-loader';
import { validateEntries } from '../validate';

/** The annex layouts read straight from content/annexes/ (tests, bench), validated as the build does. */
export function loadLayoutsFromFiles(root: string): Record<AnnexLayout['id'], AnnexLayout> {
  const dir = path.join(root, 'content/annexes');
  const out = {} as Record<AnnexLayout['id'], AnnexLayout>;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = `content/annexes/${name}`;
    const [layout] = validateEntries(
      file,
      [parseYamlObject(file, readFileSync(path.join(dir, name), 'utf-8'))],
      annexLayoutSchema,
    );
    out[layout!.id] = layout!;
  }
  return out;
}
