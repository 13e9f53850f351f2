import { getCollection } from 'astro:content';

/**
 * The parts of a collection loaded by checkedDataLoader (`selfCheck`, `confinedSpace`, `referenceTexts`), as one object:
 * each part by name, already validated and cross-checked by the loader. Build time only (pages); tests and
 * scripts read content/ through the features' *-node loaders. A part missing from the collection fails the
 * build with its name.
 */
export async function checkedData<T>(
  collection: 'selfCheck' | 'confinedSpace' | 'referenceTexts',
  parts: readonly (keyof T & string)[],
): Promise<T> {
  const entries = new Map(
    (await getCollection(collection)).map((e) => [e.id, (e.data as { value: unknown }).value]),
  );
  const missing = parts.filter((p) => !entries.has(p));
  if (missing.length) throw new Error(`内容集合 ${collection} 缺少 ${missing.join('、')}`);
  return Object.fromEntries(parts.map((p) => [p, entries.get(p)])) as T;
}
