import type { ResourceRegistry } from '../dataProvider/types';
import { adminResources } from './admin/resources';
import { closedLoopResources } from './closedLoop/resources';
import { creditResources } from './credit/resources';
import { registryResources } from './registry/resources';
import { developerResources } from './developers/resources';

/** Every resource's data-provider config by name, from the features' own lists. */
export const resourceRegistry: ResourceRegistry = Object.fromEntries(
  [...closedLoopResources, ...registryResources, ...developerResources, ...creditResources, ...adminResources].map((config) => [config.resource, config]),
);
