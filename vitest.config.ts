import { defineConfig } from 'vitest/config';
import { VITE_ALIASES } from './src/lib/build/aliases.mjs';

// 两个测试项目：
//   unit    — src/ 与 scripts/ 下的单元测试（快，不需要浏览器，不需要构建）
//   browser — tests/browser/ 下的浏览器测试（需要先 npm run build 和 Chromium）
// 运行：vitest run --project unit / vitest run --project browser（npm test 依次运行两者）
export default defineConfig({
  resolve: { alias: VITE_ALIASES },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**', 'tests/browser/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // a CSP refusal during any browser test fails it
          setupFiles: ['tests/browser/setup.ts'],
          exclude: ['**/node_modules/**', 'dist/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // 机器只有 2 个核：浏览器测试文件逐个运行
          fileParallelism: false,
        },
      },
    ],
  },
});
