/** GraphQL documents of the consequences pages (docs/consequences.md): 清出市场 with handovers, the risk-based plan. */
import { graphql } from '../../gql';

export const HANDOVERS_PAGE_QUERY = graphql(`
  query HandoversPage {
    handoverPolicy {
      defaultDays
      minDays
      maxDays
    }
    handovers {
      id
      status
      deadline
      overdue
      communityId
      communityName
      townshipName
      outgoingName
      successorId
      successorName
      decisionNo
      openItemCount
      completedOn
      checklist {
        item
        label
        doneOn
      }
      availableActions {
        action
        available
        reason
      }
    }
  }
`);

export const EXPULSION_CANDIDATES_QUERY = graphql(`
  query ExpulsionCandidates {
    expulsionCandidates {
      enterpriseId
      name
      status
      listStatus
      grade
      communityCount
      availableActions {
        action
        available
        reason
      }
    }
  }
`);

export const SUCCESSOR_OPTIONS_QUERY = graphql(`
  query SuccessorOptions {
    enterprises(page: 1, perPage: 100, filter: { status: ACTIVE }) {
      items {
        id
        name
        listStatus
      }
    }
  }
`);

export const EXPEL_ENTERPRISE = graphql(`
  mutation ExpelEnterprise($input: ExpulsionInput!) {
    expelEnterprise(input: $input) {
      __typename
      ... on MutationExpelEnterpriseSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const APPOINT_SUCCESSOR = graphql(`
  mutation AppointHandoverSuccessor($id: ID!, $successorId: ID!) {
    appointHandoverSuccessor(id: $id, successorId: $successorId) {
      __typename
      ... on MutationAppointHandoverSuccessorSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SET_HANDOVER_ITEM = graphql(`
  mutation SetHandoverChecklistItem($id: ID!, $item: HandoverItem!, $done: Boolean!) {
    setHandoverChecklistItem(id: $id, item: $item, done: $done) {
      __typename
      ... on MutationSetHandoverChecklistItemSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const COMPLETE_HANDOVER = graphql(`
  mutation CompleteHandover($id: ID!) {
    completeHandover(id: $id) {
      __typename
      ... on MutationCompleteHandoverSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const INSPECTION_PLAN_QUERY = graphql(`
  query InspectionPlan($dueOnly: Boolean) {
    inspectionPlan(dueOnly: $dueOnly) {
      today
      policy {
        label
        blackListIntervalDays
        unmanagedIntervalDays
        dueSoonDays
        intervals {
          grade
          days
        }
      }
      rows {
        communityId
        communityName
        townshipName
        enterpriseName
        grade
        listStatus
        handoverDeadline
        intervalDays
        lastInspectedOn
        nextDue
        status
        daysOverdue
      }
    }
  }
`);
