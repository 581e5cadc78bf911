/**
 * Saved example queries of the GraphiQL page, for analysts (docs/kpi.md). Each one is validated against the committed
 * packages/api/schema.graphql by examples.test.ts, so a schema change that breaks one fails the tests.
 */
export interface ExampleQuery {
  id: string;
  /** Shown in the examples panel. */
  title: string;
  /** One line under the title. */
  description: string;
  query: string;
  /** JSON of the variables editor, when the query has variables. */
  variables?: Record<string, unknown>;
}

/** What the editor shows on a first visit. */
export const DEFAULT_QUERY = `# 物业监管平台 GraphQL 查询（Ctrl+Enter 运行）
# 先在仪表盘登录；本页自动使用同一会话令牌。左侧“示例查询”（星形图标）中有常用统计查询。
query Overview {
  me { username displayName role permissions }
  enterprises(perPage: 10, sortField: score, sortOrder: DESC) {
    total
    items { name uscc score grade listStatus township { name } }
  }
}
`;

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'county-kpis',
    title: '全县各项指标（某月）',
    description: '全县 KPI：实际值、目标、达标情况、上期值与变化',
    query: `# 全县各项 KPI（月度）
# period 可写 "2026-10"（月）、"2026Q4"（季度）、"2026"（年）或 "2026-03-10~2026-03-31"（自定义）
# value：比例为 0–1 的小数，计数为整数；status：MET 达标 / MISSED 未达标 / NO_TARGET 无目标 / NO_DATA 无数据
query CountyKpis($period: String!) {
  kpis(period: $period) {
    period
    from
    to
    previousPeriod
    rows {
      kpis {
        code
        value
        numerator
        denominator
        target
        status
        previous
        change
        improved
      }
    }
    definitions {
      code
      name
      numerator
      denominator
      target
    }
  }
}
`,
    variables: { period: '2026-10' },
  },
  {
    id: 'kpi-by-township-month',
    title: '按乡镇、按月的指标',
    description: '销号率、按期整改率、逾期问题数：各乡镇（街道）逐月对比',
    query: `# 按乡镇（街道）和月份分组的 KPI
# groupBy 最多取 TOWNSHIP / DEPARTMENT / ENTERPRISE 之一，另可加 MONTH（不超过 36 个月）
# 可加 filter: { category: ELEVATOR } 只看某一类问题
query KpiByTownshipAndMonth($period: String!) {
  kpis(period: $period, groupBy: [TOWNSHIP, MONTH]) {
    period
    rows {
      groupName
      month
      kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {
        code
        value
        numerator
        denominator
        status
      }
    }
  }
}
`,
    variables: { period: '2026Q3' },
  },
  {
    id: 'issues-by-category',
    title: '问题按类别统计',
    description: '某时段登记的问题数，按类别分组，含已销号、逾期、挂牌督办数',
    query: `# 问题按类别统计（aggregates）
# measures：closed 已销号、overdue 逾期、flagged 挂牌督办
# groupBy 最多两个维度，例如 [TOWNSHIP, CATEGORY]；filter 可加 townshipId、departmentId、state 等
query IssuesByCategory($from: Date, $to: Date) {
  aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: { from: $from, to: $to }) {
    keys
    labels
    count
    measures {
      name
      value
    }
  }
}
`,
    variables: { from: '2026-01-01', to: '2026-12-31' },
  },
  {
    id: 'complaints-by-channel',
    title: '投诉按渠道统计',
    description: '12345 热线、来信来访等各渠道受理的投诉数及响应、回访情况',
    query: `# 投诉按受理渠道统计（aggregates）
# measures：responded 已首次响应、collective 集体投诉、dissatisfied 回访不满意
query ComplaintsByChannel($from: Date, $to: Date) {
  aggregates(subject: COMPLAINTS, groupBy: [CHANNEL], filter: { from: $from, to: $to }) {
    keys
    labels
    count
    measures {
      name
      value
    }
  }
}
`,
    variables: { from: '2026-01-01', to: '2026-12-31' },
  },
  {
    id: 'credit-records-by-item',
    title: '信用记录按事项代码统计',
    description: '各信用事项（A1…、B1…）的记录数与分值合计',
    query: `# 信用记录按评分标准事项代码统计（aggregates）
# measures：points 分值合计、negative 扣分记录数；filter: { state: "CONFIRMED" } 只看已确认的记录
query CreditRecordsByItem {
  aggregates(subject: CREDIT_RECORDS, groupBy: [ITEM_CODE]) {
    keys
    labels
    count
    measures {
      name
      value
    }
  }
}
`,
  },
  {
    id: 'ranking-top10',
    title: '信用排名前 10 名',
    description: '当前信用分最高的 10 家物业服务企业',
    query: `# 信用排名前 10 名（可加 asOf: "2026-09-30" 查看历史某日的排名，townshipId 限定乡镇）
query RankingTop10 {
  ranking(page: 1, perPage: 10) {
    asOf
    total
    items {
      rank
      name
      uscc
      townshipName
      score
      grade
      listStatus
    }
  }
}
`,
  },
  {
    id: 'overdue-issues',
    title: '逾期问题清单',
    description: '已过整改期限仍未销号的问题，最早到期的在前',
    query: `# 逾期问题清单：未销号且整改期限已过（按上海时区的日期计算）
query OverdueIssues {
  issues(filter: { overdue: true }, sortField: deadline, sortOrder: ASC, perPage: 50) {
    total
    items {
      id
      title
      category
      state
      deadline
      daysOverdue
      flagged
      township {
        name
      }
      community {
        name
      }
      enterprise {
        name
      }
      department {
        name
      }
    }
  }
}
`,
  },
  {
    id: 'published-bulletins',
    title: '已发布的月通报',
    description: '月通报列表（status 为 PUBLISHED 的已发布），含打印与下载地址',
    query: `# 月通报：已发布的（PUBLISHED）任何人可看，草稿只有住建局和数据分析人员可见
# 单期内容：bulletin(month: "2026-10") { snapshot }
query Bulletins {
  bulletins {
    id
    month
    status
    publishedOn
    printUrl
    downloadUrl
  }
}
`,
  },
];

/** The text of the variables editor for an example. */
export const variablesText = (example: ExampleQuery): string => (example.variables ? JSON.stringify(example.variables, null, 2) : '');
