#!/usr/bin/env node
// 由 public/favicon.svg 生成网页应用清单（public/manifest.webmanifest）要用的 PNG 图标：
//   public/icons/icon-192.png、icon-512.png      圆角图标，原样放大
//   public/icons/maskable-512.png                 满版底色、图案缩在安全区内（手机桌面会裁成圆形或圆角方形）
//   public/icons/apple-touch-icon.png (180×180)   iOS“添加到主屏幕”
// 生成的 PNG 已提交到仓库，构建不需要运行本脚本；改了 favicon.svg 后运行 `node scripts/icons.mjs` 再提交。
// 用 sharp（astro 的依赖，已随 npm ci 安装）把 SVG 渲染成 PNG。
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'public', 'favicon.svg'), 'utf-8');
const outDir = path.join(root, 'public', 'icons');

let sharp;
try {
  sharp = (await import('sharp')).default;
} catch {
  console.error('找不到 sharp：先运行 npm ci（sharp 随 astro 安装）。');
  process.exit(1);
}

/** The favicon's background colour fills the whole square; the drawing shrinks into the central 80 %. */
function maskable(source) {
  const fill = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(source)?.[1] ?? '#1d4ed8';
  const inner = source.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">` +
    `<rect width="40" height="40" fill="${fill}"/><g transform="translate(4 4)">${inner}</g></svg>`
  );
}

fs.mkdirSync(outDir, { recursive: true });
const jobs = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['maskable-512.png', maskable(svg), 512],
  ['apple-touch-icon.png', maskable(svg), 180],
];
for (const [name, source, size] of jobs) {
  await sharp(Buffer.from(source), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(outDir, name));
  console.log(`public/icons/${name}（${size}×${size}）`);
}
