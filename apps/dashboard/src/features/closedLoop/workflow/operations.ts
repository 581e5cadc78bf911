/** GraphQL documents of the closed-loop pages (issues, inspections, complaints, inbox), typed from the schema (src/gql). */
import { graphql } from '../../../gql';

export const ASSIGN_ISSUE = graphql(`
  mutation AssignIssue($id: ID!, $input: AssignIssueInput!) {
    assignIssue(id: $id, input: $input) {
      __typename
      ... on MutationAssignIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const ACKNOWLEDGE_ISSUE = graphql(`
  mutation AcknowledgeIssue($id: ID!, $note: String) {
    acknowledgeIssue(id: $id, note: $note) {
      __typename
      ... on MutationAcknowledgeIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const SUBMIT_ISSUE_FEEDBACK = graphql(`
  mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {
    submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) {
      __typename
      ... on MutationSubmitIssueFeedbackSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const CLOSE_ISSUE = graphql(`
  mutation CloseIssue($id: ID!, $note: String) {
    closeIssue(id: $id, note: $note) {
      __typename
      ... on MutationCloseIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const RETURN_ISSUE = graphql(`
  mutation ReturnIssue($id: ID!, $note: String!) {
    returnIssue(id: $id, note: $note) {
      __typename
      ... on MutationReturnIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const FLAG_ISSUE = graphql(`
  mutation FlagIssue($id: ID!, $note: String) {
    flagIssue(id: $id, note: $note) {
      __typename
      ... on MutationFlagIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const UNFLAG_ISSUE = graphql(`
  mutation UnflagIssue($id: ID!, $note: String) {
    unflagIssue(id: $id, note: $note) {
      __typename
      ... on MutationUnflagIssueSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const RECORD_REFUSAL = graphql(`
  mutation RecordRefusal($id: ID!, $note: String!) {
    recordRefusal(id: $id, note: $note) {
      __typename
      ... on MutationRecordRefusalSuccess {
        data {
          id
          state
          flagged
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const TURN_FINDINGS_INTO_ISSUES = graphql(`
  mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {
    turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) {
      __typename
      ... on MutationTurnFindingsIntoIssuesSuccess {
        data {
          id
          title
          state
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ROUTE_COMPLAINT = graphql(`
  mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {
    routeComplaint(id: $id, departmentId: $departmentId, note: $note) {
      __typename
      ... on MutationRouteComplaintSuccess {
        data {
          id
          state
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const RESPOND_COMPLAINT = graphql(`
  mutation RespondToComplaint($id: ID!, $note: String!) {
    respondToComplaint(id: $id, note: $note) {
      __typename
      ... on MutationRespondToComplaintSuccess {
        data {
          id
          state
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const RESOLVE_COMPLAINT = graphql(`
  mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {
    resolveComplaint(id: $id, answer: $answer, upheld: $upheld) {
      __typename
      ... on MutationResolveComplaintSuccess {
        data {
          id
          state
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const TURN_COMPLAINT_INTO_ISSUE = graphql(`
  mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {
    turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) {
      __typename
      ... on MutationTurnComplaintIntoIssueSuccess {
        data {
          id
          state
          availableActions
          issueId
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const REJECT_COMPLAINT = graphql(`
  mutation RejectComplaint($id: ID!, $reasons: String!) {
    rejectComplaint(id: $id, reasons: $reasons) {
      __typename
      ... on MutationRejectComplaintSuccess {
        data {
          id
          state
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const CLOSE_COMPLAINT = graphql(`
  mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {
    closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) {
      __typename
      ... on MutationCloseComplaintWithFollowUpSuccess {
        data {
          id
          state
          availableActions
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CHECKLIST_QUERY = graphql(`
  query InspectionChecklist {
    inspectionChecklist {
      id
      section
      sectionLabel
      text
      maxDeduction
      category
    }
  }
`);
export const CATEGORIES_QUERY = graphql(`
  query IssueCategories {
    issueCategories {
      code
      label
      subtypes
      toTownship
      departments {
        id
        name
      }
    }
  }
`);
export const SETTINGS_QUERY = graphql(`
  query ClosedLoopSettings {
    closedLoopSettings {
      b1GraceDays
      complaintFirstResponseDays
      complaintResolutionDays
      dueSoonDays
    }
  }
`);

export const INBOX_TASK = graphql(`
  fragment InboxTask on InboxTask {
    reasons
    issue {
      id
      title
      category
      state
      deadline
      overdue
      daysOverdue
      flagged
      availableActions
      community {
        id
        name
      }
      enterprise {
        id
        name
      }
    }
  }
`);
export const INBOX_QUERY = graphql(`
  query Inbox {
    inbox {
      hasTasks
      tasks {
        total
        totalCapped
        items {
          ...InboxTask
        }
      }
      complaints {
        total
        totalCapped
        items {
          id
          category
          channel
          state
          content
          receivedAt
          firstResponseDue
          resolutionDue
          firstResponseLate
          resolutionLate
          community {
            id
            name
          }
        }
      }
    }
  }
`);
