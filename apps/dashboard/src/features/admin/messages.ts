import type { DeepStrings } from '../../i18n/merge';

/** Administration's own texts: the scheduled jobs' runs (issue 18). A job the catalogue does not know shows its name. */
export const adminChinese = {
  resources: {
    jobRuns: {
      name: '定时任务运行记录',
      fields: {
        id: '编号',
        job: '任务',
        slot: '时段（UTC）',
        state: '状态',
        attempts: '尝试次数',
        startedAt: '开始时间',
        finishedAt: '结束时间',
        leaseUntil: '租约到期',
        instance: '运行实例',
        result: '结果',
        from: '开始不早于',
        to: '开始不晚于',
      },
    },
  },
  app: {
    jobs: {
      hint: '各实例每 5 分钟检查一次；每个任务每小时只由一个实例运行一次，失败的任务在之后的检查中由任一实例重试，最多 3 次。',
      names: {
        'credit-expiry': '信用记录到期失效',
        'closed-loop': '问题闭环提醒与逾期标记',
        'committee-reminders': '业委会换届提醒',
        'upload-cleanup': '清理未关联的上传文件',
      },
    },
  },
  enums: {
    JobRunState: { RUNNING: '运行中', SUCCEEDED: '成功', FAILED: '失败' },
  },
};

export const adminEnglish: DeepStrings<typeof adminChinese> = {
  resources: {
    jobRuns: {
      name: 'Scheduled job runs',
      fields: {
        id: 'No.',
        job: 'Job',
        slot: 'Period (UTC)',
        state: 'State',
        attempts: 'Attempts',
        startedAt: 'Started',
        finishedAt: 'Finished',
        leaseUntil: 'Lease until',
        instance: 'Instance',
        result: 'Result',
        from: 'Started from',
        to: 'Started until',
      },
    },
  },
  app: {
    jobs: {
      hint: 'Every instance checks every 5 minutes; each job runs once an hour on one instance only, and a failed run is retried by any instance on a later check, up to 3 attempts.',
      names: {
        'credit-expiry': 'Credit records expire',
        'closed-loop': 'Closed-loop reminders and overdue marks',
        'committee-reminders': 'Committee term reminders',
        'upload-cleanup': 'Remove unattached uploads',
      },
    },
  },
  enums: {
    JobRunState: { RUNNING: 'Running', SUCCEEDED: 'Succeeded', FAILED: 'Failed' },
  },
};
