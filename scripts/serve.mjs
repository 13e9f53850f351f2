#!/usr/bin/env node
// 零依赖静态文件服务器：把 ./dist 作为网站根目录提供访问。
// 用法：npm run serve（PORT、HOST 环境变量可改端口和监听地址）。
// 测试中：import { startServer } from './serve.mjs'，port 0 表示随机空闲端口。
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  // Pagefind 的索引文件
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(filePath) {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function statOrNull(p) {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/**
 * 启动静态服务器。
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, server: http.Server, close: () => Promise<void> }>}
 */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const rootDir = path.resolve(root);
  const notFoundPage = path.join(rootDir, '404.html');

  function send(req, res, status, headers, body) {
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  }

  function sendNotFound(req, res) {
    const page = statOrNull(notFoundPage);
    if (page?.isFile()) {
      send(req, res, 404, { 'Content-Type': 'text/html; charset=utf-8' }, fs.readFileSync(notFoundPage));
    } else {
      send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, '404 未找到页面');
    }
  }

  function sendFile(req, res, filePath, stat) {
    const headers = {
      'Content-Type': contentType(filePath),
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    };
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(filePath);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(
        req,
        res,
        405,
        { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
        '405 不支持的请求方法',
      );
      return;
    }
    let pathname;
    let search = '';
    try {
      const raw = req.url ?? '/';
      // 以 // 开头的地址不能当作相对 URL 解析（会被当成主机名）
      const u = raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
      pathname = decodeURIComponent(u.pathname);
      search = u.search;
    } catch {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, '400 请求地址无效');
      return;
    }
    if (pathname.includes('\0')) {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, '400 请求地址无效');
      return;
    }
    // 防止目录穿越：解析后的路径必须仍在根目录之内。
    const filePath = path.resolve(rootDir, '.' + path.posix.normalize('/' + pathname));
    if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
      sendNotFound(req, res);
      return;
    }
    const stat = statOrNull(filePath);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // 规范化并合并开头的斜杠，避免 //host 形式的跨站跳转
        const clean = path.posix.normalize('/' + pathname).replace(/^\/+/, '/');
        const location = encodeURI(clean + '/') + search;
        send(req, res, 301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' }, '');
        return;
      }
      const index = path.join(filePath, 'index.html');
      const indexStat = statOrNull(index);
      if (indexStat?.isFile()) sendFile(req, res, index, indexStat);
      else sendNotFound(req, res);
      return;
    }
    if (stat?.isFile()) {
      sendFile(req, res, filePath, stat);
      return;
    }
    // /foo 没有对应文件时，试试 /foo.html
    if (!pathname.endsWith('/') && !path.extname(filePath)) {
      const html = filePath + '.html';
      const htmlStat = statOrNull(html);
      if (htmlStat?.isFile()) {
        sendFile(req, res, html, htmlStat);
        return;
      }
    }
    sendNotFound(req, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      const actualPort = typeof addr === 'object' && addr ? addr.port : port;
      const urlHost =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${actualPort}/`,
        port: actualPort,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const root = path.join(projectRoot, 'dist');
  if (!statOrNull(root)?.isDirectory()) {
    console.error('没有找到 dist/ 目录：请先运行 npm run build 生成网站，再运行 npm run serve。');
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 4321;
  const host = process.env.HOST || '127.0.0.1';
  try {
    const { url, port: actualPort, close } = await startServer({ root, port, host });
    const loopback = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(host);
    console.log(`网站已启动：${loopback ? `http://localhost:${actualPort}/` : url}`);
    console.log('按 Ctrl+C 停止。');
    const stop = () => {
      close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    if (err && err.code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用：请换一个端口，例如 PORT=4322 npm run serve`);
    } else {
      console.error('网站启动失败：', err?.message ?? err);
    }
    process.exit(1);
  }
}
