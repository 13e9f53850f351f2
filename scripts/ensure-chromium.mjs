#!/usr/bin/env node
// 找到可用的 Chromium，供浏览器测试（playwright-core）使用。
// 顺序：CHROME_PATH 环境变量 → /usr/bin/chromium → PATH 上的 chromium / chromium-browser / google-chrome。
// 找不到且以 root 运行、系统有 apt-get 时，用 apt-get 安装 Debian 的 chromium。
// 绝不使用 playwright 自带的浏览器下载。
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const NOT_FOUND_MESSAGE =
  '未找到 Chromium：请安装 chromium（Debian/Ubuntu: sudo apt-get install chromium）或设置 CHROME_PATH 指向 Chrome/Chromium 可执行文件。';

function isExecutable(p) {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** 在 PATH 上查找可执行文件，找不到返回 null。 */
/**
 * Flags for headless Chromium on these machines: no sandbox (root), no GPU, and nothing that calls
 * home (background networking, component updates, sync), since only the local site may be reached.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function which(name, envPath = process.env.PATH ?? '') {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

let warnedBadChromePath = false;

/**
 * 返回 Chromium 可执行文件的路径；找不到返回 null。
 * CHROME_PATH 已设置但无效时给出一行警告，再按顺序找其他位置。
 */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
    if (!warnedBadChromePath) {
      warnedBadChromePath = true;
      console.warn(`CHROME_PATH 指向的文件不存在或不可执行，改为自动查找：${env.CHROME_PATH}`);
    }
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(name, env.PATH ?? '');
    if (found) return found;
  }
  return null;
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status === 0;
}

/** 找到 Chromium（必要时用 apt-get 安装），返回路径；做不到时返回 null。 */
export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = which('apt-get');
  if (isRoot && aptGet) {
    console.log('未找到 Chromium，正在用 apt-get 安装 Debian 的 chromium…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run(aptGet, ['update'], env)) {
      run(aptGet, ['install', '-y', 'chromium', 'fonts-noto-cjk'], env);
    }
    found = findChromium();
  }
  return found;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain) {
  const found = ensureChromium();
  if (!found) {
    console.error(NOT_FOUND_MESSAGE);
    process.exit(1);
  }
  console.log(found);
}
