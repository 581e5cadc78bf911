import { copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { DEMO_REFERENCE_DATE, clock, openOrm } from '@wuye/db';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logging.js';
import { chromiumPath, DEMO_PASSWORD } from '../test/browser/browser.js';

clock.startAt(new Date(`${DEMO_REFERENCE_DATE}T09:00:00+08:00`));
copyFileSync('/tmp/f15b-demo.sqlite', '/tmp/f15b-explore.sqlite');
const orm = await openOrm({ sqlitePath: '/tmp/f15b-explore.sqlite' });
const { app } = await createApp({ orm, databaseKind: 'sqlite', dashboardDir: new URL('../../dashboard/dist', import.meta.url).pathname, logError: (e) => console.error(e), logger: createLogger({ level: 'warn' }) });
const server = createServer(app);
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const user = process.argv[2] ?? 'regulator';
const locale = process.argv[3] ?? 'en';
const paths = process.argv.slice(4);
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
const page = await ctx.newPage();
await page.addInitScript('window.__name = (f) => f');
page.on('pageerror', (e) => console.error('page error', e.message));
await page.goto(`${url}/`);
await page.getByLabel(/用户名/).fill(user);
await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
await page.getByRole('button', { name: '登录' }).click();
await page.waitForURL((u) => !u.hash.includes('login'));
await page.evaluate((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
for (const p of paths) {
  await page.goto(`${url}/#${p}`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const report = await page.evaluate(() => {
    const out: string[] = [];
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const x of r.getClientRects()) if (x.width > 0) tops.add(Math.round(x.top / 4));
      }
      return tops.size;
    };
    for (const th of document.querySelectorAll('th')) {
      if (lines(th) > 1) out.push(`WRAPPED HEADER: ${th.textContent}`);
    }
    for (const td of document.querySelectorAll('td')) {
      const t = td.textContent ?? '';
      if (/^\s*\d{4}-\d{2}-\d{2}[\d: ]*$/.test(t) && lines(td) > 1) out.push(`WRAPPED DATE: ${t}`);
    }
    for (const chip of document.querySelectorAll('.MuiChip-root')) {
      const label = chip.querySelector('.MuiChip-label') as HTMLElement | null;
      if (label && label.scrollWidth > label.clientWidth + 1) out.push(`CLIPPED CHIP: ${chip.textContent}`);
    }
    const text = document.querySelector('main')?.innerText ?? document.body.innerText;
    const codes = [...new Set(text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]{4,}\b|\b[A-Z]\d{1,2}\b|\b(app|resources|enums|ra)\.[a-zA-Z.]+/g) ?? [])];
    if (codes.length) out.push(`CODES: ${codes.join(' ')}`);
    return out;
  });
  console.log(`== ${p}\n${report.slice(0, 25).join('\n')}`);
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/f15b-${p.replace(/\W/g, "_")}.png`, fullPage: !!process.env.FULL });
}
await browser.close();
server.close();
await orm.close(true);
