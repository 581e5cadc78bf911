/** GraphQL documents of the closed-loop pages (issues, inspections, complaints, inbox); validated in queries.test.ts. */

const RESULT = (success: string, data: string) =>
  `{ __typename ... on ${success} { data { ${data} } } ... on Error { message } ... on ValidationError { fieldErrors { field message } } }`;

const ISSUE_DATA = 'id state flagged availableActions';
const COMPLAINT_DATA = 'id state availableActions';

export const ASSIGN_ISSUE = `mutation AssignIssue($id: ID!, $input: AssignIssueInput!) { assignIssue(id: $id, input: $input) ${RESULT('MutationAssignIssueSuccess', ISSUE_DATA)} }`;
export const ACKNOWLEDGE_ISSUE = `mutation AcknowledgeIssue($id: ID!, $note: String) { acknowledgeIssue(id: $id, note: $note) ${RESULT('MutationAcknowledgeIssueSuccess', ISSUE_DATA)} }`;
export const SUBMIT_ISSUE_FEEDBACK = `mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {
  submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) ${RESULT('MutationSubmitIssueFeedbackSuccess', ISSUE_DATA)} }`;
export const CLOSE_ISSUE = `mutation CloseIssue($id: ID!, $note: String) { closeIssue(id: $id, note: $note) ${RESULT('MutationCloseIssueSuccess', ISSUE_DATA)} }`;
export const RETURN_ISSUE = `mutation ReturnIssue($id: ID!, $note: String!) { returnIssue(id: $id, note: $note) ${RESULT('MutationReturnIssueSuccess', ISSUE_DATA)} }`;
export const FLAG_ISSUE = `mutation FlagIssue($id: ID!, $note: String) { flagIssue(id: $id, note: $note) ${RESULT('MutationFlagIssueSuccess', ISSUE_DATA)} }`;
export const UNFLAG_ISSUE = `mutation UnflagIssue($id: ID!, $note: String) { unflagIssue(id: $id, note: $note) ${RESULT('MutationUnflagIssueSuccess', ISSUE_DATA)} }`;
export const RECORD_REFUSAL = `mutation RecordRefusal($id: ID!, $note: String!) { recordRefusal(id: $id, note: $note) ${RESULT('MutationRecordRefusalSuccess', ISSUE_DATA)} }`;

export const TURN_FINDINGS_INTO_ISSUES = `mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {
  turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) ${RESULT('MutationTurnFindingsIntoIssuesSuccess', 'id title state')} }`;

export const ROUTE_COMPLAINT = `mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {
  routeComplaint(id: $id, departmentId: $departmentId, note: $note) ${RESULT('MutationRouteComplaintSuccess', COMPLAINT_DATA)} }`;
export const RESPOND_COMPLAINT = `mutation RespondToComplaint($id: ID!, $note: String!) { respondToComplaint(id: $id, note: $note) ${RESULT('MutationRespondToComplaintSuccess', COMPLAINT_DATA)} }`;
export const RESOLVE_COMPLAINT = `mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {
  resolveComplaint(id: $id, answer: $answer, upheld: $upheld) ${RESULT('MutationResolveComplaintSuccess', COMPLAINT_DATA)} }`;
export const TURN_COMPLAINT_INTO_ISSUE = `mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {
  turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) ${RESULT('MutationTurnComplaintIntoIssueSuccess', `${COMPLAINT_DATA} issueId`)} }`;
export const REJECT_COMPLAINT = `mutation RejectComplaint($id: ID!, $reasons: String!) { rejectComplaint(id: $id, reasons: $reasons) ${RESULT('MutationRejectComplaintSuccess', COMPLAINT_DATA)} }`;
export const CLOSE_COMPLAINT = `mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {
  closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) ${RESULT('MutationCloseComplaintWithFollowUpSuccess', COMPLAINT_DATA)} }`;

export const CHECKLIST_QUERY = `query InspectionChecklist { inspectionChecklist { id section sectionLabel text maxDeduction category } }`;
export const CATEGORIES_QUERY = `query IssueCategories { issueCategories { code label subtypes departments { id name } } }`;
export const SETTINGS_QUERY = `query ClosedLoopSettings { closedLoopSettings { b1GraceDays complaintFirstResponseDays complaintResolutionDays dueSoonDays } }`;

const INBOX_ISSUE = `id title category state deadline overdue daysOverdue dueSoon flagged returned availableActions
  community { id name } enterprise { id name } department { id name }`;
const SECTION = `total items { ${INBOX_ISSUE} }`;
export const INBOX_QUERY = `query Inbox {
  inbox {
    assigned { ${SECTION} }
    returned { ${SECTION} }
    overdue { ${SECTION} }
    dueSoon { ${SECTION} }
    toAssign { ${SECTION} }
    toVerify { ${SECTION} }
    complaints { total items { id category channel state content receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate community { id name } } }
  }
}`;

export const CLOSED_LOOP_OPERATIONS = {
  ASSIGN_ISSUE,
  ACKNOWLEDGE_ISSUE,
  SUBMIT_ISSUE_FEEDBACK,
  CLOSE_ISSUE,
  RETURN_ISSUE,
  FLAG_ISSUE,
  UNFLAG_ISSUE,
  RECORD_REFUSAL,
  TURN_FINDINGS_INTO_ISSUES,
  ROUTE_COMPLAINT,
  RESPOND_COMPLAINT,
  RESOLVE_COMPLAINT,
  TURN_COMPLAINT_INTO_ISSUE,
  REJECT_COMPLAINT,
  CLOSE_COMPLAINT,
  CHECKLIST_QUERY,
  CATEGORIES_QUERY,
  SETTINGS_QUERY,
  INBOX_QUERY,
};
