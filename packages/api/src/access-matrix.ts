/**
 * The access matrix: for every root field and every field of every object type, who may use it. A test
 * (access-matrix.test.ts) enumerates the built schema and fails when a field has no entry here, when an entry
 * names a field that no longer exists, or when the code grants anything other than what is written here.
 *
 * Each code has one character per caller, in the order of CALLERS:
 *
 *     anonymous · admin · regulator · dept1 (DEPARTMENT) · town1 (TOWNSHIP) · ent1 (ENTERPRISE) · analyst
 *
 *   A  allowed
 *   -  denied (UNAUTHENTICATED for anonymous, FORBIDDEN for a signed-in caller; the field's value is null)
 *   M  allowed, but personal data is masked (张**, 138****5678) unless the caller's relation to the row grants it
 *      (the handling department, the employing firm) — checked with a probe per field in the test
 *
 * Which rows a caller sees once allowed (row scoping) is tested separately with two firms, two townships and two
 * departments (access.test.ts, closed-loop.test.ts, credit.test.ts, access-matrix.test.ts). Result wrappers
 * `Mutation…Success` inherit their mutation's access and need no entry.
 *
 * A new field: decide who may see it with docs/product.md §1, declare its authScopes in the schema, add its line here.
 */
export const CALLERS = ['anonymous', 'admin', 'regulator', 'dept1', 'town1', 'ent1', 'analyst'] as const;
export type Caller = (typeof CALLERS)[number];
/** Seven characters of A, - or M, one per caller in the order of CALLERS. */
export type AccessCode = string;

