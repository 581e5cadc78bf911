/**
 * GraphQL documents of the leasing feature's safety and meeting pages (issue 14; docs/leasing.md), typed from
 * packages/api/schema.graphql (src/gql).
 */
import { graphql } from '../../gql';

export const SAFETY_QUERY = graphql(`
  query LeaseSafety {
    leaseSafetyChecksDue {
      unitId
      unitLabel
      tenantName
      lastCheckedOn
      dueOn
      late
    }
    leaseSafetyFindings {
      id
      unitLabel
      tenantName
      checkedOn
      item
      category
      description
      state
      measures
      deadline
      overdue
      departmentName
      availableActions {
        action
        available
        reason
      }
      events {
        id
        action
        toState
        actorName
        at
        note
      }
    }
  }
`);

export const RECORD_CHECK = graphql(`
  mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {
    recordLeaseSafetyCheck(input: $input) {
      __typename
      ... on MutationRecordLeaseSafetyCheckSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ACT_ON_FINDING = graphql(`
  mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {
    actOnLeaseSafetyFinding(id: $id, input: $input) {
      __typename
      ... on MutationActOnLeaseSafetyFindingSuccess {
        data {
          id
          state
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const MEETINGS_QUERY = graphql(`
  query LeaseMeetings {
    leaseMeetings {
      id
      title
      heldAt
      location
      notice
      minutes
      decidedAt
      decisions {
        text
        owner
        dueOn
      }
    }
  }
`);

export const SCHEDULE_MEETING = graphql(`
  mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {
    scheduleLeaseMeeting(input: $input) {
      __typename
      ... on MutationScheduleLeaseMeetingSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_DECISIONS = graphql(`
  mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {
    recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {
      __typename
      ... on MutationRecordLeaseMeetingDecisionsSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);
