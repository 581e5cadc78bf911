import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const SELF_CHECK_LIST_FIELDS = graphql(`
  fragment SelfCheckListFields on SelfCheck {
    id
    date
    communityId
    community {
      id
      name
    }
    townshipId
    township {
      id
      name
    }
    enterpriseId
    enterprise {
      id
      name
    }
    score
    grade
    note
    createdAt
  }
`);

export const SELF_CHECK_FIELDS = graphql(`
  fragment SelfCheckFields on SelfCheck {
    ...SelfCheckListFields
    deductions {
      itemId
      points
      note
      item {
        id
        section
        sectionLabel
        text
        maxDeduction
      }
    }
    issues {
      id
      title
      state
      deadline
    }
  }
`);

/** 自查自纠: a firm checks its own communities against the inspection checklist; findings enter the ledger (source SELF_CHECK). */
export const selfChecksResource = defineResource({
  resource: 'selfChecks',
  single: 'selfCheck',
  documents: {
    list: graphql(`
      query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {
        selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...SelfCheckListFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query SelfCheckOne($id: ID!) {
        selfCheck(id: $id) {
          ...SelfCheckFields
        }
      }
    `),
    create: graphql(`
      mutation SelfCheckCreate($input: SelfCheckInput!) {
        submitSelfCheck(input: $input) {
          __typename
          ... on MutationSubmitSelfCheckSuccess {
            data {
              ...SelfCheckFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createPermission: 'selfCheck:submit',
  createInput: ['communityId', 'date', 'deductions', 'note'],
  filters: ['communityId', 'townshipId', 'enterpriseId', 'grade', 'dateFrom', 'dateTo'],
  noSearch: true,
  sortFields: ['date', 'score', 'createdAt', 'id'],
});
