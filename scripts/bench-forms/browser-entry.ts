// npm run bench 的浏览器入口：esbuild 打包后由 scripts/bench-forms.mjs 注入附件页面，挂在 globalThis.__formsBench 上。
import { benchAnnex } from './ops';

declare global {
  var __formsBench: { benchAnnex: typeof benchAnnex } | undefined;
}

globalThis.__formsBench = { benchAnnex };