/** Query and Mutation fields, probed by running each one as every caller. */
export const ROOT_ACCESS: Readonly<Record<string, AccessCode>> = {
  'Query.auditLog': '-A-----',
  'Query.auditLogs': '-A-----',
  'Query.blackList': 'AAAAAAA',
  'Query.closedLoopSettings': '-AAAAAA',
  'Query.communities': '-AAAAAA',
  'Query.community': '-AAAAAA',
  'Query.complaint': '-AAAAAA',
  'Query.complaints': '-AAAAAA',
  'Query.constructionDefects': '-AAAAAA',
  'Query.creditFile': '-AAAAAA',
  'Query.creditRecord': '-AAAAAA',
  'Query.creditRecords': '-AAAAAA',
  'Query.department': '-AAAAAA',
  'Query.departments': '-AAAAAA',
  'Query.enterprise': '-AAAAAA',
  'Query.enterprises': '-AAAAAA',
  'Query.inbox': '-AAAAAA',
  'Query.inspection': '-AA-AAA',
  'Query.inspectionChecklist': '-AAAAAA',
  'Query.inspections': '-AA-AAA',
  'Query.issue': '-AAAAAA',
  'Query.issueCategories': '-AAAAAA',
  'Query.issues': '-AAAAAA',
  'Query.me': 'AAAAAAA',
  'Query.notifications': '-AAAAAA',
  'Query.objections': '-AAAAAA',
  'Query.projectManager': '-AAAAAA',
  'Query.projectManagers': '-AAAAAA',
  'Query.ranking': '-AAAAAA',
  'Query.rating': 'AAAAAAA',
  'Query.ratings': 'AAAAAAA',
  'Query.redList': 'AAAAAAA',
  'Query.repairApplications': '-AAAAAA',
  'Query.scoringStandard': 'AAAAAAA',
  'Query.scoringStandards': '-AAAAAA',
  'Query.selfCheck': '-AA-AAA',
  'Query.selfChecks': '-AA-AAA',
  'Query.township': '-AAAAAA',
  'Query.townships': '-AAAAAA',
  'Query.user': '-A-----',
  'Query.users': '-A-----',
  // Campaign, KPIs and analytics (issue 5)
  'Query.aggregates': '-AA---A',
  'Query.apiTokens': '------A',
  'Query.bulletin': 'AAAAAAA',
  'Query.bulletins': 'AAAAAAA',
  'Query.campaign': '-AAAAAA',
  'Query.campaignRoutines': '-AAAAAA',
  'Query.campaigns': '-AAAAAA',
  'Query.jointMeetings': '-AAAAAA',
  'Query.kpiDefinitions': '-AAAAAA',
  'Query.kpis': '-AAAAAA',
  'Query.trainingSessions': '-AAAAAA',
  'Query.weeklyProgress': '-AAAAAA',
  // Owners' committees (issue 13): the register and elections by community scope; the owner's voting page and the
  // published results with the ballot list are public.
  'Query.ballotReceipt': 'AAAAAAA',
  'Query.committeeDuties': '-AA-AA-',
  'Query.committeeElection': '-AA-AA-',
  'Query.committeeRegister': '-AA-AA-',
  'Query.electionResults': 'AAAAAAA',
  'Query.ownerUnits': '-AA-AA-',
  'Query.votingBallot': 'AAAAAAA',
  // Random inspections (issue 16): published draws, their reproduction and the policies are public (the rows a
  // township or department reads are scoped in the resolver); the pool is for those who read draws.
  'Query.poolInspectors': '-AAAA-A',
  'Query.randomDraw': 'AAAAAAA',
  'Query.randomDraws': 'AAAAAAA',
  'Query.randomInspectionPolicies': 'AAAAAAA',
  // Leasing safety (issue 14): the working group's; a department reads the findings referred to it.
  'Query.leaseMeetings': '-------',
  'Query.leaseSafetyChecksDue': '-------',
  'Query.leaseSafetyFinding': '---A---',
  'Query.leaseSafetyFindings': '---A---',
  'Query.leaseSafetyItems': '-------',

  'Mutation.acknowledgeIssue': '-AAA-A-',
  'Mutation.addManagerAppointment': '-AA--A-',
  'Mutation.applyForRepair': '-----A-',
  'Mutation.assignIssue': '-AA----',
  'Mutation.changePassword': '-AAAAAA',
  'Mutation.closeComplaintWithFollowUp': '-AAA---',
  'Mutation.closeIssue': '-AAA-A-',
  'Mutation.createCommunity': '-AA-A--',
  'Mutation.createComplaint': '-AAAA--',
  'Mutation.createDepartment': '-AA----',
  'Mutation.createEnterprise': '-AA----',
  'Mutation.createInspection': '-AA----',
  'Mutation.createIssue': '-AA-A--',
  'Mutation.createProjectManager': '-AA--A-',
  'Mutation.createTownship': '-AA----',
  'Mutation.createUser': '-A-----',
  'Mutation.decideObjection': '-AA----',
  'Mutation.decideRepair': '-AA----',
  'Mutation.fileObjection': '-----A-',
  'Mutation.flagIssue': '-AA----',
  'Mutation.issueScoringStandard': '-A-----',
  'Mutation.login': 'AAAAAAA',
  'Mutation.logout': '-AAAAAA',
  'Mutation.markNotificationRead': '-AAAAAA',
  'Mutation.prepareRating': '-AA----',
  'Mutation.proposeCreditRecord': '-AAA---',
  'Mutation.publicizeCreditRecord': '-AA----',
  'Mutation.publishRating': '-A-----',
  'Mutation.recordRefusal': '-AA----',
  'Mutation.rejectComplaint': '-AAA---',
  'Mutation.resolveComplaint': '-AAA---',
  'Mutation.respondToComplaint': '-AAA---',
  'Mutation.returnIssue': '-AAA-A-',
  'Mutation.reviewRating': '-AA----',
  'Mutation.revokeCreditRecord': '-AA----',
  'Mutation.revokeUserSessions': '-A-----',
  'Mutation.routeComplaint': '-AA----',
  'Mutation.submitIssueFeedback': '-AAA-A-',
  'Mutation.submitSelfCheck': '-----A-',
  'Mutation.turnComplaintIntoIssue': '-AAA---',
  'Mutation.turnFindingsIntoIssues': '-AA----',
  'Mutation.unflagIssue': '-AA----',
  'Mutation.updateCommunity': '-AA-A--',
  'Mutation.updateDepartment': '-AA----',
  'Mutation.updateEnterprise': '-AA----',
  'Mutation.updateProjectManager': '-AA--A-',
  'Mutation.updateTownship': '-AA----',
  'Mutation.updateUser': '-A-----',
  // Campaign, KPIs and analytics (issue 5)
  'Mutation.addWeeklyProgress': '-AA----',
  'Mutation.completeMilestone': '-AA----',
  'Mutation.createApiToken': '------A',
  'Mutation.createCampaign': '-AA----',
  'Mutation.createCampaignPhase': '-AA----',
  'Mutation.createMilestone': '-AA----',
  'Mutation.generateBulletin': '-AA----',
  'Mutation.publishBulletin': '-A-----',
  'Mutation.recordTrainingSession': '-AA----',
  'Mutation.reviewBulletin': '-AA----',
  'Mutation.revokeApiToken': '------A',
  'Mutation.scheduleJointMeeting': '-AA----',
  // Owners' committees (issue 13): townships in their area and the bureau run elections; anyone votes with a code.
  'Mutation.castBallot': 'AAAAAAA',
  'Mutation.addElectionCounter': '-AA-A--',
  'Mutation.attestCommitteeCandidate': '-AA-A--',
  'Mutation.callSupplementaryElection': '-AA-A--',
  'Mutation.closeVoting': '-AA-A--',
  'Mutation.countVotes': '-AA-A--',
  'Mutation.createCommitteeElection': '-AA-A--',
  'Mutation.electCommitteeOfficers': '-AA-A--',
  'Mutation.enterPaperBallot': '-AA-A--',
  'Mutation.fileCommittee': '-AA-A--',
  'Mutation.freezeVoterRoll': '-AA-A--',
  'Mutation.importCommitteeOwners': '-AA-A--',
  'Mutation.issueVotingCodes': '-AA-A--',
  'Mutation.moveRecall': '-AA-A--',
  'Mutation.nominateCommitteeCandidate': '-AA-A--',
  'Mutation.openVoting': '-AA-A--',
  'Mutation.reviewCommitteeDuties': '-AA-A--',
  'Mutation.publiciseCandidates': '-AA-A--',
  'Mutation.recordCommitteeVacancy': '-AA-A--',
  'Mutation.recordRecallVote': '-AA-A--',
  'Mutation.settleElectionTie': '-AA-A--',
  'Mutation.signInPaperVoter': '-AA-A--',
  'Mutation.signOffCount': '-AA-A--',
  // Random inspections (issue 16): the bureau keeps the pool, plans, draws, publishes and records results.
  'Mutation.addPoolInspector': '-AA----',
  'Mutation.createRandomDraw': '-AA----',
  'Mutation.performRandomDraw': '-AA----',
  'Mutation.publishRandomDraw': '-AA----',
  'Mutation.recordRandomDrawResult': '-AA----',
  'Mutation.setPoolInspectorActive': '-AA----',
  // Leasing safety and working-group meetings (issue 14): the agency's working group only (AGENCY is not among these
  // callers); a department takes the outcome of a finding referred to it.
  'Mutation.actOnLeaseSafetyFinding': '---A---',
  'Mutation.recordLeaseMeetingDecisions': '-------',
  'Mutation.recordLeaseSafetyCheck': '-------',
  'Mutation.scheduleLeaseMeeting': '-------',
};

