import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const CREDIT_RECORD_LIST_FIELDS = graphql(`
  fragment CreditRecordListFields on CreditRecord {
    id
    subjectType
    enterpriseId
    enterprise {
      id
      name
    }
    managerId
    manager {
      id
      name
    }
    communityId
    community {
      id
      name
    }
    itemCode
    itemLabel
    points
    termMonths
    serious
    veto
    commendation
    standardVersion
    effectiveFrom
    expiresOn
    status
    proposedById
    proposedAt
    reason
    sourceType
    sourceId
    publicizedOn
    objectionDeadline
    objectionDaysLeft
    confirmedOn
    repairedOn
    correctsId
    createdAt
    availableActions {
      action
      available
      reason
      reasons
      availableFrom
    }
    # The pending objection is the one a reviewer decides from a list row.
    objections {
      id
      status
    }
  }
`);

export const CREDIT_RECORD_FIELDS = graphql(`
  fragment CreditRecordFields on CreditRecord {
    ...CreditRecordListFields
    evidence
    reviewerId
    decision
    decisionNote
    decidedAt
    revokedById
    revokedAt
    revokeReason
    blacklistMonths
    events {
      id
      fromStatus
      toStatus
      at
      actorName
      note
    }
    objections {
      id
      status
      statement
      evidence
      filedAt
      decisionNote
      decidedAt
    }
  }
`);

export const creditRecordsResource = defineResource({
  resource: 'creditRecords',
  single: 'creditRecord',
  documents: {
    list: graphql(`
      query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {
        creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...CreditRecordListFields
          }
          total
          totalCapped
        }
      }
    `),
    one: graphql(`
      query CreditRecordOne($id: ID!) {
        creditRecord(id: $id) {
          ...CreditRecordFields
        }
      }
    `),
    create: graphql(`
      mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {
        proposeCreditRecord(input: $input) {
          __typename
          ... on MutationProposeCreditRecordSuccess {
            data {
              ...CreditRecordFields
            }
          }
          ...MutationErrorFields
        }
      }
    `),
  },
  permissionPrefix: 'credit',
  createPermission: 'credit:propose',
  createInput: ['subjectType', 'enterpriseId', 'managerId', 'communityId', 'itemCode', 'effectiveFrom', 'reason', 'evidence', 'sourceType', 'sourceId'],
  filters: ['enterpriseId', 'managerId', 'subjectType', 'status', 'statuses', 'itemCode', 'sourceType', 'sourceId', 'negative'],
  sortFields: ['effectiveFrom', 'expiresOn', 'points', 'status', 'itemCode', 'createdAt', 'id'],
});
