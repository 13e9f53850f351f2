import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { validateEntries } from './validate-content';

/**
 * Loads a YAML list from content/ and validates every entry with its zod schema.
 * Unlike Astro's file() loader (which only logs a YAML syntax error), any problem fails the
 * build with a message that names the file, the entry and the field.
 */
export function yamlLoader(file: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-content-loader',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const full = path.join(root, file);
      async function sync() {
        const text = await readFile(full, 'utf-8');
        const entries = parseYamlList(file, text);
        const data = validateEntries(file, entries, schema);
        store.clear();
        for (const entry of data) {
          const id = (entry as { id: string }).id;
          store.set({ id, data: entry as Record<string, unknown>, filePath: file });
        }
      }
      await sync();
      watcher?.add(full);
      watcher?.on('change', async (changed) => {
        if (path.resolve(changed) !== full) return;
        try {
          await sync();
          logger.info(`已重新加载 ${file}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

/**
 * Loads every content/<folder>/*.yaml as one entry (one object per file, e.g. one form layout per
 * file) whose id is the file name, validated like yamlLoader.
 */
export function yamlFolderLoader(folder: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-folder-loader',
    load: async ({ store, config }) => {
      const root = fileURLToPath(config.root);
      const files = (await readdir(path.join(root, folder))).filter((f) => f.endsWith('.yaml')).sort();
      store.clear();
      for (const name of files) {
        const file = `${folder}/${name}`;
        const entry = folderEntry(file, await readFile(path.join(root, file), 'utf-8'), schema);
        store.set({
          id: (entry as { id: string }).id,
          data: entry as Record<string, unknown>,
          filePath: file,
        });
      }
    },
  };
}

/**
 * One file of a folder collection, validated: its id is the file name (an `id` written in the file
 * must match it). Errors name the file and the key.
 */
export function folderEntry<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const id = path.basename(file, '.yaml');
  const value = parseYamlObject(file, text) as Record<string, unknown>;
  if ('id' in value && value.id !== id)
    throw new Error(`内容文件 ${file}：id（${String(value.id)}）应与文件名相同，或者不写 id`);
  const [entry] = validateEntries(file, [{ id, ...value }], schema);
  return entry!;
}

/** Parses YAML text that must be one object (a mapping). */
export function parseYamlObject(file: string, text: string): unknown {
  const value = parseYaml(file, text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`内容文件 ${file}：最外层应是一个对象（键: 值）`);
  }
  return value;
}

function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : ['?', '?'];
    throw new Error(`内容文件 ${file} 第 ${line} 行第 ${col} 列：YAML 语法错误：${e.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

/** Parses YAML text that must be a list; syntax errors name the file, line and column. */
export function parseYamlList(file: string, text: string): unknown[] {
  const value = parseYaml(file, text);
  if (!Array.isArray(value)) {
    throw new Error(`内容文件 ${file}：最外层应是一个列表（每项以“- id: …”开头）`);
  }
  return value;
}

/**
 * Loads data that a Node loader reads and cross-checks itself (the criteria and self-check rules, the
 * confined-space data): one entry per part, keyed by name. Any problem (schema, missing source, broken
 * reference) fails the build with the loader's message; edits to `files` reload it in the dev server.
 */
export function checkedDataLoader(
  files: readonly string[],
  load: (root: string) => Record<string, unknown>,
): Loader {
  return {
    name: 'checked-data-loader',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const parts = load(root);
        store.clear();
        for (const [id, data] of Object.entries(parts))
          store.set({ id, data: { value: data } as Record<string, unknown> });
      };
      sync();
      const full = files.map((f) => path.join(root, f));
      for (const f of full) watcher?.add(f);
      watcher?.on('change', (changed) => {
        if (!full.includes(path.resolve(changed))) return;
        try {
          sync();
          logger.info(`已重新加载 ${path.relative(root, changed)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
