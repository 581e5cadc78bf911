import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourSlot, runScheduledJob, clock } from '@wuye/db';
import { periodicJobs, schedulerTick } from '../../src/jobs.js';
import { login, shot, startStage, type Stage } from './browser.js';

/** Issue 18: administrators see the scheduled jobs' last runs — which ran, on which instance, and which failed and why. */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
  // What `serve` does every five minutes: each job's hour claimed and run by this instance.
  await schedulerTick(
    stage.orm,
    periodicJobs(stage.orm, '/nonexistent-upload-dir', () => undefined),
    'app-1:4242',
    () => undefined,
  );
  // A job that fails on its instance, for the administrator to find.
  const now = clock.now();
  await runScheduledJob(
    stage.orm.em,
    { name: 'committee-reminders', run: async () => Promise.reject(new Error('通知服务不可用')) },
    {
      slot: hourSlot(new Date(now.getTime() - 3_600_000)),
      now: new Date(now.getTime() - 3_600_000),
      instance: 'app-2:777',
    },
  );
});
afterAll(async () => stage?.stop());

describe('admin: scheduled jobs', () => {
  it('opens 定时任务运行记录 from the menu and reads each job in words with its outcome', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'admin');
    await page.getByRole('menuitem', { name: /定时任务运行记录/ }).click();
    await page.waitForURL((u) => u.hash.includes('/jobRuns'), { timeout: 20_000 });
    const table = page.getByRole('table');
    // A header row, one run of each of the platform's jobs, and the failed run.
    const jobs = periodicJobs(stage.orm, '/nonexistent-upload-dir', () => undefined).length;
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + jobs + 1);
    for (const name of ['信用记录到期失效', '问题闭环提醒与逾期标记', '清理未关联的上传文件', '逾期租金标记（待组长确认解除）', '已结束月份的 KPI 汇总']) {
      await expect.poll(() => table.getByRole('cell', { name, exact: true }).count()).toBe(1);
    }
    expect(await table.getByRole('cell', { name: '业委会换届提醒', exact: true }).count()).toBe(2);
    expect(await table.getByText('成功', { exact: true }).count()).toBe(jobs);
    expect(await table.getByText('失败', { exact: true }).count()).toBe(1);
    await shot(page, 'admin-job-runs');
  });

  it('filters the failed runs and opens one to read why, without a stack trace', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'admin');
    await page.goto(`${stage.url}/#/jobRuns`);
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '失败' }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 1);
    await table.getByRole('cell', { name: '业委会换届提醒', exact: true }).click();
    await page.waitForURL((u) => /\/jobRuns\/\d+\/show/.test(u.hash), { timeout: 20_000 });
    await expect.poll(() => page.getByText('通知服务不可用', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('app-2:777').isVisible()).toBe(true);
  });

  it('is not in a regulator’s menu', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await expect.poll(() => page.getByRole('menuitem', { name: /审计日志|通知/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('menuitem', { name: /定时任务运行记录/ }).count()).toBe(0);
  });

  it('made no request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
