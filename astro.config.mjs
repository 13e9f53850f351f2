// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import cspAndOffline from './src/integrations/csp-and-offline';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/build/csp';
import { VITE_ALIASES } from './src/lib/build/aliases.mjs';

// Static site: no server, no account. Every page is generated from content/ at build time.
export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'ignore',
  // No link prefetching (Starlight turns it on for every link): after the first visit the service worker
  // serves every page from the phone itself, and the prefetch script rescans the page's links each time
  // an island adds elements, which on a slow phone lengthened the annex forms' first tasks.
  prefetch: false,
  vite: {
    resolve: { alias: VITE_ALIASES },
    // The workbook worker (src/lib/table/workbook.worker.ts) is a module worker that loads the Excel
    // writer with import(): ES output, one file under _astro/, allowed by the CSP's worker-src 'self'.
    worker: { format: 'es' },
  },
  // A strict Content-Security-Policy <meta> on every page (README “安全策略”). Astro hashes what it bundles;
  // src/integrations/csp-and-offline.ts adds Starlight's inline scripts and style attributes after the build.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: '隐患排查整治行动指引',
      description:
        '晋城市应急管理局《全市冶金工贸和非煤矿山行业安全生产隐患排查整治行动方案》（晋市应急工贸发〔2025〕76号）的分行业指引、报送日历和附件表格。无需账号，数据不离开浏览器。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/site.css', './src/styles/kit.css'],
      lastUpdated: false,
      pagination: false,
      // Installable on a phone's home screen (public/manifest.webmanifest, icons from scripts/icons.mjs).
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d4ed8' } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' } },
      ],
      // The footer also carries the offline status and the “new version” notice (src/components/OfflineSupport.astro).
      // Search: Starlight's own, building Pagefind's search box on first open (see the file's note).
      components: {
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
      },
      sidebar: [
        { label: '首页', link: '/' },
        { label: '行动方案全文', link: '/plan/' },
        {
          label: '分行业指引',
          items: [
            { label: '我的企业属于哪些类型？', link: '/my-enterprise/' },
            { label: '全部行业类型', link: '/sectors/' },
            { label: '金属冶炼企业', link: '/sectors/metal-smelting/' },
            { label: '涉及天然气（煤层气）的工贸企业', link: '/sectors/natural-gas/' },
            { label: '粉尘涉爆企业', link: '/sectors/dust-explosion/' },
            { label: '有限空间重点企业', link: '/sectors/confined-space/' },
            { label: '涉及冷库的企业', link: '/sectors/cold-storage/' },
            { label: '非煤矿山企业', link: '/sectors/non-coal-mine/' },
            { label: '所有冶金工贸企业', link: '/sectors/all/' },
          ],
        },
        {
          label: '判定标准和规定',
          items: [
            { label: '全部文件', link: '/criteria/' },
            { label: '工贸企业（第10号令）', link: '/criteria/mem10/' },
            { label: '金属非金属矿山', link: '/criteria/mines/' },
            { label: '有限空间（第13号令）', link: '/criteria/mem13/' },
            { label: '有限空间（GB 46768-2025）', link: '/criteria/gb46768/' },
          ],
        },
        {
          label: '企业自查',
          items: [
            { label: '逐条自查', link: '/self-check/' },
            { label: '隐患台账', link: '/self-check/register/' },
          ],
        },
        { label: '报送要求与日历', link: '/reporting/' },
        { label: '附件表格', link: '/annexes/' },
        {
          label: '汇总收到的文件',
          items: [
            { label: '汇总说明', link: '/summary/' },
            { label: '汇总附件1', link: '/summary/annex1/' },
            { label: '汇总附件2', link: '/summary/annex2/' },
            { label: '汇总附件5', link: '/summary/annex5/' },
          ],
        },
        {
          label: '有限空间',
          items: [
            { label: '风险分级与台账', link: '/confined-space/' },
            { label: '作业前检测', link: '/confined-space/gas-check/' },
            { label: '由台账汇总附件4', link: '/confined-space/ledgers/' },
          ],
        },
        { label: '培训投影', link: '/training/' },
        { label: '关于本站', link: '/about/' },
      ],
    }),
    preact(),
    // Last: runs after Starlight's Pagefind step.
    cspAndOffline(),
  ],
});
