import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const DEPARTMENT_FIELDS = graphql(`
  fragment DepartmentFields on Department {
    id
    name
    code
    remit
    createdAt
    updatedAt
  }
`);

export const departmentsResource = defineResource({
  resource: 'departments',
  single: 'department',
  documents: {
    list: graphql(`
      query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {
        departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...DepartmentFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query DepartmentOne($id: ID!) {
        department(id: $id) {
          ...DepartmentFields
        }
      }
    `),
    create: graphql(`
      mutation DepartmentCreate($input: DepartmentInput!) {
        createDepartment(input: $input) {
          __typename
          ... on MutationCreateDepartmentSuccess {
            data {
              ...DepartmentFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {
        updateDepartment(id: $id, input: $input) {
          __typename
          ... on MutationUpdateDepartmentSuccess {
            data {
              ...DepartmentFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['name', 'code', 'remit'],
  updateInput: ['name', 'code', 'remit'],
  filters: ['category'],
  sortFields: ['name', 'code', 'createdAt', 'id'],
});
