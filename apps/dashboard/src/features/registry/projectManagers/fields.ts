import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

const input = ['name', 'enterpriseId', 'certificateNo', 'phone'] as const;

// Appointment history is a nested list: only loaded on the detail page to keep list queries cheap.
export const PROJECT_MANAGER_LIST_FIELDS = graphql(`
  fragment ProjectManagerListFields on ProjectManager {
    id
    name
    enterpriseId
    enterprise {
      id
      name
    }
    certificateNo
    phone
    score
    grade
    createdAt
  }
`);

export const PROJECT_MANAGER_FIELDS = graphql(`
  fragment ProjectManagerFields on ProjectManager {
    ...ProjectManagerListFields
    appointments {
      id
      communityId
      community {
        id
        name
      }
      startDate
      endDate
      registeredOn
    }
  }
`);

export const projectManagersResource = defineResource({
  resource: 'projectManagers',
  single: 'projectManager',
  documents: {
    list: graphql(`
      query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {
        projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...ProjectManagerListFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query ProjectManagerOne($id: ID!) {
        projectManager(id: $id) {
          ...ProjectManagerFields
        }
      }
    `),
    create: graphql(`
      mutation ProjectManagerCreate($input: ProjectManagerInput!) {
        createProjectManager(input: $input) {
          __typename
          ... on MutationCreateProjectManagerSuccess {
            data {
              ...ProjectManagerFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {
        updateProjectManager(id: $id, input: $input) {
          __typename
          ... on MutationUpdateProjectManagerSuccess {
            data {
              ...ProjectManagerFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: input,
  updateInput: input,
  filters: ['enterpriseId'],
  sortFields: ['name', 'certificateNo', 'score', 'createdAt', 'id'],
});
