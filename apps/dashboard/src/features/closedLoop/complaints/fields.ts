import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const COMPLAINT_LIST_FIELDS = graphql(`
  fragment ComplaintListFields on Complaint {
    id
    channel
    category
    subtype
    state
    content
    complainantName
    complainantPhone
    complainantCount
    collective
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
    departmentId
    department {
      id
      name
    }
    handledByTownship
    receivedAt
    firstResponseDue
    resolutionDue
    firstResponseLate
    resolutionLate
    respondedAt
    handledAt
    closedAt
    followUpRating
    upheld
    issueId
    createdAt
    availableActions
  }
`);

export const COMPLAINT_FIELDS = graphql(`
  fragment ComplaintFields on Complaint {
    ...ComplaintListFields
    responseNote
    answer
    rejectionReasons
    followUpNote
    b3Proposed
    b4Proposed
    b5Proposed
    events {
      id
      action
      fromState
      toState
      at
      actorName
      note
    }
  }
`);

export const complaintsResource = defineResource({
  resource: 'complaints',
  single: 'complaint',
  documents: {
    list: graphql(`
      query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {
        complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...ComplaintListFields
          }
          total
          totalCapped
        }
      }
    `),
    one: graphql(`
      query ComplaintOne($id: ID!) {
        complaint(id: $id) {
          ...ComplaintFields
        }
      }
    `),
    create: graphql(`
      mutation ComplaintCreate($input: ComplaintInput!) {
        createComplaint(input: $input) {
          __typename
          ... on MutationCreateComplaintSuccess {
            data {
              ...ComplaintFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: [
    'channel',
    'category',
    'subtype',
    'communityId',
    'enterpriseId',
    'content',
    'complainantName',
    'complainantPhone',
    'complainantCount',
    'receivedAt',
  ],
  filters: [
    'category',
    'channel',
    'state',
    'states',
    'communityId',
    'townshipId',
    'departmentId',
    'handledByTownship',
    'enterpriseId',
    'open',
    'overdue',
    'collective',
    'followUpRating',
    'receivedFrom',
    'receivedTo',
    'closedFrom',
    'closedTo',
    'rated',
  ],
  sortFields: ['receivedAt', 'createdAt', 'state', 'category', 'complainantCount', 'id'],
});
