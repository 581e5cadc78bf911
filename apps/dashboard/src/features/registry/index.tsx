import type { Feature } from '../types';
import communities from './communities';
import departments from './departments';
import enterprises from './enterprises';
import projectManagers from './projectManagers';
import townships from './townships';

/** The registry: firms, communities, project managers, townships and departments. */
export const registryFeature: Feature = {
  name: 'registry',
  views: {
    enterprises,
    communities,
    projectManagers,
    townships,
    departments,
  },
  pages: [],
};
