import { adminFeature } from './admin';
import { campaignFeature } from './campaign';
import { closedLoopFeature } from './closedLoop';
import { committeesFeature } from './committees';
import { creditFeature } from './credit';
import { leasingFeature } from './leasing';
import { randomInspectionsFeature } from './randomInspections';
import { consequencesFeature } from './consequences';
import { developersFeature } from './developers';
import { registryFeature } from './registry';
import { residentsFeature } from './residents';
import { improvementPlansFeature } from './improvementPlans';
import { specialInspectionsFeature } from './specialInspections';
import { campaignRecordsFeature } from './campaignRecords';
import type { Feature } from './types';

/** The dashboard's features, in the order App assembles their routes. */
export const FEATURES: readonly Feature[] = [
  closedLoopFeature,
  registryFeature,
  creditFeature,
  campaignFeature,
  committeesFeature,
  randomInspectionsFeature,
  consequencesFeature,
  developersFeature,
  residentsFeature,
  improvementPlansFeature,
  specialInspectionsFeature,
  campaignRecordsFeature,
  leasingFeature,
  adminFeature,
];

/** Menu order of the resources (react-admin's menu lists them in the order they are declared). */
export const MENU_ORDER: readonly string[] = [
  'issues',
  'inspections',
  'selfChecks',
  'complaints',
  'enterprises',
  'communities',
  'projectManagers',
  'developers',
  'creditRecords',
  'objections',
  'repairApplications',
  'townships',
  'departments',
  'users',
  'auditLogs',
  'jobRuns',
];

/**
 * Menu entries a role does not use although it may read them (issue 15: the firm manager had 22): a firm reaches its
 * own enterprise through 我的企业 and the published ratings through the boards; townships and departments are reference
 * data it opens from a record; GraphiQL is the analysts' tool. The routes stay, so links into them still work.
 */
export const MENU_HIDDEN: Partial<Record<string, readonly string[]>> = {
  ENTERPRISE: ['enterprises', 'townships', 'departments', '/ratings', '/committees', '/graphiql'],
  DEPARTMENT: ['townships', '/committees', '/graphiql'],
  TOWNSHIP: ['/graphiql'],
};

export const menuHides = (role: string | undefined, entry: string): boolean => (role ? (MENU_HIDDEN[role]?.includes(entry) ?? false) : false);
