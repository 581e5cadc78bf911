import type { Role } from '@wuye/domain';

/**
 * Demo accounts of the seeded demo county, listed on the login page. Kept in step with
 * packages/db/src/seed/demo-accounts.ts (the dashboard does not import the database package); a server test holds
 * them equal.
 */
export const DEMO_PASSWORD = 'Demo@2026pass';

export interface DemoAccount {
  username: string;
  role: Role;
  /** The township, department or firm the account is limited to, as seeded. */
  scope?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'ADMIN' },
  { username: 'regulator', role: 'REGULATOR' },
  { username: 'regulator2', role: 'REGULATOR' },
  { username: 'dept_scjg', role: 'DEPARTMENT', scope: '市场监管局' },
  { username: 'dept_zjj', role: 'DEPARTMENT', scope: '住建局' },
  { username: 'dept_mzj', role: 'DEPARTMENT', scope: '民政局' },
  { username: 'township_chengguan', role: 'TOWNSHIP', scope: '城关镇' },
  { username: 'township_dongcheng', role: 'TOWNSHIP', scope: '东城街道' },
  { username: 'ent_demo', role: 'ENTERPRISE', scope: '青溪县安居物业服务有限公司' },
  { username: 'ent_demo2', role: 'ENTERPRISE', scope: '浙江恒泰物业管理有限公司' },
  { username: 'analyst', role: 'ANALYST' },
  { username: 'agency_clerk', role: 'AGENCY', scope: '青溪县机关事务服务中心' },
  { username: 'agency_deputy', role: 'AGENCY', scope: '青溪县机关事务服务中心' },
  { username: 'agency_head', role: 'AGENCY', scope: '青溪县机关事务服务中心' },
];
