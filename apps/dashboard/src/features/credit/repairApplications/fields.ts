import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const REPAIR_APPLICATION_FIELDS = graphql(`
  fragment RepairApplicationFields on RepairApplication {
    id
    status
    commitment
    openIssues
    appliedAt
    appliedById
    decidedAt
    decidedById
    reasons
    enterpriseId
    enterprise {
      id
      name
    }
    recordId
    availableActions {
      action
      available
      reason
    }
    record {
      id
      itemCode
      itemLabel
      points
      status
      reason
      effectiveFrom
      expiresOn
      confirmedOn
    }
  }
`);

/** The API has no `repairApplication(id)` field: getOne reads the list by id. */
export const repairApplicationsResource = defineResource({
  resource: 'repairApplications',
  single: 'repairApplication',
  documents: {
    list: graphql(`
      query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {
        repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...RepairApplicationFields
          }
          total
        }
      }
    `),
  },
  permissionPrefix: 'credit',
  filters: ['status', 'enterpriseId', 'recordId'],
  sortFields: ['appliedAt', 'status', 'id'],
});
