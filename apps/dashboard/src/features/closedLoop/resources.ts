import { complaintsResource } from './complaints/fields';
import { inspectionsResource } from './inspections/fields';
import { issuesResource } from './issues/fields';
import { selfChecksResource } from './selfChecks/fields';

export const closedLoopResources = [issuesResource, inspectionsResource, selfChecksResource, complaintsResource] as const;
