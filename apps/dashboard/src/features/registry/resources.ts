import { communitiesResource } from './communities/fields';
import { departmentsResource } from './departments/fields';
import { enterprisesResource } from './enterprises/fields';
import { projectManagersResource } from './projectManagers/fields';
import { townshipsResource } from './townships/fields';

export const registryResources = [enterprisesResource, communitiesResource, projectManagersResource, townshipsResource, departmentsResource] as const;
