// 浏览器测试的公共工具：启动 Chromium、启动 dist/ 静态服务器、打开页面并收集错误、运行 axe-core。
// 只用 playwright-core + 系统 Chromium（scripts/ensure-chromium.mjs），绝不下载 playwright 自带浏览器。
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/ensure-chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { afterAll, beforeAll } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = path.join(projectRoot, 'dist');

// ---- CSP: any refusal in any browser test fails that test (tests/browser/setup.ts) ----

/** How Chromium words a Content-Security-Policy refusal in the console. */
/**
 * The screens the tests use, as browser context options (Chinese locale, China's time zone, downloads on):
 * a phone held upright (390 × 844, touch), a laptop (1366 × 768), a desktop (1280 × 900) and a wide desktop
 * for the 17-column annex tables (1400 × 900). A file spreads one and changes what it needs.
 */
const china = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true };
export const screens = {
  phone: { ...china, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  laptop: { ...china, viewport: { width: 1366, height: 768 } },
  desktop: { ...china, viewport: { width: 1280, height: 900 } },
  wide: { ...china, viewport: { width: 1400, height: 900 } },
};

export const CSP_MESSAGE = /Content Security Policy|Refused to (load|execute|apply|create|connect|frame)/i;
const cspViolations: string[] = [];
const watchedContexts = new WeakSet<BrowserContext>();

/** The CSP refusals seen since the last call (and forgets them). */
export const takeCspViolations = () => cspViolations.splice(0);

/** Records every CSP refusal any page (or its workers) of `context` reports in the console. */
function watchCsp(context: BrowserContext): BrowserContext {
  if (watchedContexts.has(context)) return context;
  watchedContexts.add(context);
  context.on('console', (msg) => {
    if (msg.type() === 'error' && CSP_MESSAGE.test(msg.text()))
      cspViolations.push(`${msg.page()?.url() ?? '(worker)'}: ${msg.text()}`);
  });
  return context;
}

/** 启动无头 Chromium（系统安装的那个）；它的每个上下文都记录 CSP 拒绝（见 takeCspViolations）。 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      '未找到 Chromium：先运行 node scripts/ensure-chromium.mjs，或设置 CHROME_PATH 指向 Chrome/Chromium 可执行文件。',
    );
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => watchCsp(await newContext(options));
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watchCsp(page.context());
    return page;
  };
  return browser;
}

export interface Site {
  /** 以 / 结尾，例如 http://127.0.0.1:38123/ */
  url: string;
  distDir: string;
  close: () => Promise<void>;
}

/** 在随机空闲端口上启动 dist/ 的静态服务器。 */
export async function startSite(root: string = distDir): Promise<Site> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`没有找到 ${path.join(root, 'index.html')}：先运行 npm run build`);
  }
  const { url, close } = await startServer({ root, port: 0, host: '127.0.0.1' });
  return { url, distDir: root, close };
}

export interface OpenedPage {
  page: Page;
  /** 页面控制台的 error 消息和未捕获的异常（pageerror） */
  consoleErrors: string[];
  /** 发往本地服务器以外的请求（均已被拦截） */
  externalRequests: string[];
  /** 主文档的 HTTP 状态码 */
  status: number | null;
}

export interface OpenPageOptions {
  /** 视口宽度；高度默认 844（宽度小于 600）或 800 */
  width?: number;
  height?: number;
  /** 默认 'load'，然后最多再等 3 秒网络空闲（让岛屿组件完成水合） */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/**
 * 打开 baseUrl + pagePath。target 可以是 Browser（每次新建上下文，关闭页面时一起关闭）
 * 或 BrowserContext（复用同一个上下文）。所有发往其他主机的请求都会被记录并拦截。
 */
export async function openPage(
  target: Browser | BrowserContext,
  baseUrl: string,
  pagePath: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const height = options.height ?? (options.width && options.width < 600 ? 844 : 800);
  let page: Page;
  if ('contexts' in target) {
    // Browser：newPage 自带一个上下文，关闭页面时上下文也关闭
    page = await target.newPage({
      viewport: { width: options.width ?? 1280, height },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  } else {
    page = await target.newPage();
    if (options.width) await page.setViewportSize({ width: options.width, height });
  }

  const base = new URL(baseUrl);
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];

  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      consoleErrors.push(loc?.url ? `${msg.text()} (${loc.url}:${loc.lineNumber})` : msg.text());
    }
  });
  page.on('pageerror', (err) => {
    consoleErrors.push(`pageerror: ${err.message}`);
  });

  await page.route('**/*', async (route) => {
    const reqUrl = route.request().url();
    let local = false;
    try {
      const u = new URL(reqUrl);
      local = u.host === base.host && u.protocol === base.protocol;
    } catch {
      local = false;
    }
    if (local) {
      await route.continue();
    } else {
      externalRequests.push(reqUrl);
      await route.abort('blockedbyclient');
    }
  });

  const response = await page.goto(new URL(pagePath.replace(/^\/+/, ''), base).href, {
    waitUntil: options.waitUntil ?? 'load',
  });
  if (!options.waitUntil || options.waitUntil === 'load') {
    await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
  }
  return { page, consoleErrors, externalRequests, status: response?.status() ?? null };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

