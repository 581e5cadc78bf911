import type { DeepStrings } from '../../i18n/merge';

/** The leasing KPI page (issue 14 §9; docs/leasing.md "KPIs"). */
export const leasingKpiChinese = {
  app: {
    menu: { leaseKpis: '租赁指标' },
    leasing: {
      kpis: {
        title: '租赁经营指标',
        hint: '出租率、按期收缴率、欠租及账龄、租金收入同比。按期收缴率按应交日期统计：当日或之前交清计为按期；保证金抵扣的欠租不计为按期收缴。',
        asOf: '统计日期',
        occupancy: '出租率',
        occupancyDetail: '已出租 %{let} / 共 %{units} 间；面积 %{letArea} / %{area} m²（%{areaRate}）',
        occupancyLastYear: '去年同日 %{rate}',
        collection: '按期收缴率（本年）',
        collectionDetail: '应收 %{due} 元，按期收到 %{onTime} 元；%{onTimeCount} / %{dueCount} 期按期交清',
        arrears: '欠租',
        arrearsDetail: '%{contracts} 份合同逾期未交',
        income: '租金收入（本年累计）',
        incomeDetail: '去年同期（%{lastFrom} 至 %{lastTo}）%{last} 元，同比 %{change}',
        yuan: '%{amount} 元',
        incomeChart: '各月租金收入（元）',
        thisYear: '本年',
        lastYear: '去年同期',
        collectionChart: '各月按期收缴率（按应交日期所在月份）',
        rate: '按期收缴率',
        ageingChart: '欠租账龄（元）',
        amount: '欠租金额',
        month: '%{month}月',
      },
    },
  },
};

export const leasingKpiEnglish: DeepStrings<typeof leasingKpiChinese> = {
  app: {
    menu: { leaseKpis: 'Leasing KPIs' },
    leasing: {
      kpis: {
        title: 'Leasing KPIs',
        hint: 'Occupancy, on-time collection, arrears with their ageing, rent income against last year. On-time collection counts by due date: paid in full on or before it is on time; arrears covered by the deposit are not collected on time.',
        asOf: 'As of',
        occupancy: 'Occupancy',
        occupancyDetail: '%{let} of %{units} units let; floor area %{letArea} of %{area} m² (%{areaRate})',
        occupancyLastYear: 'Same day last year %{rate}',
        collection: 'On-time collection (this year)',
        collectionDetail: 'Due %{due} yuan, received on time %{onTime} yuan; %{onTimeCount} of %{dueCount} instalments paid on time',
        arrears: 'Arrears',
        arrearsDetail: '%{contracts} contracts with rent past due',
        income: 'Rent income (year to date)',
        incomeDetail: 'Same period last year (%{lastFrom} to %{lastTo}) %{last} yuan, change %{change}',
        yuan: '%{amount} yuan',
        incomeChart: 'Rent income by month (yuan)',
        thisYear: 'This year',
        lastYear: 'Last year',
        collectionChart: 'On-time collection by month of the due date',
        rate: 'On-time collection',
        ageingChart: 'Arrears by age (yuan)',
        amount: 'Arrears',
        month: 'Month %{month}',
      },
    },
  },
};
