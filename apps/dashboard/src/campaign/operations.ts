/**
 * GraphQL documents of the campaign page (docs/kpi.md); dataProvider/queries.test.ts validates each against
 * packages/api/schema.graphql.
 */

const RESULT = (success: string, data: string) =>
  `{ __typename ... on ${success} { data { ${data} } } ... on Error { message } ... on ValidationError { fieldErrors { field message } } }`;

export const CAMPAIGNS_QUERY = `query Campaigns { campaigns { id year name } }`;

const MILESTONE = `id code title dueDate department { id name } status state doneOn evidence note phaseId availableActions { action available reason }`;

export const CAMPAIGN_QUERY = `query Campaign($id: ID, $year: Int) {
  campaign(id: $id, year: $year) {
    id year name goal startDate endDate
    currentPhase { id code name }
    phases { id code name description startDate endDate }
    milestones { ${MILESTONE} }
  }
}`;

export const CAMPAIGN_ROUTINES_QUERY = `query CampaignRoutines { campaignRoutines { code name cadence } }`;

export const WEEKLY_PROGRESS_QUERY = `query WeeklyProgress($campaignId: ID!) {
  weeklyProgress(campaignId: $campaignId) { id weekStart summary createdAt department { id name } }
}`;

export const TRAINING_SESSIONS_QUERY = `query TrainingSessions {
  trainingSessions { id topic heldOn location attendees { id kind name present managerId enterpriseId } }
}`;

export const JOINT_MEETINGS_QUERY = `query JointMeetings {
  jointMeetings { id title heldAt location agenda participants contactPhone noticeDate notice minutes }
}`;

/** Responsible departments to choose from. */
export const DEPARTMENT_CHOICES_QUERY = `query DepartmentChoices { departments(perPage: 200) { items { id name } } }`;

export const CREATE_MILESTONE = `mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {
  createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) ${RESULT('MutationCreateMilestoneSuccess', 'id')} }`;

export const COMPLETE_MILESTONE = `mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {
  completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) ${RESULT('MutationCompleteMilestoneSuccess', 'id status state doneOn')} }`;

export const ADD_WEEKLY_PROGRESS = `mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {
  addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) ${RESULT('MutationAddWeeklyProgressSuccess', 'id')} }`;

export const RECORD_TRAINING_SESSION = `mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {
  recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) ${RESULT('MutationRecordTrainingSessionSuccess', 'id')} }`;

export const SCHEDULE_JOINT_MEETING = `mutation ScheduleJointMeeting($campaignId: ID, $title: String!, $heldAt: DateTime!, $location: String!, $agenda: String!, $participants: [String!]!, $contactPhone: String) {
  scheduleJointMeeting(campaignId: $campaignId, title: $title, heldAt: $heldAt, location: $location, agenda: $agenda, participants: $participants, contactPhone: $contactPhone) ${RESULT('MutationScheduleJointMeetingSuccess', 'id notice')} }`;

export const CAMPAIGN_OPERATIONS = {
  CAMPAIGNS_QUERY,
  CAMPAIGN_QUERY,
  CAMPAIGN_ROUTINES_QUERY,
  WEEKLY_PROGRESS_QUERY,
  TRAINING_SESSIONS_QUERY,
  JOINT_MEETINGS_QUERY,
  DEPARTMENT_CHOICES_QUERY,
  CREATE_MILESTONE,
  COMPLETE_MILESTONE,
  ADD_WEEKLY_PROGRESS,
  RECORD_TRAINING_SESSION,
  SCHEDULE_JOINT_MEETING,
};
