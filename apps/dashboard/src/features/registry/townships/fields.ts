import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const TOWNSHIP_FIELDS = graphql(`
  fragment TownshipFields on Township {
    id
    name
    code
    communityCount
    enterpriseCount
    createdAt
    updatedAt
  }
`);

export const townshipsResource = defineResource({
  resource: 'townships',
  single: 'township',
  documents: {
    list: graphql(`
      query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {
        townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...TownshipFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query TownshipOne($id: ID!) {
        township(id: $id) {
          ...TownshipFields
        }
      }
    `),
    create: graphql(`
      mutation TownshipCreate($input: TownshipInput!) {
        createTownship(input: $input) {
          __typename
          ... on MutationCreateTownshipSuccess {
            data {
              ...TownshipFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {
        updateTownship(id: $id, input: $input) {
          __typename
          ... on MutationUpdateTownshipSuccess {
            data {
              ...TownshipFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['name', 'code'],
  updateInput: ['name', 'code'],
  sortFields: ['name', 'code', 'createdAt', 'id'],
});
