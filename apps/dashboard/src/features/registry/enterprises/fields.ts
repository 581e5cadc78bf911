import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

const input = ['name', 'uscc', 'legalRepresentative', 'contactPerson', 'contactPhone', 'address', 'townshipId', 'status'] as const;

export const ENTERPRISE_FIELDS = graphql(`
  fragment EnterpriseFields on Enterprise {
    id
    name
    uscc
    legalRepresentative
    contactPerson
    contactPhone
    address
    townshipId
    township {
      id
      name
    }
    status
    score
    grade
    listStatus
    listUntil
    communityCount
    managerCount
    createdAt
    updatedAt
  }
`);

export const enterprisesResource = defineResource({
  resource: 'enterprises',
  single: 'enterprise',
  documents: {
    list: graphql(`
      query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {
        enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...EnterpriseFields
          }
          total
        }
      }
    `),
    one: graphql(`
      query EnterpriseOne($id: ID!) {
        enterprise(id: $id) {
          ...EnterpriseFields
        }
      }
    `),
    create: graphql(`
      mutation EnterpriseCreate($input: EnterpriseInput!) {
        createEnterprise(input: $input) {
          __typename
          ... on MutationCreateEnterpriseSuccess {
            data {
              ...EnterpriseFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {
        updateEnterprise(id: $id, input: $input) {
          __typename
          ... on MutationUpdateEnterpriseSuccess {
            data {
              ...EnterpriseFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: input,
  updateInput: input,
  filters: ['townshipId', 'status', 'listStatus', 'grade'],
  sortFields: ['name', 'uscc', 'score', 'status', 'createdAt', 'id'],
});
