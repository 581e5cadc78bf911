import { adminFeature } from './admin';
import { campaignFeature } from './campaign';
import { closedLoopFeature } from './closedLoop';
import { committeesFeature } from './committees';
import { creditFeature } from './credit';
import { leasingFeature } from './leasing';
import { randomInspectionsFeature } from './randomInspections';
import { registryFeature } from './registry';
import type { Feature } from './types';

/** The dashboard's features, in the order App assembles their routes. */
export const FEATURES: readonly Feature[] = [
  closedLoopFeature,
  registryFeature,
  creditFeature,
  campaignFeature,
  committeesFeature,
  randomInspectionsFeature,
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
  'creditRecords',
  'objections',
  'repairApplications',
  'townships',
  'departments',
  'users',
  'auditLogs',
];
