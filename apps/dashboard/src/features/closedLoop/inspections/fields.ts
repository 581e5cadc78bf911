import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const INSPECTION_LIST_FIELDS = graphql(`
  fragment InspectionListFields on Inspection {
    id
    kind
    date
    inspectors
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
    refusedToCooperate
    b10Proposed
    b14Proposed
    note
    createdAt
  }
`);

export const INSPECTION_FIELDS = graphql(`
  fragment InspectionFields on Inspection {
    ...InspectionListFields
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
    findings {
      itemId
      section
      title
      category
      points
      note
      turned
    }
    issues {
      id
      title
      state
      deadline
    }
  }
`);

export const inspectionsResource = defineResource({
  resource: 'inspections',
  single: 'inspection',
  documents: {
    list: graphql(`
      query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {
        inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...InspectionListFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query InspectionOne($id: ID!) {
        inspection(id: $id) {
          ...InspectionFields
        }
      }
    `),
    create: graphql(`
      mutation InspectionCreate($input: InspectionInput!) {
        createInspection(input: $input) {
          __typename
          ... on MutationCreateInspectionSuccess {
            data {
              ...InspectionFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['communityId', 'date', 'kind', 'inspectors', 'note', 'deductions', 'refusedToCooperate'],
  filters: ['communityId', 'townshipId', 'enterpriseId', 'kind', 'grade', 'refusedToCooperate', 'dateFrom', 'dateTo'],
  sortFields: ['date', 'score', 'grade', 'kind', 'createdAt', 'id'],
});
