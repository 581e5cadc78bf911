import { creditRecordsResource } from './creditRecords/fields';
import { objectionsResource } from './objections/fields';
import { repairApplicationsResource } from './repairApplications/fields';

export const creditResources = [creditRecordsResource, objectionsResource, repairApplicationsResource] as const;
