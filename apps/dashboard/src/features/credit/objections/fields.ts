import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const OBJECTION_FIELDS = graphql(`
  fragment ObjectionFields on Objection {
    id
    status
    statement
    evidence
    filedAt
    filedById
    decidedAt
    decidedById
    decisionNote
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
      objectionDeadline
      proposedById
      enterpriseId
    }
  }
`);

/** The API has no `objection(id)` field: getOne reads the list by id. */
export const objectionsResource = defineResource({
  resource: 'objections',
  single: 'objection',
  documents: {
    list: graphql(`
      query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {
        objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...ObjectionFields
          }
          total
        }
      }
    `),
  },
  permissionPrefix: 'credit',
  filters: ['status', 'enterpriseId', 'recordId'],
  sortFields: ['filedAt', 'status', 'id'],
});
