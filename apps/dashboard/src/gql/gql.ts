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
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        user {\n          id\n          username\n          displayName\n          role\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      township {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      permissions\n    }\n  }\n': typeof types.MeDocument;
  '\n  fragment MutationErrorFields on Error {\n    message\n    ... on ValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.MutationErrorFieldsFragmentDoc;
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            ...ApiTokenFields\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data {\n          ...ApiTokenFields\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  fragment AuditLogFields on AuditLog {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    changes\n    ip\n  }\n': typeof types.AuditLogFieldsFragmentDoc;
  '\n      query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n        auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...AuditLogFields\n          }\n          total\n        }\n      }\n    ': typeof types.AuditLogListDocument;
  '\n      query AuditLogOne($id: ID!) {\n        auditLog(id: $id) {\n          ...AuditLogFields\n        }\n      }\n    ': typeof types.AuditLogOneDocument;
  '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    departmentId\n    enterpriseId\n    active\n    lastLoginAt\n    createdAt\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n      query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n        users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...UserFields\n          }\n          total\n        }\n      }\n    ': typeof types.UserListDocument;
  '\n      query UserOne($id: ID!) {\n        user(id: $id) {\n          ...UserFields\n        }\n      }\n    ': typeof types.UserOneDocument;
  '\n      mutation UserCreate($input: UserInput!) {\n        createUser(input: $input) {\n          __typename\n          ... on MutationCreateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.UserCreateDocument;
  '\n      mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n        updateUser(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.UserUpdateDocument;
  '\n  query KpiCards($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, filter: $filter) {\n      period\n      from\n      to\n      previousPeriod\n      rows {\n        kpis {\n          code\n          value\n          numerator\n          denominator\n          target\n          status\n          previous\n          change\n          improved\n          applicable\n          distribution {\n            key\n            count\n          }\n        }\n      }\n      definitions {\n        code\n        name\n        kind\n        direction\n        target\n        numerator\n        denominator\n        unavailable\n        note\n      }\n    }\n  }\n': typeof types.KpiCardsDocument;
  '\n  query KpiTrend($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n      rows {\n        month\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {\n          code\n          value\n        }\n      }\n    }\n  }\n': typeof types.KpiTrendDocument;
  '\n  query KpiTownships($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n      rows {\n        groupId\n        groupName\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) {\n          code\n          value\n        }\n      }\n    }\n  }\n': typeof types.KpiTownshipsDocument;
  '\n  query IssuesByCategory($filter: AggregateFilter) {\n    aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) {\n      keys\n      labels\n      count\n    }\n  }\n': typeof types.IssuesByCategoryDocument;
  '\n  query CampaignTimeline($year: Int!) {\n    campaign(year: $year) {\n      id\n      name\n      startDate\n      endDate\n      currentPhase {\n        code\n        name\n      }\n      phases {\n        code\n        name\n        startDate\n        endDate\n      }\n      milestones {\n        code\n        title\n        dueDate\n        state\n      }\n    }\n  }\n': typeof types.CampaignTimelineDocument;
  '\n  fragment OpenIssueFields on Issue {\n    id\n    title\n    category\n    state\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    community {\n      id\n      name\n    }\n  }\n': typeof types.OpenIssueFieldsFragmentDoc;
  '\n  query EnterpriseHome($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      credit {\n        asOf\n        score\n        grade\n        listStatus\n        listUntil\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n    creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n      total\n      items {\n        id\n        itemCode\n        itemLabel\n        points\n        status\n        effectiveFrom\n        reason\n      }\n    }\n  }\n': typeof types.EnterpriseHomeDocument;
  '\n  query DepartmentQueue {\n    inbox {\n      overdue {\n        total\n      }\n      dueSoon {\n        total\n      }\n      toVerify {\n        total\n      }\n      complaints {\n        total\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n  }\n': typeof types.DepartmentQueueDocument;
  '\n  fragment BulletinSummary on Bulletin {\n    id\n    month\n    status\n    generatedAt\n    reviewedAt\n    reviewNote\n    publishedAt\n    publishedOn\n    printUrl\n    downloadUrl\n  }\n': typeof types.BulletinSummaryFragmentDoc;
  '\n  fragment BulletinBy on Bulletin {\n    generatedByName\n    reviewedByName\n    publishedByName\n  }\n': typeof types.BulletinByFragmentDoc;
  '\n  query Bulletins {\n    bulletins {\n      ...BulletinSummary\n      ...BulletinBy\n    }\n  }\n': typeof types.BulletinsDocument;
  '\n  query PublicBulletins {\n    bulletins {\n      ...BulletinSummary\n    }\n  }\n': typeof types.PublicBulletinsDocument;
  '\n  query Bulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      ...BulletinBy\n      availableActions {\n        action\n        available\n        reason\n      }\n      snapshot\n    }\n  }\n': typeof types.BulletinDocument;
  '\n  query PublicBulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      snapshot\n    }\n  }\n': typeof types.PublicBulletinDocument;
  '\n  mutation GenerateBulletin($month: String!) {\n    generateBulletin(month: $month) {\n      __typename\n      ... on MutationGenerateBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.GenerateBulletinDocument;
  '\n  mutation ReviewBulletin($id: ID!, $note: String) {\n    reviewBulletin(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ReviewBulletinDocument;
  '\n  mutation PublishBulletin($id: ID!) {\n    publishBulletin(id: $id) {\n      __typename\n      ... on MutationPublishBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.PublishBulletinDocument;
  '\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n    }\n  }\n': typeof types.CampaignsDocument;
  '\n  query Campaign($id: ID, $year: Int) {\n    campaign(id: $id, year: $year) {\n      id\n      year\n      name\n      goal\n      startDate\n      endDate\n      currentPhase {\n        id\n        code\n        name\n      }\n      phases {\n        id\n        code\n        name\n        description\n        startDate\n        endDate\n      }\n      milestones {\n        id\n        code\n        title\n        dueDate\n        department {\n          id\n          name\n        }\n        status\n        state\n        doneOn\n        evidence\n        note\n        phaseId\n        measurement {\n          kpi\n          asOf\n          numerator\n          denominator\n          value\n        }\n        availableActions {\n          action\n          available\n          reason\n        }\n      }\n    }\n  }\n': typeof types.CampaignDocument;
  '\n  query CampaignRoutines {\n    campaignRoutines {\n      code\n      name\n      cadence\n    }\n  }\n': typeof types.CampaignRoutinesDocument;
  '\n  query WeeklyProgress($campaignId: ID!) {\n    weeklyProgress(campaignId: $campaignId) {\n      id\n      weekStart\n      summary\n      createdAt\n      department {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WeeklyProgressDocument;
  '\n  query TrainingSessions {\n    trainingSessions {\n      id\n      topic\n      heldOn\n      location\n      attendees {\n        id\n        kind\n        name\n        present\n        managerId\n        enterpriseId\n      }\n    }\n  }\n': typeof types.TrainingSessionsDocument;
  '\n  query JointMeetings {\n    jointMeetings {\n      id\n      title\n      heldAt\n      location\n      agenda\n      participants\n      contactPhone\n      noticeDate\n      notice\n      minutes\n    }\n  }\n': typeof types.JointMeetingsDocument;
  '\n  query DepartmentChoices {\n    departments(perPage: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n': typeof types.DepartmentChoicesDocument;
  '\n  mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n    createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) {\n      __typename\n      ... on MutationCreateMilestoneSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CreateMilestoneDocument;
  '\n  mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n    completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) {\n      __typename\n      ... on MutationCompleteMilestoneSuccess {\n        data {\n          id\n          status\n          state\n          doneOn\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CompleteMilestoneDocument;
  '\n  mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n    addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) {\n      __typename\n      ... on MutationAddWeeklyProgressSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AddWeeklyProgressDocument;
  '\n  mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordTrainingSessionDocument;
  '\n  mutation ScheduleJointMeeting(\n    $campaignId: ID\n    $title: String!\n    $heldAt: DateTime!\n    $location: String!\n    $agenda: String!\n    $participants: [String!]!\n    $contactPhone: String\n  ) {\n    scheduleJointMeeting(\n      campaignId: $campaignId\n      title: $title\n      heldAt: $heldAt\n      location: $location\n      agenda: $agenda\n      participants: $participants\n      contactPhone: $contactPhone\n    ) {\n      __typename\n      ... on MutationScheduleJointMeetingSuccess {\n        data {\n          id\n          notice\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ScheduleJointMeetingDocument;
  '\n  fragment ComplaintListFields on Complaint {\n    id\n    channel\n    category\n    subtype\n    state\n    content\n    complainantName\n    complainantPhone\n    complainantCount\n    collective\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    receivedAt\n    firstResponseDue\n    resolutionDue\n    firstResponseLate\n    resolutionLate\n    respondedAt\n    handledAt\n    closedAt\n    followUpRating\n    upheld\n    issueId\n    createdAt\n    availableActions\n  }\n': typeof types.ComplaintListFieldsFragmentDoc;
  '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    responseNote\n    answer\n    rejectionReasons\n    followUpNote\n    b3Proposed\n    b4Proposed\n    b5Proposed\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n    }\n  }\n': typeof types.ComplaintFieldsFragmentDoc;
  '\n      query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n        complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ComplaintListFields\n          }\n          total\n        }\n      }\n    ': typeof types.ComplaintListDocument;
  '\n      query ComplaintOne($id: ID!) {\n        complaint(id: $id) {\n          ...ComplaintFields\n        }\n      }\n    ': typeof types.ComplaintOneDocument;
  '\n      mutation ComplaintCreate($input: ComplaintInput!) {\n        createComplaint(input: $input) {\n          __typename\n          ... on MutationCreateComplaintSuccess {\n            data {\n              ...ComplaintFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.ComplaintCreateDocument;
  '\n  fragment InspectionListFields on Inspection {\n    id\n    kind\n    date\n    inspectors\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    refusedToCooperate\n    b10Proposed\n    b14Proposed\n    note\n    createdAt\n  }\n': typeof types.InspectionListFieldsFragmentDoc;
  '\n  fragment InspectionFields on Inspection {\n    ...InspectionListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    findings {\n      itemId\n      section\n      title\n      category\n      points\n      note\n      turned\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n': typeof types.InspectionFieldsFragmentDoc;
  '\n      query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n        inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...InspectionListFields\n          }\n          total\n        }\n      }\n    ': typeof types.InspectionListDocument;
  '\n      query InspectionOne($id: ID!) {\n        inspection(id: $id) {\n          ...InspectionFields\n        }\n      }\n    ': typeof types.InspectionOneDocument;
  '\n      mutation InspectionCreate($input: InspectionInput!) {\n        createInspection(input: $input) {\n          __typename\n          ... on MutationCreateInspectionSuccess {\n            data {\n              ...InspectionFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.InspectionCreateDocument;
  '\n  fragment IssueListFields on Issue {\n    id\n    title\n    category\n    subtype\n    state\n    source\n    sourceId\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    flagged\n    returned\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    assignedAt\n    closedAt\n    createdAt\n    updatedAt\n    availableActions\n  }\n': typeof types.IssueListFieldsFragmentDoc;
  '\n  fragment IssueFields on Issue {\n    ...IssueListFields\n    description\n    measures\n    lastSubmittedAt\n    lastAction\n    refusalRecorded\n    b1Proposed\n    b2Proposed\n    checklistItemId\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n      fileIds\n    }\n    files {\n      id\n      originalName\n      mime\n      size\n      uploadedAt\n      sha256\n      url\n    }\n    defect {\n      code\n      nameZh\n      nameEn\n      descriptionZh\n      causes\n      prevention\n      repair\n    }\n  }\n': typeof types.IssueFieldsFragmentDoc;
  '\n      query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n        issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...IssueListFields\n          }\n          total\n        }\n      }\n    ': typeof types.IssueListDocument;
  '\n      query IssueOne($id: ID!) {\n        issue(id: $id) {\n          ...IssueFields\n        }\n      }\n    ': typeof types.IssueOneDocument;
  '\n      mutation IssueCreate($input: IssueInput!) {\n        createIssue(input: $input) {\n          __typename\n          ... on MutationCreateIssueSuccess {\n            data {\n              ...IssueFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.IssueCreateDocument;
  '\n  fragment SelfCheckListFields on SelfCheck {\n    id\n    date\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    note\n    createdAt\n  }\n': typeof types.SelfCheckListFieldsFragmentDoc;
  '\n  fragment SelfCheckFields on SelfCheck {\n    ...SelfCheckListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n': typeof types.SelfCheckFieldsFragmentDoc;
  '\n      query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n        selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...SelfCheckListFields\n          }\n          total\n        }\n      }\n    ': typeof types.SelfCheckListDocument;
  '\n      query SelfCheckOne($id: ID!) {\n        selfCheck(id: $id) {\n          ...SelfCheckFields\n        }\n      }\n    ': typeof types.SelfCheckOneDocument;
  '\n      mutation SelfCheckCreate($input: SelfCheckInput!) {\n        submitSelfCheck(input: $input) {\n          __typename\n          ... on MutationSubmitSelfCheckSuccess {\n            data {\n              ...SelfCheckFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.SelfCheckCreateDocument;
  '\n  mutation AssignIssue($id: ID!, $input: AssignIssueInput!) {\n    assignIssue(id: $id, input: $input) {\n      __typename\n      ... on MutationAssignIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AssignIssueDocument;
  '\n  mutation AcknowledgeIssue($id: ID!, $note: String) {\n    acknowledgeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationAcknowledgeIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AcknowledgeIssueDocument;
  '\n  mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n    submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) {\n      __typename\n      ... on MutationSubmitIssueFeedbackSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.SubmitIssueFeedbackDocument;
  '\n  mutation CloseIssue($id: ID!, $note: String) {\n    closeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationCloseIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CloseIssueDocument;
  '\n  mutation ReturnIssue($id: ID!, $note: String!) {\n    returnIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationReturnIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ReturnIssueDocument;
  '\n  mutation FlagIssue($id: ID!, $note: String) {\n    flagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationFlagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.FlagIssueDocument;
  '\n  mutation UnflagIssue($id: ID!, $note: String) {\n    unflagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationUnflagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.UnflagIssueDocument;
  '\n  mutation RecordRefusal($id: ID!, $note: String!) {\n    recordRefusal(id: $id, note: $note) {\n      __typename\n      ... on MutationRecordRefusalSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordRefusalDocument;
  '\n  mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n    turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) {\n      __typename\n      ... on MutationTurnFindingsIntoIssuesSuccess {\n        data {\n          id\n          title\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.TurnFindingsIntoIssuesDocument;
  '\n  mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n    routeComplaint(id: $id, departmentId: $departmentId, note: $note) {\n      __typename\n      ... on MutationRouteComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RouteComplaintDocument;
  '\n  mutation RespondToComplaint($id: ID!, $note: String!) {\n    respondToComplaint(id: $id, note: $note) {\n      __typename\n      ... on MutationRespondToComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RespondToComplaintDocument;
  '\n  mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n    resolveComplaint(id: $id, answer: $answer, upheld: $upheld) {\n      __typename\n      ... on MutationResolveComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ResolveComplaintDocument;
  '\n  mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n    turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) {\n      __typename\n      ... on MutationTurnComplaintIntoIssueSuccess {\n        data {\n          id\n          state\n          availableActions\n          issueId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.TurnComplaintIntoIssueDocument;
  '\n  mutation RejectComplaint($id: ID!, $reasons: String!) {\n    rejectComplaint(id: $id, reasons: $reasons) {\n      __typename\n      ... on MutationRejectComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RejectComplaintDocument;
  '\n  mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n    closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) {\n      __typename\n      ... on MutationCloseComplaintWithFollowUpSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CloseComplaintWithFollowUpDocument;
  '\n  query InspectionChecklist {\n    inspectionChecklist {\n      id\n      section\n      sectionLabel\n      text\n      maxDeduction\n      category\n    }\n  }\n': typeof types.InspectionChecklistDocument;
  '\n  query IssueCategories {\n    issueCategories {\n      code\n      label\n      subtypes\n      departments {\n        id\n        name\n      }\n    }\n  }\n': typeof types.IssueCategoriesDocument;
  '\n  query ClosedLoopSettings {\n    closedLoopSettings {\n      b1GraceDays\n      complaintFirstResponseDays\n      complaintResolutionDays\n      dueSoonDays\n    }\n  }\n': typeof types.ClosedLoopSettingsDocument;
  '\n  fragment InboxTask on InboxTask {\n    reasons\n    issue {\n      id\n      title\n      category\n      state\n      deadline\n      overdue\n      daysOverdue\n      flagged\n      availableActions\n      community {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n': typeof types.InboxTaskFragmentDoc;
  '\n  query Inbox {\n    inbox {\n      hasTasks\n      tasks {\n        total\n        items {\n          ...InboxTask\n        }\n      }\n      complaints {\n        total\n        items {\n          id\n          category\n          channel\n          state\n          content\n          receivedAt\n          firstResponseDue\n          resolutionDue\n          firstResponseLate\n          resolutionLate\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.InboxDocument;
  '\n  query CommitteeRegister {\n    committeeRegister {\n      status\n      termState\n      community {\n        id\n        name\n        type\n        households\n        township {\n          id\n          name\n        }\n      }\n      election {\n        id\n        status\n        termStart\n        termEnd\n        filedOn\n        supplementary\n      }\n    }\n  }\n': typeof types.CommitteeRegisterDocument;
  '\n  fragment CommitteeCandidateFields on CommitteeCandidate {\n    id\n    name\n    route\n    nominatedBy\n    eligibilityAttested\n    elected\n    position\n    leftOn\n  }\n': typeof types.CommitteeCandidateFieldsFragmentDoc;
  '\n  fragment ElectionTallyFields on ElectionTally {\n    valid\n    voidReason\n    cast\n    voidBallots\n    elected\n    vacant\n    counts {\n      candidateId\n      headcount\n      area\n      qualifies\n    }\n    pendingTie {\n      candidateIds\n      seats\n    }\n  }\n': typeof types.ElectionTallyFieldsFragmentDoc;
  '\n  query CommitteeElection($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      committeeId\n      status\n      seats\n      supplementary\n      community {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n      ruleSet {\n        code\n        version\n        label\n        seats\n        termYears\n      }\n      assemblyAt\n      assemblyPlace\n      assemblyForm\n      agenda\n      publicisedOn\n      rollHeadcount\n      rollArea\n      opensAt\n      closesAt\n      ballotListHash\n      signedOffAt\n      termStart\n      termEnd\n      filedOn\n      filedWith\n      preparatoryGroup {\n        id\n        name\n        role\n      }\n      candidates {\n        ...CommitteeCandidateFields\n      }\n      members {\n        ...CommitteeCandidateFields\n      }\n      counters {\n        id\n        name\n        role\n      }\n      paperProblems\n      result {\n        ...ElectionTallyFields\n      }\n      recallMotions {\n        id\n        movedOn\n        memberIds\n        supporterCount\n        supportingArea\n        totalArea\n        reason\n        voteHeldOn\n        outcome\n      }\n      dutyReviews {\n        id\n        reviewedOn\n        reviewer\n        note\n        results {\n          code\n          label\n          result\n        }\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n': typeof types.CommitteeElectionDocument;
  '\n  query CommitteeElectionDocuments($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      documents {\n        notice\n        candidateList\n        paperBallot\n      }\n    }\n  }\n': typeof types.CommitteeElectionDocumentsDocument;
  '\n  query OwnerUnits($communityId: ID!) {\n    ownerUnits(communityId: $communityId) {\n      id\n      building\n      unitNo\n      room\n      area\n      owners {\n        name\n        idMasked\n        phone\n      }\n    }\n  }\n': typeof types.OwnerUnitsDocument;
  '\n  query CommitteeDuties {\n    committeeDuties {\n      code\n      label\n    }\n  }\n': typeof types.CommitteeDutiesDocument;
  '\n  mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n    importCommitteeOwners(communityId: $communityId, rows: $rows) {\n      __typename\n      ... on MutationImportCommitteeOwnersSuccess {\n        data {\n          units\n          owners\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ImportCommitteeOwnersDocument;
  '\n  mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCreateCommitteeElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CreateCommitteeElectionDocument;
  '\n  mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCallSupplementaryElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CallSupplementaryElectionDocument;
  '\n  mutation NominateCommitteeCandidate(\n    $electionId: ID!\n    $name: String!\n    $route: NominationRoute!\n    $nominatedBy: String\n    $eligibilityAttested: Boolean!\n    $attestedBy: String\n  ) {\n    nominateCommitteeCandidate(\n      electionId: $electionId\n      name: $name\n      route: $route\n      nominatedBy: $nominatedBy\n      eligibilityAttested: $eligibilityAttested\n      attestedBy: $attestedBy\n    ) {\n      __typename\n      ... on MutationNominateCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.NominateCommitteeCandidateDocument;
  '\n  mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n    attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) {\n      __typename\n      ... on MutationAttestCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AttestCommitteeCandidateDocument;
  '\n  mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n    addElectionCounter(electionId: $electionId, name: $name, role: $role) {\n      __typename\n      ... on MutationAddElectionCounterSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AddElectionCounterDocument;
  '\n  mutation PubliciseCandidates($electionId: ID!) {\n    publiciseCandidates(electionId: $electionId) {\n      __typename\n      ... on MutationPubliciseCandidatesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.PubliciseCandidatesDocument;
  '\n  mutation FreezeVoterRoll($electionId: ID!) {\n    freezeVoterRoll(electionId: $electionId) {\n      __typename\n      ... on MutationFreezeVoterRollSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.FreezeVoterRollDocument;
  '\n  mutation IssueVotingCodes($electionId: ID!) {\n    issueVotingCodes(electionId: $electionId) {\n      __typename\n      ... on MutationIssueVotingCodesSuccess {\n        data {\n          unitId\n          building\n          unitNo\n          room\n          code\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.IssueVotingCodesDocument;
  '\n  mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) {\n      __typename\n      ... on MutationOpenVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.OpenVotingDocument;
  '\n  mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n    signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) {\n      __typename\n      ... on MutationSignInPaperVoterSuccess {\n        data\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.SignInPaperVoterDocument;
  '\n  mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n    enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n      __typename\n      ... on MutationEnterPaperBallotSuccess {\n        data {\n          paperNo\n          entries\n          mismatch\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.EnterPaperBallotDocument;
  '\n  mutation CloseVoting($electionId: ID!) {\n    closeVoting(electionId: $electionId) {\n      __typename\n      ... on MutationCloseVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CloseVotingDocument;
  '\n  mutation CountVotes($electionId: ID!) {\n    countVotes(electionId: $electionId) {\n      __typename\n      ... on MutationCountVotesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CountVotesDocument;
  '\n  mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n    settleElectionTie(electionId: $electionId, winners: $winners) {\n      __typename\n      ... on MutationSettleElectionTieSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.SettleElectionTieDocument;
  '\n  mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n    electCommitteeOfficers(electionId: $electionId, officers: $officers) {\n      __typename\n      ... on MutationElectCommitteeOfficersSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ElectCommitteeOfficersDocument;
  '\n  mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n    signOffCount(electionId: $electionId, counterIds: $counterIds) {\n      __typename\n      ... on MutationSignOffCountSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.SignOffCountDocument;
  '\n  mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n    fileCommittee(electionId: $electionId, filedWith: $filedWith) {\n      __typename\n      ... on MutationFileCommitteeSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.FileCommitteeDocument;
  '\n  mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n    moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) {\n      __typename\n      ... on MutationMoveRecallSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.MoveRecallDocument;
  '\n  mutation RecordRecallVote(\n    $motionId: ID!\n    $heldOn: Date!\n    $participatedArea: String!\n    $participatedHeadcount: Int!\n    $inFavourArea: String!\n    $inFavourHeadcount: Int!\n  ) {\n    recordRecallVote(\n      motionId: $motionId\n      heldOn: $heldOn\n      participatedArea: $participatedArea\n      participatedHeadcount: $participatedHeadcount\n      inFavourArea: $inFavourArea\n      inFavourHeadcount: $inFavourHeadcount\n    ) {\n      __typename\n      ... on MutationRecordRecallVoteSuccess {\n        data {\n          id\n          outcome\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordRecallVoteDocument;
  '\n  mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n    reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) {\n      __typename\n      ... on MutationReviewCommitteeDutiesSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ReviewCommitteeDutiesDocument;
  '\n  mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n    recordCommitteeVacancy(memberId: $memberId, reason: $reason) {\n      __typename\n      ... on MutationRecordCommitteeVacancySuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordCommitteeVacancyDocument;
  '\n  mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordCommitteeTrainingDocument;
  '\n  query VotingBallot($code: String!) {\n    votingBallot(code: $code) {\n      electionId\n      communityName\n      seats\n      opensAt\n      closesAt\n      open\n      candidates {\n        id\n        name\n        route\n      }\n    }\n  }\n': typeof types.VotingBallotDocument;
  '\n  mutation CastBallot($code: String!, $choices: [ID!]!) {\n    castBallot(code: $code, choices: $choices) {\n      __typename\n      ... on MutationCastBallotSuccess {\n        data {\n          receiptId\n          electionId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CastBallotDocument;
  '\n  query ElectionResults($id: ID!) {\n    electionResults(id: $id) {\n      electionId\n      communityName\n      status\n      countedOn\n      seats\n      ruleSet {\n        code\n        version\n        label\n      }\n      candidates {\n        id\n        name\n        route\n        elected\n        position\n      }\n      rollHeadcount\n      rollArea\n      participatedHeadcount\n      participatedArea\n      tally {\n        ...ElectionTallyFields\n      }\n      tieSettledBy\n      ballotList\n      ballotListHash\n      recountMatches\n    }\n  }\n': typeof types.ElectionResultsDocument;
  '\n  query BallotReceipt($electionId: ID!, $receipt: String!) {\n    ballotReceipt(electionId: $electionId, receipt: $receipt) {\n      receiptId\n      area\n      choices\n    }\n  }\n': typeof types.BallotReceiptDocument;
  '\n  query HandoversPage {\n    handoverPolicy {\n      defaultDays\n      minDays\n      maxDays\n    }\n    handovers {\n      id\n      status\n      deadline\n      overdue\n      communityId\n      communityName\n      townshipName\n      outgoingName\n      successorId\n      successorName\n      decisionNo\n      openItemCount\n      completedOn\n      checklist {\n        item\n        label\n        doneOn\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n': typeof types.HandoversPageDocument;
  '\n  query ExpulsionCandidates {\n    expulsionCandidates {\n      enterpriseId\n      name\n      status\n      listStatus\n      grade\n      communityCount\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n': typeof types.ExpulsionCandidatesDocument;
  '\n  query SuccessorOptions {\n    enterprises(page: 1, perPage: 100, filter: { status: ACTIVE }) {\n      items {\n        id\n        name\n        listStatus\n      }\n    }\n  }\n': typeof types.SuccessorOptionsDocument;
  '\n  mutation ExpelEnterprise($input: ExpulsionInput!) {\n    expelEnterprise(input: $input) {\n      __typename\n      ... on MutationExpelEnterpriseSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ExpelEnterpriseDocument;
  '\n  mutation AppointHandoverSuccessor($id: ID!, $successorId: ID!) {\n    appointHandoverSuccessor(id: $id, successorId: $successorId) {\n      __typename\n      ... on MutationAppointHandoverSuccessorSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.AppointHandoverSuccessorDocument;
  '\n  mutation SetHandoverChecklistItem($id: ID!, $item: HandoverItem!, $done: Boolean!) {\n    setHandoverChecklistItem(id: $id, item: $item, done: $done) {\n      __typename\n      ... on MutationSetHandoverChecklistItemSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.SetHandoverChecklistItemDocument;
  '\n  mutation CompleteHandover($id: ID!) {\n    completeHandover(id: $id) {\n      __typename\n      ... on MutationCompleteHandoverSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.CompleteHandoverDocument;
  '\n  query InspectionPlan($dueOnly: Boolean) {\n    inspectionPlan(dueOnly: $dueOnly) {\n      today\n      policy {\n        label\n        blackListIntervalDays\n        unmanagedIntervalDays\n        dueSoonDays\n        intervals {\n          grade\n          days\n        }\n      }\n      rows {\n        communityId\n        communityName\n        townshipName\n        enterpriseName\n        grade\n        listStatus\n        handoverDeadline\n        intervalDays\n        lastInspectedOn\n        nextDue\n        status\n        daysOverdue\n      }\n    }\n  }\n': typeof types.InspectionPlanDocument;
  '\n  fragment CreditRecordListFields on CreditRecord {\n    id\n    subjectType\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    managerId\n    manager {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    itemCode\n    itemLabel\n    points\n    termMonths\n    serious\n    veto\n    commendation\n    standardVersion\n    effectiveFrom\n    expiresOn\n    status\n    proposedById\n    proposedAt\n    reason\n    sourceType\n    sourceId\n    publicizedOn\n    objectionDeadline\n    objectionDaysLeft\n    confirmedOn\n    repairedOn\n    correctsId\n    createdAt\n    availableActions {\n      action\n      available\n      reason\n      reasons\n      availableFrom\n    }\n    # The pending objection is the one a reviewer decides from a list row.\n    objections {\n      id\n      status\n    }\n  }\n': typeof types.CreditRecordListFieldsFragmentDoc;
  '\n  fragment CreditRecordFields on CreditRecord {\n    ...CreditRecordListFields\n    evidence\n    reviewerId\n    decision\n    decisionNote\n    decidedAt\n    revokedById\n    revokedAt\n    revokeReason\n    blacklistMonths\n    events {\n      id\n      fromStatus\n      toStatus\n      at\n      actorName\n      note\n    }\n    objections {\n      id\n      status\n      statement\n      evidence\n      filedAt\n      decisionNote\n      decidedAt\n    }\n  }\n': typeof types.CreditRecordFieldsFragmentDoc;
  '\n      query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n        creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CreditRecordListFields\n          }\n          total\n        }\n      }\n    ': typeof types.CreditRecordListDocument;
  '\n      query CreditRecordOne($id: ID!) {\n        creditRecord(id: $id) {\n          ...CreditRecordFields\n        }\n      }\n    ': typeof types.CreditRecordOneDocument;
  '\n      mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n        proposeCreditRecord(input: $input) {\n          __typename\n          ... on MutationProposeCreditRecordSuccess {\n            data {\n              ...CreditRecordFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.CreditRecordCreateDocument;
  '\n  fragment ObjectionFields on Objection {\n    id\n    status\n    statement\n    evidence\n    filedAt\n    filedById\n    decidedAt\n    decidedById\n    decisionNote\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      objectionDeadline\n      proposedById\n      enterpriseId\n    }\n  }\n': typeof types.ObjectionFieldsFragmentDoc;
  '\n      query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n        objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ObjectionFields\n          }\n          total\n        }\n      }\n    ': typeof types.ObjectionListDocument;
  '\n  query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n    enterprise(id: $id) {\n      id\n      name\n      uscc\n      status\n      township {\n        id\n        name\n      }\n      credit(asOf: $asOf) {\n        asOf\n        score\n        grade\n        positivePoints\n        negativePoints\n        veto\n        standardVersion\n        listStatus\n        listUntil\n        breakdown {\n          recordId\n          itemCode\n          points\n          termMonths\n          effectiveFrom\n          expiresOn\n          veto\n          inherited\n          record {\n            id\n            itemLabel\n            reason\n            status\n            sourceType\n            confirmedOn\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        history(from: $from, to: $to) {\n          date\n          score\n          grade\n        }\n      }\n    }\n  }\n': typeof types.EnterpriseCreditDocument;
  '\n  query CreditGuidance($id: ID!) {\n    enterprise(id: $id) {\n      id\n      creditGuidance {\n        asOf\n        score\n        grade\n        nextGrade\n        pointsToNextGrade\n        vetoed\n        positiveRoom\n        openIssues\n        changes {\n          recordId\n          itemCode\n          points\n          endsOn\n          score\n          grade\n          record {\n            id\n            itemLabel\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        positiveItems {\n          code\n          label\n          points\n          termMonths\n          howEarned\n          inEffect\n          moreAllowed\n        }\n      }\n    }\n  }\n': typeof types.CreditGuidanceDocument;
  '\n  query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n    ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n      total\n      asOf\n      standardVersion\n      items {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipId\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n        listStatus\n        listUntil\n      }\n    }\n  }\n': typeof types.RankingDocument;
  '\n  fragment ListedFields on ListedFirm {\n    enterpriseId\n    name\n    uscc\n    score\n    grade\n    kind\n    reason\n    reasonText\n    from\n    until\n  }\n': typeof types.ListedFieldsFragmentDoc;
  '\n  query PublicFirmSearch($q: String!) {\n    publicFirmSearch(q: $q) {\n      enterpriseId\n      name\n      uscc\n      latest {\n        quarter\n        rated {\n          rank\n          score\n          grade\n        }\n      }\n      listings {\n        kind\n        reasonText\n        until\n      }\n    }\n  }\n': typeof types.PublicFirmSearchDocument;
  '\n  query PublicFirm($id: ID!) {\n    publicFirm(id: $id) {\n      enterpriseId\n      name\n      uscc\n      ratings {\n        quarter\n        rated {\n          rank\n          score\n          grade\n          townshipName\n        }\n      }\n      listings {\n        ...ListedFields\n      }\n    }\n  }\n': typeof types.PublicFirmDocument;
  '\n  query Boards {\n    redList {\n      ...ListedFields\n    }\n    blackList {\n      ...ListedFields\n    }\n    ratings {\n      id\n      quarter\n      status\n      publishedOn\n      asOf\n      total\n      standardVersion\n    }\n  }\n': typeof types.BoardsDocument;
  '\n  query Ratings {\n    ratings {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      total\n      standardVersion\n    }\n  }\n': typeof types.RatingsDocument;
  '\n  query Rating($id: ID, $page: Int, $perPage: Int) {\n    rating(id: $id) {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      reviewNote\n      total\n      standardVersion\n      g5ProposalIds\n      availableActions {\n        action\n        available\n        reason\n      }\n      distribution {\n        grade\n        count\n      }\n      redList {\n        ...ListedFields\n      }\n      blackList {\n        ...ListedFields\n      }\n      consecutiveC {\n        ...ListedFields\n      }\n      ranking(page: $page, perPage: $perPage) {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n      }\n    }\n  }\n': typeof types.RatingDocument;
  '\n  mutation PrepareRating($quarter: String!) {\n    prepareRating(quarter: $quarter) {\n      __typename\n      ... on MutationPrepareRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.PrepareRatingDocument;
  '\n  mutation ReviewRating($id: ID!, $note: String) {\n    reviewRating(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ReviewRatingDocument;
  '\n  mutation PublishRating($id: ID!) {\n    publishRating(id: $id) {\n      __typename\n      ... on MutationPublishRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.PublishRatingDocument;
  '\n  mutation PublicizeCreditRecord($id: ID!) {\n    publicizeCreditRecord(id: $id) {\n      __typename\n      ... on MutationPublicizeCreditRecordSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.PublicizeCreditRecordDocument;
  '\n  mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n    fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) {\n      __typename\n      ... on MutationFileObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.FileObjectionDocument;
  '\n  mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n    decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) {\n      __typename\n      ... on MutationDecideObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.DecideObjectionDocument;
  '\n  mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n    revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) {\n      __typename\n      ... on MutationRevokeCreditRecordSuccess {\n        data {\n          revoked {\n            id\n            status\n          }\n          reissued {\n            id\n            status\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RevokeCreditRecordDocument;
  '\n  mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n    applyForRepair(recordId: $recordId, commitment: $commitment) {\n      __typename\n      ... on MutationApplyForRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ApplyForRepairDocument;
  '\n  mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n    decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) {\n      __typename\n      ... on MutationDecideRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.DecideRepairDocument;
  '\n  query ScoringStandardItems {\n    scoringStandard {\n      version\n      base\n      positiveCap\n      items {\n        code\n        label\n        points\n        termMonths\n        subject\n        serious\n        veto\n      }\n    }\n  }\n': typeof types.ScoringStandardItemsDocument;
  '\n  query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n    notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        kind\n        title\n        body\n        recordId\n        createdAt\n        readAt\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  query UnreadNotifications {\n    notifications(perPage: 1, unreadOnly: true) {\n      unread\n    }\n  }\n': typeof types.UnreadNotificationsDocument;
  '\n  mutation MarkNotificationRead($ids: [ID!]) {\n    markNotificationRead(ids: $ids)\n  }\n': typeof types.MarkNotificationReadDocument;
  '\n  fragment RepairApplicationFields on RepairApplication {\n    id\n    status\n    commitment\n    openIssues\n    appliedAt\n    appliedById\n    decidedAt\n    decidedById\n    reasons\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      expiresOn\n      confirmedOn\n    }\n  }\n': typeof types.RepairApplicationFieldsFragmentDoc;
  '\n      query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n        repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...RepairApplicationFields\n          }\n          total\n        }\n      }\n    ': typeof types.RepairApplicationListDocument;
  '\n  query LeaseSafety {\n    leaseSafetyChecksDue {\n      unitId\n      unitLabel\n      tenantName\n      lastCheckedOn\n      dueOn\n      late\n    }\n    leaseSafetyFindings {\n      id\n      unitLabel\n      tenantName\n      checkedOn\n      item\n      category\n      description\n      state\n      measures\n      deadline\n      overdue\n      departmentName\n      availableActions {\n        action\n        available\n        reason\n      }\n      events {\n        id\n        action\n        toState\n        actorName\n        at\n        note\n      }\n    }\n  }\n': typeof types.LeaseSafetyDocument;
  '\n  mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {\n    recordLeaseSafetyCheck(input: $input) {\n      __typename\n      ... on MutationRecordLeaseSafetyCheckSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordLeaseSafetyCheckDocument;
  '\n  mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {\n    actOnLeaseSafetyFinding(id: $id, input: $input) {\n      __typename\n      ... on MutationActOnLeaseSafetyFindingSuccess {\n        data {\n          id\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ActOnLeaseSafetyFindingDocument;
  '\n  query LeaseMeetings {\n    leaseMeetings {\n      id\n      title\n      heldAt\n      location\n      notice\n      minutes\n      decidedAt\n      decisions {\n        text\n        owner\n        dueOn\n      }\n    }\n  }\n': typeof types.LeaseMeetingsDocument;
  '\n  mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {\n    scheduleLeaseMeeting(input: $input) {\n      __typename\n      ... on MutationScheduleLeaseMeetingSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.ScheduleLeaseMeetingDocument;
  '\n  mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {\n    recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {\n      __typename\n      ... on MutationRecordLeaseMeetingDecisionsSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n': typeof types.RecordLeaseMeetingDecisionsDocument;
  '\n  query PublicRandomDraws {\n    randomDraws {\n      id\n      title\n      status\n      seed\n      dueBy\n      drawnAt\n      publishedAt\n      communityCount\n      teamSize\n      policy {\n        code\n        version\n        label\n      }\n      communities {\n        id\n        position\n        weight\n        communityName\n        townshipName\n        enterpriseName\n        inspectors {\n          id\n          name\n          unitName\n        }\n        result {\n          date\n          score\n          grade\n          findingCount\n          refusedToCooperate\n        }\n      }\n      reproduction {\n        matches\n        problems\n      }\n    }\n  }\n': typeof types.PublicRandomDrawsDocument;
  '\n  fragment CommunityFields on Community {\n    id\n    name\n    townshipId\n    township {\n      id\n      name\n    }\n    address\n    type\n    households\n    floorArea\n    deliveryDate\n    serviceMode\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    contractStart\n    contractEnd\n    officeArea\n    maintenanceFundBalance\n    handoverDeadline\n    createdAt\n    updatedAt\n  }\n': typeof types.CommunityFieldsFragmentDoc;
  '\n      query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n        communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CommunityFields\n          }\n          total\n        }\n      }\n    ': typeof types.CommunityListDocument;
  '\n      query CommunityOne($id: ID!) {\n        community(id: $id) {\n          ...CommunityFields\n        }\n      }\n    ': typeof types.CommunityOneDocument;
  '\n      mutation CommunityCreate($input: CommunityInput!) {\n        createCommunity(input: $input) {\n          __typename\n          ... on MutationCreateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.CommunityCreateDocument;
  '\n      mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n        updateCommunity(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.CommunityUpdateDocument;
  '\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    remit\n    createdAt\n    updatedAt\n  }\n': typeof types.DepartmentFieldsFragmentDoc;
  '\n      query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n        departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...DepartmentFields\n          }\n          total\n        }\n      }\n    ': typeof types.DepartmentListDocument;
  '\n      query DepartmentOne($id: ID!) {\n        department(id: $id) {\n          ...DepartmentFields\n        }\n      }\n    ': typeof types.DepartmentOneDocument;
  '\n      mutation DepartmentCreate($input: DepartmentInput!) {\n        createDepartment(input: $input) {\n          __typename\n          ... on MutationCreateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.DepartmentCreateDocument;
  '\n      mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n        updateDepartment(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.DepartmentUpdateDocument;
  '\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    townshipId\n    township {\n      id\n      name\n    }\n    status\n    score\n    grade\n    listStatus\n    listUntil\n    communityCount\n    managerCount\n    createdAt\n    updatedAt\n  }\n': typeof types.EnterpriseFieldsFragmentDoc;
  '\n      query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n        enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...EnterpriseFields\n          }\n          total\n        }\n      }\n    ': typeof types.EnterpriseListDocument;
  '\n      query EnterpriseOne($id: ID!) {\n        enterprise(id: $id) {\n          ...EnterpriseFields\n        }\n      }\n    ': typeof types.EnterpriseOneDocument;
  '\n      mutation EnterpriseCreate($input: EnterpriseInput!) {\n        createEnterprise(input: $input) {\n          __typename\n          ... on MutationCreateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.EnterpriseCreateDocument;
  '\n      mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n        updateEnterprise(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.EnterpriseUpdateDocument;
  '\n  fragment ProjectManagerListFields on ProjectManager {\n    id\n    name\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    certificateNo\n    phone\n    createdAt\n  }\n': typeof types.ProjectManagerListFieldsFragmentDoc;
  '\n  fragment ProjectManagerFields on ProjectManager {\n    ...ProjectManagerListFields\n    appointments {\n      id\n      communityId\n      community {\n        id\n        name\n      }\n      startDate\n      endDate\n      registeredOn\n    }\n  }\n': typeof types.ProjectManagerFieldsFragmentDoc;
  '\n      query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n        projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ProjectManagerListFields\n          }\n          total\n        }\n      }\n    ': typeof types.ProjectManagerListDocument;
  '\n      query ProjectManagerOne($id: ID!) {\n        projectManager(id: $id) {\n          ...ProjectManagerFields\n        }\n      }\n    ': typeof types.ProjectManagerOneDocument;
  '\n      mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n        createProjectManager(input: $input) {\n          __typename\n          ... on MutationCreateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.ProjectManagerCreateDocument;
  '\n      mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n        updateProjectManager(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.ProjectManagerUpdateDocument;
  '\n  fragment TownshipFields on Township {\n    id\n    name\n    code\n    communityCount\n    enterpriseCount\n    createdAt\n    updatedAt\n  }\n': typeof types.TownshipFieldsFragmentDoc;
  '\n      query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n        townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...TownshipFields\n          }\n          total\n        }\n      }\n    ': typeof types.TownshipListDocument;
  '\n      query TownshipOne($id: ID!) {\n        township(id: $id) {\n          ...TownshipFields\n        }\n      }\n    ': typeof types.TownshipOneDocument;
  '\n      mutation TownshipCreate($input: TownshipInput!) {\n        createTownship(input: $input) {\n          __typename\n          ... on MutationCreateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.TownshipCreateDocument;
  '\n      mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n        updateTownship(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ': typeof types.TownshipUpdateDocument;
  '\n  query PublicCommunities {\n    publicCommunities {\n      id\n      name\n      townshipName\n    }\n  }\n': typeof types.PublicCommunitiesDocument;
  '\n  query PublicComplaint($code: String!) {\n    publicComplaint(code: $code) {\n      trackingCode\n      status\n      category\n      communityName\n      townshipName\n      departmentName\n      receivedAt\n      respondedAt\n      handledAt\n      closedAt\n      answer\n      rejectionReasons\n      photoCount\n    }\n  }\n': typeof types.PublicComplaintDocument;
};
const documents: Documents = {
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        user {\n          id\n          username\n          displayName\n          role\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      township {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      permissions\n    }\n  }\n':
    types.MeDocument,
  '\n  fragment MutationErrorFields on Error {\n    message\n    ... on ValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.MutationErrorFieldsFragmentDoc,
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n': types.ApiTokensDocument,
  '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            ...ApiTokenFields\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data {\n          ...ApiTokenFields\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  fragment AuditLogFields on AuditLog {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    changes\n    ip\n  }\n':
    types.AuditLogFieldsFragmentDoc,
  '\n      query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n        auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...AuditLogFields\n          }\n          total\n        }\n      }\n    ':
    types.AuditLogListDocument,
  '\n      query AuditLogOne($id: ID!) {\n        auditLog(id: $id) {\n          ...AuditLogFields\n        }\n      }\n    ': types.AuditLogOneDocument,
  '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    departmentId\n    enterpriseId\n    active\n    lastLoginAt\n    createdAt\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n      query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n        users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...UserFields\n          }\n          total\n        }\n      }\n    ':
    types.UserListDocument,
  '\n      query UserOne($id: ID!) {\n        user(id: $id) {\n          ...UserFields\n        }\n      }\n    ': types.UserOneDocument,
  '\n      mutation UserCreate($input: UserInput!) {\n        createUser(input: $input) {\n          __typename\n          ... on MutationCreateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.UserCreateDocument,
  '\n      mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n        updateUser(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.UserUpdateDocument,
  '\n  query KpiCards($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, filter: $filter) {\n      period\n      from\n      to\n      previousPeriod\n      rows {\n        kpis {\n          code\n          value\n          numerator\n          denominator\n          target\n          status\n          previous\n          change\n          improved\n          applicable\n          distribution {\n            key\n            count\n          }\n        }\n      }\n      definitions {\n        code\n        name\n        kind\n        direction\n        target\n        numerator\n        denominator\n        unavailable\n        note\n      }\n    }\n  }\n':
    types.KpiCardsDocument,
  '\n  query KpiTrend($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n      rows {\n        month\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {\n          code\n          value\n        }\n      }\n    }\n  }\n':
    types.KpiTrendDocument,
  '\n  query KpiTownships($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n      rows {\n        groupId\n        groupName\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) {\n          code\n          value\n        }\n      }\n    }\n  }\n':
    types.KpiTownshipsDocument,
  '\n  query IssuesByCategory($filter: AggregateFilter) {\n    aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) {\n      keys\n      labels\n      count\n    }\n  }\n':
    types.IssuesByCategoryDocument,
  '\n  query CampaignTimeline($year: Int!) {\n    campaign(year: $year) {\n      id\n      name\n      startDate\n      endDate\n      currentPhase {\n        code\n        name\n      }\n      phases {\n        code\n        name\n        startDate\n        endDate\n      }\n      milestones {\n        code\n        title\n        dueDate\n        state\n      }\n    }\n  }\n':
    types.CampaignTimelineDocument,
  '\n  fragment OpenIssueFields on Issue {\n    id\n    title\n    category\n    state\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    community {\n      id\n      name\n    }\n  }\n':
    types.OpenIssueFieldsFragmentDoc,
  '\n  query EnterpriseHome($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      credit {\n        asOf\n        score\n        grade\n        listStatus\n        listUntil\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n    creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n      total\n      items {\n        id\n        itemCode\n        itemLabel\n        points\n        status\n        effectiveFrom\n        reason\n      }\n    }\n  }\n':
    types.EnterpriseHomeDocument,
  '\n  query DepartmentQueue {\n    inbox {\n      overdue {\n        total\n      }\n      dueSoon {\n        total\n      }\n      toVerify {\n        total\n      }\n      complaints {\n        total\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n  }\n':
    types.DepartmentQueueDocument,
  '\n  fragment BulletinSummary on Bulletin {\n    id\n    month\n    status\n    generatedAt\n    reviewedAt\n    reviewNote\n    publishedAt\n    publishedOn\n    printUrl\n    downloadUrl\n  }\n':
    types.BulletinSummaryFragmentDoc,
  '\n  fragment BulletinBy on Bulletin {\n    generatedByName\n    reviewedByName\n    publishedByName\n  }\n': types.BulletinByFragmentDoc,
  '\n  query Bulletins {\n    bulletins {\n      ...BulletinSummary\n      ...BulletinBy\n    }\n  }\n': types.BulletinsDocument,
  '\n  query PublicBulletins {\n    bulletins {\n      ...BulletinSummary\n    }\n  }\n': types.PublicBulletinsDocument,
  '\n  query Bulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      ...BulletinBy\n      availableActions {\n        action\n        available\n        reason\n      }\n      snapshot\n    }\n  }\n':
    types.BulletinDocument,
  '\n  query PublicBulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      snapshot\n    }\n  }\n': types.PublicBulletinDocument,
  '\n  mutation GenerateBulletin($month: String!) {\n    generateBulletin(month: $month) {\n      __typename\n      ... on MutationGenerateBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.GenerateBulletinDocument,
  '\n  mutation ReviewBulletin($id: ID!, $note: String) {\n    reviewBulletin(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ReviewBulletinDocument,
  '\n  mutation PublishBulletin($id: ID!) {\n    publishBulletin(id: $id) {\n      __typename\n      ... on MutationPublishBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.PublishBulletinDocument,
  '\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n    }\n  }\n': types.CampaignsDocument,
  '\n  query Campaign($id: ID, $year: Int) {\n    campaign(id: $id, year: $year) {\n      id\n      year\n      name\n      goal\n      startDate\n      endDate\n      currentPhase {\n        id\n        code\n        name\n      }\n      phases {\n        id\n        code\n        name\n        description\n        startDate\n        endDate\n      }\n      milestones {\n        id\n        code\n        title\n        dueDate\n        department {\n          id\n          name\n        }\n        status\n        state\n        doneOn\n        evidence\n        note\n        phaseId\n        measurement {\n          kpi\n          asOf\n          numerator\n          denominator\n          value\n        }\n        availableActions {\n          action\n          available\n          reason\n        }\n      }\n    }\n  }\n':
    types.CampaignDocument,
  '\n  query CampaignRoutines {\n    campaignRoutines {\n      code\n      name\n      cadence\n    }\n  }\n': types.CampaignRoutinesDocument,
  '\n  query WeeklyProgress($campaignId: ID!) {\n    weeklyProgress(campaignId: $campaignId) {\n      id\n      weekStart\n      summary\n      createdAt\n      department {\n        id\n        name\n      }\n    }\n  }\n':
    types.WeeklyProgressDocument,
  '\n  query TrainingSessions {\n    trainingSessions {\n      id\n      topic\n      heldOn\n      location\n      attendees {\n        id\n        kind\n        name\n        present\n        managerId\n        enterpriseId\n      }\n    }\n  }\n':
    types.TrainingSessionsDocument,
  '\n  query JointMeetings {\n    jointMeetings {\n      id\n      title\n      heldAt\n      location\n      agenda\n      participants\n      contactPhone\n      noticeDate\n      notice\n      minutes\n    }\n  }\n':
    types.JointMeetingsDocument,
  '\n  query DepartmentChoices {\n    departments(perPage: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n':
    types.DepartmentChoicesDocument,
  '\n  mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n    createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) {\n      __typename\n      ... on MutationCreateMilestoneSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CreateMilestoneDocument,
  '\n  mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n    completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) {\n      __typename\n      ... on MutationCompleteMilestoneSuccess {\n        data {\n          id\n          status\n          state\n          doneOn\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CompleteMilestoneDocument,
  '\n  mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n    addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) {\n      __typename\n      ... on MutationAddWeeklyProgressSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AddWeeklyProgressDocument,
  '\n  mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordTrainingSessionDocument,
  '\n  mutation ScheduleJointMeeting(\n    $campaignId: ID\n    $title: String!\n    $heldAt: DateTime!\n    $location: String!\n    $agenda: String!\n    $participants: [String!]!\n    $contactPhone: String\n  ) {\n    scheduleJointMeeting(\n      campaignId: $campaignId\n      title: $title\n      heldAt: $heldAt\n      location: $location\n      agenda: $agenda\n      participants: $participants\n      contactPhone: $contactPhone\n    ) {\n      __typename\n      ... on MutationScheduleJointMeetingSuccess {\n        data {\n          id\n          notice\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ScheduleJointMeetingDocument,
  '\n  fragment ComplaintListFields on Complaint {\n    id\n    channel\n    category\n    subtype\n    state\n    content\n    complainantName\n    complainantPhone\n    complainantCount\n    collective\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    receivedAt\n    firstResponseDue\n    resolutionDue\n    firstResponseLate\n    resolutionLate\n    respondedAt\n    handledAt\n    closedAt\n    followUpRating\n    upheld\n    issueId\n    createdAt\n    availableActions\n  }\n':
    types.ComplaintListFieldsFragmentDoc,
  '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    responseNote\n    answer\n    rejectionReasons\n    followUpNote\n    b3Proposed\n    b4Proposed\n    b5Proposed\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n    }\n  }\n':
    types.ComplaintFieldsFragmentDoc,
  '\n      query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n        complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ComplaintListFields\n          }\n          total\n        }\n      }\n    ':
    types.ComplaintListDocument,
  '\n      query ComplaintOne($id: ID!) {\n        complaint(id: $id) {\n          ...ComplaintFields\n        }\n      }\n    ': types.ComplaintOneDocument,
  '\n      mutation ComplaintCreate($input: ComplaintInput!) {\n        createComplaint(input: $input) {\n          __typename\n          ... on MutationCreateComplaintSuccess {\n            data {\n              ...ComplaintFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.ComplaintCreateDocument,
  '\n  fragment InspectionListFields on Inspection {\n    id\n    kind\n    date\n    inspectors\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    refusedToCooperate\n    b10Proposed\n    b14Proposed\n    note\n    createdAt\n  }\n':
    types.InspectionListFieldsFragmentDoc,
  '\n  fragment InspectionFields on Inspection {\n    ...InspectionListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    findings {\n      itemId\n      section\n      title\n      category\n      points\n      note\n      turned\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n':
    types.InspectionFieldsFragmentDoc,
  '\n      query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n        inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...InspectionListFields\n          }\n          total\n        }\n      }\n    ':
    types.InspectionListDocument,
  '\n      query InspectionOne($id: ID!) {\n        inspection(id: $id) {\n          ...InspectionFields\n        }\n      }\n    ':
    types.InspectionOneDocument,
  '\n      mutation InspectionCreate($input: InspectionInput!) {\n        createInspection(input: $input) {\n          __typename\n          ... on MutationCreateInspectionSuccess {\n            data {\n              ...InspectionFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.InspectionCreateDocument,
  '\n  fragment IssueListFields on Issue {\n    id\n    title\n    category\n    subtype\n    state\n    source\n    sourceId\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    flagged\n    returned\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    assignedAt\n    closedAt\n    createdAt\n    updatedAt\n    availableActions\n  }\n':
    types.IssueListFieldsFragmentDoc,
  '\n  fragment IssueFields on Issue {\n    ...IssueListFields\n    description\n    measures\n    lastSubmittedAt\n    lastAction\n    refusalRecorded\n    b1Proposed\n    b2Proposed\n    checklistItemId\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n      fileIds\n    }\n    files {\n      id\n      originalName\n      mime\n      size\n      uploadedAt\n      sha256\n      url\n    }\n    defect {\n      code\n      nameZh\n      nameEn\n      descriptionZh\n      causes\n      prevention\n      repair\n    }\n  }\n':
    types.IssueFieldsFragmentDoc,
  '\n      query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n        issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...IssueListFields\n          }\n          total\n        }\n      }\n    ':
    types.IssueListDocument,
  '\n      query IssueOne($id: ID!) {\n        issue(id: $id) {\n          ...IssueFields\n        }\n      }\n    ': types.IssueOneDocument,
  '\n      mutation IssueCreate($input: IssueInput!) {\n        createIssue(input: $input) {\n          __typename\n          ... on MutationCreateIssueSuccess {\n            data {\n              ...IssueFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.IssueCreateDocument,
  '\n  fragment SelfCheckListFields on SelfCheck {\n    id\n    date\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    note\n    createdAt\n  }\n':
    types.SelfCheckListFieldsFragmentDoc,
  '\n  fragment SelfCheckFields on SelfCheck {\n    ...SelfCheckListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n':
    types.SelfCheckFieldsFragmentDoc,
  '\n      query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n        selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...SelfCheckListFields\n          }\n          total\n        }\n      }\n    ':
    types.SelfCheckListDocument,
  '\n      query SelfCheckOne($id: ID!) {\n        selfCheck(id: $id) {\n          ...SelfCheckFields\n        }\n      }\n    ': types.SelfCheckOneDocument,
  '\n      mutation SelfCheckCreate($input: SelfCheckInput!) {\n        submitSelfCheck(input: $input) {\n          __typename\n          ... on MutationSubmitSelfCheckSuccess {\n            data {\n              ...SelfCheckFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.SelfCheckCreateDocument,
  '\n  mutation AssignIssue($id: ID!, $input: AssignIssueInput!) {\n    assignIssue(id: $id, input: $input) {\n      __typename\n      ... on MutationAssignIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AssignIssueDocument,
  '\n  mutation AcknowledgeIssue($id: ID!, $note: String) {\n    acknowledgeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationAcknowledgeIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AcknowledgeIssueDocument,
  '\n  mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n    submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) {\n      __typename\n      ... on MutationSubmitIssueFeedbackSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.SubmitIssueFeedbackDocument,
  '\n  mutation CloseIssue($id: ID!, $note: String) {\n    closeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationCloseIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CloseIssueDocument,
  '\n  mutation ReturnIssue($id: ID!, $note: String!) {\n    returnIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationReturnIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ReturnIssueDocument,
  '\n  mutation FlagIssue($id: ID!, $note: String) {\n    flagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationFlagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.FlagIssueDocument,
  '\n  mutation UnflagIssue($id: ID!, $note: String) {\n    unflagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationUnflagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.UnflagIssueDocument,
  '\n  mutation RecordRefusal($id: ID!, $note: String!) {\n    recordRefusal(id: $id, note: $note) {\n      __typename\n      ... on MutationRecordRefusalSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordRefusalDocument,
  '\n  mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n    turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) {\n      __typename\n      ... on MutationTurnFindingsIntoIssuesSuccess {\n        data {\n          id\n          title\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.TurnFindingsIntoIssuesDocument,
  '\n  mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n    routeComplaint(id: $id, departmentId: $departmentId, note: $note) {\n      __typename\n      ... on MutationRouteComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RouteComplaintDocument,
  '\n  mutation RespondToComplaint($id: ID!, $note: String!) {\n    respondToComplaint(id: $id, note: $note) {\n      __typename\n      ... on MutationRespondToComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RespondToComplaintDocument,
  '\n  mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n    resolveComplaint(id: $id, answer: $answer, upheld: $upheld) {\n      __typename\n      ... on MutationResolveComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ResolveComplaintDocument,
  '\n  mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n    turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) {\n      __typename\n      ... on MutationTurnComplaintIntoIssueSuccess {\n        data {\n          id\n          state\n          availableActions\n          issueId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.TurnComplaintIntoIssueDocument,
  '\n  mutation RejectComplaint($id: ID!, $reasons: String!) {\n    rejectComplaint(id: $id, reasons: $reasons) {\n      __typename\n      ... on MutationRejectComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RejectComplaintDocument,
  '\n  mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n    closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) {\n      __typename\n      ... on MutationCloseComplaintWithFollowUpSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CloseComplaintWithFollowUpDocument,
  '\n  query InspectionChecklist {\n    inspectionChecklist {\n      id\n      section\n      sectionLabel\n      text\n      maxDeduction\n      category\n    }\n  }\n':
    types.InspectionChecklistDocument,
  '\n  query IssueCategories {\n    issueCategories {\n      code\n      label\n      subtypes\n      departments {\n        id\n        name\n      }\n    }\n  }\n':
    types.IssueCategoriesDocument,
  '\n  query ClosedLoopSettings {\n    closedLoopSettings {\n      b1GraceDays\n      complaintFirstResponseDays\n      complaintResolutionDays\n      dueSoonDays\n    }\n  }\n':
    types.ClosedLoopSettingsDocument,
  '\n  fragment InboxTask on InboxTask {\n    reasons\n    issue {\n      id\n      title\n      category\n      state\n      deadline\n      overdue\n      daysOverdue\n      flagged\n      availableActions\n      community {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n':
    types.InboxTaskFragmentDoc,
  '\n  query Inbox {\n    inbox {\n      hasTasks\n      tasks {\n        total\n        items {\n          ...InboxTask\n        }\n      }\n      complaints {\n        total\n        items {\n          id\n          category\n          channel\n          state\n          content\n          receivedAt\n          firstResponseDue\n          resolutionDue\n          firstResponseLate\n          resolutionLate\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.InboxDocument,
  '\n  query CommitteeRegister {\n    committeeRegister {\n      status\n      termState\n      community {\n        id\n        name\n        type\n        households\n        township {\n          id\n          name\n        }\n      }\n      election {\n        id\n        status\n        termStart\n        termEnd\n        filedOn\n        supplementary\n      }\n    }\n  }\n':
    types.CommitteeRegisterDocument,
  '\n  fragment CommitteeCandidateFields on CommitteeCandidate {\n    id\n    name\n    route\n    nominatedBy\n    eligibilityAttested\n    elected\n    position\n    leftOn\n  }\n':
    types.CommitteeCandidateFieldsFragmentDoc,
  '\n  fragment ElectionTallyFields on ElectionTally {\n    valid\n    voidReason\n    cast\n    voidBallots\n    elected\n    vacant\n    counts {\n      candidateId\n      headcount\n      area\n      qualifies\n    }\n    pendingTie {\n      candidateIds\n      seats\n    }\n  }\n':
    types.ElectionTallyFieldsFragmentDoc,
  '\n  query CommitteeElection($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      committeeId\n      status\n      seats\n      supplementary\n      community {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n      ruleSet {\n        code\n        version\n        label\n        seats\n        termYears\n      }\n      assemblyAt\n      assemblyPlace\n      assemblyForm\n      agenda\n      publicisedOn\n      rollHeadcount\n      rollArea\n      opensAt\n      closesAt\n      ballotListHash\n      signedOffAt\n      termStart\n      termEnd\n      filedOn\n      filedWith\n      preparatoryGroup {\n        id\n        name\n        role\n      }\n      candidates {\n        ...CommitteeCandidateFields\n      }\n      members {\n        ...CommitteeCandidateFields\n      }\n      counters {\n        id\n        name\n        role\n      }\n      paperProblems\n      result {\n        ...ElectionTallyFields\n      }\n      recallMotions {\n        id\n        movedOn\n        memberIds\n        supporterCount\n        supportingArea\n        totalArea\n        reason\n        voteHeldOn\n        outcome\n      }\n      dutyReviews {\n        id\n        reviewedOn\n        reviewer\n        note\n        results {\n          code\n          label\n          result\n        }\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n':
    types.CommitteeElectionDocument,
  '\n  query CommitteeElectionDocuments($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      documents {\n        notice\n        candidateList\n        paperBallot\n      }\n    }\n  }\n':
    types.CommitteeElectionDocumentsDocument,
  '\n  query OwnerUnits($communityId: ID!) {\n    ownerUnits(communityId: $communityId) {\n      id\n      building\n      unitNo\n      room\n      area\n      owners {\n        name\n        idMasked\n        phone\n      }\n    }\n  }\n':
    types.OwnerUnitsDocument,
  '\n  query CommitteeDuties {\n    committeeDuties {\n      code\n      label\n    }\n  }\n': types.CommitteeDutiesDocument,
  '\n  mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n    importCommitteeOwners(communityId: $communityId, rows: $rows) {\n      __typename\n      ... on MutationImportCommitteeOwnersSuccess {\n        data {\n          units\n          owners\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ImportCommitteeOwnersDocument,
  '\n  mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCreateCommitteeElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CreateCommitteeElectionDocument,
  '\n  mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCallSupplementaryElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CallSupplementaryElectionDocument,
  '\n  mutation NominateCommitteeCandidate(\n    $electionId: ID!\n    $name: String!\n    $route: NominationRoute!\n    $nominatedBy: String\n    $eligibilityAttested: Boolean!\n    $attestedBy: String\n  ) {\n    nominateCommitteeCandidate(\n      electionId: $electionId\n      name: $name\n      route: $route\n      nominatedBy: $nominatedBy\n      eligibilityAttested: $eligibilityAttested\n      attestedBy: $attestedBy\n    ) {\n      __typename\n      ... on MutationNominateCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.NominateCommitteeCandidateDocument,
  '\n  mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n    attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) {\n      __typename\n      ... on MutationAttestCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AttestCommitteeCandidateDocument,
  '\n  mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n    addElectionCounter(electionId: $electionId, name: $name, role: $role) {\n      __typename\n      ... on MutationAddElectionCounterSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AddElectionCounterDocument,
  '\n  mutation PubliciseCandidates($electionId: ID!) {\n    publiciseCandidates(electionId: $electionId) {\n      __typename\n      ... on MutationPubliciseCandidatesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.PubliciseCandidatesDocument,
  '\n  mutation FreezeVoterRoll($electionId: ID!) {\n    freezeVoterRoll(electionId: $electionId) {\n      __typename\n      ... on MutationFreezeVoterRollSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.FreezeVoterRollDocument,
  '\n  mutation IssueVotingCodes($electionId: ID!) {\n    issueVotingCodes(electionId: $electionId) {\n      __typename\n      ... on MutationIssueVotingCodesSuccess {\n        data {\n          unitId\n          building\n          unitNo\n          room\n          code\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.IssueVotingCodesDocument,
  '\n  mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) {\n      __typename\n      ... on MutationOpenVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.OpenVotingDocument,
  '\n  mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n    signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) {\n      __typename\n      ... on MutationSignInPaperVoterSuccess {\n        data\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.SignInPaperVoterDocument,
  '\n  mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n    enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n      __typename\n      ... on MutationEnterPaperBallotSuccess {\n        data {\n          paperNo\n          entries\n          mismatch\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.EnterPaperBallotDocument,
  '\n  mutation CloseVoting($electionId: ID!) {\n    closeVoting(electionId: $electionId) {\n      __typename\n      ... on MutationCloseVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CloseVotingDocument,
  '\n  mutation CountVotes($electionId: ID!) {\n    countVotes(electionId: $electionId) {\n      __typename\n      ... on MutationCountVotesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CountVotesDocument,
  '\n  mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n    settleElectionTie(electionId: $electionId, winners: $winners) {\n      __typename\n      ... on MutationSettleElectionTieSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.SettleElectionTieDocument,
  '\n  mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n    electCommitteeOfficers(electionId: $electionId, officers: $officers) {\n      __typename\n      ... on MutationElectCommitteeOfficersSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ElectCommitteeOfficersDocument,
  '\n  mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n    signOffCount(electionId: $electionId, counterIds: $counterIds) {\n      __typename\n      ... on MutationSignOffCountSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.SignOffCountDocument,
  '\n  mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n    fileCommittee(electionId: $electionId, filedWith: $filedWith) {\n      __typename\n      ... on MutationFileCommitteeSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.FileCommitteeDocument,
  '\n  mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n    moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) {\n      __typename\n      ... on MutationMoveRecallSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.MoveRecallDocument,
  '\n  mutation RecordRecallVote(\n    $motionId: ID!\n    $heldOn: Date!\n    $participatedArea: String!\n    $participatedHeadcount: Int!\n    $inFavourArea: String!\n    $inFavourHeadcount: Int!\n  ) {\n    recordRecallVote(\n      motionId: $motionId\n      heldOn: $heldOn\n      participatedArea: $participatedArea\n      participatedHeadcount: $participatedHeadcount\n      inFavourArea: $inFavourArea\n      inFavourHeadcount: $inFavourHeadcount\n    ) {\n      __typename\n      ... on MutationRecordRecallVoteSuccess {\n        data {\n          id\n          outcome\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordRecallVoteDocument,
  '\n  mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n    reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) {\n      __typename\n      ... on MutationReviewCommitteeDutiesSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ReviewCommitteeDutiesDocument,
  '\n  mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n    recordCommitteeVacancy(memberId: $memberId, reason: $reason) {\n      __typename\n      ... on MutationRecordCommitteeVacancySuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordCommitteeVacancyDocument,
  '\n  mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordCommitteeTrainingDocument,
  '\n  query VotingBallot($code: String!) {\n    votingBallot(code: $code) {\n      electionId\n      communityName\n      seats\n      opensAt\n      closesAt\n      open\n      candidates {\n        id\n        name\n        route\n      }\n    }\n  }\n':
    types.VotingBallotDocument,
  '\n  mutation CastBallot($code: String!, $choices: [ID!]!) {\n    castBallot(code: $code, choices: $choices) {\n      __typename\n      ... on MutationCastBallotSuccess {\n        data {\n          receiptId\n          electionId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CastBallotDocument,
  '\n  query ElectionResults($id: ID!) {\n    electionResults(id: $id) {\n      electionId\n      communityName\n      status\n      countedOn\n      seats\n      ruleSet {\n        code\n        version\n        label\n      }\n      candidates {\n        id\n        name\n        route\n        elected\n        position\n      }\n      rollHeadcount\n      rollArea\n      participatedHeadcount\n      participatedArea\n      tally {\n        ...ElectionTallyFields\n      }\n      tieSettledBy\n      ballotList\n      ballotListHash\n      recountMatches\n    }\n  }\n':
    types.ElectionResultsDocument,
  '\n  query BallotReceipt($electionId: ID!, $receipt: String!) {\n    ballotReceipt(electionId: $electionId, receipt: $receipt) {\n      receiptId\n      area\n      choices\n    }\n  }\n':
    types.BallotReceiptDocument,
  '\n  query HandoversPage {\n    handoverPolicy {\n      defaultDays\n      minDays\n      maxDays\n    }\n    handovers {\n      id\n      status\n      deadline\n      overdue\n      communityId\n      communityName\n      townshipName\n      outgoingName\n      successorId\n      successorName\n      decisionNo\n      openItemCount\n      completedOn\n      checklist {\n        item\n        label\n        doneOn\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n':
    types.HandoversPageDocument,
  '\n  query ExpulsionCandidates {\n    expulsionCandidates {\n      enterpriseId\n      name\n      status\n      listStatus\n      grade\n      communityCount\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n':
    types.ExpulsionCandidatesDocument,
  '\n  query SuccessorOptions {\n    enterprises(page: 1, perPage: 100, filter: { status: ACTIVE }) {\n      items {\n        id\n        name\n        listStatus\n      }\n    }\n  }\n':
    types.SuccessorOptionsDocument,
  '\n  mutation ExpelEnterprise($input: ExpulsionInput!) {\n    expelEnterprise(input: $input) {\n      __typename\n      ... on MutationExpelEnterpriseSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ExpelEnterpriseDocument,
  '\n  mutation AppointHandoverSuccessor($id: ID!, $successorId: ID!) {\n    appointHandoverSuccessor(id: $id, successorId: $successorId) {\n      __typename\n      ... on MutationAppointHandoverSuccessorSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.AppointHandoverSuccessorDocument,
  '\n  mutation SetHandoverChecklistItem($id: ID!, $item: HandoverItem!, $done: Boolean!) {\n    setHandoverChecklistItem(id: $id, item: $item, done: $done) {\n      __typename\n      ... on MutationSetHandoverChecklistItemSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.SetHandoverChecklistItemDocument,
  '\n  mutation CompleteHandover($id: ID!) {\n    completeHandover(id: $id) {\n      __typename\n      ... on MutationCompleteHandoverSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.CompleteHandoverDocument,
  '\n  query InspectionPlan($dueOnly: Boolean) {\n    inspectionPlan(dueOnly: $dueOnly) {\n      today\n      policy {\n        label\n        blackListIntervalDays\n        unmanagedIntervalDays\n        dueSoonDays\n        intervals {\n          grade\n          days\n        }\n      }\n      rows {\n        communityId\n        communityName\n        townshipName\n        enterpriseName\n        grade\n        listStatus\n        handoverDeadline\n        intervalDays\n        lastInspectedOn\n        nextDue\n        status\n        daysOverdue\n      }\n    }\n  }\n':
    types.InspectionPlanDocument,
  '\n  fragment CreditRecordListFields on CreditRecord {\n    id\n    subjectType\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    managerId\n    manager {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    itemCode\n    itemLabel\n    points\n    termMonths\n    serious\n    veto\n    commendation\n    standardVersion\n    effectiveFrom\n    expiresOn\n    status\n    proposedById\n    proposedAt\n    reason\n    sourceType\n    sourceId\n    publicizedOn\n    objectionDeadline\n    objectionDaysLeft\n    confirmedOn\n    repairedOn\n    correctsId\n    createdAt\n    availableActions {\n      action\n      available\n      reason\n      reasons\n      availableFrom\n    }\n    # The pending objection is the one a reviewer decides from a list row.\n    objections {\n      id\n      status\n    }\n  }\n':
    types.CreditRecordListFieldsFragmentDoc,
  '\n  fragment CreditRecordFields on CreditRecord {\n    ...CreditRecordListFields\n    evidence\n    reviewerId\n    decision\n    decisionNote\n    decidedAt\n    revokedById\n    revokedAt\n    revokeReason\n    blacklistMonths\n    events {\n      id\n      fromStatus\n      toStatus\n      at\n      actorName\n      note\n    }\n    objections {\n      id\n      status\n      statement\n      evidence\n      filedAt\n      decisionNote\n      decidedAt\n    }\n  }\n':
    types.CreditRecordFieldsFragmentDoc,
  '\n      query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n        creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CreditRecordListFields\n          }\n          total\n        }\n      }\n    ':
    types.CreditRecordListDocument,
  '\n      query CreditRecordOne($id: ID!) {\n        creditRecord(id: $id) {\n          ...CreditRecordFields\n        }\n      }\n    ':
    types.CreditRecordOneDocument,
  '\n      mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n        proposeCreditRecord(input: $input) {\n          __typename\n          ... on MutationProposeCreditRecordSuccess {\n            data {\n              ...CreditRecordFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.CreditRecordCreateDocument,
  '\n  fragment ObjectionFields on Objection {\n    id\n    status\n    statement\n    evidence\n    filedAt\n    filedById\n    decidedAt\n    decidedById\n    decisionNote\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      objectionDeadline\n      proposedById\n      enterpriseId\n    }\n  }\n':
    types.ObjectionFieldsFragmentDoc,
  '\n      query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n        objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ObjectionFields\n          }\n          total\n        }\n      }\n    ':
    types.ObjectionListDocument,
  '\n  query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n    enterprise(id: $id) {\n      id\n      name\n      uscc\n      status\n      township {\n        id\n        name\n      }\n      credit(asOf: $asOf) {\n        asOf\n        score\n        grade\n        positivePoints\n        negativePoints\n        veto\n        standardVersion\n        listStatus\n        listUntil\n        breakdown {\n          recordId\n          itemCode\n          points\n          termMonths\n          effectiveFrom\n          expiresOn\n          veto\n          inherited\n          record {\n            id\n            itemLabel\n            reason\n            status\n            sourceType\n            confirmedOn\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        history(from: $from, to: $to) {\n          date\n          score\n          grade\n        }\n      }\n    }\n  }\n':
    types.EnterpriseCreditDocument,
  '\n  query CreditGuidance($id: ID!) {\n    enterprise(id: $id) {\n      id\n      creditGuidance {\n        asOf\n        score\n        grade\n        nextGrade\n        pointsToNextGrade\n        vetoed\n        positiveRoom\n        openIssues\n        changes {\n          recordId\n          itemCode\n          points\n          endsOn\n          score\n          grade\n          record {\n            id\n            itemLabel\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        positiveItems {\n          code\n          label\n          points\n          termMonths\n          howEarned\n          inEffect\n          moreAllowed\n        }\n      }\n    }\n  }\n':
    types.CreditGuidanceDocument,
  '\n  query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n    ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n      total\n      asOf\n      standardVersion\n      items {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipId\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n        listStatus\n        listUntil\n      }\n    }\n  }\n':
    types.RankingDocument,
  '\n  fragment ListedFields on ListedFirm {\n    enterpriseId\n    name\n    uscc\n    score\n    grade\n    kind\n    reason\n    reasonText\n    from\n    until\n  }\n':
    types.ListedFieldsFragmentDoc,
  '\n  query PublicFirmSearch($q: String!) {\n    publicFirmSearch(q: $q) {\n      enterpriseId\n      name\n      uscc\n      latest {\n        quarter\n        rated {\n          rank\n          score\n          grade\n        }\n      }\n      listings {\n        kind\n        reasonText\n        until\n      }\n    }\n  }\n':
    types.PublicFirmSearchDocument,
  '\n  query PublicFirm($id: ID!) {\n    publicFirm(id: $id) {\n      enterpriseId\n      name\n      uscc\n      ratings {\n        quarter\n        rated {\n          rank\n          score\n          grade\n          townshipName\n        }\n      }\n      listings {\n        ...ListedFields\n      }\n    }\n  }\n':
    types.PublicFirmDocument,
  '\n  query Boards {\n    redList {\n      ...ListedFields\n    }\n    blackList {\n      ...ListedFields\n    }\n    ratings {\n      id\n      quarter\n      status\n      publishedOn\n      asOf\n      total\n      standardVersion\n    }\n  }\n':
    types.BoardsDocument,
  '\n  query Ratings {\n    ratings {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      total\n      standardVersion\n    }\n  }\n':
    types.RatingsDocument,
  '\n  query Rating($id: ID, $page: Int, $perPage: Int) {\n    rating(id: $id) {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      reviewNote\n      total\n      standardVersion\n      g5ProposalIds\n      availableActions {\n        action\n        available\n        reason\n      }\n      distribution {\n        grade\n        count\n      }\n      redList {\n        ...ListedFields\n      }\n      blackList {\n        ...ListedFields\n      }\n      consecutiveC {\n        ...ListedFields\n      }\n      ranking(page: $page, perPage: $perPage) {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n      }\n    }\n  }\n':
    types.RatingDocument,
  '\n  mutation PrepareRating($quarter: String!) {\n    prepareRating(quarter: $quarter) {\n      __typename\n      ... on MutationPrepareRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.PrepareRatingDocument,
  '\n  mutation ReviewRating($id: ID!, $note: String) {\n    reviewRating(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ReviewRatingDocument,
  '\n  mutation PublishRating($id: ID!) {\n    publishRating(id: $id) {\n      __typename\n      ... on MutationPublishRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.PublishRatingDocument,
  '\n  mutation PublicizeCreditRecord($id: ID!) {\n    publicizeCreditRecord(id: $id) {\n      __typename\n      ... on MutationPublicizeCreditRecordSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.PublicizeCreditRecordDocument,
  '\n  mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n    fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) {\n      __typename\n      ... on MutationFileObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.FileObjectionDocument,
  '\n  mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n    decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) {\n      __typename\n      ... on MutationDecideObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.DecideObjectionDocument,
  '\n  mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n    revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) {\n      __typename\n      ... on MutationRevokeCreditRecordSuccess {\n        data {\n          revoked {\n            id\n            status\n          }\n          reissued {\n            id\n            status\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RevokeCreditRecordDocument,
  '\n  mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n    applyForRepair(recordId: $recordId, commitment: $commitment) {\n      __typename\n      ... on MutationApplyForRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ApplyForRepairDocument,
  '\n  mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n    decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) {\n      __typename\n      ... on MutationDecideRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.DecideRepairDocument,
  '\n  query ScoringStandardItems {\n    scoringStandard {\n      version\n      base\n      positiveCap\n      items {\n        code\n        label\n        points\n        termMonths\n        subject\n        serious\n        veto\n      }\n    }\n  }\n':
    types.ScoringStandardItemsDocument,
  '\n  query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n    notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        kind\n        title\n        body\n        recordId\n        createdAt\n        readAt\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  query UnreadNotifications {\n    notifications(perPage: 1, unreadOnly: true) {\n      unread\n    }\n  }\n': types.UnreadNotificationsDocument,
  '\n  mutation MarkNotificationRead($ids: [ID!]) {\n    markNotificationRead(ids: $ids)\n  }\n': types.MarkNotificationReadDocument,
  '\n  fragment RepairApplicationFields on RepairApplication {\n    id\n    status\n    commitment\n    openIssues\n    appliedAt\n    appliedById\n    decidedAt\n    decidedById\n    reasons\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      expiresOn\n      confirmedOn\n    }\n  }\n':
    types.RepairApplicationFieldsFragmentDoc,
  '\n      query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n        repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...RepairApplicationFields\n          }\n          total\n        }\n      }\n    ':
    types.RepairApplicationListDocument,
  '\n  query LeaseSafety {\n    leaseSafetyChecksDue {\n      unitId\n      unitLabel\n      tenantName\n      lastCheckedOn\n      dueOn\n      late\n    }\n    leaseSafetyFindings {\n      id\n      unitLabel\n      tenantName\n      checkedOn\n      item\n      category\n      description\n      state\n      measures\n      deadline\n      overdue\n      departmentName\n      availableActions {\n        action\n        available\n        reason\n      }\n      events {\n        id\n        action\n        toState\n        actorName\n        at\n        note\n      }\n    }\n  }\n':
    types.LeaseSafetyDocument,
  '\n  mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {\n    recordLeaseSafetyCheck(input: $input) {\n      __typename\n      ... on MutationRecordLeaseSafetyCheckSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordLeaseSafetyCheckDocument,
  '\n  mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {\n    actOnLeaseSafetyFinding(id: $id, input: $input) {\n      __typename\n      ... on MutationActOnLeaseSafetyFindingSuccess {\n        data {\n          id\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ActOnLeaseSafetyFindingDocument,
  '\n  query LeaseMeetings {\n    leaseMeetings {\n      id\n      title\n      heldAt\n      location\n      notice\n      minutes\n      decidedAt\n      decisions {\n        text\n        owner\n        dueOn\n      }\n    }\n  }\n':
    types.LeaseMeetingsDocument,
  '\n  mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {\n    scheduleLeaseMeeting(input: $input) {\n      __typename\n      ... on MutationScheduleLeaseMeetingSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.ScheduleLeaseMeetingDocument,
  '\n  mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {\n    recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {\n      __typename\n      ... on MutationRecordLeaseMeetingDecisionsSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n':
    types.RecordLeaseMeetingDecisionsDocument,
  '\n  query PublicRandomDraws {\n    randomDraws {\n      id\n      title\n      status\n      seed\n      dueBy\n      drawnAt\n      publishedAt\n      communityCount\n      teamSize\n      policy {\n        code\n        version\n        label\n      }\n      communities {\n        id\n        position\n        weight\n        communityName\n        townshipName\n        enterpriseName\n        inspectors {\n          id\n          name\n          unitName\n        }\n        result {\n          date\n          score\n          grade\n          findingCount\n          refusedToCooperate\n        }\n      }\n      reproduction {\n        matches\n        problems\n      }\n    }\n  }\n':
    types.PublicRandomDrawsDocument,
  '\n  fragment CommunityFields on Community {\n    id\n    name\n    townshipId\n    township {\n      id\n      name\n    }\n    address\n    type\n    households\n    floorArea\n    deliveryDate\n    serviceMode\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    contractStart\n    contractEnd\n    officeArea\n    maintenanceFundBalance\n    handoverDeadline\n    createdAt\n    updatedAt\n  }\n':
    types.CommunityFieldsFragmentDoc,
  '\n      query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n        communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CommunityFields\n          }\n          total\n        }\n      }\n    ':
    types.CommunityListDocument,
  '\n      query CommunityOne($id: ID!) {\n        community(id: $id) {\n          ...CommunityFields\n        }\n      }\n    ': types.CommunityOneDocument,
  '\n      mutation CommunityCreate($input: CommunityInput!) {\n        createCommunity(input: $input) {\n          __typename\n          ... on MutationCreateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.CommunityCreateDocument,
  '\n      mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n        updateCommunity(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.CommunityUpdateDocument,
  '\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    remit\n    createdAt\n    updatedAt\n  }\n':
    types.DepartmentFieldsFragmentDoc,
  '\n      query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n        departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...DepartmentFields\n          }\n          total\n        }\n      }\n    ':
    types.DepartmentListDocument,
  '\n      query DepartmentOne($id: ID!) {\n        department(id: $id) {\n          ...DepartmentFields\n        }\n      }\n    ':
    types.DepartmentOneDocument,
  '\n      mutation DepartmentCreate($input: DepartmentInput!) {\n        createDepartment(input: $input) {\n          __typename\n          ... on MutationCreateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.DepartmentCreateDocument,
  '\n      mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n        updateDepartment(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.DepartmentUpdateDocument,
  '\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    townshipId\n    township {\n      id\n      name\n    }\n    status\n    score\n    grade\n    listStatus\n    listUntil\n    communityCount\n    managerCount\n    createdAt\n    updatedAt\n  }\n':
    types.EnterpriseFieldsFragmentDoc,
  '\n      query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n        enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...EnterpriseFields\n          }\n          total\n        }\n      }\n    ':
    types.EnterpriseListDocument,
  '\n      query EnterpriseOne($id: ID!) {\n        enterprise(id: $id) {\n          ...EnterpriseFields\n        }\n      }\n    ':
    types.EnterpriseOneDocument,
  '\n      mutation EnterpriseCreate($input: EnterpriseInput!) {\n        createEnterprise(input: $input) {\n          __typename\n          ... on MutationCreateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.EnterpriseCreateDocument,
  '\n      mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n        updateEnterprise(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.EnterpriseUpdateDocument,
  '\n  fragment ProjectManagerListFields on ProjectManager {\n    id\n    name\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    certificateNo\n    phone\n    createdAt\n  }\n':
    types.ProjectManagerListFieldsFragmentDoc,
  '\n  fragment ProjectManagerFields on ProjectManager {\n    ...ProjectManagerListFields\n    appointments {\n      id\n      communityId\n      community {\n        id\n        name\n      }\n      startDate\n      endDate\n      registeredOn\n    }\n  }\n':
    types.ProjectManagerFieldsFragmentDoc,
  '\n      query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n        projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ProjectManagerListFields\n          }\n          total\n        }\n      }\n    ':
    types.ProjectManagerListDocument,
  '\n      query ProjectManagerOne($id: ID!) {\n        projectManager(id: $id) {\n          ...ProjectManagerFields\n        }\n      }\n    ':
    types.ProjectManagerOneDocument,
  '\n      mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n        createProjectManager(input: $input) {\n          __typename\n          ... on MutationCreateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.ProjectManagerCreateDocument,
  '\n      mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n        updateProjectManager(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.ProjectManagerUpdateDocument,
  '\n  fragment TownshipFields on Township {\n    id\n    name\n    code\n    communityCount\n    enterpriseCount\n    createdAt\n    updatedAt\n  }\n':
    types.TownshipFieldsFragmentDoc,
  '\n      query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n        townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...TownshipFields\n          }\n          total\n        }\n      }\n    ':
    types.TownshipListDocument,
  '\n      query TownshipOne($id: ID!) {\n        township(id: $id) {\n          ...TownshipFields\n        }\n      }\n    ': types.TownshipOneDocument,
  '\n      mutation TownshipCreate($input: TownshipInput!) {\n        createTownship(input: $input) {\n          __typename\n          ... on MutationCreateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.TownshipCreateDocument,
  '\n      mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n        updateTownship(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ':
    types.TownshipUpdateDocument,
  '\n  query PublicCommunities {\n    publicCommunities {\n      id\n      name\n      townshipName\n    }\n  }\n': types.PublicCommunitiesDocument,
  '\n  query PublicComplaint($code: String!) {\n    publicComplaint(code: $code) {\n      trackingCode\n      status\n      category\n      communityName\n      townshipName\n      departmentName\n      receivedAt\n      respondedAt\n      handledAt\n      closedAt\n      answer\n      rejectionReasons\n      photoCount\n    }\n  }\n':
    types.PublicComplaintDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        user {\n          id\n          username\n          displayName\n          role\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: '\n  mutation Logout {\n    logout\n  }\n'): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      township {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n      permissions\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MutationErrorFields on Error {\n    message\n    ... on ValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').MutationErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n',
): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: '\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n'): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken {\n            ...ApiTokenFields\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data {\n          ...ApiTokenFields\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditLogFields on AuditLog {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    changes\n    ip\n  }\n',
): typeof import('./graphql').AuditLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {\n        auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...AuditLogFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').AuditLogListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query AuditLogOne($id: ID!) {\n        auditLog(id: $id) {\n          ...AuditLogFields\n        }\n      }\n    ',
): typeof import('./graphql').AuditLogOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    townshipId\n    departmentId\n    enterpriseId\n    active\n    lastLoginAt\n    createdAt\n  }\n',
): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query UserList($page: Int, $perPage: Int, $sortField: UserSortField, $sortOrder: SortOrder, $filter: UserFilter) {\n        users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...UserFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query UserOne($id: ID!) {\n        user(id: $id) {\n          ...UserFields\n        }\n      }\n    ',
): typeof import('./graphql').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation UserCreate($input: UserInput!) {\n        createUser(input: $input) {\n          __typename\n          ... on MutationCreateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').UserCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n        updateUser(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateUserSuccess {\n            data {\n              ...UserFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').UserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KpiCards($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, filter: $filter) {\n      period\n      from\n      to\n      previousPeriod\n      rows {\n        kpis {\n          code\n          value\n          numerator\n          denominator\n          target\n          status\n          previous\n          change\n          improved\n          applicable\n          distribution {\n            key\n            count\n          }\n        }\n      }\n      definitions {\n        code\n        name\n        kind\n        direction\n        target\n        numerator\n        denominator\n        unavailable\n        note\n      }\n    }\n  }\n',
): typeof import('./graphql').KpiCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KpiTrend($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [MONTH], filter: $filter) {\n      rows {\n        month\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {\n          code\n          value\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').KpiTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KpiTownships($period: String!, $filter: KpiFilter) {\n    kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {\n      rows {\n        groupId\n        groupName\n        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) {\n          code\n          value\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').KpiTownshipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssuesByCategory($filter: AggregateFilter) {\n    aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) {\n      keys\n      labels\n      count\n    }\n  }\n',
): typeof import('./graphql').IssuesByCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignTimeline($year: Int!) {\n    campaign(year: $year) {\n      id\n      name\n      startDate\n      endDate\n      currentPhase {\n        code\n        name\n      }\n      phases {\n        code\n        name\n        startDate\n        endDate\n      }\n      milestones {\n        code\n        title\n        dueDate\n        state\n      }\n    }\n  }\n',
): typeof import('./graphql').CampaignTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OpenIssueFields on Issue {\n    id\n    title\n    category\n    state\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    community {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').OpenIssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnterpriseHome($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      credit {\n        asOf\n        score\n        grade\n        listStatus\n        listUntil\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n    creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {\n      total\n      items {\n        id\n        itemCode\n        itemLabel\n        points\n        status\n        effectiveFrom\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').EnterpriseHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentQueue {\n    inbox {\n      overdue {\n        total\n      }\n      dueSoon {\n        total\n      }\n      toVerify {\n        total\n      }\n      complaints {\n        total\n      }\n    }\n    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) {\n      total\n      items {\n        ...OpenIssueFields\n      }\n    }\n  }\n',
): typeof import('./graphql').DepartmentQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BulletinSummary on Bulletin {\n    id\n    month\n    status\n    generatedAt\n    reviewedAt\n    reviewNote\n    publishedAt\n    publishedOn\n    printUrl\n    downloadUrl\n  }\n',
): typeof import('./graphql').BulletinSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BulletinBy on Bulletin {\n    generatedByName\n    reviewedByName\n    publishedByName\n  }\n',
): typeof import('./graphql').BulletinByFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Bulletins {\n    bulletins {\n      ...BulletinSummary\n      ...BulletinBy\n    }\n  }\n',
): typeof import('./graphql').BulletinsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicBulletins {\n    bulletins {\n      ...BulletinSummary\n    }\n  }\n',
): typeof import('./graphql').PublicBulletinsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Bulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      ...BulletinBy\n      availableActions {\n        action\n        available\n        reason\n      }\n      snapshot\n    }\n  }\n',
): typeof import('./graphql').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicBulletin($id: ID) {\n    bulletin(id: $id) {\n      ...BulletinSummary\n      snapshot\n    }\n  }\n',
): typeof import('./graphql').PublicBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateBulletin($month: String!) {\n    generateBulletin(month: $month) {\n      __typename\n      ... on MutationGenerateBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').GenerateBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewBulletin($id: ID!, $note: String) {\n    reviewBulletin(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ReviewBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishBulletin($id: ID!) {\n    publishBulletin(id: $id) {\n      __typename\n      ... on MutationPublishBulletinSuccess {\n        data {\n          id\n          month\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').PublishBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n    }\n  }\n',
): typeof import('./graphql').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Campaign($id: ID, $year: Int) {\n    campaign(id: $id, year: $year) {\n      id\n      year\n      name\n      goal\n      startDate\n      endDate\n      currentPhase {\n        id\n        code\n        name\n      }\n      phases {\n        id\n        code\n        name\n        description\n        startDate\n        endDate\n      }\n      milestones {\n        id\n        code\n        title\n        dueDate\n        department {\n          id\n          name\n        }\n        status\n        state\n        doneOn\n        evidence\n        note\n        phaseId\n        measurement {\n          kpi\n          asOf\n          numerator\n          denominator\n          value\n        }\n        availableActions {\n          action\n          available\n          reason\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignRoutines {\n    campaignRoutines {\n      code\n      name\n      cadence\n    }\n  }\n',
): typeof import('./graphql').CampaignRoutinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WeeklyProgress($campaignId: ID!) {\n    weeklyProgress(campaignId: $campaignId) {\n      id\n      weekStart\n      summary\n      createdAt\n      department {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').WeeklyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSessions {\n    trainingSessions {\n      id\n      topic\n      heldOn\n      location\n      attendees {\n        id\n        kind\n        name\n        present\n        managerId\n        enterpriseId\n      }\n    }\n  }\n',
): typeof import('./graphql').TrainingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JointMeetings {\n    jointMeetings {\n      id\n      title\n      heldAt\n      location\n      agenda\n      participants\n      contactPhone\n      noticeDate\n      notice\n      minutes\n    }\n  }\n',
): typeof import('./graphql').JointMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentChoices {\n    departments(perPage: 200) {\n      items {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').DepartmentChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMilestone($campaignId: ID!, $code: String!, $title: String!, $dueDate: Date!, $departmentId: ID) {\n    createMilestone(campaignId: $campaignId, code: $code, title: $title, dueDate: $dueDate, departmentId: $departmentId) {\n      __typename\n      ... on MutationCreateMilestoneSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CreateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteMilestone($id: ID!, $doneOn: Date!, $evidence: String!, $note: String) {\n    completeMilestone(id: $id, doneOn: $doneOn, evidence: $evidence, note: $note) {\n      __typename\n      ... on MutationCompleteMilestoneSuccess {\n        data {\n          id\n          status\n          state\n          doneOn\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CompleteMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddWeeklyProgress($campaignId: ID!, $weekStart: Date!, $summary: String!, $departmentId: ID) {\n    addWeeklyProgress(campaignId: $campaignId, weekStart: $weekStart, summary: $summary, departmentId: $departmentId) {\n      __typename\n      ... on MutationAddWeeklyProgressSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AddWeeklyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTrainingSession($campaignId: ID, $topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(campaignId: $campaignId, topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleJointMeeting(\n    $campaignId: ID\n    $title: String!\n    $heldAt: DateTime!\n    $location: String!\n    $agenda: String!\n    $participants: [String!]!\n    $contactPhone: String\n  ) {\n    scheduleJointMeeting(\n      campaignId: $campaignId\n      title: $title\n      heldAt: $heldAt\n      location: $location\n      agenda: $agenda\n      participants: $participants\n      contactPhone: $contactPhone\n    ) {\n      __typename\n      ... on MutationScheduleJointMeetingSuccess {\n        data {\n          id\n          notice\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ScheduleJointMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplaintListFields on Complaint {\n    id\n    channel\n    category\n    subtype\n    state\n    content\n    complainantName\n    complainantPhone\n    complainantCount\n    collective\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    receivedAt\n    firstResponseDue\n    resolutionDue\n    firstResponseLate\n    resolutionLate\n    respondedAt\n    handledAt\n    closedAt\n    followUpRating\n    upheld\n    issueId\n    createdAt\n    availableActions\n  }\n',
): typeof import('./graphql').ComplaintListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplaintFields on Complaint {\n    ...ComplaintListFields\n    responseNote\n    answer\n    rejectionReasons\n    followUpNote\n    b3Proposed\n    b4Proposed\n    b5Proposed\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n    }\n  }\n',
): typeof import('./graphql').ComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query ComplaintList($page: Int, $perPage: Int, $sortField: ComplaintSortField, $sortOrder: SortOrder, $filter: ComplaintFilter) {\n        complaints(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ComplaintListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').ComplaintListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query ComplaintOne($id: ID!) {\n        complaint(id: $id) {\n          ...ComplaintFields\n        }\n      }\n    ',
): typeof import('./graphql').ComplaintOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation ComplaintCreate($input: ComplaintInput!) {\n        createComplaint(input: $input) {\n          __typename\n          ... on MutationCreateComplaintSuccess {\n            data {\n              ...ComplaintFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').ComplaintCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InspectionListFields on Inspection {\n    id\n    kind\n    date\n    inspectors\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    refusedToCooperate\n    b10Proposed\n    b14Proposed\n    note\n    createdAt\n  }\n',
): typeof import('./graphql').InspectionListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InspectionFields on Inspection {\n    ...InspectionListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    findings {\n      itemId\n      section\n      title\n      category\n      points\n      note\n      turned\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n',
): typeof import('./graphql').InspectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query InspectionList($page: Int, $perPage: Int, $sortField: InspectionSortField, $sortOrder: SortOrder, $filter: InspectionFilter) {\n        inspections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...InspectionListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').InspectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query InspectionOne($id: ID!) {\n        inspection(id: $id) {\n          ...InspectionFields\n        }\n      }\n    ',
): typeof import('./graphql').InspectionOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation InspectionCreate($input: InspectionInput!) {\n        createInspection(input: $input) {\n          __typename\n          ... on MutationCreateInspectionSuccess {\n            data {\n              ...InspectionFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').InspectionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssueListFields on Issue {\n    id\n    title\n    category\n    subtype\n    state\n    source\n    sourceId\n    deadline\n    overdue\n    daysOverdue\n    dueSoon\n    flagged\n    returned\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    departmentId\n    department {\n      id\n      name\n    }\n    assignedAt\n    closedAt\n    createdAt\n    updatedAt\n    availableActions\n  }\n',
): typeof import('./graphql').IssueListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssueFields on Issue {\n    ...IssueListFields\n    description\n    measures\n    lastSubmittedAt\n    lastAction\n    refusalRecorded\n    b1Proposed\n    b2Proposed\n    checklistItemId\n    events {\n      id\n      action\n      fromState\n      toState\n      at\n      actorName\n      note\n      fileIds\n    }\n    files {\n      id\n      originalName\n      mime\n      size\n      uploadedAt\n      sha256\n      url\n    }\n    defect {\n      code\n      nameZh\n      nameEn\n      descriptionZh\n      causes\n      prevention\n      repair\n    }\n  }\n',
): typeof import('./graphql').IssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {\n        issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...IssueListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').IssueListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query IssueOne($id: ID!) {\n        issue(id: $id) {\n          ...IssueFields\n        }\n      }\n    ',
): typeof import('./graphql').IssueOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation IssueCreate($input: IssueInput!) {\n        createIssue(input: $input) {\n          __typename\n          ... on MutationCreateIssueSuccess {\n            data {\n              ...IssueFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').IssueCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SelfCheckListFields on SelfCheck {\n    id\n    date\n    communityId\n    community {\n      id\n      name\n    }\n    townshipId\n    township {\n      id\n      name\n    }\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    score\n    grade\n    note\n    createdAt\n  }\n',
): typeof import('./graphql').SelfCheckListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SelfCheckFields on SelfCheck {\n    ...SelfCheckListFields\n    deductions {\n      itemId\n      points\n      note\n      item {\n        id\n        section\n        sectionLabel\n        text\n        maxDeduction\n      }\n    }\n    issues {\n      id\n      title\n      state\n      deadline\n    }\n  }\n',
): typeof import('./graphql').SelfCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query SelfCheckList($page: Int, $perPage: Int, $sortField: SelfCheckSortField, $sortOrder: SortOrder, $filter: SelfCheckFilter) {\n        selfChecks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...SelfCheckListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').SelfCheckListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query SelfCheckOne($id: ID!) {\n        selfCheck(id: $id) {\n          ...SelfCheckFields\n        }\n      }\n    ',
): typeof import('./graphql').SelfCheckOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation SelfCheckCreate($input: SelfCheckInput!) {\n        submitSelfCheck(input: $input) {\n          __typename\n          ... on MutationSubmitSelfCheckSuccess {\n            data {\n              ...SelfCheckFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').SelfCheckCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignIssue($id: ID!, $input: AssignIssueInput!) {\n    assignIssue(id: $id, input: $input) {\n      __typename\n      ... on MutationAssignIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AssignIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeIssue($id: ID!, $note: String) {\n    acknowledgeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationAcknowledgeIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AcknowledgeIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitIssueFeedback($id: ID!, $note: String!, $fileIds: [ID!]!) {\n    submitIssueFeedback(id: $id, note: $note, fileIds: $fileIds) {\n      __typename\n      ... on MutationSubmitIssueFeedbackSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').SubmitIssueFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseIssue($id: ID!, $note: String) {\n    closeIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationCloseIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CloseIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnIssue($id: ID!, $note: String!) {\n    returnIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationReturnIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ReturnIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FlagIssue($id: ID!, $note: String) {\n    flagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationFlagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').FlagIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnflagIssue($id: ID!, $note: String) {\n    unflagIssue(id: $id, note: $note) {\n      __typename\n      ... on MutationUnflagIssueSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').UnflagIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRefusal($id: ID!, $note: String!) {\n    recordRefusal(id: $id, note: $note) {\n      __typename\n      ... on MutationRecordRefusalSuccess {\n        data {\n          id\n          state\n          flagged\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordRefusalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TurnFindingsIntoIssues($inspectionId: ID!, $itemIds: [String!], $assign: AssignFindingsInput) {\n    turnFindingsIntoIssues(inspectionId: $inspectionId, itemIds: $itemIds, assign: $assign) {\n      __typename\n      ... on MutationTurnFindingsIntoIssuesSuccess {\n        data {\n          id\n          title\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').TurnFindingsIntoIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RouteComplaint($id: ID!, $departmentId: ID!, $note: String) {\n    routeComplaint(id: $id, departmentId: $departmentId, note: $note) {\n      __typename\n      ... on MutationRouteComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RouteComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToComplaint($id: ID!, $note: String!) {\n    respondToComplaint(id: $id, note: $note) {\n      __typename\n      ... on MutationRespondToComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RespondToComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveComplaint($id: ID!, $answer: String!, $upheld: Boolean!) {\n    resolveComplaint(id: $id, answer: $answer, upheld: $upheld) {\n      __typename\n      ... on MutationResolveComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ResolveComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TurnComplaintIntoIssue($id: ID!, $title: String, $measures: String, $deadline: Date, $note: String) {\n    turnComplaintIntoIssue(id: $id, title: $title, measures: $measures, deadline: $deadline, note: $note) {\n      __typename\n      ... on MutationTurnComplaintIntoIssueSuccess {\n        data {\n          id\n          state\n          availableActions\n          issueId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').TurnComplaintIntoIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectComplaint($id: ID!, $reasons: String!) {\n    rejectComplaint(id: $id, reasons: $reasons) {\n      __typename\n      ... on MutationRejectComplaintSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RejectComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseComplaintWithFollowUp($id: ID!, $rating: FollowUpRating!, $note: String) {\n    closeComplaintWithFollowUp(id: $id, rating: $rating, note: $note) {\n      __typename\n      ... on MutationCloseComplaintWithFollowUpSuccess {\n        data {\n          id\n          state\n          availableActions\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CloseComplaintWithFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InspectionChecklist {\n    inspectionChecklist {\n      id\n      section\n      sectionLabel\n      text\n      maxDeduction\n      category\n    }\n  }\n',
): typeof import('./graphql').InspectionChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueCategories {\n    issueCategories {\n      code\n      label\n      subtypes\n      departments {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').IssueCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClosedLoopSettings {\n    closedLoopSettings {\n      b1GraceDays\n      complaintFirstResponseDays\n      complaintResolutionDays\n      dueSoonDays\n    }\n  }\n',
): typeof import('./graphql').ClosedLoopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InboxTask on InboxTask {\n    reasons\n    issue {\n      id\n      title\n      category\n      state\n      deadline\n      overdue\n      daysOverdue\n      flagged\n      availableActions\n      community {\n        id\n        name\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').InboxTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Inbox {\n    inbox {\n      hasTasks\n      tasks {\n        total\n        items {\n          ...InboxTask\n        }\n      }\n      complaints {\n        total\n        items {\n          id\n          category\n          channel\n          state\n          content\n          receivedAt\n          firstResponseDue\n          resolutionDue\n          firstResponseLate\n          resolutionLate\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeRegister {\n    committeeRegister {\n      status\n      termState\n      community {\n        id\n        name\n        type\n        households\n        township {\n          id\n          name\n        }\n      }\n      election {\n        id\n        status\n        termStart\n        termEnd\n        filedOn\n        supplementary\n      }\n    }\n  }\n',
): typeof import('./graphql').CommitteeRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommitteeCandidateFields on CommitteeCandidate {\n    id\n    name\n    route\n    nominatedBy\n    eligibilityAttested\n    elected\n    position\n    leftOn\n  }\n',
): typeof import('./graphql').CommitteeCandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ElectionTallyFields on ElectionTally {\n    valid\n    voidReason\n    cast\n    voidBallots\n    elected\n    vacant\n    counts {\n      candidateId\n      headcount\n      area\n      qualifies\n    }\n    pendingTie {\n      candidateIds\n      seats\n    }\n  }\n',
): typeof import('./graphql').ElectionTallyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeElection($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      committeeId\n      status\n      seats\n      supplementary\n      community {\n        id\n        name\n        township {\n          id\n          name\n        }\n      }\n      ruleSet {\n        code\n        version\n        label\n        seats\n        termYears\n      }\n      assemblyAt\n      assemblyPlace\n      assemblyForm\n      agenda\n      publicisedOn\n      rollHeadcount\n      rollArea\n      opensAt\n      closesAt\n      ballotListHash\n      signedOffAt\n      termStart\n      termEnd\n      filedOn\n      filedWith\n      preparatoryGroup {\n        id\n        name\n        role\n      }\n      candidates {\n        ...CommitteeCandidateFields\n      }\n      members {\n        ...CommitteeCandidateFields\n      }\n      counters {\n        id\n        name\n        role\n      }\n      paperProblems\n      result {\n        ...ElectionTallyFields\n      }\n      recallMotions {\n        id\n        movedOn\n        memberIds\n        supporterCount\n        supportingArea\n        totalArea\n        reason\n        voteHeldOn\n        outcome\n      }\n      dutyReviews {\n        id\n        reviewedOn\n        reviewer\n        note\n        results {\n          code\n          label\n          result\n        }\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').CommitteeElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeElectionDocuments($id: ID!) {\n    committeeElection(id: $id) {\n      id\n      documents {\n        notice\n        candidateList\n        paperBallot\n      }\n    }\n  }\n',
): typeof import('./graphql').CommitteeElectionDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OwnerUnits($communityId: ID!) {\n    ownerUnits(communityId: $communityId) {\n      id\n      building\n      unitNo\n      room\n      area\n      owners {\n        name\n        idMasked\n        phone\n      }\n    }\n  }\n',
): typeof import('./graphql').OwnerUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeDuties {\n    committeeDuties {\n      code\n      label\n    }\n  }\n',
): typeof import('./graphql').CommitteeDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {\n    importCommitteeOwners(communityId: $communityId, rows: $rows) {\n      __typename\n      ... on MutationImportCommitteeOwnersSuccess {\n        data {\n          units\n          owners\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ImportCommitteeOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCreateCommitteeElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CreateCommitteeElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {\n    callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) {\n      __typename\n      ... on MutationCallSupplementaryElectionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CallSupplementaryElectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NominateCommitteeCandidate(\n    $electionId: ID!\n    $name: String!\n    $route: NominationRoute!\n    $nominatedBy: String\n    $eligibilityAttested: Boolean!\n    $attestedBy: String\n  ) {\n    nominateCommitteeCandidate(\n      electionId: $electionId\n      name: $name\n      route: $route\n      nominatedBy: $nominatedBy\n      eligibilityAttested: $eligibilityAttested\n      attestedBy: $attestedBy\n    ) {\n      __typename\n      ... on MutationNominateCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').NominateCommitteeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {\n    attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) {\n      __typename\n      ... on MutationAttestCommitteeCandidateSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AttestCommitteeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {\n    addElectionCounter(electionId: $electionId, name: $name, role: $role) {\n      __typename\n      ... on MutationAddElectionCounterSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AddElectionCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PubliciseCandidates($electionId: ID!) {\n    publiciseCandidates(electionId: $electionId) {\n      __typename\n      ... on MutationPubliciseCandidatesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').PubliciseCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FreezeVoterRoll($electionId: ID!) {\n    freezeVoterRoll(electionId: $electionId) {\n      __typename\n      ... on MutationFreezeVoterRollSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').FreezeVoterRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueVotingCodes($electionId: ID!) {\n    issueVotingCodes(electionId: $electionId) {\n      __typename\n      ... on MutationIssueVotingCodesSuccess {\n        data {\n          unitId\n          building\n          unitNo\n          room\n          code\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').IssueVotingCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) {\n      __typename\n      ... on MutationOpenVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').OpenVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {\n    signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) {\n      __typename\n      ... on MutationSignInPaperVoterSuccess {\n        data\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').SignInPaperVoterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {\n    enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {\n      __typename\n      ... on MutationEnterPaperBallotSuccess {\n        data {\n          paperNo\n          entries\n          mismatch\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').EnterPaperBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseVoting($electionId: ID!) {\n    closeVoting(electionId: $electionId) {\n      __typename\n      ... on MutationCloseVotingSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CloseVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CountVotes($electionId: ID!) {\n    countVotes(electionId: $electionId) {\n      __typename\n      ... on MutationCountVotesSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CountVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {\n    settleElectionTie(electionId: $electionId, winners: $winners) {\n      __typename\n      ... on MutationSettleElectionTieSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').SettleElectionTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {\n    electCommitteeOfficers(electionId: $electionId, officers: $officers) {\n      __typename\n      ... on MutationElectCommitteeOfficersSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ElectCommitteeOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {\n    signOffCount(electionId: $electionId, counterIds: $counterIds) {\n      __typename\n      ... on MutationSignOffCountSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').SignOffCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileCommittee($electionId: ID!, $filedWith: String!) {\n    fileCommittee(electionId: $electionId, filedWith: $filedWith) {\n      __typename\n      ... on MutationFileCommitteeSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').FileCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {\n    moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) {\n      __typename\n      ... on MutationMoveRecallSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').MoveRecallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRecallVote(\n    $motionId: ID!\n    $heldOn: Date!\n    $participatedArea: String!\n    $participatedHeadcount: Int!\n    $inFavourArea: String!\n    $inFavourHeadcount: Int!\n  ) {\n    recordRecallVote(\n      motionId: $motionId\n      heldOn: $heldOn\n      participatedArea: $participatedArea\n      participatedHeadcount: $participatedHeadcount\n      inFavourArea: $inFavourArea\n      inFavourHeadcount: $inFavourHeadcount\n    ) {\n      __typename\n      ... on MutationRecordRecallVoteSuccess {\n        data {\n          id\n          outcome\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordRecallVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {\n    reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) {\n      __typename\n      ... on MutationReviewCommitteeDutiesSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ReviewCommitteeDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {\n    recordCommitteeVacancy(memberId: $memberId, reason: $reason) {\n      __typename\n      ... on MutationRecordCommitteeVacancySuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordCommitteeVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {\n    recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {\n      __typename\n      ... on MutationRecordTrainingSessionSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordCommitteeTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VotingBallot($code: String!) {\n    votingBallot(code: $code) {\n      electionId\n      communityName\n      seats\n      opensAt\n      closesAt\n      open\n      candidates {\n        id\n        name\n        route\n      }\n    }\n  }\n',
): typeof import('./graphql').VotingBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CastBallot($code: String!, $choices: [ID!]!) {\n    castBallot(code: $code, choices: $choices) {\n      __typename\n      ... on MutationCastBallotSuccess {\n        data {\n          receiptId\n          electionId\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ElectionResults($id: ID!) {\n    electionResults(id: $id) {\n      electionId\n      communityName\n      status\n      countedOn\n      seats\n      ruleSet {\n        code\n        version\n        label\n      }\n      candidates {\n        id\n        name\n        route\n        elected\n        position\n      }\n      rollHeadcount\n      rollArea\n      participatedHeadcount\n      participatedArea\n      tally {\n        ...ElectionTallyFields\n      }\n      tieSettledBy\n      ballotList\n      ballotListHash\n      recountMatches\n    }\n  }\n',
): typeof import('./graphql').ElectionResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BallotReceipt($electionId: ID!, $receipt: String!) {\n    ballotReceipt(electionId: $electionId, receipt: $receipt) {\n      receiptId\n      area\n      choices\n    }\n  }\n',
): typeof import('./graphql').BallotReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HandoversPage {\n    handoverPolicy {\n      defaultDays\n      minDays\n      maxDays\n    }\n    handovers {\n      id\n      status\n      deadline\n      overdue\n      communityId\n      communityName\n      townshipName\n      outgoingName\n      successorId\n      successorName\n      decisionNo\n      openItemCount\n      completedOn\n      checklist {\n        item\n        label\n        doneOn\n      }\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').HandoversPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExpulsionCandidates {\n    expulsionCandidates {\n      enterpriseId\n      name\n      status\n      listStatus\n      grade\n      communityCount\n      availableActions {\n        action\n        available\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').ExpulsionCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuccessorOptions {\n    enterprises(page: 1, perPage: 100, filter: { status: ACTIVE }) {\n      items {\n        id\n        name\n        listStatus\n      }\n    }\n  }\n',
): typeof import('./graphql').SuccessorOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExpelEnterprise($input: ExpulsionInput!) {\n    expelEnterprise(input: $input) {\n      __typename\n      ... on MutationExpelEnterpriseSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ExpelEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AppointHandoverSuccessor($id: ID!, $successorId: ID!) {\n    appointHandoverSuccessor(id: $id, successorId: $successorId) {\n      __typename\n      ... on MutationAppointHandoverSuccessorSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').AppointHandoverSuccessorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetHandoverChecklistItem($id: ID!, $item: HandoverItem!, $done: Boolean!) {\n    setHandoverChecklistItem(id: $id, item: $item, done: $done) {\n      __typename\n      ... on MutationSetHandoverChecklistItemSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').SetHandoverChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteHandover($id: ID!) {\n    completeHandover(id: $id) {\n      __typename\n      ... on MutationCompleteHandoverSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').CompleteHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InspectionPlan($dueOnly: Boolean) {\n    inspectionPlan(dueOnly: $dueOnly) {\n      today\n      policy {\n        label\n        blackListIntervalDays\n        unmanagedIntervalDays\n        dueSoonDays\n        intervals {\n          grade\n          days\n        }\n      }\n      rows {\n        communityId\n        communityName\n        townshipName\n        enterpriseName\n        grade\n        listStatus\n        handoverDeadline\n        intervalDays\n        lastInspectedOn\n        nextDue\n        status\n        daysOverdue\n      }\n    }\n  }\n',
): typeof import('./graphql').InspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditRecordListFields on CreditRecord {\n    id\n    subjectType\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    managerId\n    manager {\n      id\n      name\n    }\n    communityId\n    community {\n      id\n      name\n    }\n    itemCode\n    itemLabel\n    points\n    termMonths\n    serious\n    veto\n    commendation\n    standardVersion\n    effectiveFrom\n    expiresOn\n    status\n    proposedById\n    proposedAt\n    reason\n    sourceType\n    sourceId\n    publicizedOn\n    objectionDeadline\n    objectionDaysLeft\n    confirmedOn\n    repairedOn\n    correctsId\n    createdAt\n    availableActions {\n      action\n      available\n      reason\n      reasons\n      availableFrom\n    }\n    # The pending objection is the one a reviewer decides from a list row.\n    objections {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').CreditRecordListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditRecordFields on CreditRecord {\n    ...CreditRecordListFields\n    evidence\n    reviewerId\n    decision\n    decisionNote\n    decidedAt\n    revokedById\n    revokedAt\n    revokeReason\n    blacklistMonths\n    events {\n      id\n      fromStatus\n      toStatus\n      at\n      actorName\n      note\n    }\n    objections {\n      id\n      status\n      statement\n      evidence\n      filedAt\n      decisionNote\n      decidedAt\n    }\n  }\n',
): typeof import('./graphql').CreditRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query CreditRecordList($page: Int, $perPage: Int, $sortField: CreditRecordSortField, $sortOrder: SortOrder, $filter: CreditRecordFilter) {\n        creditRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CreditRecordListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').CreditRecordListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query CreditRecordOne($id: ID!) {\n        creditRecord(id: $id) {\n          ...CreditRecordFields\n        }\n      }\n    ',
): typeof import('./graphql').CreditRecordOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation CreditRecordCreate($input: ProposeCreditRecordInput!) {\n        proposeCreditRecord(input: $input) {\n          __typename\n          ... on MutationProposeCreditRecordSuccess {\n            data {\n              ...CreditRecordFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').CreditRecordCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ObjectionFields on Objection {\n    id\n    status\n    statement\n    evidence\n    filedAt\n    filedById\n    decidedAt\n    decidedById\n    decisionNote\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      objectionDeadline\n      proposedById\n      enterpriseId\n    }\n  }\n',
): typeof import('./graphql').ObjectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query ObjectionList($page: Int, $perPage: Int, $sortField: ObjectionSortField, $sortOrder: SortOrder, $filter: ObjectionFilter) {\n        objections(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ObjectionFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').ObjectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {\n    enterprise(id: $id) {\n      id\n      name\n      uscc\n      status\n      township {\n        id\n        name\n      }\n      credit(asOf: $asOf) {\n        asOf\n        score\n        grade\n        positivePoints\n        negativePoints\n        veto\n        standardVersion\n        listStatus\n        listUntil\n        breakdown {\n          recordId\n          itemCode\n          points\n          termMonths\n          effectiveFrom\n          expiresOn\n          veto\n          inherited\n          record {\n            id\n            itemLabel\n            reason\n            status\n            sourceType\n            confirmedOn\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        history(from: $from, to: $to) {\n          date\n          score\n          grade\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').EnterpriseCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditGuidance($id: ID!) {\n    enterprise(id: $id) {\n      id\n      creditGuidance {\n        asOf\n        score\n        grade\n        nextGrade\n        pointsToNextGrade\n        vetoed\n        positiveRoom\n        openIssues\n        changes {\n          recordId\n          itemCode\n          points\n          endsOn\n          score\n          grade\n          record {\n            id\n            itemLabel\n            availableActions {\n              action\n              available\n              reason\n              reasons\n              availableFrom\n            }\n          }\n        }\n        positiveItems {\n          code\n          label\n          points\n          termMonths\n          howEarned\n          inEffect\n          moreAllowed\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CreditGuidanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {\n    ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {\n      total\n      asOf\n      standardVersion\n      items {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipId\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n        listStatus\n        listUntil\n      }\n    }\n  }\n',
): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ListedFields on ListedFirm {\n    enterpriseId\n    name\n    uscc\n    score\n    grade\n    kind\n    reason\n    reasonText\n    from\n    until\n  }\n',
): typeof import('./graphql').ListedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicFirmSearch($q: String!) {\n    publicFirmSearch(q: $q) {\n      enterpriseId\n      name\n      uscc\n      latest {\n        quarter\n        rated {\n          rank\n          score\n          grade\n        }\n      }\n      listings {\n        kind\n        reasonText\n        until\n      }\n    }\n  }\n',
): typeof import('./graphql').PublicFirmSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicFirm($id: ID!) {\n    publicFirm(id: $id) {\n      enterpriseId\n      name\n      uscc\n      ratings {\n        quarter\n        rated {\n          rank\n          score\n          grade\n          townshipName\n        }\n      }\n      listings {\n        ...ListedFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PublicFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Boards {\n    redList {\n      ...ListedFields\n    }\n    blackList {\n      ...ListedFields\n    }\n    ratings {\n      id\n      quarter\n      status\n      publishedOn\n      asOf\n      total\n      standardVersion\n    }\n  }\n',
): typeof import('./graphql').BoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ratings {\n    ratings {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      total\n      standardVersion\n    }\n  }\n',
): typeof import('./graphql').RatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rating($id: ID, $page: Int, $perPage: Int) {\n    rating(id: $id) {\n      id\n      quarter\n      status\n      asOf\n      publishedOn\n      preparedAt\n      reviewedAt\n      reviewNote\n      total\n      standardVersion\n      g5ProposalIds\n      availableActions {\n        action\n        available\n        reason\n      }\n      distribution {\n        grade\n        count\n      }\n      redList {\n        ...ListedFields\n      }\n      blackList {\n        ...ListedFields\n      }\n      consecutiveC {\n        ...ListedFields\n      }\n      ranking(page: $page, perPage: $perPage) {\n        rank\n        enterpriseId\n        name\n        uscc\n        townshipName\n        score\n        grade\n        positivePoints\n        negativePoints\n      }\n    }\n  }\n',
): typeof import('./graphql').RatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareRating($quarter: String!) {\n    prepareRating(quarter: $quarter) {\n      __typename\n      ... on MutationPrepareRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').PrepareRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewRating($id: ID!, $note: String) {\n    reviewRating(id: $id, note: $note) {\n      __typename\n      ... on MutationReviewRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ReviewRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishRating($id: ID!) {\n    publishRating(id: $id) {\n      __typename\n      ... on MutationPublishRatingSuccess {\n        data {\n          id\n          quarter\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').PublishRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublicizeCreditRecord($id: ID!) {\n    publicizeCreditRecord(id: $id) {\n      __typename\n      ... on MutationPublicizeCreditRecordSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').PublicizeCreditRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {\n    fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) {\n      __typename\n      ... on MutationFileObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').FileObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {\n    decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) {\n      __typename\n      ... on MutationDecideObjectionSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').DecideObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {\n    revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) {\n      __typename\n      ... on MutationRevokeCreditRecordSuccess {\n        data {\n          revoked {\n            id\n            status\n          }\n          reissued {\n            id\n            status\n          }\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RevokeCreditRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyForRepair($recordId: ID!, $commitment: String!) {\n    applyForRepair(recordId: $recordId, commitment: $commitment) {\n      __typename\n      ... on MutationApplyForRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ApplyForRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {\n    decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) {\n      __typename\n      ... on MutationDecideRepairSuccess {\n        data {\n          id\n          status\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').DecideRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScoringStandardItems {\n    scoringStandard {\n      version\n      base\n      positiveCap\n      items {\n        code\n        label\n        points\n        termMonths\n        subject\n        serious\n        veto\n      }\n    }\n  }\n',
): typeof import('./graphql').ScoringStandardItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {\n    notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        kind\n        title\n        body\n        recordId\n        createdAt\n        readAt\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotifications {\n    notifications(perPage: 1, unreadOnly: true) {\n      unread\n    }\n  }\n',
): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($ids: [ID!]) {\n    markNotificationRead(ids: $ids)\n  }\n',
): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RepairApplicationFields on RepairApplication {\n    id\n    status\n    commitment\n    openIssues\n    appliedAt\n    appliedById\n    decidedAt\n    decidedById\n    reasons\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    recordId\n    availableActions {\n      action\n      available\n      reason\n    }\n    record {\n      id\n      itemCode\n      itemLabel\n      points\n      status\n      reason\n      effectiveFrom\n      expiresOn\n      confirmedOn\n    }\n  }\n',
): typeof import('./graphql').RepairApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query RepairApplicationList($page: Int, $perPage: Int, $sortField: RepairApplicationSortField, $sortOrder: SortOrder, $filter: RepairApplicationFilter) {\n        repairApplications(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...RepairApplicationFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').RepairApplicationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaseSafety {\n    leaseSafetyChecksDue {\n      unitId\n      unitLabel\n      tenantName\n      lastCheckedOn\n      dueOn\n      late\n    }\n    leaseSafetyFindings {\n      id\n      unitLabel\n      tenantName\n      checkedOn\n      item\n      category\n      description\n      state\n      measures\n      deadline\n      overdue\n      departmentName\n      availableActions {\n        action\n        available\n        reason\n      }\n      events {\n        id\n        action\n        toState\n        actorName\n        at\n        note\n      }\n    }\n  }\n',
): typeof import('./graphql').LeaseSafetyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {\n    recordLeaseSafetyCheck(input: $input) {\n      __typename\n      ... on MutationRecordLeaseSafetyCheckSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordLeaseSafetyCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {\n    actOnLeaseSafetyFinding(id: $id, input: $input) {\n      __typename\n      ... on MutationActOnLeaseSafetyFindingSuccess {\n        data {\n          id\n          state\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ActOnLeaseSafetyFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaseMeetings {\n    leaseMeetings {\n      id\n      title\n      heldAt\n      location\n      notice\n      minutes\n      decidedAt\n      decisions {\n        text\n        owner\n        dueOn\n      }\n    }\n  }\n',
): typeof import('./graphql').LeaseMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {\n    scheduleLeaseMeeting(input: $input) {\n      __typename\n      ... on MutationScheduleLeaseMeetingSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').ScheduleLeaseMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {\n    recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {\n      __typename\n      ... on MutationRecordLeaseMeetingDecisionsSuccess {\n        data {\n          id\n        }\n      }\n      ...MutationErrorFields\n    }\n  }\n',
): typeof import('./graphql').RecordLeaseMeetingDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicRandomDraws {\n    randomDraws {\n      id\n      title\n      status\n      seed\n      dueBy\n      drawnAt\n      publishedAt\n      communityCount\n      teamSize\n      policy {\n        code\n        version\n        label\n      }\n      communities {\n        id\n        position\n        weight\n        communityName\n        townshipName\n        enterpriseName\n        inspectors {\n          id\n          name\n          unitName\n        }\n        result {\n          date\n          score\n          grade\n          findingCount\n          refusedToCooperate\n        }\n      }\n      reproduction {\n        matches\n        problems\n      }\n    }\n  }\n',
): typeof import('./graphql').PublicRandomDrawsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommunityFields on Community {\n    id\n    name\n    townshipId\n    township {\n      id\n      name\n    }\n    address\n    type\n    households\n    floorArea\n    deliveryDate\n    serviceMode\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    contractStart\n    contractEnd\n    officeArea\n    maintenanceFundBalance\n    handoverDeadline\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').CommunityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query CommunityList($page: Int, $perPage: Int, $sortField: CommunitySortField, $sortOrder: SortOrder, $filter: CommunityFilter) {\n        communities(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...CommunityFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').CommunityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query CommunityOne($id: ID!) {\n        community(id: $id) {\n          ...CommunityFields\n        }\n      }\n    ',
): typeof import('./graphql').CommunityOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation CommunityCreate($input: CommunityInput!) {\n        createCommunity(input: $input) {\n          __typename\n          ... on MutationCreateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').CommunityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation CommunityUpdate($id: ID!, $input: CommunityUpdateInput!) {\n        updateCommunity(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateCommunitySuccess {\n            data {\n              ...CommunityFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').CommunityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    remit\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').DepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query DepartmentList($page: Int, $perPage: Int, $sortField: DepartmentSortField, $sortOrder: SortOrder, $filter: DepartmentFilter) {\n        departments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...DepartmentFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').DepartmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query DepartmentOne($id: ID!) {\n        department(id: $id) {\n          ...DepartmentFields\n        }\n      }\n    ',
): typeof import('./graphql').DepartmentOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation DepartmentCreate($input: DepartmentInput!) {\n        createDepartment(input: $input) {\n          __typename\n          ... on MutationCreateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').DepartmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation DepartmentUpdate($id: ID!, $input: DepartmentUpdateInput!) {\n        updateDepartment(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateDepartmentSuccess {\n            data {\n              ...DepartmentFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').DepartmentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    townshipId\n    township {\n      id\n      name\n    }\n    status\n    score\n    grade\n    listStatus\n    listUntil\n    communityCount\n    managerCount\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').EnterpriseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query EnterpriseList($page: Int, $perPage: Int, $sortField: EnterpriseSortField, $sortOrder: SortOrder, $filter: EnterpriseFilter) {\n        enterprises(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...EnterpriseFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').EnterpriseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query EnterpriseOne($id: ID!) {\n        enterprise(id: $id) {\n          ...EnterpriseFields\n        }\n      }\n    ',
): typeof import('./graphql').EnterpriseOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation EnterpriseCreate($input: EnterpriseInput!) {\n        createEnterprise(input: $input) {\n          __typename\n          ... on MutationCreateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').EnterpriseCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation EnterpriseUpdate($id: ID!, $input: EnterpriseUpdateInput!) {\n        updateEnterprise(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateEnterpriseSuccess {\n            data {\n              ...EnterpriseFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').EnterpriseUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectManagerListFields on ProjectManager {\n    id\n    name\n    enterpriseId\n    enterprise {\n      id\n      name\n    }\n    certificateNo\n    phone\n    createdAt\n  }\n',
): typeof import('./graphql').ProjectManagerListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectManagerFields on ProjectManager {\n    ...ProjectManagerListFields\n    appointments {\n      id\n      communityId\n      community {\n        id\n        name\n      }\n      startDate\n      endDate\n      registeredOn\n    }\n  }\n',
): typeof import('./graphql').ProjectManagerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query ProjectManagerList($page: Int, $perPage: Int, $sortField: ProjectManagerSortField, $sortOrder: SortOrder, $filter: ProjectManagerFilter) {\n        projectManagers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...ProjectManagerListFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').ProjectManagerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query ProjectManagerOne($id: ID!) {\n        projectManager(id: $id) {\n          ...ProjectManagerFields\n        }\n      }\n    ',
): typeof import('./graphql').ProjectManagerOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation ProjectManagerCreate($input: ProjectManagerInput!) {\n        createProjectManager(input: $input) {\n          __typename\n          ... on MutationCreateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').ProjectManagerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation ProjectManagerUpdate($id: ID!, $input: ProjectManagerUpdateInput!) {\n        updateProjectManager(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateProjectManagerSuccess {\n            data {\n              ...ProjectManagerFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').ProjectManagerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TownshipFields on Township {\n    id\n    name\n    code\n    communityCount\n    enterpriseCount\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').TownshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query TownshipList($page: Int, $perPage: Int, $sortField: TownshipSortField, $sortOrder: SortOrder, $filter: TownshipFilter) {\n        townships(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n          items {\n            ...TownshipFields\n          }\n          total\n        }\n      }\n    ',
): typeof import('./graphql').TownshipListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query TownshipOne($id: ID!) {\n        township(id: $id) {\n          ...TownshipFields\n        }\n      }\n    ',
): typeof import('./graphql').TownshipOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation TownshipCreate($input: TownshipInput!) {\n        createTownship(input: $input) {\n          __typename\n          ... on MutationCreateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').TownshipCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation TownshipUpdate($id: ID!, $input: TownshipUpdateInput!) {\n        updateTownship(id: $id, input: $input) {\n          __typename\n          ... on MutationUpdateTownshipSuccess {\n            data {\n              ...TownshipFields\n            }\n          }\n          ...MutationErrorFields\n        }\n      }\n    ',
): typeof import('./graphql').TownshipUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicCommunities {\n    publicCommunities {\n      id\n      name\n      townshipName\n    }\n  }\n',
): typeof import('./graphql').PublicCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicComplaint($code: String!) {\n    publicComplaint(code: $code) {\n      trackingCode\n      status\n      category\n      communityName\n      townshipName\n      departmentName\n      receivedAt\n      respondedAt\n      handledAt\n      closedAt\n      answer\n      rejectionReasons\n      photoCount\n    }\n  }\n',
): typeof import('./graphql').PublicComplaintDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
