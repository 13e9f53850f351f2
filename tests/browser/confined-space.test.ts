// 有限空间的浏览器测试（先 npm run build）：给一个有限空间分级（理由、条款、本站理解），改等级须写理由，
// 加入台账（附件3草稿），在附件3页面下载 Excel：第一张表是附件3原样，第二张是“分级依据”；手机宽度不横向滚动。
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { hasHorizontalScroll, openPage, projectRoot, screens, siteAndBrowser } from './harness';

const { site, browser } = siteAndBrowser();

const desktop = screens.desktop;

async function describeSpace(page: Page, name: string, type: string) {
  await page.getByLabel('有限空间名称').fill(name);
  await page.getByLabel('位置').fill('污水处理站');
  await page.getByLabel('数量（处）').fill('2');
  await page.getByLabel('类型').selectOption({ label: type });
}

describe('有限空间风险分级 → 台账 (附件3)', () => {
  let ctx: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let externalRequests: string[];
  beforeAll(async () => {
    ctx = await browser.newContext(desktop);
    ({ page, consoleErrors, externalRequests } = await openPage(ctx, site.url, '/confined-space/'));
    await page.locator('.grading[data-ready="true"]').waitFor();
  });
  afterAll(async () => ctx?.close());

  it('grades a 污水井 高 with the rule, the clause quoted, 本站理解 and the 参考分级 notice', async () => {
    await describeSpace(page, '1号污水井', '污水井');
    // Picking the type ticks the gases the plan names for it.
    await expect.poll(() => page.getByLabel('硫化氢').isChecked()).toBe(true);
    await page.getByLabel('外包').check();
    const result = page.locator('.grading-result');
    await expect.poll(() => result.locator('.grade-badge').getAttribute('data-grade')).toBe('高');
    const text = await result.innerText();
    expect(text).toContain('存在硫化氢、一氧化碳等中毒风险');
    expect(text).toContain('第10号令第十三条：“存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业');
    expect(text).toContain('本站理解');
    expect(text).toContain('参考分级');
    // What the grade means: 作业方案, 第十三条 items, outsourcing duties, with links into the plan.
    expect(text).toContain('经本企业主要负责人或者其书面委托的人员进行审批后实施');
    expect(text).toContain('先通风、再检测、后作业');
    expect(text).toContain('发包单位和作业单位均要履行审批程序');
    expect(
      await result.locator('a[href="/plan/#confined-approval-procedure"]:not(.grading-basis-link)').count(),
    ).toBe(1);
    expect(await result.locator('a[href="/plan/#confined-outsourcing"]').count()).toBe(1);
    // …and the rule's own quote of the plan links to it too (查看原文).
    expect(
      await result.locator('.grading-basis-link[href="/plan/#confined-approval-procedure"]').count(),
    ).toBe(1);
  });

  it('changes a grade only with a written reason', async () => {
    await page.getByText('认为等级不合适？').click();
    await page.getByLabel('改为').selectOption('中');
    const result = page.locator('.grading-result');
    await expect.poll(() => result.innerText()).toContain('改变风险等级必须写明理由');
    expect(await page.getByRole('button', { name: '加入台账' }).count()).toBe(0);
    await page.getByLabel(/^理由/).fill('已永久封堵，仅外壁检修');
    await expect.poll(() => result.locator('.grade-badge').getAttribute('data-grade')).toBe('中');
    expect(await result.innerText()).toContain('规则得出 高');
  });

  it('adds the space to the 台账 and lists it for regrading', async () => {
    await page.getByRole('button', { name: '加入台账' }).click();
    await expect
      .poll(() => page.locator('.grading-result [role="status"]').innerText())
      .toContain('已加入台账第 1 行');
    expect(await page.locator('.ledger-rows').innerText()).toContain('1号污水井');
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('the 台账 download has the clean 附件3 sheet and a second sheet 分级依据 with the reason kept', async () => {
    const annex = await openPage(ctx, site.url, '/annexes/annex3/');
    const p = annex.page;
    await p.locator('.annex-form[data-ready="true"]').waitFor();
    await p.getByLabel(/^企业名称/).fill('晋城某机械有限公司');
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    expect(wb.SheetNames).toHaveLength(2);
    expect(wb.SheetNames[1]).toBe('分级依据');
    const official = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    const row = official.find((r) => r.includes('1号污水井'))!;
    expect(row).toEqual(
      [1, '1号污水井', '污水处理站', 2, '硫化氢、一氧化碳、二氧化碳', undefined, '外包作业', '中'].slice(
        0,
        row.length,
      ),
    );
    expect(JSON.stringify(official)).not.toContain('已永久封堵');
    // …but it says, under its 备注, that the 风险等级 there is the site's 参考分级.
    expect(JSON.stringify(official)).toContain(
      '说明（本站理解）：各行的风险等级由本站“有限空间风险分级”页按参考规则给出，是参考分级',
    );
    const reasons = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['分级依据']!, { header: 1 });
    const text = JSON.stringify(reasons);
    expect(text).toContain('已永久封堵，仅外壁检修');
    expect(text).toContain('第十三条');
    expect(text).toContain('本站理解');
    await p.close();
  });
});

describe('有限空间: what the texts say, and what is the site’s reading', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, site.url, '/confined-space/'));
    await page.locator('.grading[data-ready="true"]').waitFor();
  });
  afterAll(() => page?.close());
  const result = () => page.locator('.grading-result');

  it('gives 第13号令第六条 as the 台账 duty (no 风险等级 in it), and 附件3 as a reference form', async () => {
    const intro = (await page.locator('.grading-intro').innerText()).replace(/\s+/g, '');
    expect(intro).toContain(
      '建立有限空间管理台账的依据是第13号令第六条第一款：“工贸企业应当对有限空间进行辨识，建立有限空间管理台账，明确有限空间数量、位置以及危险因素等信息，并及时更新。”这一条没有要求写风险等级。',
    );
    expect(intro).toContain('《XX有限空间管理台账（参考）》是参考格式');
    expect(intro).not.toContain('方案要求有限空间重点企业建立台账');
  });

  it('窒息 (缺氧) is 中 and cites 第13号令第七条第二款, not 第十三条', async () => {
    await describeSpace(page, '2号地坑', '地坑');
    await page.getByLabel('缺氧').check();
    await expect.poll(() => result().locator('.grade-badge').getAttribute('data-grade')).toBe('中');
    expect(await result().locator('[data-meaning="poisoning"]').count()).toBe(0);
    const asphyxiation = await result().locator('[data-meaning="asphyxiation"]').innerText();
    expect(asphyxiation).toContain('第10号令第十三条写的是“中毒风险”，没有写窒息');
    expect(asphyxiation).toContain(
      '第13号令第七条第二款：“对于存在硫化氢、一氧化碳、二氧化碳等中毒和窒息等风险',
    );
    // Each quoted clause of the rule links to its article (issue 20).
    const links = await result()
      .locator('.grading-reasons .grading-basis-link')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links)
      expect(href).toMatch(/^\/(criteria\/(mem10|mem13|gb46768)\/#[a-z0-9-]+|plan\/#[a-z0-9-]+)$/);
    // The tier's logic is shown, marked as the site's reading.
    expect(await result().locator('.grading-tier').innerText()).toMatch(
      /^本站理解\s*规则定为中的思路：第13号令第七条第二款/,
    );
    await page.getByLabel('缺氧').uncheck();
  });

  it('a 低 space still needs approval and a risk assessment; the 作业方案 sentence is for 高、中 only', async () => {
    await page.getByLabel('类型').selectOption({ label: '炉窑' });
    await page.getByLabel('高温').check();
    await expect.poll(() => result().locator('.grade-badge').getAttribute('data-grade')).toBe('低');
    const low = await result().locator('[data-meaning="low"]').innerText();
    expect(low).toContain('只针对“高、中等级风险有限空间作业”');
    expect(low).toContain('不分等级');
    const every = await result().locator('[data-meaning="every-grade"]').innerText();
    expect(every).toContain(
      '第13号令第七条第三款：“未经工贸企业确定的作业审批人批准，不得实施有限空间作业。”',
    );
    expect(every).toContain('GB 46768-2025 5.1.1');
    await page.getByLabel('高温').uncheck();
  });

  it('the 建材 spaces 第六条（二）（四） names are 高, with those 情形 quoted', async () => {
    await page.getByLabel('类型').selectOption({ label: '筒型储库' });
    await expect.poll(() => page.getByLabel('高处坠落').isChecked()).toBe(true);
    await expect.poll(() => result().locator('.grade-badge').getAttribute('data-grade')).toBe('高');
    const text = await result().locator('[data-meaning="building-materials"]').innerText();
    expect(text).toContain(
      '第10号令第六条（二）：“筒型储库人工清库作业未落实清库方案中防止高处坠落、坍塌等安全措施的',
    );
    expect(await result().innerText()).toContain('其他行业的同类设备，本站同样定为高');
  });
});

