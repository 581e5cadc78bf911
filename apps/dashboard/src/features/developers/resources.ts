import { graphql } from '../../gql';
import { defineResource } from '../../dataProvider/types';

export const DEVELOPER_FIELDS = graphql(`
  fragment DeveloperFields on Developer {
    id
    name
    uscc
    contactPerson
    contactPhone
    address
    createdAt
    updatedAt
    projects {
      id
      communityId
      communityName
      townshipName
      handoverDate
      warranties {
        element
        label
        years
        lastDay
        inWarranty
      }
    }
  }
`);

/** 建设单位 (docs/developers.md): the bureau keeps it (developer:manage); a firm reads the developers of its communities. */
export const developersResource = defineResource({
  resource: 'developers',
  single: 'developer',
  documents: {
    // The list selects no projects: their warranties per row would pass the query cost limit; the record page has them.
    list: graphql(`
      query DeveloperList($page: Int, $perPage: Int, $sortField: DeveloperSortField, $sortOrder: SortOrder, $filter: DeveloperFilter) {
        developers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            id
            name
            uscc
            contactPerson
            contactPhone
            address
            createdAt
            updatedAt
          }
          total
        }
      }
    `),
    one: graphql(`
      query DeveloperOne($id: ID!) {
        developer(id: $id) {
          ...DeveloperFields
        }
      }
    `),
    create: graphql(`
      mutation DeveloperCreate($input: DeveloperInput!) {
        createDeveloper(input: $input) {
          __typename
          ... on MutationCreateDeveloperSuccess {
            data {
              ...DeveloperFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
    update: graphql(`
      mutation DeveloperUpdate($id: ID!, $input: DeveloperUpdateInput!) {
        updateDeveloper(id: $id, input: $input) {
          __typename
          ... on MutationUpdateDeveloperSuccess {
            data {
              ...DeveloperFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['name', 'uscc', 'contactPerson', 'contactPhone', 'address'],
  updateInput: ['name', 'uscc', 'contactPerson', 'contactPhone', 'address'],
  sortFields: ['name', 'uscc', 'createdAt', 'id'],
  createPermission: 'developer:manage',
  updatePermission: 'developer:manage',
});

export const developerResources = [developersResource] as const;
