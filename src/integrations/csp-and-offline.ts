// Astro integration, listed after Starlight in astro.config.mjs so that its astro:build:done runs after
// Pagefind has written the search index. Two steps over the built dist/, in this order:
//   1. complete each page's Content-Security-Policy <meta> (src/lib/build/csp.ts);
//   2. write dist/sw.js with Workbox's generateSW: a precache of every file the build produced, each with
//      a revision, so a later build replaces the cache as a whole (see README “离线使用”).
// Both `npm run build` and `npm test` (astro build) run it. The dev server has no offline copy (see below).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { completePolicy } from '../lib/build/csp';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(abs));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(abs);
  }
  return out;
}

export const SERVICE_WORKER_FILE = 'sw.js';

// `npm start` and `npm run dev` share http://localhost:4321. A worker installed by the built site would
// keep serving the built pages in dev; the dev server therefore answers /sw.js with a worker that
// empties the caches, unregisters itself and reloads the open pages (they then come from the dev server,
// whose pages do not register a worker).
const DEV_SERVICE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

export default function cspAndOffline(): AstroIntegration {
  return {
    name: 'jc76:csp-and-offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${SERVICE_WORKER_FILE}`, (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(DEV_SERVICE_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);

        const pages = htmlFiles(distDir);
        let added = 0;
        for (const file of pages) {
          const rel = path.relative(distDir, file).split(path.sep).join('/');
          const result = completePolicy(fs.readFileSync(file, 'utf-8'), rel);
          fs.writeFileSync(file, result.html);
          added += result.added.length;
        }
        logger.info(`CSP：${pages.length} 个页面的策略已补全（补入 ${added} 个哈希）`);

        const { count, size, warnings } = await generateSW({
          globDirectory: distDir,
          globPatterns: ['**/*'],
          globIgnores: [SERVICE_WORKER_FILE, 'workbox-*.js', '**/*.map'],
          swDest: path.join(distDir, SERVICE_WORKER_FILE),
          // One file: sw.js carries the Workbox runtime it needs.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cacheId: 'jc76',
          // Files under _astro/ have a content hash in their name; the others get a revision of their bytes.
          dontCacheBustURLsMatching: /^_astro\//,
          // The Excel reader is ~0.5 MB; everything the site has must fit.
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          // /plan/ is served from plan/index.html; ?role=county or ?kinds=… pick the same page.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          // A new worker waits until the reader agrees (the page sends SKIP_WAITING); the old cache entries
          // are dropped when it activates. The very first worker takes control at once (nothing to mix).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // /plan (no trailing slash) is a redirect on the server; offline the worker gives the same
          // redirect so that /plan/ comes from the precache. These two functions are copied into sw.js.
          runtimeCaching: [
            {
              urlPattern: ({ request, url }) =>
                request.mode === 'navigate' &&
                url.origin === self.location.origin &&
                !url.pathname.endsWith('/') &&
                !/\.[^/]*$/.test(url.pathname),
              handler: async ({ request, url }) => {
                try {
                  return await fetch(request);
                } catch {
                  return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 302);
                }
              },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        if (warnings.length > 0) throw new Error('generateSW 有警告，见上方');
        logger.info(
          `离线：${SERVICE_WORKER_FILE} 预缓存 ${count} 个文件，共 ${(size / 1024 / 1024).toFixed(2)} MB`,
        );
      },
    },
  };
}
