import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    role
    townshipId
    departmentId
    enterpriseId
    active
    lastLoginAt
    createdAt
  }
`);

export const usersResource = defineResource({
  resource: 'users',
  single: 'user',
  documents: {
    list: graphql(`
      query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {
        users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...UserFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query UserOne($id: ID!) {
        user(id: $id) {
          ...UserFields
        }
      }
    `),
    create: graphql(`
      mutation UserCreate($input: UserInput!) {
        createUser(input: $input) {
          __typename
          ... on MutationCreateUserSuccess {
            data {
              ...UserFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {
        updateUser(id: $id, input: $input) {
          __typename
          ... on MutationUpdateUserSuccess {
            data {
              ...UserFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['username', 'displayName', 'password', 'role', 'townshipId', 'departmentId', 'enterpriseId', 'active'],
  // `password` is optional on update: sent only when a new one was typed.
  updateInput: ['displayName', 'role', 'townshipId', 'departmentId', 'enterpriseId', 'active', 'password'],
  filters: ['role', 'active'],
  sortFields: ['username', 'displayName', 'role', 'lastLoginAt', 'createdAt', 'id'],
});
