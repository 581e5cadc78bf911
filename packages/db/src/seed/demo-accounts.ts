import type { AgencyPosition, Role } from '@wuye/domain';

/**
 * The demo logins, as plain data. The dashboard's login page keeps its own copy (it does not import the database
 * package); apps/server/test/demo-accounts.test.ts holds the two lists equal.
 */

export const DEMO_PASSWORD = 'Demo@2026pass';

/** The two firms the enterprise demo logins belong to (ids 1 and 2). */
export const DEMO_ENTERPRISE_1 = { name: '青溪县安居物业服务有限公司', township: '城关镇' } as const;
export const DEMO_ENTERPRISE_2 = { name: '浙江恒泰物业管理有限公司', township: '东城街道' } as const;
/** The agency whose property working group the AGENCY demo logins belong to (issue 14). */
export const DEMO_AGENCY = { name: '青溪县机关事务服务中心', groupName: '物业管理工作组' } as const;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Name of the township, department, enterprise or agency the account is scoped to. */
  scope: string | null;
  /** AGENCY: the position in the working group. */
  position?: AgencyPosition;
  description: { 'zh-CN': string; en: string };
}

/** The demo logins; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'ADMIN',
    scope: null,
    description: { 'zh-CN': '系统管理员：用户、评分标准、评级发布', en: 'administrator: users, scoring standard, publishing ratings' },
  },
  {
    username: 'regulator',
    displayName: '陈建国',
    role: 'REGULATOR',
    scope: null,
    description: { 'zh-CN': '住建局物业科监管人员', en: 'housing bureau regulator' },
  },
  {
    username: 'regulator2',
    displayName: '周晓燕',
    role: 'REGULATOR',
    scope: null,
    description: { 'zh-CN': '住建局物业科监管人员（复核人）', en: 'housing bureau regulator (second reviewer)' },
  },
  {
    username: 'dept_scjg',
    displayName: '王磊',
    role: 'DEPARTMENT',
    scope: '市场监管局',
    description: { 'zh-CN': '市场监管局：电梯、收费', en: 'market regulation: elevators, fees' },
  },
  {
    username: 'dept_zjj',
    displayName: '刘芳',
    role: 'DEPARTMENT',
    scope: '住建局',
    description: { 'zh-CN': '住建局：物业服务、房屋质量保修', en: 'housing bureau: service quality, building quality' },
  },
  {
    username: 'dept_mzj',
    displayName: '韩冬梅',
    role: 'DEPARTMENT',
    scope: '民政局',
    description: { 'zh-CN': '民政局：养老服务；“物业服务+养老服务”试点', en: 'civil affairs: elderly care, the property-plus-elderly-care pilot' },
  },
  {
    username: 'township_chengguan',
    displayName: '赵志强',
    role: 'TOWNSHIP',
    scope: '城关镇',
    description: { 'zh-CN': '城关镇工作人员', en: 'Chengguan town staff' },
  },
  {
    username: 'township_dongcheng',
    displayName: '孙丽娟',
    role: 'TOWNSHIP',
    scope: '东城街道',
    description: { 'zh-CN': '东城街道工作人员', en: 'Dongcheng subdistrict staff' },
  },
  {
    username: 'ent_demo',
    displayName: '吴海涛',
    role: 'ENTERPRISE',
    scope: DEMO_ENTERPRISE_1.name,
    description: { 'zh-CN': '物业企业负责人（多个小区、多名项目经理）', en: 'firm manager (several communities and project managers)' },
  },
  {
    username: 'ent_demo2',
    displayName: '郑婷',
    role: 'ENTERPRISE',
    scope: DEMO_ENTERPRISE_2.name,
    description: { 'zh-CN': '另一家物业企业负责人', en: 'manager of another firm' },
  },
  {
    username: 'analyst',
    displayName: '林雨晨',
    role: 'ANALYST',
    scope: null,
    description: { 'zh-CN': '统计分析人员（只读，个人信息脱敏）', en: 'analyst (read-only, personal data masked)' },
  },
  {
    username: 'agency_clerk',
    displayName: '何静',
    role: 'AGENCY',
    scope: DEMO_AGENCY.name,
    position: 'CLERK',
    description: { 'zh-CN': '机关物业管理工作组经办人（办公室）', en: 'agency working group clerk (office)' },
  },
  {
    username: 'agency_deputy',
    displayName: '钱卫东',
    role: 'AGENCY',
    scope: DEMO_AGENCY.name,
    position: 'DEPUTY',
    description: { 'zh-CN': '机关物业管理工作组副组长（审核）', en: 'agency working group deputy head (reviews)' },
  },
  {
    username: 'agency_head',
    displayName: '冯国平',
    role: 'AGENCY',
    scope: DEMO_AGENCY.name,
    position: 'HEAD',
    description: { 'zh-CN': '机关物业管理工作组组长（审批、解除合同）', en: 'agency working group head (approves, terminates)' },
  },
];
