import { auditLogsResource } from '../auditLogs/fields';
import { communitiesResource } from '../communities/fields';
import { departmentsResource } from '../departments/fields';
import { enterprisesResource } from '../enterprises/fields';
import { projectManagersResource } from '../projectManagers/fields';
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
  ].map((config) => [config.resource, config]),
);
