// npm run bench 的浏览器部分共用：在本机随机端口上提供 dist/，启动系统的 Chromium，跑完后两者都关掉。
import { CHROMIUM_ARGS, findChromium } from './ensure-chromium.mjs';

/**
 * Serves `distDir` on 127.0.0.1 and launches Chromium, runs `fn({ browser, server })`, then closes both.
 * Without Chromium it says that `what` is skipped and returns undefined.
 * @template T
 * @param {string} distDir
 * @param {string} what  the bench section's name, for the skip message
 * @param {(site: { browser: import('playwright-core').Browser, server: { url: string } }) => Promise<T>} fn
 * @returns {Promise<T | undefined>}
 */
export async function withSiteInChromium(distDir, what, fn) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`\n⚠ 未找到 Chromium，跳过${what}。`);
    return undefined;
  }
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    return await fn({ browser, server });
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Bundles scripts/bench-forms/`entry` (TypeScript that imports src/lib) for Node with esbuild, into the
 * project's cache (so its packages resolve from node_modules), and imports it.
 * @param {string} projectRoot
 * @param {string} entry  e.g. 'summary-entry.ts'
 */
export async function importBenchEntry(projectRoot, entry) {
  const path = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const { ESBUILD_ALIAS } = await import('../src/lib/build/aliases.mjs');
  const esbuild = await import('esbuild');
  const outfile = path.join(projectRoot, 'node_modules', '.cache', 'bench', entry.replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [path.join(projectRoot, 'scripts', 'bench-forms', entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: ESBUILD_ALIAS,
    logLevel: 'warning',
    outfile,
  });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}
