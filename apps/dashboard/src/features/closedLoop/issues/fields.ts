import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const ISSUE_LIST_FIELDS = graphql(`
  fragment IssueListFields on Issue {
    id
    title
    category
    subtype
    state
    source
    sourceId
    deadline
    overdue
    daysOverdue
    dueSoon
    flagged
    returned
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
    assignedAt
    closedAt
    createdAt
    updatedAt
    availableActions
  }
`);

export const ISSUE_FIELDS = graphql(`
  fragment IssueFields on Issue {
    ...IssueListFields
    description
    measures
    lastSubmittedAt
    lastAction
    refusalRecorded
    b1Proposed
    b2Proposed
    checklistItemId
    warrantyElement
    warrantyLastDay
    developer {
      id
      name
    }
    events {
      id
      action
      fromState
      toState
      at
      actorName
      note
      fileIds
    }
    files {
      id
      originalName
      mime
      size
      uploadedAt
      sha256
      url
    }
    defect {
      code
      nameZh
      nameEn
      descriptionZh
      causes
      prevention
      repair
    }
  }
`);

export const issuesResource = defineResource({
  resource: 'issues',
  single: 'issue',
  documents: {
    list: graphql(`
      query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {
        issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...IssueListFields
          }
          total
          totalCapped
        }
      }
    `),
    one: graphql(`
      query IssueOne($id: ID!) {
        issue(id: $id) {
          ...IssueFields
        }
      }
    `),
    create: graphql(`
      mutation IssueCreate($input: IssueInput!) {
        createIssue(input: $input) {
          __typename
          ... on MutationCreateIssueSuccess {
            data {
              ...IssueFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  createInput: ['category', 'communityId', 'title', 'description', 'subtype', 'warrantyElement'],
  filters: [
    'category',
    'developerId',
    'communityId',
    'townshipId',
    'departmentId',
    'handledByTownship',
    'enterpriseId',
    'state',
    'states',
    'source',
    'sourceId',
    'subtype',
    'open',
    'overdue',
    'flagged',
    'mine',
    'dueWithinDays',
    'createdFrom',
    'createdTo',
    'deadlineFrom',
    'deadlineTo',
    'overdueOn',
    'closedFrom',
    'closedTo',
  ],
  sortFields: ['createdAt', 'updatedAt', 'deadline', 'state', 'category', 'title', 'id'],
});