/** Object types: the access of their fields (`access`), the fields that exist, and fields that differ. */
export const TYPE_ACCESS: Readonly<Record<string, { access: AccessCode; fields: string; except?: Record<string, AccessCode> }>> = {
  AuditLog: { access: '-A-----', fields: 'action actorId actorName at changes entityId entityType id ip' },
  AuditLogPage: { access: '-AAAAAA', fields: 'items total' },
  AuthError: { access: 'AAAAAAA', fields: 'message' },
  ChecklistItem: { access: '-AAAAAA', fields: 'category id maxDeduction section sectionLabel text' },
  ClosedLoopSettings: { access: '-AAAAAA', fields: 'b1GraceDays complaintFirstResponseDays complaintResolutionDays dueSoonDays' },
  Community: {
    access: '-AAAAAA',
    fields:
      'address contractEnd contractStart createdAt currentManager deliveryDate enterprise enterpriseId floorArea households id maintenanceFundBalance name officeArea serviceMode township townshipId type updatedAt',
  },
  CommunityPage: { access: '-AAAAAA', fields: 'items total' },
  Complaint: {
    access: '-AAAAAA',
    fields:
      'answer availableActions b3Proposed b4Proposed b5Proposed category channel closedAt collective community communityId complainantCount complainantName complainantPhone content createdAt department departmentId enterprise enterpriseId events firstResponseDue firstResponseLate followUpNote followUpRating handledAt id issue issueId receivedAt rejectionReasons resolutionDue resolutionLate respondedAt responseNote state subtype township townshipId upheld',
    except: { complainantName: '-AAAMMM', complainantPhone: '-AAAMMM' },
  },
  ComplaintEvent: { access: '-AAAAAA', fields: 'action actorName at fromState id note toState' },
  ComplaintPage: { access: '-AAAAAA', fields: 'items total' },
  ConstructionDefect: { access: '-AAAAAA', fields: 'causes code descriptionZh nameEn nameZh prevention repair' },
  CreditBreakdownItem: { access: '-AAAAAA', fields: 'effectiveFrom expiresOn inherited itemCode points record recordId termMonths veto' },
  CreditFile: { access: '-AAAAAA', fields: 'enterprise generatedAt listEntries records repairApplications' },
  CreditItem: { access: 'AAAAAAA', fields: 'blacklistMonths code commendation label points serious subject termMonths veto' },
  CreditRecord: {
    access: '-AAAAAA',
    fields:
      'availableActions blacklistMonths commendation community communityId confirmedOn correctsId createdAt decidedAt decision decisionNote effectiveFrom enterprise enterpriseId events evidence expiresOn id itemCode itemLabel manager managerId objectionDaysLeft objectionDeadline objections points proposedAt proposedById publicizedOn reason repairedOn reviewerId revokeReason revokedAt revokedById serious sourceId sourceType standardVersion status subjectType termMonths veto',
  },
  CreditRecordAvailableAction: { access: '-AAAAAA', fields: 'action available reason' },
  CreditRecordEvent: { access: '-AAAAAA', fields: 'actorId actorName at fromStatus id note toStatus' },
  CreditRecordPage: { access: '-AAAAAA', fields: 'items total' },
  CreditStanding: { access: '-AAAAAA', fields: 'asOf breakdown grade history listStatus listUntil negativePoints positivePoints score standardVersion veto' },
  CurrentUser: { access: 'AAAAAAA', fields: 'department displayName enterprise id permissions role township username' },
  Deduction: { access: '-AAAAAA', fields: 'item itemId note points' },
  Department: { access: '-AAAAAA', fields: 'code createdAt id name remit updatedAt' },
  DepartmentPage: { access: '-AAAAAA', fields: 'items total' },
  Enterprise: {
    access: '-AAAAAA',
    fields:
      'address communityCount contactPerson contactPhone createdAt credit grade id legalRepresentative listStatus listUntil managerCount name score standardVersion status township townshipId updatedAt uscc',
  },
  EnterprisePage: { access: '-AAAAAA', fields: 'items total' },
  EvidenceFile: { access: '-AAAAAA', fields: 'id issueId mime originalName sha256 size uploadedAt url' },
  FieldError: { access: 'AAAAAAA', fields: 'field message' },
  Finding: { access: '-AAAAAA', fields: 'category itemId note points section title turned' },
  GradeCount: { access: 'AAAAAAA', fields: 'count grade' },
  Inbox: { access: '-AAAAAA', fields: 'assigned complaints dueSoon overdue returned toAssign toVerify' },
  InboxComplaints: { access: '-AAAAAA', fields: 'items total' },
  InboxIssues: { access: '-AAAAAA', fields: 'items total' },
  Inspection: {
    access: '-AA-AAA',
    fields:
      'b10Proposed b14Proposed community communityId createdAt date deductions enterprise enterpriseId findings grade id inspectors issues kind note refusedToCooperate score township townshipId',
  },
  InspectionPage: { access: '-AAAAAA', fields: 'items total' },
  Issue: {
    access: '-AAAAAA',
    fields:
      'assignedAt availableActions b1Proposed b2Proposed category checklistItemId closedAt community communityId createdAt daysOverdue deadline defect department departmentId description dueSoon enterprise enterpriseId events files flagged id lastAction lastSubmittedAt measures overdue refusalRecorded returned source sourceId state subtype title township townshipId updatedAt',
  },
  IssueCategoryInfo: { access: '-AAAAAA', fields: 'code departments label subtypes' },
  IssueEvent: { access: '-AAAAAA', fields: 'action actorName at fileIds fromState id note toState' },
  IssuePage: { access: '-AAAAAA', fields: 'items total' },
  ListedFirm: { access: 'AAAAAAA', fields: 'enterpriseId from grade kind name reason score until uscc' },
  ListEntry: { access: '-AAAAAA', fields: 'createdAt endReason endedOn fromDate id kind ratingId reason recordId untilDate' },
  LoginSuccess: { access: 'AAAAAAA', fields: 'expiresAt token user' },
  ManagerAppointment: { access: '-AAAAAA', fields: 'community communityId endDate id managerId registeredOn startDate' },
  NotFoundError: { access: 'AAAAAAA', fields: 'message' },
  Notification: { access: '-AAAAAA', fields: 'body createdAt id kind readAt recordId title' },
  NotificationPage: { access: '-AAAAAA', fields: 'items total unread' },
  Objection: {
    access: '-AAAAAA',
    fields: 'availableActions decidedAt decidedById decisionNote enterprise enterpriseId evidence filedAt filedById id record recordId statement status',
  },
  ObjectionAvailableAction: { access: '-AAAAAA', fields: 'action available reason' },
  ObjectionPage: { access: '-AAAAAA', fields: 'items total' },
  ProjectManager: {
    access: '-AAAAAA',
    fields: 'appointments certificateNo createdAt credit enterprise enterpriseId grade id name phone score updatedAt',
    except: { phone: '-AAMMAM' },
  },
  ProjectManagerPage: { access: '-AAAAAA', fields: 'items total' },
  RankingPage: { access: '-AAAAAA', fields: 'asOf items standardVersion total' },
  RankingRow: {
    access: '-AAAAAA',
    fields: 'enterpriseId grade listStatus listUntil name negativePoints positivePoints rank score townshipId townshipName uscc',
  },
  RatedFirm: { access: 'AAAAAAA', fields: 'enterpriseId grade name negativePoints positivePoints rank score townshipName uscc' },
  RatingAvailableAction: { access: 'AAAAAAA', fields: 'action available reason' },
  Rating: {
    access: 'AAAAAAA',
    fields:
      'asOf availableActions blackList consecutiveC distribution g5ProposalIds id preparedAt publishedOn quarter ranking redList reviewNote reviewedAt standardVersion status total',
  },
  RepairApplication: {
    access: '-AAAAAA',
    fields: 'appliedAt appliedById availableActions commitment decidedAt decidedById enterprise enterpriseId id openIssues reasons record recordId status',
  },
  RepairApplicationPage: { access: '-AAAAAA', fields: 'items total' },
  RepairAvailableAction: { access: '-AAAAAA', fields: 'action available reason' },
  RevokeCreditRecordResult: { access: '-AAAAAA', fields: 'reissued revoked' },
  ScorePoint: { access: '-AAAAAA', fields: 'date grade score' },
  ScoringStandard: { access: 'AAAAAAA', fields: 'base definition effectiveFrom floor gradeThresholds items note objectionDays positiveCap version' },
  SelfCheck: {
    access: '-AA-AAA',
    fields: 'community communityId createdAt date deductions enterprise enterpriseId grade id issues note score township townshipId',
  },
  SelfCheckPage: { access: '-AAAAAA', fields: 'items total' },
  Township: { access: '-AAAAAA', fields: 'code communityCount createdAt enterpriseCount id name updatedAt' },
  TownshipPage: { access: '-AAAAAA', fields: 'items total' },
  User: {
    access: '-A-----',
    fields:
      'active createdAt department departmentId displayName enterprise enterpriseId id lastLoginAt lockedUntil role township townshipId updatedAt username',
  },
  UserPage: { access: '-AAAAAA', fields: 'items total' },
  ValidationError: { access: 'AAAAAAA', fields: 'fieldErrors message' },
  // Campaign, KPIs and analytics (issue 5)
  AggregateMeasure: { access: '-AAAAAA', fields: 'name value' },
  AggregateRow: { access: '-AAAAAA', fields: 'count keys labels measures' },
  ApiToken: { access: '------A', fields: 'createdAt id lastUsedAt name readOnly revokedAt' },
  BulletinAvailableAction: { access: 'AAAAAAA', fields: 'action available reason' },
  Bulletin: {
    access: 'AAAAAAA',
    fields:
      'availableActions downloadUrl generatedAt generatedByName id month printUrl publishedAt publishedByName publishedOn reviewNote reviewedAt reviewedByName snapshot status',
    except: { generatedByName: '-AA---A', publishedByName: '-AA---A', reviewedByName: '-AA---A' },
  },
  Campaign: { access: '-AAAAAA', fields: 'currentPhase endDate goal id milestones name phases startDate year' },
  CampaignPhase: { access: '-AAAAAA', fields: 'code description endDate id name startDate' },
  CampaignRoutine: { access: '-AAAAAA', fields: 'cadence code name' },
  CreatedApiToken: { access: '------A', fields: 'apiToken token' },
  JointMeeting: { access: '-AAAAAA', fields: 'agenda contactPhone heldAt id location minutes notice noticeDate participants title' },
  LeaseMeeting: { access: '-------', fields: 'agenda contactPhone decidedAt decisions heldAt id location minutes notice noticeDate participants title' },
  LeaseMeetingDecision: { access: '-------', fields: 'dueOn owner text' },
  LeaseSafetyAvailableAction: { access: '---A---', fields: 'action available reason' },
  LeaseSafetyCheck: { access: '-------', fields: 'checkedOn findings id inspectors note unitId' },
  LeaseSafetyDue: { access: '-------', fields: 'dueOn lastCheckedOn late tenantName unitId unitLabel' },
  LeaseSafetyEvent: { access: '---A---', fields: 'action actorName at fromState id note toState' },
  LeaseSafetyFinding: {
    access: '---A---',
    fields:
      'availableActions category checkId checkedOn closedAt createdAt deadline departmentId departmentName description events id item measures overdue referredAt state tenantName unitId unitLabel',
  },
  LeaseSafetyItem: { access: '-------', fields: 'category code' },
  KpiDefinition: { access: '-AAAAAA', fields: 'basis code denominator direction groupings kind name nameEn nameZh note numerator target unavailable' },
  KpiDistributionEntry: { access: '-AAAAAA', fields: 'count key' },
  KpiReport: { access: '-AAAAAA', fields: 'definitions from groupBy period previousPeriod rows to' },
  KpiRow: { access: '-AAAAAA', fields: 'groupId groupName kpi kpis month' },
  KpiValue: { access: '-AAAAAA', fields: 'applicable change code denominator distribution improved numerator previous status target value' },
  MilestoneAvailableAction: { access: '-AAAAAA', fields: 'action available reason' },
  Milestone: { access: '-AAAAAA', fields: 'availableActions code department doneOn dueDate evidence id measurement note phaseId state status title' },
  MilestoneMeasurement: { access: '-AAAAAA', fields: 'asOf denominator kpi numerator value' },
  TrainingAttendance: { access: '-AAAAAA', fields: 'committeeId enterpriseId id kind managerId name present' },
  TrainingSession: { access: '-AAAAAA', fields: 'attendees heldOn id location topic' },
  WeeklyProgress: { access: '-AAAAAA', fields: 'createdAt department id summary weekStart' },
  // Owners' committees (issue 13)
  BallotReceipt: { access: 'AAAAAAA', fields: 'electionId receiptId' },
  CandidateCount: { access: 'AAAAAAA', fields: 'area candidateId headcount qualifies' },
  CommitteeCandidate: {
    access: 'AAAAAAA',
    fields: 'elected eligibilityAttested id leftOn name nominatedBy position route',
    except: { nominatedBy: '-AA-AA-' },
  },
  CommitteeElection: {
    access: '-AA-AA-',
    fields:
      'agenda assemblyAt assemblyForm assemblyPlace availableActions ballotListHash candidates closesAt committeeId community counters documents dutyReviews filedOn filedWith id members opensAt paperProblems preparatoryGroup publicisedOn recallMotions result rollArea rollHeadcount ruleSet seats signedOffAt status supplementary termEnd termStart',
  },
  CommitteeRegisterRow: { access: '-AA-AA-', fields: 'community election status termState' },
  CommitteeRuleSet: { access: 'AAAAAAA', fields: 'code label seats termYears version' },
  CommitteeDuty: { access: '-AA-AA-', fields: 'code label' },
  DutyAnswer: { access: '-AA-AA-', fields: 'code label result' },
  DutyReview: { access: '-AA-AA-', fields: 'id note results reviewedOn reviewer' },
  ElectionDocuments: { access: '-AA-AA-', fields: 'candidateList notice paperBallot' },
  ElectionAvailableAction: { access: '-AA-AA-', fields: 'action available reason' },
  ElectionCounter: { access: '-AA-AA-', fields: 'id name role' },
  ElectionResults: {
    access: 'AAAAAAA',
    fields:
      'ballotList ballotListHash candidates communityName countedOn electionId participatedArea participatedHeadcount recountMatches rollArea rollHeadcount ruleSet seats status tally tieSettledBy',
  },
  ElectionTally: { access: 'AAAAAAA', fields: 'cast counts elected pendingTie vacant valid voidBallots voidReason' },
  IssuedVotingCode: { access: '-AA-A--', fields: 'building code room unitId unitNo' },
  OwnerUnit: { access: '-AA-AA-', fields: 'area building id owners room unitNo' },
  UnitOwner: { access: '-AA-AA-', fields: 'idMasked name phone', except: { name: '-AA-MM-', phone: '-AA-MM-' } },
  OwnerImportReport: { access: '-AA-A--', fields: 'owners units' },
  PaperEntryResult: { access: '-AA-A--', fields: 'entries mismatch paperNo' },
  PendingTie: { access: 'AAAAAAA', fields: 'candidateIds seats' },
  PreparatoryMember: { access: '-AA-AA-', fields: 'id name role' },
  PublishedBallot: { access: 'AAAAAAA', fields: 'area choices receiptId' },
  RecallMotion: { access: '-AA-AA-', fields: 'id memberIds movedOn outcome reason supporterCount supportingArea totalArea voteHeldOn' },
  VotingBallot: { access: 'AAAAAAA', fields: 'candidates closesAt communityName electionId open opensAt seats' },
  // Random inspections (issue 16)
  DrawGradeWeight: { access: 'AAAAAAA', fields: 'grade weight' },
  DrawReproduction: { access: 'AAAAAAA', fields: 'matches problems recomputedCommunityIds recordedCommunityIds' },
  DrawResult: { access: 'AAAAAAA', fields: 'date findingCount grade inspectionId refusedToCooperate score' },
  DrawnCommunity: { access: 'AAAAAAA', fields: 'communityId communityName enterpriseName id inspectors position result townshipName weight' },
  DrawnInspector: { access: 'AAAAAAA', fields: 'id name unitName' },
  PoolInspector: { access: '-AAAA-A', fields: 'active badgeNo departmentId id name townshipId unitName' },
  RandomDraw: {
    access: 'AAAAAAA',
    fields: 'availableActions communities communityCount drawnAt dueBy id inputs policy publishedAt reproduction seed status teamSize title',
  },
  RandomDrawAvailableAction: { access: 'AAAAAAA', fields: 'action available reason' },
  RandomInspectionPolicy: {
    access: 'AAAAAAA',
    fields: 'blackListWeight code excludeDepartmentConflicts excludeTownshipConflicts gradeWeights label method teamSize unmanagedWeight version',
  },
};