let axeSource: string | undefined;

export interface RunAxeOptions {
  /** 只检查这个选择器内的内容，默认整页 */
  include?: string;
  /** 关闭的规则 id（请在调用处注明原因） */
  disableRules?: string[];
}

/** 在页面中注入 axe-core 并运行，只返回 serious 和 critical 级别的违规。 */
export async function runAxe(page: Page, options: RunAxeOptions = {}): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through DevTools, not as a <script> tag: the site's Content-Security-Policy (rightly) refuses
  // an inline script it has no hash for.
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async ({ include, disableRules }) => {
    const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]));
    // @ts-expect-error axe 由上面注入的脚本定义
    const result = await window.axe.run(include ?? document, { resultTypes: ['violations'], rules });
    return (result.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: (v.nodes as any[]).map((n) => ({
          target: n.target.map(String),
          html: String(n.html).slice(0, 300),
          failureSummary: n.failureSummary,
        })),
      }));
  }, options);
}

/** 把 axe 违规整理成便于阅读的文本（用于断言失败信息）。 */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.html}`)
          .join('\n'),
    )
    .join('\n');
}

/** 页面是否出现横向滚动。 */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** 找出造成横向滚动的元素（调试用）：右边缘最远的 10 个元素，越靠前越可能是元凶。 */
export async function findOverflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const found: { right: number; desc: string }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1) {
        const cls = el.getAttribute('class');
        const id = el.id ? `#${el.id}` : '';
        found.push({
          right: r.right,
          desc: `<${el.tagName.toLowerCase()}${id}${cls ? ` class="${cls}"` : ''}> 右边缘=${Math.round(r.right)}px 宽=${Math.round(r.width)}px`,
        });
      }
    }
    return found
      .sort((a, b) => b.right - a.right)
      .slice(0, 10)
      .map((f) => f.desc);
  });
}

/**
 * 列出 dist 下所有 HTML 页面的路径（'/'、'/plan/'、'/sectors/metal-smelting/' …），
 * 不含 404.html 和 Pagefind 目录。按路径排序。同步读取，方便在收集测试时调用。
 */
export function listPages(dir: string = distDir): string[] {
  const pages: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (rel === '' && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
        walk(path.join(abs, entry.name), `${rel}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        if (rel === '' && entry.name === '404.html') continue;
        pages.push(entry.name === 'index.html' ? `/${rel}` : `/${rel}${entry.name}`);
      }
    }
  };
  walk(dir, '');
  return pages.filter((p) => p !== '/404/').sort();
}

/** The built site on a free port and one Chromium, for a test file's beforeAll; close() stops both. */
export async function startSiteAndBrowser(): Promise<{
  site: Site;
  browser: Browser;
  close: () => Promise<void>;
}> {
  const site = await startSite();
  const browser = await launchBrowser();
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * The built site and one Chromium for a whole test file, started before its first test and closed after its
 * last: `const { site, browser } = siteAndBrowser();` at the top of the file (or of a describe). The two are
 * stand-ins that reach the real ones once they are started, so the file can name them at the top level.
 */
export function siteAndBrowser(): { site: Site; browser: Browser } {
  let started: Awaited<ReturnType<typeof startSiteAndBrowser>> | null = null;
  beforeAll(async () => {
    started = await startSiteAndBrowser();
  });
  afterAll(async () => {
    await started?.close();
    started = null;
  });
  const later = <T extends object>(pick: (s: NonNullable<typeof started>) => T, name: string): T =>
    new Proxy({} as T, {
      get(_, key) {
        if (!started)
          throw new Error(`${name} 还没有启动：siteAndBrowser() 的对象只能在测试或 beforeAll 中使用`);
        const target = pick(started) as Record<PropertyKey, unknown>;
        const value = target[key];
        return typeof value === 'function' ? value.bind(target) : value;
      },
      has(_, key) {
        return !!started && key in pick(started);
      },
    });
  return { site: later((s) => s.site, 'site'), browser: later((s) => s.browser, 'browser') };
}
