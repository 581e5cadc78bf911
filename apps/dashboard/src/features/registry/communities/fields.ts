import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

const input = [
  'name',
  'townshipId',
  'address',
  'type',
  'households',
  'floorArea',
  'deliveryDate',
  'serviceMode',
  'enterpriseId',
  'contractStart',
  'contractEnd',
  'officeArea',
  'maintenanceFundBalance',
] as const;

export const COMMUNITY_FIELDS = graphql(`
  fragment CommunityFields on Community {
    id
    name
    townshipId
    township {
      id
      name
    }
    address
    type
    households
    floorArea
    deliveryDate
    serviceMode
    enterpriseId
    enterprise {
      id
      name
    }
    contractStart
    contractEnd
    officeArea
    maintenanceFundBalance
    handoverDeadline
    createdAt
    updatedAt
  }
`);

export const communitiesResource = defineResource({
  resource: 'communities',
  single: 'community',
  documents: {
    list: graphql(`
      query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {
        communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...CommunityFields
          }
          total
          totalCapped
        }
      }
    `),
    one: graphql(`
      query CommunityOne($id: ID!) {
        community(id: $id) {
          ...CommunityFields
          history {
            id
            validFrom
            validTo
            type
            serviceMode
            enterpriseId
            enterpriseName
            townshipName
          }
        }
      }
    `),
    create: graphql(`
      mutation CommunityCreate($input: CommunityInput!) {
        createCommunity(input: $input) {
          __typename
          ... on MutationCreateCommunitySuccess {
            data {
              ...CommunityFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {
        updateCommunity(id: $id, input: $input) {
          __typename
          ... on MutationUpdateCommunitySuccess {
            data {
              ...CommunityFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: input,
  updateInput: input,
  filters: ['townshipId', 'enterpriseId', 'type', 'serviceMode'],
  sortFields: ['name', 'households', 'floorArea', 'deliveryDate', 'contractEnd', 'createdAt', 'id'],
});
