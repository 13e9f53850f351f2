import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, startServer } from './serve.mjs';

let root: string;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.mkdirSync(path.join(root, 'plan'));
  fs.mkdirSync(path.join(root, 'pagefind'));
  fs.writeFileSync(path.join(root, 'index.html'), '<h1>首页</h1>');
  fs.writeFileSync(path.join(root, 'plan', 'index.html'), '<h1>全文</h1>');
  fs.writeFileSync(path.join(root, '404.html'), '<h1>未找到</h1>');
  fs.writeFileSync(path.join(root, 'cal.ics'), 'BEGIN:VCALENDAR');
  fs.writeFileSync(path.join(root, 'pagefind', 'x.pf_fragment'), 'x');
  fs.writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
  ({ url, close } = await startServer({ root, port: 0 }));
});

afterAll(async () => {
  await close?.();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), { force: true });
});

describe('scripts/serve.mjs', () => {
  it('用随机端口启动并提供 index.html', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>首页</h1>');
  });

  it('目录地址缺少斜杠时重定向', async () => {
    const res = await fetch(new URL('plan?a=1', url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/plan/?a=1');
    const page = await fetch(new URL('plan/', url));
    expect(await page.text()).toBe('<h1>全文</h1>');
  });

  it('不存在的地址返回 404.html 和 404 状态码', async () => {
    const res = await fetch(new URL('nope/', url));
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>未找到</h1>');
  });

  it('不允许目录穿越', async () => {
    const name = `${path.basename(root)}-secret.txt`;
    for (const p of [`../${name}`, `%2e%2e/${name}`, `..%2f${name}`, `/..%2f..%2f${name}`]) {
      const res = await fetch(`${url}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('内容类型正确', async () => {
    expect((await fetch(new URL('cal.ics', url))).headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8',
    );
    expect((await fetch(new URL('pagefind/x.pf_fragment', url))).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
    expect(contentType('a.css')).toBe('text/css; charset=utf-8');
    expect(contentType('a.mjs')).toMatch(/^text\/javascript/);
    expect(contentType('a.js')).toMatch(/^text\/javascript/);
    expect(contentType('a.json')).toMatch(/^application\/json/);
    expect(contentType('a.svg')).toBe('image/svg+xml');
    expect(contentType('a.png')).toBe('image/png');
    expect(contentType('a.ico')).toBe('image/x-icon');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.wasm')).toBe('application/wasm');
    expect(contentType('a.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentType('a.txt')).toBe('text/plain; charset=utf-8');
    for (const ext of ['pf_meta', 'pf_index', 'pagefind']) {
      expect(contentType(`x.${ext}`)).toBe('application/octet-stream');
    }
  });
});