/**
 * Row scoping of the credit standings (docs/product.md §1, issue 11): which firms' live scores a caller may see, once the
 * field itself is allowed. `all`: every active firm; `area`: the firms registered in or serving the caller's township,
 * ranked among themselves; `own`: the caller's own firm only, with its rank among all firms; `none`: nothing. A firm
 * manager sees the others only on the public boards (published quarterly ratings, red and black lists, bulletins).
 * Checked by running each query as each caller (access-matrix.test.ts).
 */
export type RowScope = 'all' | 'area' | 'own' | 'none';
export const STANDINGS_ROWS: Readonly<Record<string, Record<Caller, RowScope>>> = {
  'Query.ranking': { anonymous: 'none', admin: 'all', regulator: 'all', dept1: 'all', town1: 'area', ent1: 'own', analyst: 'all' },
  'Query.enterprises': { anonymous: 'none', admin: 'all', regulator: 'all', dept1: 'all', town1: 'area', ent1: 'own', analyst: 'all' },
  // Grade and list counts of the firms counted, grouped by firm.
  'Query.kpis(CREDIT_DISTRIBUTION)': { anonymous: 'none', admin: 'all', regulator: 'all', dept1: 'all', town1: 'area', ent1: 'own', analyst: 'all' },
  // The CSV/Excel export of firms (score, grade, list status), with the caller's data scope.
  'export:enterprises': { anonymous: 'none', admin: 'all', regulator: 'all', dept1: 'all', town1: 'area', ent1: 'own', analyst: 'all' },
};
