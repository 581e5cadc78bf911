/**
 * The first screen, measured in a real browser (issue 15 item 10): a regulator who is already signed in opens the
 * dashboard's home directly on the demo county (SQLite), and we time
 *   - first card: navigation start → the first KPI card shows its figure;
 *   - complete:   navigation start → every card and chart of the home has drawn;
 * for a cold cache (a new browser context each round, as after a deploy) and a warm one (a reload of the same
 * context), on loopback and on an emulated intranet link (20 Mbit/s, 20 ms). It also reports the bytes transferred.
 *
 *   pnpm --filter @wuye/server bench:first-screen [-- --rounds 15] [-- --db /tmp/demo.sqlite]
 *
 * `--db`: a copy of an already seeded demo county is used instead of seeding one (minutes on a loaded machine).
 *
 * Needs the built dashboard (pnpm --filter @wuye/dashboard build) and Debian's chromium. Figures: docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { login, startStage } from '../test/browser/browser.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 11;
const LINKS = {
  loopback: null,
  intranet: { offline: false, latency: 20, downloadThroughput: (20 * 1024 * 1024) / 8, uploadThroughput: (20 * 1024 * 1024) / 8 },
} as const;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

async function throttle(page: Page, link: keyof typeof LINKS) {
  const conditions = LINKS[link];
  if (!conditions) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
}

/** Opens the home in `page` and returns [first card, complete] in ms from navigation start, and bytes received. */
async function openHome(page: Page, url: string, reload: boolean): Promise<{ firstCard: number; complete: number; bytes: number }> {
  let bytes = 0;
  const onResponse = (r: { headers: () => Record<string, string> }) => (bytes += Number(r.headers()['content-length'] ?? 0));
  page.on('response', onResponse);
  const start = Date.now();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(`${url}/`, { waitUntil: 'commit' });
  const card = page.getByRole('region', { name: '问题销号率' });
  await card
    .getByText(/\d+\.\d%|—/)
    .first()
    .waitFor({ timeout: 60_000 });
  const firstCard = Date.now() - start;
  await page.locator('[data-testid="kpi-chart"] svg.recharts-surface').nth(4).waitFor({ timeout: 60_000 });
  const complete = Date.now() - start;
  page.off('response', onResponse);
  return { firstCard, complete, bytes };
}

const fromDb = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
const stage = await startStage({ fromDb });
try {
  // Sign in once and keep the token, as a user who comes back to the dashboard is.
  const signIn = await stage.newPage();
  await login(signIn, stage.url, 'regulator');
  const state = await signIn.context().storageState();
  await signIn.context().close();

  console.log(
    `first screen of the regulator's home, demo county on SQLite, ${rounds} rounds each (after 1 warm-up); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('link      cache  first card p50 / p95 (ms)   complete p50 / p95 (ms)   received (cold: over the wire)');
  for (const link of Object.keys(LINKS) as (keyof typeof LINKS)[]) {
    for (const cache of ['cold', 'warm'] as const) {
      const first: number[] = [];
      const done: number[] = [];
      let bytes = 0;
      let warmContext: BrowserContext | null = null;
      let warmPage: Page | null = null;
      for (let i = 0; i <= rounds; i++) {
        let r;
        if (cache === 'cold') {
          const context = await stage.browser.newContext({
            storageState: state,
            viewport: { width: 1440, height: 900 },
            locale: 'zh-CN',
            timezoneId: 'Asia/Shanghai',
          });
          const page = await context.newPage();
          await throttle(page, link);
          r = await openHome(page, stage.url, false);
          await context.close();
        } else {
          if (!warmPage) {
            warmContext = await stage.browser.newContext({
              storageState: state,
              viewport: { width: 1440, height: 900 },
              locale: 'zh-CN',
              timezoneId: 'Asia/Shanghai',
            });
            warmPage = await warmContext.newPage();
            await throttle(warmPage, link);
            await openHome(warmPage, stage.url, false);
          }
          r = await openHome(warmPage, stage.url, true);
        }
        if (i === 0) continue; // warm-up
        first.push(r.firstCard);
        done.push(r.complete);
        bytes = r.bytes;
      }
      await warmContext?.close();
      const fmt = (xs: number[]) => `${String(quantile(xs, 0.5)).padStart(5)} / ${String(quantile(xs, 0.95)).padStart(5)}`;
      console.log(
        `${link.padEnd(9)} ${cache.padEnd(5)}  ${fmt(first).padEnd(26)}  ${fmt(done).padEnd(24)}  ${cache === 'cold' ? `${(bytes / 1024).toFixed(0)} KiB` : '(cache)'}`,
      );
    }
  }
} finally {
  await stage.stop();
}
