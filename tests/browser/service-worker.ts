// Helpers for the offline and update tests: what dist/sw.js precaches, and waiting for it in a page.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The precache manifest Workbox wrote into <dir>/sw.js. */
export function precacheManifest(dir: string): PrecacheEntry[] {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf-8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map(([, url, revision]) => ({
    url: url!,
    revision: revision ?? null,
  }));
}

/** Gives one precached file a new revision in <dir>/sw.js, as a new build that changed it would. */
export function setRevision(dir: string, url: string, revision: string) {
  const file = path.join(dir, 'sw.js');
  const sw = fs.readFileSync(file, 'utf-8');
  const pattern = new RegExp(`(\\{url:"${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}",revision:)"[^"]*"`);
  if (!pattern.test(sw)) throw new Error(`${url} is not precached with a revision in ${file}`);
  fs.writeFileSync(file, sw.replace(pattern, `$1"${revision}"`));
}

/**
 * Waits until the page is controlled by an active worker whose precache holds every file of the
 * manifest; returns how many files the cache holds.
 */
export async function waitForPrecache(page: Page, expected: number): Promise<number> {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 30_000 });
  return page.evaluate(async (count) => {
    // `ready` resolves once a worker is active, which may still be 'activating' (its precache clean-up
    // running) on a busy machine: wait for its 'activated' state instead of assuming it.
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated')
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker still ${worker.state} after 30 s`)), 30_000);
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') {
            clearTimeout(timer);
            resolve();
          } else if (worker.state === 'redundant') {
            clearTimeout(timer);
            reject(new Error('worker became redundant'));
          }
        });
      });
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    let held = 0;
    for (const name of names) held += (await (await caches.open(name)).keys()).length;
    if (held < count) throw new Error(`precache holds ${held} of ${count} files`);
    return held;
  }, expected);
}
