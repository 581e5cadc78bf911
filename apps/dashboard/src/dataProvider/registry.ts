import { auditLogsResource } from '../auditLogs/fields';
import { communitiesResource } from '../communities/fields';
import { complaintsResource } from '../complaints/fields';
import { creditRecordsResource } from '../creditRecords/fields';
import { departmentsResource } from '../departments/fields';
import { enterprisesResource } from '../enterprises/fields';
import { inspectionsResource } from '../inspections/fields';
import { issuesResource } from '../issues/fields';
import { objectionsResource } from '../objections/fields';
import { projectManagersResource } from '../projectManagers/fields';
import { repairApplicationsResource } from '../repairApplications/fields';
import { selfChecksResource } from '../selfChecks/fields';
import { townshipsResource } from '../townships/fields';
import { usersResource } from '../users/fields';
import type { ResourceRegistry } from './types';

export const resourceRegistry: ResourceRegistry = Object.fromEntries(
  [
    townshipsResource,
    departmentsResource,
    enterprisesResource,
    projectManagersResource,
    communitiesResource,
    usersResource,
    auditLogsResource,
    creditRecordsResource,
    objectionsResource,
    repairApplicationsResource,
    issuesResource,
    inspectionsResource,
    selfChecksResource,
    complaintsResource,
  ].map((config) => [config.resource, config]),
);
