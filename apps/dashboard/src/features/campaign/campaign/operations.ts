/** GraphQL documents of the campaign page (docs/kpi.md), typed from packages/api/schema.graphql (src/gql). */
import { graphql } from '../../../gql';

export const CAMPAIGNS_QUERY = graphql(`
  query Campaigns {
    campaigns {
      id
      year
      name
    }
  }
`);

export const CAMPAIGN_QUERY = graphql(`
  query Campaign($id: ID, $year: Int) {
    campaign(id: $id, year: $year) {
      id
      year
      name
      goal
      startDate
      endDate
      currentPhase {
        id
        code
        name
      }
      phases {
        id
        code
        name
        description
        startDate
        endDate
      }
      milestones {
        id
        code
        title
        dueDate
        department {
          id
          name
        }
        status
        state
        doneOn
        evidence
        note
        phaseId
        measurement {
          kpi
          asOf
          numerator
          denominator
          value
        }
        availableActions {
          action
          available
          reason
        }
      }
    }
  }
`);

export const CAMPAIGN_ROUTINES_QUERY = graphql(`
  query CampaignRoutines {
    campaignRoutines {
      code
      name
      cadence
    }
  }
`);

export const WEEKLY_PROGRESS_QUERY = graphql(`
  query WeeklyProgress($campaignId: ID!) {
    weeklyProgress(campaignId: $campaignId) {
      id
      weekStart
      summary
      createdAt
      department {
        id
        name
      }
    }
  }
`);

export const TRAINING_SESSIONS_QUERY = graphql(`
  query TrainingSessions {
    trainingSessions {
      id
      topic
      heldOn
      location
      attendees {
        id
        kind
        name
        present
        managerId
        enterpriseId
      }
    }
  }
`);

export const JOINT_MEETINGS_QUERY = graphql(`
  query JointMeetings {
    jointMeetings {
      id
      title
      heldAt
      location
      agenda
      participants
      contactPhone
      noticeDate
      notice
    }
  }
`);

/** Responsible departments to choose from. */
export const DEPARTMENT_CHOICES_QUERY = graphql(`
  query DepartmentChoices {
    departments(perPage: 200) {
      items {
        id
        name
      }
    }
  }
`);

export const CREATE_MILESTONE = graphql(`
  mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {
    createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) {
      __typename
      ... on MutationCreateMilestoneSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const COMPLETE_MILESTONE = graphql(`
  mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {
    completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) {
      __typename
      ... on MutationCompleteMilestoneSuccess {
        data {
          id
          status
          state
          doneOn
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ADD_WEEKLY_PROGRESS = graphql(`
  mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {
    addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) {
      __typename
      ... on MutationAddWeeklyProgressSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_TRAINING_SESSION = graphql(`
  mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {
    recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {
      __typename
      ... on MutationRecordTrainingSessionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

/** A joint meeting (联席会议) of the campaign: the one mutation that schedules campaign meetings, with kind JOINT. */
export const SCHEDULE_JOINT_MEETING = graphql(`
  mutation ScheduleJointMeeting(
    $campaignId: ID
    $title: String!
    $heldAt: DateTime!
    $location: String!
    $agenda: String!
    $participants: [String!]!
    $contactPhone: String
  ) {
    scheduleCampaignMeeting(
      kind: JOINT
      campaignId: $campaignId
      title: $title
      heldAt: $heldAt
      location: $location
      agenda: $agenda
      participants: $participants
      contactPhone: $contactPhone
    ) {
      __typename
      ... on MutationScheduleCampaignMeetingSuccess {
        data {
          id
          notice
        }
      }
      ...MutationErrorFields
    }
  }
`);
