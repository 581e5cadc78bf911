/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    __typename\n    ... on LoginSuccess { token expiresAt user { id username displayName role } }\n    ... on Error { message }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query Me {\n  me { id username displayName role township { id name } department { id name } enterprise { id name } permissions }\n}": typeof types.MeDocument,
    "fragment MutationErrorFields on Error { message ... on ValidationError { fieldErrors { field message } } }": typeof types.MutationErrorFieldsFragmentDoc,
    "fragment ApiTokenFields on ApiToken { id name readOnly createdAt lastUsedAt revokedAt }": typeof types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenFields } }": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { ...ApiTokenFields } } } ...MutationErrorFields }\n}": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) { __typename ... on MutationRevokeApiTokenSuccess { data { ...ApiTokenFields } } ...MutationErrorFields }\n}": typeof types.RevokeApiTokenDocument,
    "fragment AuditLogFields on AuditLog {\n  id at actorId actorName action entityType entityId changes ip\n}": typeof types.AuditLogFieldsFragmentDoc,
    "query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n      auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...AuditLogFields } total }\n    }": typeof types.AuditLogListDocument,
    "query AuditLogOne($id: ID!) { auditLog(id: $id) { ...AuditLogFields } }": typeof types.AuditLogOneDocument,
    "fragment UserFields on User {\n  id username displayName role townshipId departmentId enterpriseId active lastLoginAt createdAt\n}": typeof types.UserFieldsFragmentDoc,
    "query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n      users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...UserFields } total }\n    }": typeof types.UserListDocument,
    "query UserOne($id: ID!) { user(id: $id) { ...UserFields } }": typeof types.UserOneDocument,
    "mutation UserCreate($input: UserInput!) {\n      createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }": typeof types.UserCreateDocument,
    "mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n      updateUser(id: $id, input: $input) { __typename ... on MutationUpdateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }": typeof types.UserUpdateDocument,
    "query KpiCards($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, filter: $filter) {\n    period from to previousPeriod\n    rows { kpis { code value numerator denominator target status previous change improved applicable distribution { key count } } }\n    definitions { code name kind direction target numerator denominator unavailable note }\n  }\n}": typeof types.KpiCardsDocument,
    "query KpiTrend($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n    rows { month kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) { code value } }\n  }\n}": typeof types.KpiTrendDocument,
    "query KpiTownships($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n    rows { groupId groupName kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) { code value } }\n  }\n}": typeof types.KpiTownshipsDocument,
    "query IssuesByCategory($filter: AggregateFilter) {\n  aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) { keys labels count }\n}": typeof types.IssuesByCategoryDocument,
    "query CampaignTimeline($year: Int!) {\n  campaign(year: $year) {\n    id name startDate endDate\n    currentPhase { code name }\n    phases { code name startDate endDate }\n    milestones { code title dueDate state }\n  }\n}": typeof types.CampaignTimelineDocument,
    "fragment OpenIssueFields on Issue { id title category state deadline overdue daysOverdue dueSoon community { id name } }": typeof types.OpenIssueFieldsFragmentDoc,
    "query EnterpriseHome($id: ID!) {\n  enterprise(id: $id) { id name credit { asOf score grade listStatus listUntil } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) { total items { ...OpenIssueFields } }\n  creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n    total items { id itemCode itemLabel points status effectiveFrom reason }\n  }\n}": typeof types.EnterpriseHomeDocument,
    "query DepartmentQueue {\n  inbox { overdue { total } dueSoon { total } toVerify { total } complaints { total } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) { total items { ...OpenIssueFields } }\n}": typeof types.DepartmentQueueDocument,
    "fragment BulletinSummary on Bulletin {\n  id month status generatedAt reviewedAt reviewNote publishedAt publishedOn printUrl downloadUrl\n}": typeof types.BulletinSummaryFragmentDoc,
    "fragment BulletinBy on Bulletin { generatedByName reviewedByName publishedByName }": typeof types.BulletinByFragmentDoc,
    "query Bulletins { bulletins { ...BulletinSummary ...BulletinBy } }": typeof types.BulletinsDocument,
    "query PublicBulletins { bulletins { ...BulletinSummary } }": typeof types.PublicBulletinsDocument,
    "query Bulletin($id: ID) {\n  bulletin(id: $id) { ...BulletinSummary ...BulletinBy availableActions { action available reason } snapshot }\n}": typeof types.BulletinDocument,
    "query PublicBulletin($id: ID) { bulletin(id: $id) { ...BulletinSummary snapshot } }": typeof types.PublicBulletinDocument,
    "mutation GenerateBulletin($month: String!) { generateBulletin(month: $month) { __typename ... on MutationGenerateBulletinSuccess { data { id month status } } ...MutationErrorFields } }": typeof types.GenerateBulletinDocument,
    "mutation ReviewBulletin($id: ID!, $note: String) { reviewBulletin(id: $id, note: $note) { __typename ... on MutationReviewBulletinSuccess { data { id month status } } ...MutationErrorFields } }": typeof types.ReviewBulletinDocument,
    "mutation PublishBulletin($id: ID!) { publishBulletin(id: $id) { __typename ... on MutationPublishBulletinSuccess { data { id month status } } ...MutationErrorFields } }": typeof types.PublishBulletinDocument,
    "query Campaigns { campaigns { id year name } }": typeof types.CampaignsDocument,
    "query Campaign($id: ID, $year: Int) {\n  campaign(id: $id, year: $year) {\n    id year name goal startDate endDate\n    currentPhase { id code name }\n    phases { id code name description startDate endDate }\n    milestones { id code title dueDate department { id name } status state doneOn evidence note phaseId measurement { kpi asOf numerator denominator value } availableActions { action available reason } }\n  }\n}": typeof types.CampaignDocument,
    "query CampaignRoutines { campaignRoutines { code name cadence } }": typeof types.CampaignRoutinesDocument,
    "query WeeklyProgress($campaignId: ID!) {\n  weeklyProgress(campaignId: $campaignId) { id weekStart summary createdAt department { id name } }\n}": typeof types.WeeklyProgressDocument,
    "query TrainingSessions {\n  trainingSessions { id topic heldOn location attendees { id kind name present managerId enterpriseId } }\n}": typeof types.TrainingSessionsDocument,
    "query JointMeetings {\n  jointMeetings { id title heldAt location agenda participants contactPhone noticeDate notice minutes }\n}": typeof types.JointMeetingsDocument,
    "query DepartmentChoices { departments(perPage: 200) { items { id name } } }": typeof types.DepartmentChoicesDocument,
    "mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n  createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) { __typename ... on MutationCreateMilestoneSuccess { data { id } } ...MutationErrorFields } }": typeof types.CreateMilestoneDocument,
    "mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n  completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) { __typename ... on MutationCompleteMilestoneSuccess { data { id status state doneOn } } ...MutationErrorFields } }": typeof types.CompleteMilestoneDocument,
    "mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n  addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) { __typename ... on MutationAddWeeklyProgressSuccess { data { id } } ...MutationErrorFields } }": typeof types.AddWeeklyProgressDocument,
    "mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields } }": typeof types.RecordTrainingSessionDocument,
    "mutation ScheduleJointMeeting($campaignId: ID, $title: String!, $heldAt: DateTime!, $location: String!, $agenda: String!, $participants: [String!]!, $contactPhone: String) {\n  scheduleJointMeeting(campaignId: $campaignId, title: $title, heldAt: $heldAt, location: $location, agenda: $agenda, participants: $participants, contactPhone: $contactPhone) { __typename ... on MutationScheduleJointMeetingSuccess { data { id notice } } ...MutationErrorFields } }": typeof types.ScheduleJointMeetingDocument,
    "fragment ComplaintListFields on Complaint {\n  id channel category subtype state content complainantName complainantPhone complainantCount collective\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate\n  respondedAt handledAt closedAt followUpRating upheld issueId createdAt availableActions\n}": typeof types.ComplaintListFieldsFragmentDoc,
    "fragment ComplaintFields on Complaint {\n  ...ComplaintListFields\n  responseNote answer rejectionReasons followUpNote b3Proposed b4Proposed b5Proposed\n  events { id action fromState toState at actorName note }\n}": typeof types.ComplaintFieldsFragmentDoc,
    "query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n      complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ComplaintListFields } total }\n    }": typeof types.ComplaintListDocument,
    "query ComplaintOne($id: ID!) { complaint(id: $id) { ...ComplaintFields } }": typeof types.ComplaintOneDocument,
    "mutation ComplaintCreate($input: ComplaintInput!) {\n      createComplaint(input: $input) { __typename ... on MutationCreateComplaintSuccess { data { ...ComplaintFields } } ...MutationErrorFields }\n    }": typeof types.ComplaintCreateDocument,
    "fragment InspectionListFields on Inspection {\n  id kind date inspectors communityId community { id name } townshipId township { id name }\n  enterpriseId enterprise { id name } score grade refusedToCooperate b10Proposed b14Proposed note createdAt\n}": typeof types.InspectionListFieldsFragmentDoc,
    "fragment InspectionFields on Inspection {\n  ...InspectionListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  findings { itemId section title category points note turned }\n  issues { id title state deadline }\n}": typeof types.InspectionFieldsFragmentDoc,
    "query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n      inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...InspectionListFields } total }\n    }": typeof types.InspectionListDocument,
    "query InspectionOne($id: ID!) { inspection(id: $id) { ...InspectionFields } }": typeof types.InspectionOneDocument,
    "mutation InspectionCreate($input: InspectionInput!) {\n      createInspection(input: $input) { __typename ... on MutationCreateInspectionSuccess { data { ...InspectionFields } } ...MutationErrorFields }\n    }": typeof types.InspectionCreateDocument,
    "fragment IssueListFields on Issue {\n  id title category subtype state source sourceId deadline overdue daysOverdue dueSoon flagged returned\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } assignedAt closedAt createdAt updatedAt availableActions\n}": typeof types.IssueListFieldsFragmentDoc,
    "fragment IssueFields on Issue {\n  ...IssueListFields\n  description measures lastSubmittedAt lastAction refusalRecorded b1Proposed b2Proposed checklistItemId\n  events { id action fromState toState at actorName note fileIds }\n  files { id originalName mime size uploadedAt sha256 url }\n  defect { code nameZh nameEn descriptionZh causes prevention repair }\n}": typeof types.IssueFieldsFragmentDoc,
    "query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n      issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...IssueListFields } total }\n    }": typeof types.IssueListDocument,
    "query IssueOne($id: ID!) { issue(id: $id) { ...IssueFields } }": typeof types.IssueOneDocument,
    "mutation IssueCreate($input: IssueInput!) {\n      createIssue(input: $input) { __typename ... on MutationCreateIssueSuccess { data { ...IssueFields } } ...MutationErrorFields }\n    }": typeof types.IssueCreateDocument,
    "fragment SelfCheckListFields on SelfCheck {\n  id date communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  score grade note createdAt\n}": typeof types.SelfCheckListFieldsFragmentDoc,
    "fragment SelfCheckFields on SelfCheck {\n  ...SelfCheckListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  issues { id title state deadline }\n}": typeof types.SelfCheckFieldsFragmentDoc,
    "query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n      selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...SelfCheckListFields } total }\n    }": typeof types.SelfCheckListDocument,
    "query SelfCheckOne($id: ID!) { selfCheck(id: $id) { ...SelfCheckFields } }": typeof types.SelfCheckOneDocument,
    "mutation SelfCheckCreate($input: SelfCheckInput!) {\n      submitSelfCheck(input: $input) { __typename ... on MutationSubmitSelfCheckSuccess { data { ...SelfCheckFields } } ...MutationErrorFields }\n    }": typeof types.SelfCheckCreateDocument,
    "mutation AssignIssue($id: ID!, $input: AssignIssueInput!) { assignIssue(id: $id, input: $input) { __typename ... on MutationAssignIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.AssignIssueDocument,
    "mutation AcknowledgeIssue($id: ID!, $note: String) { acknowledgeIssue(id: $id, note: $note) { __typename ... on MutationAcknowledgeIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.AcknowledgeIssueDocument,
    "mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n  submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) { __typename ... on MutationSubmitIssueFeedbackSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.SubmitIssueFeedbackDocument,
    "mutation CloseIssue($id: ID!, $note: String) { closeIssue(id: $id, note: $note) { __typename ... on MutationCloseIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.CloseIssueDocument,
    "mutation ReturnIssue($id: ID!, $note: String!) { returnIssue(id: $id, note: $note) { __typename ... on MutationReturnIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.ReturnIssueDocument,
    "mutation FlagIssue($id: ID!, $note: String) { flagIssue(id: $id, note: $note) { __typename ... on MutationFlagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.FlagIssueDocument,
    "mutation UnflagIssue($id: ID!, $note: String) { unflagIssue(id: $id, note: $note) { __typename ... on MutationUnflagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.UnflagIssueDocument,
    "mutation RecordRefusal($id: ID!, $note: String!) { recordRefusal(id: $id, note: $note) { __typename ... on MutationRecordRefusalSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": typeof types.RecordRefusalDocument,
    "mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n  turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) { __typename ... on MutationTurnFindingsIntoIssuesSuccess { data { id title state } } ...MutationErrorFields } }": typeof types.TurnFindingsIntoIssuesDocument,
    "mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n  routeComplaint(id: $id, departmentId: $departmentId, note: $note) { __typename ... on MutationRouteComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": typeof types.RouteComplaintDocument,
    "mutation RespondToComplaint($id: ID!, $note: String!) { respondToComplaint(id: $id, note: $note) { __typename ... on MutationRespondToComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": typeof types.RespondToComplaintDocument,
    "mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n  resolveComplaint(id: $id, answer: $answer, upheld: $upheld) { __typename ... on MutationResolveComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": typeof types.ResolveComplaintDocument,
    "mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n  turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) { __typename ... on MutationTurnComplaintIntoIssueSuccess { data { id state availableActions issueId } } ...MutationErrorFields } }": typeof types.TurnComplaintIntoIssueDocument,
    "mutation RejectComplaint($id: ID!, $reasons: String!) { rejectComplaint(id: $id, reasons: $reasons) { __typename ... on MutationRejectComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": typeof types.RejectComplaintDocument,
    "mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n  closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) { __typename ... on MutationCloseComplaintWithFollowUpSuccess { data { id state availableActions } } ...MutationErrorFields } }": typeof types.CloseComplaintWithFollowUpDocument,
    "query InspectionChecklist { inspectionChecklist { id section sectionLabel text maxDeduction category } }": typeof types.InspectionChecklistDocument,
    "query IssueCategories { issueCategories { code label subtypes departments { id name } } }": typeof types.IssueCategoriesDocument,
    "query ClosedLoopSettings { closedLoopSettings { b1GraceDays complaintFirstResponseDays complaintResolutionDays dueSoonDays } }": typeof types.ClosedLoopSettingsDocument,
    "fragment InboxSection on InboxIssues {\n  total\n  items {\n    id title category state deadline overdue daysOverdue dueSoon flagged returned availableActions\n    community { id name } enterprise { id name } department { id name }\n  }\n}": typeof types.InboxSectionFragmentDoc,
    "query Inbox {\n  inbox {\n    assigned { ...InboxSection }\n    returned { ...InboxSection }\n    overdue { ...InboxSection }\n    dueSoon { ...InboxSection }\n    toAssign { ...InboxSection }\n    toVerify { ...InboxSection }\n    complaints { total items { id category channel state content receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate community { id name } } }\n  }\n}": typeof types.InboxDocument,
    "query CommitteeRegister {\n  committeeRegister {\n    status termState\n    community { id name type households township { id name } }\n    election { id status termStart termEnd filedOn supplementary }\n  }\n}": typeof types.CommitteeRegisterDocument,
    "fragment CommitteeCandidateFields on CommitteeCandidate {\n  id name route nominatedBy eligibilityAttested elected position leftOn\n}": typeof types.CommitteeCandidateFieldsFragmentDoc,
    "fragment ElectionTallyFields on ElectionTally {\n  valid voidReason cast voidBallots elected vacant\n  counts { candidateId headcount area qualifies }\n  pendingTie { candidateIds seats }\n}": typeof types.ElectionTallyFieldsFragmentDoc,
    "query CommitteeElection($id: ID!) {\n  committeeElection(id: $id) {\n    id committeeId status seats supplementary\n    community { id name township { id name } }\n    ruleSet { code version label seats termYears }\n    assemblyAt assemblyPlace assemblyForm agenda publicisedOn\n    rollHeadcount rollArea opensAt closesAt ballotListHash signedOffAt\n    termStart termEnd filedOn filedWith\n    preparatoryGroup { id name role }\n    candidates { ...CommitteeCandidateFields }\n    members { ...CommitteeCandidateFields }\n    counters { id name role }\n    paperProblems\n    result { ...ElectionTallyFields }\n    recallMotions { id movedOn memberIds supporterCount supportingArea totalArea reason voteHeldOn outcome }\n    dutyReviews { id reviewedOn reviewer note results { code label result } }\n    availableActions { action available reason }\n  }\n}": typeof types.CommitteeElectionDocument,
    "query CommitteeElectionDocuments($id: ID!) {\n  committeeElection(id: $id) { id documents { notice candidateList paperBallot } }\n}": typeof types.CommitteeElectionDocumentsDocument,
    "query OwnerUnits($communityId: ID!) {\n  ownerUnits(communityId: $communityId) { id building unitNo room area owners { name idMasked phone } }\n}": typeof types.OwnerUnitsDocument,
    "query CommitteeDuties { committeeDuties { code label } }": typeof types.CommitteeDutiesDocument,
    "mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n  importCommitteeOwners(communityId: $communityId, rows: $rows) { __typename ... on MutationImportCommitteeOwnersSuccess { data { units owners } } ...MutationErrorFields }\n}": typeof types.ImportCommitteeOwnersDocument,
    "mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) { __typename ... on MutationCreateCommitteeElectionSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.CreateCommitteeElectionDocument,
    "mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) { __typename ... on MutationCallSupplementaryElectionSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.CallSupplementaryElectionDocument,
    "mutation NominateCommitteeCandidate($electionId: ID!, $name: String!, $route: NominationRoute!, $nominatedBy: String, $eligibilityAttested: Boolean!, $attestedBy: String) {\n  nominateCommitteeCandidate(electionId: $electionId, name: $name, route: $route, nominatedBy: $nominatedBy, eligibilityAttested: $eligibilityAttested, attestedBy: $attestedBy) {\n    __typename ... on MutationNominateCommitteeCandidateSuccess { data { id } } ...MutationErrorFields\n  }\n}": typeof types.NominateCommitteeCandidateDocument,
    "mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n  attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) { __typename ... on MutationAttestCommitteeCandidateSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.AttestCommitteeCandidateDocument,
    "mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n  addElectionCounter(electionId: $electionId, name: $name, role: $role) { __typename ... on MutationAddElectionCounterSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.AddElectionCounterDocument,
    "mutation PubliciseCandidates($electionId: ID!) {\n  publiciseCandidates(electionId: $electionId) { __typename ... on MutationPubliciseCandidatesSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.PubliciseCandidatesDocument,
    "mutation FreezeVoterRoll($electionId: ID!) {\n  freezeVoterRoll(electionId: $electionId) { __typename ... on MutationFreezeVoterRollSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.FreezeVoterRollDocument,
    "mutation IssueVotingCodes($electionId: ID!) {\n  issueVotingCodes(electionId: $electionId) { __typename ... on MutationIssueVotingCodesSuccess { data { unitId building unitNo room code } } ...MutationErrorFields }\n}": typeof types.IssueVotingCodesDocument,
    "mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n  openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) { __typename ... on MutationOpenVotingSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.OpenVotingDocument,
    "mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n  signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) { __typename ... on MutationSignInPaperVoterSuccess { data } ...MutationErrorFields }\n}": typeof types.SignInPaperVoterDocument,
    "mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n  enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n    __typename ... on MutationEnterPaperBallotSuccess { data { paperNo entries mismatch } } ...MutationErrorFields\n  }\n}": typeof types.EnterPaperBallotDocument,
    "mutation CloseVoting($electionId: ID!) {\n  closeVoting(electionId: $electionId) { __typename ... on MutationCloseVotingSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.CloseVotingDocument,
    "mutation CountVotes($electionId: ID!) {\n  countVotes(electionId: $electionId) { __typename ... on MutationCountVotesSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.CountVotesDocument,
    "mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n  settleElectionTie(electionId: $electionId, winners: $winners) { __typename ... on MutationSettleElectionTieSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.SettleElectionTieDocument,
    "mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n  electCommitteeOfficers(electionId: $electionId, officers: $officers) { __typename ... on MutationElectCommitteeOfficersSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.ElectCommitteeOfficersDocument,
    "mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n  signOffCount(electionId: $electionId, counterIds: $counterIds) { __typename ... on MutationSignOffCountSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.SignOffCountDocument,
    "mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n  fileCommittee(electionId: $electionId, filedWith: $filedWith) { __typename ... on MutationFileCommitteeSuccess { data { id status } } ...MutationErrorFields }\n}": typeof types.FileCommitteeDocument,
    "mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n  moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) { __typename ... on MutationMoveRecallSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.MoveRecallDocument,
    "mutation RecordRecallVote($motionId: ID!, $heldOn: Date!, $participatedArea: String!, $participatedHeadcount: Int!, $inFavourArea: String!, $inFavourHeadcount: Int!) {\n  recordRecallVote(motionId: $motionId, heldOn: $heldOn, participatedArea: $participatedArea, participatedHeadcount: $participatedHeadcount, inFavourArea: $inFavourArea, inFavourHeadcount: $inFavourHeadcount) {\n    __typename ... on MutationRecordRecallVoteSuccess { data { id outcome } } ...MutationErrorFields\n  }\n}": typeof types.RecordRecallVoteDocument,
    "mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n  reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) { __typename ... on MutationReviewCommitteeDutiesSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.ReviewCommitteeDutiesDocument,
    "mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n  recordCommitteeVacancy(memberId: $memberId, reason: $reason) { __typename ... on MutationRecordCommitteeVacancySuccess { data { id } } ...MutationErrorFields }\n}": typeof types.RecordCommitteeVacancyDocument,
    "mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields }\n}": typeof types.RecordCommitteeTrainingDocument,
    "query VotingBallot($code: String!) {\n  votingBallot(code: $code) { electionId communityName seats opensAt closesAt open candidates { id name route } }\n}": typeof types.VotingBallotDocument,
    "mutation CastBallot($code: String!, $choices: [ID!]!) {\n  castBallot(code: $code, choices: $choices) { __typename ... on MutationCastBallotSuccess { data { receiptId electionId } } ...MutationErrorFields }\n}": typeof types.CastBallotDocument,
    "query ElectionResults($id: ID!) {\n  electionResults(id: $id) {\n    electionId communityName status countedOn seats\n    ruleSet { code version label }\n    candidates { id name route elected position }\n    rollHeadcount rollArea participatedHeadcount participatedArea\n    tally { ...ElectionTallyFields }\n    tieSettledBy ballotList ballotListHash recountMatches\n  }\n}": typeof types.ElectionResultsDocument,
    "query BallotReceipt($electionId: ID!, $receipt: String!) {\n  ballotReceipt(electionId: $electionId, receipt: $receipt) { receiptId area choices }\n}": typeof types.BallotReceiptDocument,
    "fragment CreditRecordListFields on CreditRecord {\n  id subjectType enterpriseId enterprise { id name } managerId manager { id name } communityId community { id name }\n  itemCode itemLabel points termMonths serious veto commendation standardVersion effectiveFrom expiresOn status\n  proposedById proposedAt reason sourceType sourceId publicizedOn objectionDeadline objectionDaysLeft confirmedOn repairedOn correctsId createdAt\n  availableActions { action available reason }\n  # The pending objection is the one a reviewer decides from a list row.\n  objections { id status }\n}": typeof types.CreditRecordListFieldsFragmentDoc,
    "fragment CreditRecordFields on CreditRecord {\n  ...CreditRecordListFields\n  evidence reviewerId decision decisionNote decidedAt revokedById revokedAt revokeReason blacklistMonths\n  events { id fromStatus toStatus at actorName note }\n  objections { id status statement evidence filedAt decisionNote decidedAt }\n}": typeof types.CreditRecordFieldsFragmentDoc,
    "query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n      creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CreditRecordListFields } total }\n    }": typeof types.CreditRecordListDocument,
    "query CreditRecordOne($id: ID!) { creditRecord(id: $id) { ...CreditRecordFields } }": typeof types.CreditRecordOneDocument,
    "mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n      proposeCreditRecord(input: $input) { __typename ... on MutationProposeCreditRecordSuccess { data { ...CreditRecordFields } } ...MutationErrorFields }\n    }": typeof types.CreditRecordCreateDocument,
    "fragment ObjectionFields on Objection {\n  id status statement evidence filedAt filedById decidedAt decidedById decisionNote\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom objectionDeadline proposedById enterpriseId }\n}": typeof types.ObjectionFieldsFragmentDoc,
    "query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n      objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ObjectionFields } total }\n    }": typeof types.ObjectionListDocument,
    "query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n  enterprise(id: $id) {\n    id name uscc status township { id name }\n    credit(asOf: $asOf) {\n      asOf score grade positivePoints negativePoints veto standardVersion listStatus listUntil\n      breakdown { recordId itemCode points termMonths effectiveFrom expiresOn veto inherited\n        record { id itemLabel reason status sourceType confirmedOn availableActions { action available reason } } }\n      history(from: $from, to: $to) { date score grade }\n    }\n  }\n}": typeof types.EnterpriseCreditDocument,
    "query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n  ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n    total asOf standardVersion\n    items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil }\n  }\n}": typeof types.RankingDocument,
    "fragment ListedFields on ListedFirm { enterpriseId name uscc score grade kind reason from until }": typeof types.ListedFieldsFragmentDoc,
    "query Boards {\n  redList { ...ListedFields }\n  blackList { ...ListedFields }\n  ratings { id quarter status publishedOn asOf total standardVersion }\n}": typeof types.BoardsDocument,
    "query Ratings { ratings { id quarter status asOf publishedOn preparedAt reviewedAt total standardVersion } }": typeof types.RatingsDocument,
    "query Rating($id: ID, $page: Int, $perPage: Int) {\n  rating(id: $id) {\n    id quarter status asOf publishedOn preparedAt reviewedAt reviewNote total standardVersion g5ProposalIds\n    availableActions { action available reason }\n    distribution { grade count }\n    redList { ...ListedFields }\n    blackList { ...ListedFields }\n    consecutiveC { ...ListedFields }\n    ranking(page: $page, perPage: $perPage) { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints }\n  }\n}": typeof types.RatingDocument,
    "mutation PrepareRating($quarter: String!) { prepareRating(quarter: $quarter) { __typename ... on MutationPrepareRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": typeof types.PrepareRatingDocument,
    "mutation ReviewRating($id: ID!, $note: String) { reviewRating(id: $id, note: $note) { __typename ... on MutationReviewRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": typeof types.ReviewRatingDocument,
    "mutation PublishRating($id: ID!) { publishRating(id: $id) { __typename ... on MutationPublishRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": typeof types.PublishRatingDocument,
    "mutation PublicizeCreditRecord($id: ID!) { publicizeCreditRecord(id: $id) { __typename ... on MutationPublicizeCreditRecordSuccess { data { id status } } ...MutationErrorFields } }": typeof types.PublicizeCreditRecordDocument,
    "mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n  fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) { __typename ... on MutationFileObjectionSuccess { data { id status } } ...MutationErrorFields } }": typeof types.FileObjectionDocument,
    "mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n  decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) { __typename ... on MutationDecideObjectionSuccess { data { id status } } ...MutationErrorFields } }": typeof types.DecideObjectionDocument,
    "mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n  revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) { __typename ... on MutationRevokeCreditRecordSuccess { data { revoked { id status } reissued { id status } } } ...MutationErrorFields } }": typeof types.RevokeCreditRecordDocument,
    "mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n  applyForRepair(recordId: $recordId, commitment: $commitment) { __typename ... on MutationApplyForRepairSuccess { data { id status } } ...MutationErrorFields } }": typeof types.ApplyForRepairDocument,
    "mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n  decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) { __typename ... on MutationDecideRepairSuccess { data { id status } } ...MutationErrorFields } }": typeof types.DecideRepairDocument,
    "query ScoringStandardItems { scoringStandard { version base positiveCap items { code label points termMonths subject serious veto } } }": typeof types.ScoringStandardItemsDocument,
    "query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) { total unread items { id kind title body recordId createdAt readAt } }\n}": typeof types.NotificationsDocument,
    "query UnreadNotifications { notifications(perPage: 1, unreadOnly: true) { unread } }": typeof types.UnreadNotificationsDocument,
    "mutation MarkNotificationRead($ids: [ID!]) { markNotificationRead(ids: $ids) }": typeof types.MarkNotificationReadDocument,
    "fragment RepairApplicationFields on RepairApplication {\n  id status commitment openIssues appliedAt appliedById decidedAt decidedById reasons\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom expiresOn confirmedOn }\n}": typeof types.RepairApplicationFieldsFragmentDoc,
    "query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n      repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...RepairApplicationFields } total }\n    }": typeof types.RepairApplicationListDocument,
    "query PublicRandomDraws {\n  randomDraws {\n    id title status seed dueBy drawnAt publishedAt communityCount teamSize\n    policy { code version label }\n    communities { id position weight communityName townshipName enterpriseName inspectors { id name unitName } result { date score grade findingCount refusedToCooperate } }\n    reproduction { matches problems }\n  }\n}": typeof types.PublicRandomDrawsDocument,
    "fragment CommunityFields on Community {\n  id name townshipId township { id name } address type households floorArea deliveryDate\n  serviceMode enterpriseId enterprise { id name } contractStart contractEnd officeArea maintenanceFundBalance\n  createdAt updatedAt\n}": typeof types.CommunityFieldsFragmentDoc,
    "query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n      communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CommunityFields } total }\n    }": typeof types.CommunityListDocument,
    "query CommunityOne($id: ID!) { community(id: $id) { ...CommunityFields } }": typeof types.CommunityOneDocument,
    "mutation CommunityCreate($input: CommunityInput!) {\n      createCommunity(input: $input) { __typename ... on MutationCreateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }": typeof types.CommunityCreateDocument,
    "mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n      updateCommunity(id: $id, input: $input) { __typename ... on MutationUpdateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }": typeof types.CommunityUpdateDocument,
    "fragment DepartmentFields on Department {\n  id name code remit createdAt updatedAt\n}": typeof types.DepartmentFieldsFragmentDoc,
    "query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n      departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...DepartmentFields } total }\n    }": typeof types.DepartmentListDocument,
    "query DepartmentOne($id: ID!) { department(id: $id) { ...DepartmentFields } }": typeof types.DepartmentOneDocument,
    "mutation DepartmentCreate($input: DepartmentInput!) {\n      createDepartment(input: $input) { __typename ... on MutationCreateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }": typeof types.DepartmentCreateDocument,
    "mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n      updateDepartment(id: $id, input: $input) { __typename ... on MutationUpdateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }": typeof types.DepartmentUpdateDocument,
    "fragment EnterpriseFields on Enterprise {\n  id name uscc legalRepresentative contactPerson contactPhone address\n  townshipId township { id name }\n  status score grade listStatus listUntil\n  communityCount managerCount createdAt updatedAt\n}": typeof types.EnterpriseFieldsFragmentDoc,
    "query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n      enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...EnterpriseFields } total }\n    }": typeof types.EnterpriseListDocument,
    "query EnterpriseOne($id: ID!) { enterprise(id: $id) { ...EnterpriseFields } }": typeof types.EnterpriseOneDocument,
    "mutation EnterpriseCreate($input: EnterpriseInput!) {\n      createEnterprise(input: $input) { __typename ... on MutationCreateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }": typeof types.EnterpriseCreateDocument,
    "mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n      updateEnterprise(id: $id, input: $input) { __typename ... on MutationUpdateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }": typeof types.EnterpriseUpdateDocument,
    "fragment ProjectManagerListFields on ProjectManager {\n  id name enterpriseId enterprise { id name } certificateNo phone createdAt\n}": typeof types.ProjectManagerListFieldsFragmentDoc,
    "fragment ProjectManagerFields on ProjectManager {\n  ...ProjectManagerListFields\n  appointments { id communityId community { id name } startDate endDate registeredOn }\n}": typeof types.ProjectManagerFieldsFragmentDoc,
    "query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n      projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ProjectManagerListFields } total }\n    }": typeof types.ProjectManagerListDocument,
    "query ProjectManagerOne($id: ID!) { projectManager(id: $id) { ...ProjectManagerFields } }": typeof types.ProjectManagerOneDocument,
    "mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n      createProjectManager(input: $input) { __typename ... on MutationCreateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }": typeof types.ProjectManagerCreateDocument,
    "mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n      updateProjectManager(id: $id, input: $input) { __typename ... on MutationUpdateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }": typeof types.ProjectManagerUpdateDocument,
    "fragment TownshipFields on Township {\n  id name code communityCount enterpriseCount createdAt updatedAt\n}": typeof types.TownshipFieldsFragmentDoc,
    "query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n      townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...TownshipFields } total }\n    }": typeof types.TownshipListDocument,
    "query TownshipOne($id: ID!) { township(id: $id) { ...TownshipFields } }": typeof types.TownshipOneDocument,
    "mutation TownshipCreate($input: TownshipInput!) {\n      createTownship(input: $input) { __typename ... on MutationCreateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }": typeof types.TownshipCreateDocument,
    "mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n      updateTownship(id: $id, input: $input) { __typename ... on MutationUpdateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }": typeof types.TownshipUpdateDocument,
};
const documents: Documents = {
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    __typename\n    ... on LoginSuccess { token expiresAt user { id username displayName role } }\n    ... on Error { message }\n  }\n}": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "query Me {\n  me { id username displayName role township { id name } department { id name } enterprise { id name } permissions }\n}": types.MeDocument,
    "fragment MutationErrorFields on Error { message ... on ValidationError { fieldErrors { field message } } }": types.MutationErrorFieldsFragmentDoc,
    "fragment ApiTokenFields on ApiToken { id name readOnly createdAt lastUsedAt revokedAt }": types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenFields } }": types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { ...ApiTokenFields } } } ...MutationErrorFields }\n}": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) { __typename ... on MutationRevokeApiTokenSuccess { data { ...ApiTokenFields } } ...MutationErrorFields }\n}": types.RevokeApiTokenDocument,
    "fragment AuditLogFields on AuditLog {\n  id at actorId actorName action entityType entityId changes ip\n}": types.AuditLogFieldsFragmentDoc,
    "query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n      auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...AuditLogFields } total }\n    }": types.AuditLogListDocument,
    "query AuditLogOne($id: ID!) { auditLog(id: $id) { ...AuditLogFields } }": types.AuditLogOneDocument,
    "fragment UserFields on User {\n  id username displayName role townshipId departmentId enterpriseId active lastLoginAt createdAt\n}": types.UserFieldsFragmentDoc,
    "query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n      users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...UserFields } total }\n    }": types.UserListDocument,
    "query UserOne($id: ID!) { user(id: $id) { ...UserFields } }": types.UserOneDocument,
    "mutation UserCreate($input: UserInput!) {\n      createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }": types.UserCreateDocument,
    "mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n      updateUser(id: $id, input: $input) { __typename ... on MutationUpdateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }": types.UserUpdateDocument,
    "query KpiCards($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, filter: $filter) {\n    period from to previousPeriod\n    rows { kpis { code value numerator denominator target status previous change improved applicable distribution { key count } } }\n    definitions { code name kind direction target numerator denominator unavailable note }\n  }\n}": types.KpiCardsDocument,
    "query KpiTrend($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n    rows { month kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) { code value } }\n  }\n}": types.KpiTrendDocument,
    "query KpiTownships($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n    rows { groupId groupName kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) { code value } }\n  }\n}": types.KpiTownshipsDocument,
    "query IssuesByCategory($filter: AggregateFilter) {\n  aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) { keys labels count }\n}": types.IssuesByCategoryDocument,
    "query CampaignTimeline($year: Int!) {\n  campaign(year: $year) {\n    id name startDate endDate\n    currentPhase { code name }\n    phases { code name startDate endDate }\n    milestones { code title dueDate state }\n  }\n}": types.CampaignTimelineDocument,
    "fragment OpenIssueFields on Issue { id title category state deadline overdue daysOverdue dueSoon community { id name } }": types.OpenIssueFieldsFragmentDoc,
    "query EnterpriseHome($id: ID!) {\n  enterprise(id: $id) { id name credit { asOf score grade listStatus listUntil } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) { total items { ...OpenIssueFields } }\n  creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n    total items { id itemCode itemLabel points status effectiveFrom reason }\n  }\n}": types.EnterpriseHomeDocument,
    "query DepartmentQueue {\n  inbox { overdue { total } dueSoon { total } toVerify { total } complaints { total } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) { total items { ...OpenIssueFields } }\n}": types.DepartmentQueueDocument,
    "fragment BulletinSummary on Bulletin {\n  id month status generatedAt reviewedAt reviewNote publishedAt publishedOn printUrl downloadUrl\n}": types.BulletinSummaryFragmentDoc,
    "fragment BulletinBy on Bulletin { generatedByName reviewedByName publishedByName }": types.BulletinByFragmentDoc,
    "query Bulletins { bulletins { ...BulletinSummary ...BulletinBy } }": types.BulletinsDocument,
    "query PublicBulletins { bulletins { ...BulletinSummary } }": types.PublicBulletinsDocument,
    "query Bulletin($id: ID) {\n  bulletin(id: $id) { ...BulletinSummary ...BulletinBy availableActions { action available reason } snapshot }\n}": types.BulletinDocument,
    "query PublicBulletin($id: ID) { bulletin(id: $id) { ...BulletinSummary snapshot } }": types.PublicBulletinDocument,
    "mutation GenerateBulletin($month: String!) { generateBulletin(month: $month) { __typename ... on MutationGenerateBulletinSuccess { data { id month status } } ...MutationErrorFields } }": types.GenerateBulletinDocument,
    "mutation ReviewBulletin($id: ID!, $note: String) { reviewBulletin(id: $id, note: $note) { __typename ... on MutationReviewBulletinSuccess { data { id month status } } ...MutationErrorFields } }": types.ReviewBulletinDocument,
    "mutation PublishBulletin($id: ID!) { publishBulletin(id: $id) { __typename ... on MutationPublishBulletinSuccess { data { id month status } } ...MutationErrorFields } }": types.PublishBulletinDocument,
    "query Campaigns { campaigns { id year name } }": types.CampaignsDocument,
    "query Campaign($id: ID, $year: Int) {\n  campaign(id: $id, year: $year) {\n    id year name goal startDate endDate\n    currentPhase { id code name }\n    phases { id code name description startDate endDate }\n    milestones { id code title dueDate department { id name } status state doneOn evidence note phaseId measurement { kpi asOf numerator denominator value } availableActions { action available reason } }\n  }\n}": types.CampaignDocument,
    "query CampaignRoutines { campaignRoutines { code name cadence } }": types.CampaignRoutinesDocument,
    "query WeeklyProgress($campaignId: ID!) {\n  weeklyProgress(campaignId: $campaignId) { id weekStart summary createdAt department { id name } }\n}": types.WeeklyProgressDocument,
    "query TrainingSessions {\n  trainingSessions { id topic heldOn location attendees { id kind name present managerId enterpriseId } }\n}": types.TrainingSessionsDocument,
    "query JointMeetings {\n  jointMeetings { id title heldAt location agenda participants contactPhone noticeDate notice minutes }\n}": types.JointMeetingsDocument,
    "query DepartmentChoices { departments(perPage: 200) { items { id name } } }": types.DepartmentChoicesDocument,
    "mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n  createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) { __typename ... on MutationCreateMilestoneSuccess { data { id } } ...MutationErrorFields } }": types.CreateMilestoneDocument,
    "mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n  completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) { __typename ... on MutationCompleteMilestoneSuccess { data { id status state doneOn } } ...MutationErrorFields } }": types.CompleteMilestoneDocument,
    "mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n  addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) { __typename ... on MutationAddWeeklyProgressSuccess { data { id } } ...MutationErrorFields } }": types.AddWeeklyProgressDocument,
    "mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields } }": types.RecordTrainingSessionDocument,
    "mutation ScheduleJointMeeting($campaignId: ID, $title: String!, $heldAt: DateTime!, $location: String!, $agenda: String!, $participants: [String!]!, $contactPhone: String) {\n  scheduleJointMeeting(campaignId: $campaignId, title: $title, heldAt: $heldAt, location: $location, agenda: $agenda, participants: $participants, contactPhone: $contactPhone) { __typename ... on MutationScheduleJointMeetingSuccess { data { id notice } } ...MutationErrorFields } }": types.ScheduleJointMeetingDocument,
    "fragment ComplaintListFields on Complaint {\n  id channel category subtype state content complainantName complainantPhone complainantCount collective\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate\n  respondedAt handledAt closedAt followUpRating upheld issueId createdAt availableActions\n}": types.ComplaintListFieldsFragmentDoc,
    "fragment ComplaintFields on Complaint {\n  ...ComplaintListFields\n  responseNote answer rejectionReasons followUpNote b3Proposed b4Proposed b5Proposed\n  events { id action fromState toState at actorName note }\n}": types.ComplaintFieldsFragmentDoc,
    "query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n      complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ComplaintListFields } total }\n    }": types.ComplaintListDocument,
    "query ComplaintOne($id: ID!) { complaint(id: $id) { ...ComplaintFields } }": types.ComplaintOneDocument,
    "mutation ComplaintCreate($input: ComplaintInput!) {\n      createComplaint(input: $input) { __typename ... on MutationCreateComplaintSuccess { data { ...ComplaintFields } } ...MutationErrorFields }\n    }": types.ComplaintCreateDocument,
    "fragment InspectionListFields on Inspection {\n  id kind date inspectors communityId community { id name } townshipId township { id name }\n  enterpriseId enterprise { id name } score grade refusedToCooperate b10Proposed b14Proposed note createdAt\n}": types.InspectionListFieldsFragmentDoc,
    "fragment InspectionFields on Inspection {\n  ...InspectionListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  findings { itemId section title category points note turned }\n  issues { id title state deadline }\n}": types.InspectionFieldsFragmentDoc,
    "query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n      inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...InspectionListFields } total }\n    }": types.InspectionListDocument,
    "query InspectionOne($id: ID!) { inspection(id: $id) { ...InspectionFields } }": types.InspectionOneDocument,
    "mutation InspectionCreate($input: InspectionInput!) {\n      createInspection(input: $input) { __typename ... on MutationCreateInspectionSuccess { data { ...InspectionFields } } ...MutationErrorFields }\n    }": types.InspectionCreateDocument,
    "fragment IssueListFields on Issue {\n  id title category subtype state source sourceId deadline overdue daysOverdue dueSoon flagged returned\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } assignedAt closedAt createdAt updatedAt availableActions\n}": types.IssueListFieldsFragmentDoc,
    "fragment IssueFields on Issue {\n  ...IssueListFields\n  description measures lastSubmittedAt lastAction refusalRecorded b1Proposed b2Proposed checklistItemId\n  events { id action fromState toState at actorName note fileIds }\n  files { id originalName mime size uploadedAt sha256 url }\n  defect { code nameZh nameEn descriptionZh causes prevention repair }\n}": types.IssueFieldsFragmentDoc,
    "query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n      issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...IssueListFields } total }\n    }": types.IssueListDocument,
    "query IssueOne($id: ID!) { issue(id: $id) { ...IssueFields } }": types.IssueOneDocument,
    "mutation IssueCreate($input: IssueInput!) {\n      createIssue(input: $input) { __typename ... on MutationCreateIssueSuccess { data { ...IssueFields } } ...MutationErrorFields }\n    }": types.IssueCreateDocument,
    "fragment SelfCheckListFields on SelfCheck {\n  id date communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  score grade note createdAt\n}": types.SelfCheckListFieldsFragmentDoc,
    "fragment SelfCheckFields on SelfCheck {\n  ...SelfCheckListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  issues { id title state deadline }\n}": types.SelfCheckFieldsFragmentDoc,
    "query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n      selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...SelfCheckListFields } total }\n    }": types.SelfCheckListDocument,
    "query SelfCheckOne($id: ID!) { selfCheck(id: $id) { ...SelfCheckFields } }": types.SelfCheckOneDocument,
    "mutation SelfCheckCreate($input: SelfCheckInput!) {\n      submitSelfCheck(input: $input) { __typename ... on MutationSubmitSelfCheckSuccess { data { ...SelfCheckFields } } ...MutationErrorFields }\n    }": types.SelfCheckCreateDocument,
    "mutation AssignIssue($id: ID!, $input: AssignIssueInput!) { assignIssue(id: $id, input: $input) { __typename ... on MutationAssignIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.AssignIssueDocument,
    "mutation AcknowledgeIssue($id: ID!, $note: String) { acknowledgeIssue(id: $id, note: $note) { __typename ... on MutationAcknowledgeIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.AcknowledgeIssueDocument,
    "mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n  submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) { __typename ... on MutationSubmitIssueFeedbackSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.SubmitIssueFeedbackDocument,
    "mutation CloseIssue($id: ID!, $note: String) { closeIssue(id: $id, note: $note) { __typename ... on MutationCloseIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.CloseIssueDocument,
    "mutation ReturnIssue($id: ID!, $note: String!) { returnIssue(id: $id, note: $note) { __typename ... on MutationReturnIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.ReturnIssueDocument,
    "mutation FlagIssue($id: ID!, $note: String) { flagIssue(id: $id, note: $note) { __typename ... on MutationFlagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.FlagIssueDocument,
    "mutation UnflagIssue($id: ID!, $note: String) { unflagIssue(id: $id, note: $note) { __typename ... on MutationUnflagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.UnflagIssueDocument,
    "mutation RecordRefusal($id: ID!, $note: String!) { recordRefusal(id: $id, note: $note) { __typename ... on MutationRecordRefusalSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }": types.RecordRefusalDocument,
    "mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n  turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) { __typename ... on MutationTurnFindingsIntoIssuesSuccess { data { id title state } } ...MutationErrorFields } }": types.TurnFindingsIntoIssuesDocument,
    "mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n  routeComplaint(id: $id, departmentId: $departmentId, note: $note) { __typename ... on MutationRouteComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": types.RouteComplaintDocument,
    "mutation RespondToComplaint($id: ID!, $note: String!) { respondToComplaint(id: $id, note: $note) { __typename ... on MutationRespondToComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": types.RespondToComplaintDocument,
    "mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n  resolveComplaint(id: $id, answer: $answer, upheld: $upheld) { __typename ... on MutationResolveComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": types.ResolveComplaintDocument,
    "mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n  turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) { __typename ... on MutationTurnComplaintIntoIssueSuccess { data { id state availableActions issueId } } ...MutationErrorFields } }": types.TurnComplaintIntoIssueDocument,
    "mutation RejectComplaint($id: ID!, $reasons: String!) { rejectComplaint(id: $id, reasons: $reasons) { __typename ... on MutationRejectComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }": types.RejectComplaintDocument,
    "mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n  closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) { __typename ... on MutationCloseComplaintWithFollowUpSuccess { data { id state availableActions } } ...MutationErrorFields } }": types.CloseComplaintWithFollowUpDocument,
    "query InspectionChecklist { inspectionChecklist { id section sectionLabel text maxDeduction category } }": types.InspectionChecklistDocument,
    "query IssueCategories { issueCategories { code label subtypes departments { id name } } }": types.IssueCategoriesDocument,
    "query ClosedLoopSettings { closedLoopSettings { b1GraceDays complaintFirstResponseDays complaintResolutionDays dueSoonDays } }": types.ClosedLoopSettingsDocument,
    "fragment InboxSection on InboxIssues {\n  total\n  items {\n    id title category state deadline overdue daysOverdue dueSoon flagged returned availableActions\n    community { id name } enterprise { id name } department { id name }\n  }\n}": types.InboxSectionFragmentDoc,
    "query Inbox {\n  inbox {\n    assigned { ...InboxSection }\n    returned { ...InboxSection }\n    overdue { ...InboxSection }\n    dueSoon { ...InboxSection }\n    toAssign { ...InboxSection }\n    toVerify { ...InboxSection }\n    complaints { total items { id category channel state content receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate community { id name } } }\n  }\n}": types.InboxDocument,
    "query CommitteeRegister {\n  committeeRegister {\n    status termState\n    community { id name type households township { id name } }\n    election { id status termStart termEnd filedOn supplementary }\n  }\n}": types.CommitteeRegisterDocument,
    "fragment CommitteeCandidateFields on CommitteeCandidate {\n  id name route nominatedBy eligibilityAttested elected position leftOn\n}": types.CommitteeCandidateFieldsFragmentDoc,
    "fragment ElectionTallyFields on ElectionTally {\n  valid voidReason cast voidBallots elected vacant\n  counts { candidateId headcount area qualifies }\n  pendingTie { candidateIds seats }\n}": types.ElectionTallyFieldsFragmentDoc,
    "query CommitteeElection($id: ID!) {\n  committeeElection(id: $id) {\n    id committeeId status seats supplementary\n    community { id name township { id name } }\n    ruleSet { code version label seats termYears }\n    assemblyAt assemblyPlace assemblyForm agenda publicisedOn\n    rollHeadcount rollArea opensAt closesAt ballotListHash signedOffAt\n    termStart termEnd filedOn filedWith\n    preparatoryGroup { id name role }\n    candidates { ...CommitteeCandidateFields }\n    members { ...CommitteeCandidateFields }\n    counters { id name role }\n    paperProblems\n    result { ...ElectionTallyFields }\n    recallMotions { id movedOn memberIds supporterCount supportingArea totalArea reason voteHeldOn outcome }\n    dutyReviews { id reviewedOn reviewer note results { code label result } }\n    availableActions { action available reason }\n  }\n}": types.CommitteeElectionDocument,
    "query CommitteeElectionDocuments($id: ID!) {\n  committeeElection(id: $id) { id documents { notice candidateList paperBallot } }\n}": types.CommitteeElectionDocumentsDocument,
    "query OwnerUnits($communityId: ID!) {\n  ownerUnits(communityId: $communityId) { id building unitNo room area owners { name idMasked phone } }\n}": types.OwnerUnitsDocument,
    "query CommitteeDuties { committeeDuties { code label } }": types.CommitteeDutiesDocument,
    "mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n  importCommitteeOwners(communityId: $communityId, rows: $rows) { __typename ... on MutationImportCommitteeOwnersSuccess { data { units owners } } ...MutationErrorFields }\n}": types.ImportCommitteeOwnersDocument,
    "mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) { __typename ... on MutationCreateCommitteeElectionSuccess { data { id } } ...MutationErrorFields }\n}": types.CreateCommitteeElectionDocument,
    "mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) { __typename ... on MutationCallSupplementaryElectionSuccess { data { id } } ...MutationErrorFields }\n}": types.CallSupplementaryElectionDocument,
    "mutation NominateCommitteeCandidate($electionId: ID!, $name: String!, $route: NominationRoute!, $nominatedBy: String, $eligibilityAttested: Boolean!, $attestedBy: String) {\n  nominateCommitteeCandidate(electionId: $electionId, name: $name, route: $route, nominatedBy: $nominatedBy, eligibilityAttested: $eligibilityAttested, attestedBy: $attestedBy) {\n    __typename ... on MutationNominateCommitteeCandidateSuccess { data { id } } ...MutationErrorFields\n  }\n}": types.NominateCommitteeCandidateDocument,
    "mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n  attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) { __typename ... on MutationAttestCommitteeCandidateSuccess { data { id } } ...MutationErrorFields }\n}": types.AttestCommitteeCandidateDocument,
    "mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n  addElectionCounter(electionId: $electionId, name: $name, role: $role) { __typename ... on MutationAddElectionCounterSuccess { data { id } } ...MutationErrorFields }\n}": types.AddElectionCounterDocument,
    "mutation PubliciseCandidates($electionId: ID!) {\n  publiciseCandidates(electionId: $electionId) { __typename ... on MutationPubliciseCandidatesSuccess { data { id status } } ...MutationErrorFields }\n}": types.PubliciseCandidatesDocument,
    "mutation FreezeVoterRoll($electionId: ID!) {\n  freezeVoterRoll(electionId: $electionId) { __typename ... on MutationFreezeVoterRollSuccess { data { id status } } ...MutationErrorFields }\n}": types.FreezeVoterRollDocument,
    "mutation IssueVotingCodes($electionId: ID!) {\n  issueVotingCodes(electionId: $electionId) { __typename ... on MutationIssueVotingCodesSuccess { data { unitId building unitNo room code } } ...MutationErrorFields }\n}": types.IssueVotingCodesDocument,
    "mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n  openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) { __typename ... on MutationOpenVotingSuccess { data { id status } } ...MutationErrorFields }\n}": types.OpenVotingDocument,
    "mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n  signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) { __typename ... on MutationSignInPaperVoterSuccess { data } ...MutationErrorFields }\n}": types.SignInPaperVoterDocument,
    "mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n  enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n    __typename ... on MutationEnterPaperBallotSuccess { data { paperNo entries mismatch } } ...MutationErrorFields\n  }\n}": types.EnterPaperBallotDocument,
    "mutation CloseVoting($electionId: ID!) {\n  closeVoting(electionId: $electionId) { __typename ... on MutationCloseVotingSuccess { data { id status } } ...MutationErrorFields }\n}": types.CloseVotingDocument,
    "mutation CountVotes($electionId: ID!) {\n  countVotes(electionId: $electionId) { __typename ... on MutationCountVotesSuccess { data { id status } } ...MutationErrorFields }\n}": types.CountVotesDocument,
    "mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n  settleElectionTie(electionId: $electionId, winners: $winners) { __typename ... on MutationSettleElectionTieSuccess { data { id status } } ...MutationErrorFields }\n}": types.SettleElectionTieDocument,
    "mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n  electCommitteeOfficers(electionId: $electionId, officers: $officers) { __typename ... on MutationElectCommitteeOfficersSuccess { data { id status } } ...MutationErrorFields }\n}": types.ElectCommitteeOfficersDocument,
    "mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n  signOffCount(electionId: $electionId, counterIds: $counterIds) { __typename ... on MutationSignOffCountSuccess { data { id status } } ...MutationErrorFields }\n}": types.SignOffCountDocument,
    "mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n  fileCommittee(electionId: $electionId, filedWith: $filedWith) { __typename ... on MutationFileCommitteeSuccess { data { id status } } ...MutationErrorFields }\n}": types.FileCommitteeDocument,
    "mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n  moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) { __typename ... on MutationMoveRecallSuccess { data { id } } ...MutationErrorFields }\n}": types.MoveRecallDocument,
    "mutation RecordRecallVote($motionId: ID!, $heldOn: Date!, $participatedArea: String!, $participatedHeadcount: Int!, $inFavourArea: String!, $inFavourHeadcount: Int!) {\n  recordRecallVote(motionId: $motionId, heldOn: $heldOn, participatedArea: $participatedArea, participatedHeadcount: $participatedHeadcount, inFavourArea: $inFavourArea, inFavourHeadcount: $inFavourHeadcount) {\n    __typename ... on MutationRecordRecallVoteSuccess { data { id outcome } } ...MutationErrorFields\n  }\n}": types.RecordRecallVoteDocument,
    "mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n  reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) { __typename ... on MutationReviewCommitteeDutiesSuccess { data { id } } ...MutationErrorFields }\n}": types.ReviewCommitteeDutiesDocument,
    "mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n  recordCommitteeVacancy(memberId: $memberId, reason: $reason) { __typename ... on MutationRecordCommitteeVacancySuccess { data { id } } ...MutationErrorFields }\n}": types.RecordCommitteeVacancyDocument,
    "mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields }\n}": types.RecordCommitteeTrainingDocument,
    "query VotingBallot($code: String!) {\n  votingBallot(code: $code) { electionId communityName seats opensAt closesAt open candidates { id name route } }\n}": types.VotingBallotDocument,
    "mutation CastBallot($code: String!, $choices: [ID!]!) {\n  castBallot(code: $code, choices: $choices) { __typename ... on MutationCastBallotSuccess { data { receiptId electionId } } ...MutationErrorFields }\n}": types.CastBallotDocument,
    "query ElectionResults($id: ID!) {\n  electionResults(id: $id) {\n    electionId communityName status countedOn seats\n    ruleSet { code version label }\n    candidates { id name route elected position }\n    rollHeadcount rollArea participatedHeadcount participatedArea\n    tally { ...ElectionTallyFields }\n    tieSettledBy ballotList ballotListHash recountMatches\n  }\n}": types.ElectionResultsDocument,
    "query BallotReceipt($electionId: ID!, $receipt: String!) {\n  ballotReceipt(electionId: $electionId, receipt: $receipt) { receiptId area choices }\n}": types.BallotReceiptDocument,
    "fragment CreditRecordListFields on CreditRecord {\n  id subjectType enterpriseId enterprise { id name } managerId manager { id name } communityId community { id name }\n  itemCode itemLabel points termMonths serious veto commendation standardVersion effectiveFrom expiresOn status\n  proposedById proposedAt reason sourceType sourceId publicizedOn objectionDeadline objectionDaysLeft confirmedOn repairedOn correctsId createdAt\n  availableActions { action available reason }\n  # The pending objection is the one a reviewer decides from a list row.\n  objections { id status }\n}": types.CreditRecordListFieldsFragmentDoc,
    "fragment CreditRecordFields on CreditRecord {\n  ...CreditRecordListFields\n  evidence reviewerId decision decisionNote decidedAt revokedById revokedAt revokeReason blacklistMonths\n  events { id fromStatus toStatus at actorName note }\n  objections { id status statement evidence filedAt decisionNote decidedAt }\n}": types.CreditRecordFieldsFragmentDoc,
    "query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n      creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CreditRecordListFields } total }\n    }": types.CreditRecordListDocument,
    "query CreditRecordOne($id: ID!) { creditRecord(id: $id) { ...CreditRecordFields } }": types.CreditRecordOneDocument,
    "mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n      proposeCreditRecord(input: $input) { __typename ... on MutationProposeCreditRecordSuccess { data { ...CreditRecordFields } } ...MutationErrorFields }\n    }": types.CreditRecordCreateDocument,
    "fragment ObjectionFields on Objection {\n  id status statement evidence filedAt filedById decidedAt decidedById decisionNote\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom objectionDeadline proposedById enterpriseId }\n}": types.ObjectionFieldsFragmentDoc,
    "query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n      objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ObjectionFields } total }\n    }": types.ObjectionListDocument,
    "query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n  enterprise(id: $id) {\n    id name uscc status township { id name }\n    credit(asOf: $asOf) {\n      asOf score grade positivePoints negativePoints veto standardVersion listStatus listUntil\n      breakdown { recordId itemCode points termMonths effectiveFrom expiresOn veto inherited\n        record { id itemLabel reason status sourceType confirmedOn availableActions { action available reason } } }\n      history(from: $from, to: $to) { date score grade }\n    }\n  }\n}": types.EnterpriseCreditDocument,
    "query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n  ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n    total asOf standardVersion\n    items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil }\n  }\n}": types.RankingDocument,
    "fragment ListedFields on ListedFirm { enterpriseId name uscc score grade kind reason from until }": types.ListedFieldsFragmentDoc,
    "query Boards {\n  redList { ...ListedFields }\n  blackList { ...ListedFields }\n  ratings { id quarter status publishedOn asOf total standardVersion }\n}": types.BoardsDocument,
    "query Ratings { ratings { id quarter status asOf publishedOn preparedAt reviewedAt total standardVersion } }": types.RatingsDocument,
    "query Rating($id: ID, $page: Int, $perPage: Int) {\n  rating(id: $id) {\n    id quarter status asOf publishedOn preparedAt reviewedAt reviewNote total standardVersion g5ProposalIds\n    availableActions { action available reason }\n    distribution { grade count }\n    redList { ...ListedFields }\n    blackList { ...ListedFields }\n    consecutiveC { ...ListedFields }\n    ranking(page: $page, perPage: $perPage) { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints }\n  }\n}": types.RatingDocument,
    "mutation PrepareRating($quarter: String!) { prepareRating(quarter: $quarter) { __typename ... on MutationPrepareRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": types.PrepareRatingDocument,
    "mutation ReviewRating($id: ID!, $note: String) { reviewRating(id: $id, note: $note) { __typename ... on MutationReviewRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": types.ReviewRatingDocument,
    "mutation PublishRating($id: ID!) { publishRating(id: $id) { __typename ... on MutationPublishRatingSuccess { data { id quarter status } } ...MutationErrorFields } }": types.PublishRatingDocument,
    "mutation PublicizeCreditRecord($id: ID!) { publicizeCreditRecord(id: $id) { __typename ... on MutationPublicizeCreditRecordSuccess { data { id status } } ...MutationErrorFields } }": types.PublicizeCreditRecordDocument,
    "mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n  fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) { __typename ... on MutationFileObjectionSuccess { data { id status } } ...MutationErrorFields } }": types.FileObjectionDocument,
    "mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n  decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) { __typename ... on MutationDecideObjectionSuccess { data { id status } } ...MutationErrorFields } }": types.DecideObjectionDocument,
    "mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n  revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) { __typename ... on MutationRevokeCreditRecordSuccess { data { revoked { id status } reissued { id status } } } ...MutationErrorFields } }": types.RevokeCreditRecordDocument,
    "mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n  applyForRepair(recordId: $recordId, commitment: $commitment) { __typename ... on MutationApplyForRepairSuccess { data { id status } } ...MutationErrorFields } }": types.ApplyForRepairDocument,
    "mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n  decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) { __typename ... on MutationDecideRepairSuccess { data { id status } } ...MutationErrorFields } }": types.DecideRepairDocument,
    "query ScoringStandardItems { scoringStandard { version base positiveCap items { code label points termMonths subject serious veto } } }": types.ScoringStandardItemsDocument,
    "query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) { total unread items { id kind title body recordId createdAt readAt } }\n}": types.NotificationsDocument,
    "query UnreadNotifications { notifications(perPage: 1, unreadOnly: true) { unread } }": types.UnreadNotificationsDocument,
    "mutation MarkNotificationRead($ids: [ID!]) { markNotificationRead(ids: $ids) }": types.MarkNotificationReadDocument,
    "fragment RepairApplicationFields on RepairApplication {\n  id status commitment openIssues appliedAt appliedById decidedAt decidedById reasons\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom expiresOn confirmedOn }\n}": types.RepairApplicationFieldsFragmentDoc,
    "query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n      repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...RepairApplicationFields } total }\n    }": types.RepairApplicationListDocument,
    "query PublicRandomDraws {\n  randomDraws {\n    id title status seed dueBy drawnAt publishedAt communityCount teamSize\n    policy { code version label }\n    communities { id position weight communityName townshipName enterpriseName inspectors { id name unitName } result { date score grade findingCount refusedToCooperate } }\n    reproduction { matches problems }\n  }\n}": types.PublicRandomDrawsDocument,
    "fragment CommunityFields on Community {\n  id name townshipId township { id name } address type households floorArea deliveryDate\n  serviceMode enterpriseId enterprise { id name } contractStart contractEnd officeArea maintenanceFundBalance\n  createdAt updatedAt\n}": types.CommunityFieldsFragmentDoc,
    "query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n      communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CommunityFields } total }\n    }": types.CommunityListDocument,
    "query CommunityOne($id: ID!) { community(id: $id) { ...CommunityFields } }": types.CommunityOneDocument,
    "mutation CommunityCreate($input: CommunityInput!) {\n      createCommunity(input: $input) { __typename ... on MutationCreateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }": types.CommunityCreateDocument,
    "mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n      updateCommunity(id: $id, input: $input) { __typename ... on MutationUpdateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }": types.CommunityUpdateDocument,
    "fragment DepartmentFields on Department {\n  id name code remit createdAt updatedAt\n}": types.DepartmentFieldsFragmentDoc,
    "query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n      departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...DepartmentFields } total }\n    }": types.DepartmentListDocument,
    "query DepartmentOne($id: ID!) { department(id: $id) { ...DepartmentFields } }": types.DepartmentOneDocument,
    "mutation DepartmentCreate($input: DepartmentInput!) {\n      createDepartment(input: $input) { __typename ... on MutationCreateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }": types.DepartmentCreateDocument,
    "mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n      updateDepartment(id: $id, input: $input) { __typename ... on MutationUpdateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }": types.DepartmentUpdateDocument,
    "fragment EnterpriseFields on Enterprise {\n  id name uscc legalRepresentative contactPerson contactPhone address\n  townshipId township { id name }\n  status score grade listStatus listUntil\n  communityCount managerCount createdAt updatedAt\n}": types.EnterpriseFieldsFragmentDoc,
    "query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n      enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...EnterpriseFields } total }\n    }": types.EnterpriseListDocument,
    "query EnterpriseOne($id: ID!) { enterprise(id: $id) { ...EnterpriseFields } }": types.EnterpriseOneDocument,
    "mutation EnterpriseCreate($input: EnterpriseInput!) {\n      createEnterprise(input: $input) { __typename ... on MutationCreateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }": types.EnterpriseCreateDocument,
    "mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n      updateEnterprise(id: $id, input: $input) { __typename ... on MutationUpdateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }": types.EnterpriseUpdateDocument,
    "fragment ProjectManagerListFields on ProjectManager {\n  id name enterpriseId enterprise { id name } certificateNo phone createdAt\n}": types.ProjectManagerListFieldsFragmentDoc,
    "fragment ProjectManagerFields on ProjectManager {\n  ...ProjectManagerListFields\n  appointments { id communityId community { id name } startDate endDate registeredOn }\n}": types.ProjectManagerFieldsFragmentDoc,
    "query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n      projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ProjectManagerListFields } total }\n    }": types.ProjectManagerListDocument,
    "query ProjectManagerOne($id: ID!) { projectManager(id: $id) { ...ProjectManagerFields } }": types.ProjectManagerOneDocument,
    "mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n      createProjectManager(input: $input) { __typename ... on MutationCreateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }": types.ProjectManagerCreateDocument,
    "mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n      updateProjectManager(id: $id, input: $input) { __typename ... on MutationUpdateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }": types.ProjectManagerUpdateDocument,
    "fragment TownshipFields on Township {\n  id name code communityCount enterpriseCount createdAt updatedAt\n}": types.TownshipFieldsFragmentDoc,
    "query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n      townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...TownshipFields } total }\n    }": types.TownshipListDocument,
    "query TownshipOne($id: ID!) { township(id: $id) { ...TownshipFields } }": types.TownshipOneDocument,
    "mutation TownshipCreate($input: TownshipInput!) {\n      createTownship(input: $input) { __typename ... on MutationCreateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }": types.TownshipCreateDocument,
    "mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n      updateTownship(id: $id, input: $input) { __typename ... on MutationUpdateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }": types.TownshipUpdateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    __typename\n    ... on LoginSuccess { token expiresAt user { id username displayName role } }\n    ... on Error { message }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me { id username displayName role township { id name } department { id name } enterprise { id name } permissions }\n}"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MutationErrorFields on Error { message ... on ValidationError { fieldErrors { field message } } }"): typeof import('./graphql').MutationErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken { id name readOnly createdAt lastUsedAt revokedAt }"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens { apiTokens { ...ApiTokenFields } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { ...ApiTokenFields } } } ...MutationErrorFields }\n}"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) { __typename ... on MutationRevokeApiTokenSuccess { data { ...ApiTokenFields } } ...MutationErrorFields }\n}"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditLogFields on AuditLog {\n  id at actorId actorName action entityType entityId changes ip\n}"): typeof import('./graphql').AuditLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n      auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...AuditLogFields } total }\n    }"): typeof import('./graphql').AuditLogListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogOne($id: ID!) { auditLog(id: $id) { ...AuditLogFields } }"): typeof import('./graphql').AuditLogOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User {\n  id username displayName role townshipId departmentId enterpriseId active lastLoginAt createdAt\n}"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n      users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...UserFields } total }\n    }"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserOne($id: ID!) { user(id: $id) { ...UserFields } }"): typeof import('./graphql').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserCreate($input: UserInput!) {\n      createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').UserCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n      updateUser(id: $id, input: $input) { __typename ... on MutationUpdateUserSuccess { data { ...UserFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').UserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpiCards($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, filter: $filter) {\n    period from to previousPeriod\n    rows { kpis { code value numerator denominator target status previous change improved applicable distribution { key count } } }\n    definitions { code name kind direction target numerator denominator unavailable note }\n  }\n}"): typeof import('./graphql').KpiCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpiTrend($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n    rows { month kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) { code value } }\n  }\n}"): typeof import('./graphql').KpiTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpiTownships($period: String!, $filter: KpiFilter) {\n  kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n    rows { groupId groupName kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) { code value } }\n  }\n}"): typeof import('./graphql').KpiTownshipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuesByCategory($filter: AggregateFilter) {\n  aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) { keys labels count }\n}"): typeof import('./graphql').IssuesByCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignTimeline($year: Int!) {\n  campaign(year: $year) {\n    id name startDate endDate\n    currentPhase { code name }\n    phases { code name startDate endDate }\n    milestones { code title dueDate state }\n  }\n}"): typeof import('./graphql').CampaignTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OpenIssueFields on Issue { id title category state deadline overdue daysOverdue dueSoon community { id name } }"): typeof import('./graphql').OpenIssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseHome($id: ID!) {\n  enterprise(id: $id) { id name credit { asOf score grade listStatus listUntil } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) { total items { ...OpenIssueFields } }\n  creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n    total items { id itemCode itemLabel points status effectiveFrom reason }\n  }\n}"): typeof import('./graphql').EnterpriseHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentQueue {\n  inbox { overdue { total } dueSoon { total } toVerify { total } complaints { total } }\n  issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) { total items { ...OpenIssueFields } }\n}"): typeof import('./graphql').DepartmentQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulletinSummary on Bulletin {\n  id month status generatedAt reviewedAt reviewNote publishedAt publishedOn printUrl downloadUrl\n}"): typeof import('./graphql').BulletinSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulletinBy on Bulletin { generatedByName reviewedByName publishedByName }"): typeof import('./graphql').BulletinByFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bulletins { bulletins { ...BulletinSummary ...BulletinBy } }"): typeof import('./graphql').BulletinsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicBulletins { bulletins { ...BulletinSummary } }"): typeof import('./graphql').PublicBulletinsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bulletin($id: ID) {\n  bulletin(id: $id) { ...BulletinSummary ...BulletinBy availableActions { action available reason } snapshot }\n}"): typeof import('./graphql').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicBulletin($id: ID) { bulletin(id: $id) { ...BulletinSummary snapshot } }"): typeof import('./graphql').PublicBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateBulletin($month: String!) { generateBulletin(month: $month) { __typename ... on MutationGenerateBulletinSuccess { data { id month status } } ...MutationErrorFields } }"): typeof import('./graphql').GenerateBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewBulletin($id: ID!, $note: String) { reviewBulletin(id: $id, note: $note) { __typename ... on MutationReviewBulletinSuccess { data { id month status } } ...MutationErrorFields } }"): typeof import('./graphql').ReviewBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishBulletin($id: ID!) { publishBulletin(id: $id) { __typename ... on MutationPublishBulletinSuccess { data { id month status } } ...MutationErrorFields } }"): typeof import('./graphql').PublishBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Campaigns { campaigns { id year name } }"): typeof import('./graphql').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Campaign($id: ID, $year: Int) {\n  campaign(id: $id, year: $year) {\n    id year name goal startDate endDate\n    currentPhase { id code name }\n    phases { id code name description startDate endDate }\n    milestones { id code title dueDate department { id name } status state doneOn evidence note phaseId measurement { kpi asOf numerator denominator value } availableActions { action available reason } }\n  }\n}"): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignRoutines { campaignRoutines { code name cadence } }"): typeof import('./graphql').CampaignRoutinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WeeklyProgress($campaignId: ID!) {\n  weeklyProgress(campaignId: $campaignId) { id weekStart summary createdAt department { id name } }\n}"): typeof import('./graphql').WeeklyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingSessions {\n  trainingSessions { id topic heldOn location attendees { id kind name present managerId enterpriseId } }\n}"): typeof import('./graphql').TrainingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointMeetings {\n  jointMeetings { id title heldAt location agenda participants contactPhone noticeDate notice minutes }\n}"): typeof import('./graphql').JointMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentChoices { departments(perPage: 200) { items { id name } } }"): typeof import('./graphql').DepartmentChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n  createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) { __typename ... on MutationCreateMilestoneSuccess { data { id } } ...MutationErrorFields } }"): typeof import('./graphql').CreateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n  completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) { __typename ... on MutationCompleteMilestoneSuccess { data { id status state doneOn } } ...MutationErrorFields } }"): typeof import('./graphql').CompleteMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n  addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) { __typename ... on MutationAddWeeklyProgressSuccess { data { id } } ...MutationErrorFields } }"): typeof import('./graphql').AddWeeklyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields } }"): typeof import('./graphql').RecordTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleJointMeeting($campaignId: ID, $title: String!, $heldAt: DateTime!, $location: String!, $agenda: String!, $participants: [String!]!, $contactPhone: String) {\n  scheduleJointMeeting(campaignId: $campaignId, title: $title, heldAt: $heldAt, location: $location, agenda: $agenda, participants: $participants, contactPhone: $contactPhone) { __typename ... on MutationScheduleJointMeetingSuccess { data { id notice } } ...MutationErrorFields } }"): typeof import('./graphql').ScheduleJointMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplaintListFields on Complaint {\n  id channel category subtype state content complainantName complainantPhone complainantCount collective\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate\n  respondedAt handledAt closedAt followUpRating upheld issueId createdAt availableActions\n}"): typeof import('./graphql').ComplaintListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplaintFields on Complaint {\n  ...ComplaintListFields\n  responseNote answer rejectionReasons followUpNote b3Proposed b4Proposed b5Proposed\n  events { id action fromState toState at actorName note }\n}"): typeof import('./graphql').ComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n      complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ComplaintListFields } total }\n    }"): typeof import('./graphql').ComplaintListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintOne($id: ID!) { complaint(id: $id) { ...ComplaintFields } }"): typeof import('./graphql').ComplaintOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintCreate($input: ComplaintInput!) {\n      createComplaint(input: $input) { __typename ... on MutationCreateComplaintSuccess { data { ...ComplaintFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').ComplaintCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InspectionListFields on Inspection {\n  id kind date inspectors communityId community { id name } townshipId township { id name }\n  enterpriseId enterprise { id name } score grade refusedToCooperate b10Proposed b14Proposed note createdAt\n}"): typeof import('./graphql').InspectionListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InspectionFields on Inspection {\n  ...InspectionListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  findings { itemId section title category points note turned }\n  issues { id title state deadline }\n}"): typeof import('./graphql').InspectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n      inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...InspectionListFields } total }\n    }"): typeof import('./graphql').InspectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionOne($id: ID!) { inspection(id: $id) { ...InspectionFields } }"): typeof import('./graphql').InspectionOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InspectionCreate($input: InspectionInput!) {\n      createInspection(input: $input) { __typename ... on MutationCreateInspectionSuccess { data { ...InspectionFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').InspectionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IssueListFields on Issue {\n  id title category subtype state source sourceId deadline overdue daysOverdue dueSoon flagged returned\n  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  departmentId department { id name } assignedAt closedAt createdAt updatedAt availableActions\n}"): typeof import('./graphql').IssueListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IssueFields on Issue {\n  ...IssueListFields\n  description measures lastSubmittedAt lastAction refusalRecorded b1Proposed b2Proposed checklistItemId\n  events { id action fromState toState at actorName note fileIds }\n  files { id originalName mime size uploadedAt sha256 url }\n  defect { code nameZh nameEn descriptionZh causes prevention repair }\n}"): typeof import('./graphql').IssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n      issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...IssueListFields } total }\n    }"): typeof import('./graphql').IssueListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssueOne($id: ID!) { issue(id: $id) { ...IssueFields } }"): typeof import('./graphql').IssueOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueCreate($input: IssueInput!) {\n      createIssue(input: $input) { __typename ... on MutationCreateIssueSuccess { data { ...IssueFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').IssueCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SelfCheckListFields on SelfCheck {\n  id date communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }\n  score grade note createdAt\n}"): typeof import('./graphql').SelfCheckListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SelfCheckFields on SelfCheck {\n  ...SelfCheckListFields\n  deductions { itemId points note item { id section sectionLabel text maxDeduction } }\n  issues { id title state deadline }\n}"): typeof import('./graphql').SelfCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n      selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...SelfCheckListFields } total }\n    }"): typeof import('./graphql').SelfCheckListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfCheckOne($id: ID!) { selfCheck(id: $id) { ...SelfCheckFields } }"): typeof import('./graphql').SelfCheckOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SelfCheckCreate($input: SelfCheckInput!) {\n      submitSelfCheck(input: $input) { __typename ... on MutationSubmitSelfCheckSuccess { data { ...SelfCheckFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').SelfCheckCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignIssue($id: ID!, $input: AssignIssueInput!) { assignIssue(id: $id, input: $input) { __typename ... on MutationAssignIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').AssignIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeIssue($id: ID!, $note: String) { acknowledgeIssue(id: $id, note: $note) { __typename ... on MutationAcknowledgeIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').AcknowledgeIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n  submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) { __typename ... on MutationSubmitIssueFeedbackSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').SubmitIssueFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseIssue($id: ID!, $note: String) { closeIssue(id: $id, note: $note) { __typename ... on MutationCloseIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').CloseIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnIssue($id: ID!, $note: String!) { returnIssue(id: $id, note: $note) { __typename ... on MutationReturnIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').ReturnIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagIssue($id: ID!, $note: String) { flagIssue(id: $id, note: $note) { __typename ... on MutationFlagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').FlagIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnflagIssue($id: ID!, $note: String) { unflagIssue(id: $id, note: $note) { __typename ... on MutationUnflagIssueSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').UnflagIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRefusal($id: ID!, $note: String!) { recordRefusal(id: $id, note: $note) { __typename ... on MutationRecordRefusalSuccess { data { id state flagged availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').RecordRefusalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n  turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) { __typename ... on MutationTurnFindingsIntoIssuesSuccess { data { id title state } } ...MutationErrorFields } }"): typeof import('./graphql').TurnFindingsIntoIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n  routeComplaint(id: $id, departmentId: $departmentId, note: $note) { __typename ... on MutationRouteComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').RouteComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToComplaint($id: ID!, $note: String!) { respondToComplaint(id: $id, note: $note) { __typename ... on MutationRespondToComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').RespondToComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n  resolveComplaint(id: $id, answer: $answer, upheld: $upheld) { __typename ... on MutationResolveComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').ResolveComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n  turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) { __typename ... on MutationTurnComplaintIntoIssueSuccess { data { id state availableActions issueId } } ...MutationErrorFields } }"): typeof import('./graphql').TurnComplaintIntoIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectComplaint($id: ID!, $reasons: String!) { rejectComplaint(id: $id, reasons: $reasons) { __typename ... on MutationRejectComplaintSuccess { data { id state availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').RejectComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n  closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) { __typename ... on MutationCloseComplaintWithFollowUpSuccess { data { id state availableActions } } ...MutationErrorFields } }"): typeof import('./graphql').CloseComplaintWithFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionChecklist { inspectionChecklist { id section sectionLabel text maxDeduction category } }"): typeof import('./graphql').InspectionChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssueCategories { issueCategories { code label subtypes departments { id name } } }"): typeof import('./graphql').IssueCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosedLoopSettings { closedLoopSettings { b1GraceDays complaintFirstResponseDays complaintResolutionDays dueSoonDays } }"): typeof import('./graphql').ClosedLoopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InboxSection on InboxIssues {\n  total\n  items {\n    id title category state deadline overdue daysOverdue dueSoon flagged returned availableActions\n    community { id name } enterprise { id name } department { id name }\n  }\n}"): typeof import('./graphql').InboxSectionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox {\n  inbox {\n    assigned { ...InboxSection }\n    returned { ...InboxSection }\n    overdue { ...InboxSection }\n    dueSoon { ...InboxSection }\n    toAssign { ...InboxSection }\n    toVerify { ...InboxSection }\n    complaints { total items { id category channel state content receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate community { id name } } }\n  }\n}"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeRegister {\n  committeeRegister {\n    status termState\n    community { id name type households township { id name } }\n    election { id status termStart termEnd filedOn supplementary }\n  }\n}"): typeof import('./graphql').CommitteeRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommitteeCandidateFields on CommitteeCandidate {\n  id name route nominatedBy eligibilityAttested elected position leftOn\n}"): typeof import('./graphql').CommitteeCandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ElectionTallyFields on ElectionTally {\n  valid voidReason cast voidBallots elected vacant\n  counts { candidateId headcount area qualifies }\n  pendingTie { candidateIds seats }\n}"): typeof import('./graphql').ElectionTallyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeElection($id: ID!) {\n  committeeElection(id: $id) {\n    id committeeId status seats supplementary\n    community { id name township { id name } }\n    ruleSet { code version label seats termYears }\n    assemblyAt assemblyPlace assemblyForm agenda publicisedOn\n    rollHeadcount rollArea opensAt closesAt ballotListHash signedOffAt\n    termStart termEnd filedOn filedWith\n    preparatoryGroup { id name role }\n    candidates { ...CommitteeCandidateFields }\n    members { ...CommitteeCandidateFields }\n    counters { id name role }\n    paperProblems\n    result { ...ElectionTallyFields }\n    recallMotions { id movedOn memberIds supporterCount supportingArea totalArea reason voteHeldOn outcome }\n    dutyReviews { id reviewedOn reviewer note results { code label result } }\n    availableActions { action available reason }\n  }\n}"): typeof import('./graphql').CommitteeElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeElectionDocuments($id: ID!) {\n  committeeElection(id: $id) { id documents { notice candidateList paperBallot } }\n}"): typeof import('./graphql').CommitteeElectionDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerUnits($communityId: ID!) {\n  ownerUnits(communityId: $communityId) { id building unitNo room area owners { name idMasked phone } }\n}"): typeof import('./graphql').OwnerUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeDuties { committeeDuties { code label } }"): typeof import('./graphql').CommitteeDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n  importCommitteeOwners(communityId: $communityId, rows: $rows) { __typename ... on MutationImportCommitteeOwnersSuccess { data { units owners } } ...MutationErrorFields }\n}"): typeof import('./graphql').ImportCommitteeOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) { __typename ... on MutationCreateCommitteeElectionSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').CreateCommitteeElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n  callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) { __typename ... on MutationCallSupplementaryElectionSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').CallSupplementaryElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NominateCommitteeCandidate($electionId: ID!, $name: String!, $route: NominationRoute!, $nominatedBy: String, $eligibilityAttested: Boolean!, $attestedBy: String) {\n  nominateCommitteeCandidate(electionId: $electionId, name: $name, route: $route, nominatedBy: $nominatedBy, eligibilityAttested: $eligibilityAttested, attestedBy: $attestedBy) {\n    __typename ... on MutationNominateCommitteeCandidateSuccess { data { id } } ...MutationErrorFields\n  }\n}"): typeof import('./graphql').NominateCommitteeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n  attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) { __typename ... on MutationAttestCommitteeCandidateSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').AttestCommitteeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n  addElectionCounter(electionId: $electionId, name: $name, role: $role) { __typename ... on MutationAddElectionCounterSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').AddElectionCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PubliciseCandidates($electionId: ID!) {\n  publiciseCandidates(electionId: $electionId) { __typename ... on MutationPubliciseCandidatesSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').PubliciseCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreezeVoterRoll($electionId: ID!) {\n  freezeVoterRoll(electionId: $electionId) { __typename ... on MutationFreezeVoterRollSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').FreezeVoterRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueVotingCodes($electionId: ID!) {\n  issueVotingCodes(electionId: $electionId) { __typename ... on MutationIssueVotingCodesSuccess { data { unitId building unitNo room code } } ...MutationErrorFields }\n}"): typeof import('./graphql').IssueVotingCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n  openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) { __typename ... on MutationOpenVotingSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').OpenVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n  signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) { __typename ... on MutationSignInPaperVoterSuccess { data } ...MutationErrorFields }\n}"): typeof import('./graphql').SignInPaperVoterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n  enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n    __typename ... on MutationEnterPaperBallotSuccess { data { paperNo entries mismatch } } ...MutationErrorFields\n  }\n}"): typeof import('./graphql').EnterPaperBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseVoting($electionId: ID!) {\n  closeVoting(electionId: $electionId) { __typename ... on MutationCloseVotingSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').CloseVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CountVotes($electionId: ID!) {\n  countVotes(electionId: $electionId) { __typename ... on MutationCountVotesSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').CountVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n  settleElectionTie(electionId: $electionId, winners: $winners) { __typename ... on MutationSettleElectionTieSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').SettleElectionTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n  electCommitteeOfficers(electionId: $electionId, officers: $officers) { __typename ... on MutationElectCommitteeOfficersSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').ElectCommitteeOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n  signOffCount(electionId: $electionId, counterIds: $counterIds) { __typename ... on MutationSignOffCountSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').SignOffCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n  fileCommittee(electionId: $electionId, filedWith: $filedWith) { __typename ... on MutationFileCommitteeSuccess { data { id status } } ...MutationErrorFields }\n}"): typeof import('./graphql').FileCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n  moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) { __typename ... on MutationMoveRecallSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').MoveRecallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRecallVote($motionId: ID!, $heldOn: Date!, $participatedArea: String!, $participatedHeadcount: Int!, $inFavourArea: String!, $inFavourHeadcount: Int!) {\n  recordRecallVote(motionId: $motionId, heldOn: $heldOn, participatedArea: $participatedArea, participatedHeadcount: $participatedHeadcount, inFavourArea: $inFavourArea, inFavourHeadcount: $inFavourHeadcount) {\n    __typename ... on MutationRecordRecallVoteSuccess { data { id outcome } } ...MutationErrorFields\n  }\n}"): typeof import('./graphql').RecordRecallVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n  reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) { __typename ... on MutationReviewCommitteeDutiesSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').ReviewCommitteeDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n  recordCommitteeVacancy(memberId: $memberId, reason: $reason) { __typename ... on MutationRecordCommitteeVacancySuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').RecordCommitteeVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n  recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) { __typename ... on MutationRecordTrainingSessionSuccess { data { id } } ...MutationErrorFields }\n}"): typeof import('./graphql').RecordCommitteeTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VotingBallot($code: String!) {\n  votingBallot(code: $code) { electionId communityName seats opensAt closesAt open candidates { id name route } }\n}"): typeof import('./graphql').VotingBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CastBallot($code: String!, $choices: [ID!]!) {\n  castBallot(code: $code, choices: $choices) { __typename ... on MutationCastBallotSuccess { data { receiptId electionId } } ...MutationErrorFields }\n}"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ElectionResults($id: ID!) {\n  electionResults(id: $id) {\n    electionId communityName status countedOn seats\n    ruleSet { code version label }\n    candidates { id name route elected position }\n    rollHeadcount rollArea participatedHeadcount participatedArea\n    tally { ...ElectionTallyFields }\n    tieSettledBy ballotList ballotListHash recountMatches\n  }\n}"): typeof import('./graphql').ElectionResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BallotReceipt($electionId: ID!, $receipt: String!) {\n  ballotReceipt(electionId: $electionId, receipt: $receipt) { receiptId area choices }\n}"): typeof import('./graphql').BallotReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CreditRecordListFields on CreditRecord {\n  id subjectType enterpriseId enterprise { id name } managerId manager { id name } communityId community { id name }\n  itemCode itemLabel points termMonths serious veto commendation standardVersion effectiveFrom expiresOn status\n  proposedById proposedAt reason sourceType sourceId publicizedOn objectionDeadline objectionDaysLeft confirmedOn repairedOn correctsId createdAt\n  availableActions { action available reason }\n  # The pending objection is the one a reviewer decides from a list row.\n  objections { id status }\n}"): typeof import('./graphql').CreditRecordListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CreditRecordFields on CreditRecord {\n  ...CreditRecordListFields\n  evidence reviewerId decision decisionNote decidedAt revokedById revokedAt revokeReason blacklistMonths\n  events { id fromStatus toStatus at actorName note }\n  objections { id status statement evidence filedAt decisionNote decidedAt }\n}"): typeof import('./graphql').CreditRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n      creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CreditRecordListFields } total }\n    }"): typeof import('./graphql').CreditRecordListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditRecordOne($id: ID!) { creditRecord(id: $id) { ...CreditRecordFields } }"): typeof import('./graphql').CreditRecordOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n      proposeCreditRecord(input: $input) { __typename ... on MutationProposeCreditRecordSuccess { data { ...CreditRecordFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').CreditRecordCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ObjectionFields on Objection {\n  id status statement evidence filedAt filedById decidedAt decidedById decisionNote\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom objectionDeadline proposedById enterpriseId }\n}"): typeof import('./graphql').ObjectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n      objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ObjectionFields } total }\n    }"): typeof import('./graphql').ObjectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n  enterprise(id: $id) {\n    id name uscc status township { id name }\n    credit(asOf: $asOf) {\n      asOf score grade positivePoints negativePoints veto standardVersion listStatus listUntil\n      breakdown { recordId itemCode points termMonths effectiveFrom expiresOn veto inherited\n        record { id itemLabel reason status sourceType confirmedOn availableActions { action available reason } } }\n      history(from: $from, to: $to) { date score grade }\n    }\n  }\n}"): typeof import('./graphql').EnterpriseCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n  ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n    total asOf standardVersion\n    items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil }\n  }\n}"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListedFields on ListedFirm { enterpriseId name uscc score grade kind reason from until }"): typeof import('./graphql').ListedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Boards {\n  redList { ...ListedFields }\n  blackList { ...ListedFields }\n  ratings { id quarter status publishedOn asOf total standardVersion }\n}"): typeof import('./graphql').BoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ratings { ratings { id quarter status asOf publishedOn preparedAt reviewedAt total standardVersion } }"): typeof import('./graphql').RatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rating($id: ID, $page: Int, $perPage: Int) {\n  rating(id: $id) {\n    id quarter status asOf publishedOn preparedAt reviewedAt reviewNote total standardVersion g5ProposalIds\n    availableActions { action available reason }\n    distribution { grade count }\n    redList { ...ListedFields }\n    blackList { ...ListedFields }\n    consecutiveC { ...ListedFields }\n    ranking(page: $page, perPage: $perPage) { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints }\n  }\n}"): typeof import('./graphql').RatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrepareRating($quarter: String!) { prepareRating(quarter: $quarter) { __typename ... on MutationPrepareRatingSuccess { data { id quarter status } } ...MutationErrorFields } }"): typeof import('./graphql').PrepareRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewRating($id: ID!, $note: String) { reviewRating(id: $id, note: $note) { __typename ... on MutationReviewRatingSuccess { data { id quarter status } } ...MutationErrorFields } }"): typeof import('./graphql').ReviewRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishRating($id: ID!) { publishRating(id: $id) { __typename ... on MutationPublishRatingSuccess { data { id quarter status } } ...MutationErrorFields } }"): typeof import('./graphql').PublishRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublicizeCreditRecord($id: ID!) { publicizeCreditRecord(id: $id) { __typename ... on MutationPublicizeCreditRecordSuccess { data { id status } } ...MutationErrorFields } }"): typeof import('./graphql').PublicizeCreditRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n  fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) { __typename ... on MutationFileObjectionSuccess { data { id status } } ...MutationErrorFields } }"): typeof import('./graphql').FileObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n  decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) { __typename ... on MutationDecideObjectionSuccess { data { id status } } ...MutationErrorFields } }"): typeof import('./graphql').DecideObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n  revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) { __typename ... on MutationRevokeCreditRecordSuccess { data { revoked { id status } reissued { id status } } } ...MutationErrorFields } }"): typeof import('./graphql').RevokeCreditRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n  applyForRepair(recordId: $recordId, commitment: $commitment) { __typename ... on MutationApplyForRepairSuccess { data { id status } } ...MutationErrorFields } }"): typeof import('./graphql').ApplyForRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n  decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) { __typename ... on MutationDecideRepairSuccess { data { id status } } ...MutationErrorFields } }"): typeof import('./graphql').DecideRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoringStandardItems { scoringStandard { version base positiveCap items { code label points termMonths subject serious veto } } }"): typeof import('./graphql').ScoringStandardItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) { total unread items { id kind title body recordId createdAt readAt } }\n}"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotifications { notifications(perPage: 1, unreadOnly: true) { unread } }"): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($ids: [ID!]) { markNotificationRead(ids: $ids) }"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RepairApplicationFields on RepairApplication {\n  id status commitment openIssues appliedAt appliedById decidedAt decidedById reasons\n  enterpriseId enterprise { id name } recordId availableActions { action available reason }\n  record { id itemCode itemLabel points status reason effectiveFrom expiresOn confirmedOn }\n}"): typeof import('./graphql').RepairApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n      repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...RepairApplicationFields } total }\n    }"): typeof import('./graphql').RepairApplicationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicRandomDraws {\n  randomDraws {\n    id title status seed dueBy drawnAt publishedAt communityCount teamSize\n    policy { code version label }\n    communities { id position weight communityName townshipName enterpriseName inspectors { id name unitName } result { date score grade findingCount refusedToCooperate } }\n    reproduction { matches problems }\n  }\n}"): typeof import('./graphql').PublicRandomDrawsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommunityFields on Community {\n  id name townshipId township { id name } address type households floorArea deliveryDate\n  serviceMode enterpriseId enterprise { id name } contractStart contractEnd officeArea maintenanceFundBalance\n  createdAt updatedAt\n}"): typeof import('./graphql').CommunityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n      communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...CommunityFields } total }\n    }"): typeof import('./graphql').CommunityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityOne($id: ID!) { community(id: $id) { ...CommunityFields } }"): typeof import('./graphql').CommunityOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityCreate($input: CommunityInput!) {\n      createCommunity(input: $input) { __typename ... on MutationCreateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').CommunityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n      updateCommunity(id: $id, input: $input) { __typename ... on MutationUpdateCommunitySuccess { data { ...CommunityFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').CommunityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DepartmentFields on Department {\n  id name code remit createdAt updatedAt\n}"): typeof import('./graphql').DepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n      departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...DepartmentFields } total }\n    }"): typeof import('./graphql').DepartmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentOne($id: ID!) { department(id: $id) { ...DepartmentFields } }"): typeof import('./graphql').DepartmentOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DepartmentCreate($input: DepartmentInput!) {\n      createDepartment(input: $input) { __typename ... on MutationCreateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').DepartmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n      updateDepartment(id: $id, input: $input) { __typename ... on MutationUpdateDepartmentSuccess { data { ...DepartmentFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').DepartmentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EnterpriseFields on Enterprise {\n  id name uscc legalRepresentative contactPerson contactPhone address\n  townshipId township { id name }\n  status score grade listStatus listUntil\n  communityCount managerCount createdAt updatedAt\n}"): typeof import('./graphql').EnterpriseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n      enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...EnterpriseFields } total }\n    }"): typeof import('./graphql').EnterpriseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseOne($id: ID!) { enterprise(id: $id) { ...EnterpriseFields } }"): typeof import('./graphql').EnterpriseOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterpriseCreate($input: EnterpriseInput!) {\n      createEnterprise(input: $input) { __typename ... on MutationCreateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').EnterpriseCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n      updateEnterprise(id: $id, input: $input) { __typename ... on MutationUpdateEnterpriseSuccess { data { ...EnterpriseFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').EnterpriseUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectManagerListFields on ProjectManager {\n  id name enterpriseId enterprise { id name } certificateNo phone createdAt\n}"): typeof import('./graphql').ProjectManagerListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectManagerFields on ProjectManager {\n  ...ProjectManagerListFields\n  appointments { id communityId community { id name } startDate endDate registeredOn }\n}"): typeof import('./graphql').ProjectManagerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n      projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...ProjectManagerListFields } total }\n    }"): typeof import('./graphql').ProjectManagerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectManagerOne($id: ID!) { projectManager(id: $id) { ...ProjectManagerFields } }"): typeof import('./graphql').ProjectManagerOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n      createProjectManager(input: $input) { __typename ... on MutationCreateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').ProjectManagerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n      updateProjectManager(id: $id, input: $input) { __typename ... on MutationUpdateProjectManagerSuccess { data { ...ProjectManagerFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').ProjectManagerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TownshipFields on Township {\n  id name code communityCount enterpriseCount createdAt updatedAt\n}"): typeof import('./graphql').TownshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n      townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { ...TownshipFields } total }\n    }"): typeof import('./graphql').TownshipListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TownshipOne($id: ID!) { township(id: $id) { ...TownshipFields } }"): typeof import('./graphql').TownshipOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TownshipCreate($input: TownshipInput!) {\n      createTownship(input: $input) { __typename ... on MutationCreateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').TownshipCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n      updateTownship(id: $id, input: $input) { __typename ... on MutationUpdateTownshipSuccess { data { ...TownshipFields } } ...MutationErrorFields }\n    }"): typeof import('./graphql').TownshipUpdateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