describe('有限空间风险分级 on a 390 px phone', () => {
  it('fits the screen', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, '/confined-space/', { width: 390 });
    await page.locator('.grading[data-ready="true"]').waitFor();
    await describeSpace(page, '2号地坑', '地坑');
    await page.getByLabel('缺氧').check();
    await expect.poll(() => page.locator('.grade-badge').getAttribute('data-grade')).toBe('中');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  for (const path of ['/confined-space/gas-check/', '/confined-space/ledgers/'])
    it(`${path} fits the screen`, async () => {
      const { page, consoleErrors } = await openPage(browser, site.url, path, { width: 390 });
      await page.locator('[data-ready="true"]').waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
});

describe('有限空间风险分级: nothing replaces a 台账 row by surprise; a reload keeps the form (390 px phone)', () => {
  let page: Page;
  let consoleErrors: string[];
  const rows = () => page.locator('.ledger-rows li');
  const message = () => page.locator('.grading-message').innerText();
  beforeAll(async () => {
    ({ page, consoleErrors } = await openPage(browser, site.url, '/confined-space/', { width: 390 }));
    await page.locator('.grading[data-ready="true"]').waitFor();
  });
  afterAll(() => page?.context().close());

  it('adds two spaces in a row: two rows, and the form is empty after each', async () => {
    await describeSpace(page, '1号污水井', '污水井');
    await page.getByRole('button', { name: '加入台账' }).click();
    await expect.poll(message).toContain('已加入台账第 1 行（1号污水井');
    expect(await page.getByLabel('有限空间名称').inputValue()).toBe('');
    // The only main button is 加入台账 again, not "更新…".
    await describeSpace(page, '2号储罐', '储罐');
    expect(await page.getByRole('button', { name: /更新|保存第/ }).count()).toBe(0);
    await page.getByRole('button', { name: '加入台账' }).click();
    await expect.poll(message).toContain('已加入台账第 2 行（2号储罐');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().nth(0).innerText()).toContain('1号污水井');
    expect(await rows().nth(1).innerText()).toContain('2号储罐');
  });

  it('editing row 1 is a visible mode; a changed name asks 更新还是新增, and 新增一行 keeps row 1', async () => {
    await rows().nth(0).getByRole('button').click();
    await expect
      .poll(() => page.locator('.editing-notice').first().innerText())
      .toContain('正在修改台账第 1 行（1号污水井）');
    await expect.poll(() => page.getByRole('button', { name: '保存第 1 行' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '取消', exact: true }).count()).toBe(1);
    await page.getByLabel('有限空间名称').fill('3号污水井');
    await page.getByRole('button', { name: '保存第 1 行' }).click();
    const ask = page.locator('.grading-ask');
    await expect.poll(() => ask.innerText()).toContain('更新第 1 行还是新增一行？');
    expect(await rows().count()).toBe(2);
    // While asking, the only 取消 is the question's own (no second one below it).
    expect(await page.getByRole('button', { name: '取消', exact: true }).count()).toBe(1);
    await ask.getByRole('button', { name: '新增一行' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    expect(await rows().nth(0).innerText()).toContain('1号污水井');
    expect(await rows().nth(2).innerText()).toContain('3号污水井');
  });

  it('saving an edited row with the same name updates it after no question; 取消 leaves it alone', async () => {
    await rows().nth(1).getByRole('button').click();
    await expect.poll(() => page.getByRole('button', { name: '保存第 2 行' }).count()).toBe(1);
    await page.getByLabel('位置').fill('原料库');
    await page.getByRole('button', { name: '保存第 2 行' }).click();
    await expect.poll(message).toContain('已更新台账第 2 行（2号储罐');
    expect(await rows().count()).toBe(3);
    await rows().nth(0).getByRole('button').click();
    await page.getByLabel('有限空间名称').fill('改错了');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await expect.poll(message).toContain('已取消修改，台账第 1 行没有改动');
    expect(await rows().nth(0).innerText()).toContain('1号污水井');
    expect(await page.getByLabel('有限空间名称').inputValue()).toBe('');
  });

  it('a half-described space survives a reload (WeChat reloads pages when the user switches apps)', async () => {
    await page.getByLabel('有限空间名称').fill('4号地坑');
    await page.getByLabel('位置').fill('铸造车间');
    await page.getByLabel('类型').selectOption({ label: '地坑' });
    await page.reload();
    await page.locator('.grading[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByLabel('有限空间名称').inputValue()).toBe('4号地坑');
    expect(await page.getByLabel('位置').inputValue()).toBe('铸造车间');
    expect(await page.locator('.grading-form').innerText()).toContain('已恢复上次没有加入台账的描述');
    expect(await rows().count()).toBe(3);
    expect(consoleErrors).toEqual([]);
  });
});

describe('作业前检测 (GB 46768-2025 5.9.1)', () => {
  it('says whether readings meet 5.9.1’s entry conditions, with the clause, takes limits from the user, keeps the readings and prints a record', async () => {
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/confined-space/gas-check/');
    await page.locator('.gas-check[data-ready="true"]').waitFor();
    const result = page.locator('.gas-result');
    // A reading without its limit gets no verdict: the site has no number of its own.
    await page.locator('.gas-toxic').first().getByLabel('读数', { exact: true }).fill('3');
    expect(await result.innerText()).toContain('请按所依据的标准填写限值（本站不提供限值）');
    await page.getByLabel('检测时间').fill('2026-06-01T08:30');
    await page.getByLabel('检测地点').fill('污水处理站');
    await page.getByLabel('氧含量（% VOL）').fill('19.5');
    await page.getByLabel('可燃性气体浓度（% LEL）').fill('10');
    for (const i of [0, 1]) {
      const box = page.locator('.gas-toxic').nth(i);
      await box.getByLabel('读数', { exact: true }).fill('0');
      await box.getByLabel('限值', { exact: true }).fill('10');
      await box.getByLabel(/^单位/).fill('mg/m³');
      await box.getByLabel('限值所依据的标准').fill('GBZ 2.1-2019');
    }
    await expect.poll(() => result.locator('.gas-verdict').getAttribute('data-verdict')).toBe('符合');
    const text = await result.innerText();
    // Not “合格” nor “可以进入”: 5.9.1 is a necessary condition only; what else 5.x asks is listed.
    expect(await result.locator('.gas-verdict').innerText()).toBe(
      '检测结果符合 GB 46768-2025 5.9.1 的准入条件。',
    );
    expect(text).not.toMatch(/合格|可以进入/);
    const entry = await result.locator('[data-entry]').innerText();
    for (const [label, clause] of [
      ['作业审批', '5.2.1'],
      ['安全隔离', '5.6.1'],
      ['进入确认', '6.1'],
      ['持续通风', '6.2.4'],
      ['个体防护', '5.12.4'],
    ])
      expect(entry).toContain(`${label}（${clause}）：“`);
    expect(text).toContain('5.9.1 a)：“a) 氧含量为19.5% VOL~23.5% VOL”');
    expect(text).toContain('5.9.1 b)：“b) 可燃性气体浓度不大于爆炸下限(LEL)的10%”');
    expect(text).toContain('GBZ 2.1-2019');
    // 5.9.1 c): PC-TWA only when the standard has neither MAC nor PC-STEL for the gas — the user says so.
    const second = page.locator('.gas-toxic').nth(1);
    await second.getByLabel('限值类别').selectOption({ label: '时间加权平均容许浓度' });
    await expect
      .poll(() => result.innerText())
      .toContain('先用最高容许浓度或短时间接触容许浓度，两者都没有时才用时间加权平均容许浓度');
    await second.getByLabel(/该气体没有最高容许浓度和短时间接触容许浓度/).check();
    await expect.poll(() => result.locator('.gas-verdict').getAttribute('data-verdict')).toBe('符合');
    await page.getByLabel('氧含量（% VOL）').fill('19.4');
    await expect.poll(() => result.locator('.gas-verdict').getAttribute('data-verdict')).toBe('不符合');
    expect(await result.locator('.gas-verdict').innerText()).toBe(
      '检测结果不符合 GB 46768-2025 5.9.1 的准入条件，不应实施作业。',
    );
    expect(await result.locator('[data-line="oxygen"]').innerText()).toContain('不符合');
    // Several points (5.8.6): the worst reading is typed; the points' positions go on the record.
    expect(await page.locator('.gas-form').innerText()).toContain('填写各检测点中最不利的读数');
    await page.getByLabel('第 1 个检测点的检测位置').fill('井口下 0.5 m');
    await page.getByLabel('第 2 个检测点的检测位置').fill('井中部');
    expect(await page.locator('.gas-points-note').innerText()).toContain(
      '不少于 3 个检测点，已填写 2 个检测位置',
    );
    await page.getByLabel('检测方向').selectOption('vertical-short');
    await expect.poll(() => page.locator('.gas-points-note').count()).toBe(0);
    await page.getByLabel('检测方向').selectOption('vertical');
    // The record asks for 检测人 and 监护人 before printing.
    await page.getByRole('button', { name: '打印检测记录' }).click();
    expect(await page.locator('.gas-print-problems').innerText()).toContain('请填写检测人');
    // Printing from the browser's menu bypasses the button: the page then prints only what is missing.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.gas-result').isVisible()).toBe(false);
    expect(await page.locator('.print-blocked').innerText()).toContain('检测记录还不能打印：请填写检测人');
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('检测人', { exact: true }).fill('王检测');
    await page.getByLabel('监护人').fill('李监护');
    await page.reload();
    await page.locator('.gas-check[data-ready="true"]').waitFor();
    expect(await page.getByLabel('氧含量（% VOL）').inputValue()).toBe('19.4');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.gas-form').isVisible()).toBe(false);
    const printed = await page.locator('.gas-result').innerText();
    expect(printed).toContain('有限空间作业前气体检测记录');
    expect(printed).toContain('2026年6月1日 08:30');
    expect(printed).toContain('检测结果不符合 GB 46768-2025 5.9.1 的准入条件');
    // Each point's position, blank cells for its readings, a line for the 检测人员 to sign (5.8.7).
    const rows = page.locator('.gas-print-points tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toContain('井口下 0.5 m');
    expect(await page.locator('.gas-print-points thead').innerText()).toContain('硫化氢（mg/m³）');
    expect(printed).toContain('检测人员（签字）');
    expect(printed).toContain('王检测');
    expect(await page.locator('.print-blocked').isVisible()).toBe(false);
    expect(printed).toContain('5.8.7：“气体检测结果应如实记录');
    expect(await page.locator('[data-entry]').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('作业前检测: one gas being typed does not hide the verdict of the others; the record survives a reload', () => {
  it('O₂ 18.0 stays 不符合 while H₂S has only a reading; H₂S says 未完成 and what it lacks', async () => {
    const ctx = await browser.newContext({ ...desktop, viewport: { width: 390, height: 844 } });
    const { page, consoleErrors } = await openPage(ctx, site.url, '/confined-space/gas-check/');
    await page.locator('.gas-check[data-ready="true"]').waitFor();
    const result = page.locator('.gas-result');
    await page.getByLabel('氧含量（% VOL）').fill('18.0');
    await expect.poll(() => result.locator('.gas-verdict').getAttribute('data-verdict')).toBe('不符合');
    await page.locator('.gas-toxic').first().getByLabel('读数', { exact: true }).fill('3');
    await page.locator('.gas-toxic').first().getByLabel('限值', { exact: true }).fill('10');
    // Still a verdict, still 不符合 for O₂; H₂S is 未完成 with its missing unit and standard.
    await expect.poll(() => result.locator('[data-line="toxic-1"]').innerText()).toContain('未完成');
    expect(await result.locator('.gas-verdict').getAttribute('data-verdict')).toBe('不符合');
    expect(await result.locator('[data-line="oxygen"]').innerText()).toContain('不符合');
    expect(await result.locator('[data-line="toxic-1"]').innerText()).toContain('请填写读数和限值的单位');
    // On the phone the table stacks; each cell says what it is.
    expect(
      await result
        .locator('[data-line="toxic-1"] td[data-label="判定"]')
        .evaluate((el) => getComputedStyle(el, '::before').content),
    ).toBe('"判定："');
    await page.getByLabel('检测人', { exact: true }).fill('王检测');
    await page.reload();
    await page.locator('.gas-check[data-ready="true"]').waitFor();
    expect(await page.getByLabel('氧含量（% VOL）').inputValue()).toBe('18.0');
    expect(await page.getByLabel('检测人', { exact: true }).inputValue()).toBe('王检测');
    expect(await page.locator('.gas-toxic').first().getByLabel('读数', { exact: true }).inputValue()).toBe(
      '3',
    );
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});

describe('附件4 from three 台账 files', () => {
  it('reads the files, lets the 行业领域 be corrected, checks 附件4 cell by cell and opens it in the form', async () => {
    const { toSheet } = await import('../../src/lib/table/sheet');
    const { workbookBytes } = await import('../../src/lib/table/xlsx-write');
    const { loadLayoutsFromFiles } = await import('../../src/lib/table/load-layouts-node');
    const { ledgerData } = await import('../../src/lib/confined-space/ledger-fixtures');
    const layouts = loadLayoutsFromFiles(projectRoot);
    const xlsx = async (enterprise: string, rows: [string, string, string][]) =>
      Buffer.from(
        await workbookBytes([toSheet(layouts.annex3, ledgerData(layouts.annex3, enterprise, rows))]),
      );
    const files = [
      {
        name: '甲食品.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await xlsx('晋城甲食品有限公司', [
          ['1号污水井', '2', '高'],
          ['发酵池', '3', '中'],
        ]),
      },
      {
        name: '乙.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await xlsx('晋城乙有限公司', [
          ['煤气管道', '4', '高'],
          ['地坑', '5', '低'],
        ]),
      },
      {
        name: '丙.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await xlsx('晋城丙机械有限公司', [
          ['储罐', '1', '中'],
          ['沉淀池', '2', ''],
        ]),
      },
    ];
    const ctx = await browser.newContext(desktop);
    const { page, consoleErrors } = await openPage(ctx, site.url, '/confined-space/ledgers/');
    await page.locator('.ledger-stats[data-ready="true"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(files);
    await expect.poll(() => page.locator('.file-drop-progress').innerText()).toContain('已读取 3 个文件');
    // 乙 says nothing about its industry: not counted until chosen.
    expect(await page.locator('tr[data-status="unassigned"] th').innerText()).toBe('乙.xlsx');
    expect(await page.locator('tr[data-status="error"]').innerText()).toContain('风险等级为空');
    await page.getByLabel('乙.xlsx 的行业领域').selectOption('机械（高炉企业）');
    await expect
      .poll(() => page.locator('.ledger-total').innerText())
      .toContain('合计包括 2 个台账文件（共 3 个，1 个未计入）');
    const grid = await page
      .locator('.annex4-preview tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.trim())),
      );
    // The preview is the 附件4 sheet itself (the same model as the Excel): 监管部门 included.
    const numbers = (label: string) => grid.find((r) => r.includes(label))!.slice(-5);
    expect(numbers('轻工（农副产品加工、食品制造、印染）')).toEqual(['1', '5', '2', '3', '0']);
    expect(numbers('机械（高炉企业）')).toEqual(['1', '9', '4', '0', '5']);
    expect(numbers('合计')).toEqual(['2', '14', '6', '3', '5']);
    expect(await page.locator('.annex4-preview thead').innerText()).toContain('监管部门');
    // A reload (WeChat reloads a page when the user switches apps) keeps the read results and the choice.
    await page.reload();
    await page.locator('.ledger-stats[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.ledger-restored').count()).toBe(1);
    expect(await page.locator('.ledger-restored').innerText()).toContain(
      '已恢复上次加入的 3 个文件的读取结果',
    );
    expect(await page.locator('.ledger-total').innerText()).toContain(
      '合计包括 2 个台账文件（共 3 个，1 个未计入）',
    );
    expect(await page.getByLabel('乙.xlsx 的行业领域').inputValue()).toBe('机械（高炉企业）');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载附件4/ }).click(),
    ]);
    const wb = XLSX.read(fs.readFileSync((await download.path())!));
    expect(wb.SheetNames[1]).toBe('来源文件');
    const official = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    const row = (label: string) =>
      official.find((r) => r.includes(label))!.filter((v) => v !== undefined && v !== null && v !== '');
    expect(row('轻工（农副产品加工、食品制造、印染）')).toEqual([
      '应急管理局',
      '轻工（农副产品加工、食品制造、印染）',
      1,
      5,
      2,
      3,
      0,
    ]);
    expect(row('机械（高炉企业）')).toEqual(['机械（高炉企业）', 1, 9, 4, 0, 5]);
    expect(row('合计')).toEqual(['合计', 2, 14, 6, 3, 5]);
    const sources = JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets['来源文件']!, { header: 1 }));
    for (const f of files) expect(sources).toContain(f.name);
    // 在表单中打开: an empty 附件4 draft is filled without asking; one with content asks first.
    await page.getByRole('button', { name: '在表单中打开' }).click();
    await page.waitForURL(/\/annexes\/annex4\/$/);
    await page.locator('.annex-form[data-ready="true"]').waitFor();
    expect(await page.locator('.annex-form').innerText()).toContain('14');
    await page.goBack();
    await page.locator('.ledger-stats[data-ready="true"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(files.slice(0, 1));
    await page.getByRole('button', { name: '在表单中打开' }).click();
    expect(await page.getByRole('alertdialog').innerText()).toContain('替换');
    await page.getByRole('button', { name: '取消' }).click();
    expect(page.url()).toMatch(/ledgers\/$/);
    expect(consoleErrors).toEqual([]);
    await ctx.close();
  });
});
