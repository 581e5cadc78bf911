import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const JOB_RUN_FIELDS = graphql(`
  fragment JobRunFields on JobRun {
    id
    job
    slot
    state
    attempts
    startedAt
    finishedAt
    leaseUntil
    instance
    result
  }
`);

/** Read-only: runs are written by the scheduler's claims, never edited. */
export const jobRunsResource = defineResource({
  resource: 'jobRuns',
  single: 'jobRun',
  documents: {
    list: graphql(`
      query JobRunList($page: Int, $perPage: Int, $sortField: JobRunSortField, $sortOrder: SortOrder, $filter: JobRunFilter) {
        jobRuns(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...JobRunFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query JobRunOne($id: ID!) {
        jobRun(id: $id) {
          ...JobRunFields
        }
      }
    `),
  },
  filters: ['job', 'state', 'from', 'to'],
  noSearch: true,
  sortFields: ['startedAt', 'job', 'state', 'id'],
});
