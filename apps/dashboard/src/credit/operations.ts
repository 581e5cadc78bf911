/** GraphQL documents of the credit pages (docs/credit.md); queries.test.ts validates each against packages/api/schema.graphql. */

const RESULT = (success: string, data: string) =>
  `{ __typename ... on ${success} { data { ${data} } } ... on Error { message } ... on ValidationError { fieldErrors { field message } } }`;


export const ENTERPRISE_CREDIT_QUERY = `query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {
  enterprise(id: $id) {
    id name uscc status township { id name }
    credit(asOf: $asOf) {
      asOf score grade positivePoints negativePoints veto standardVersion listStatus listUntil
      breakdown { recordId itemCode points termMonths effectiveFrom expiresOn veto inherited
        record { id itemLabel reason status sourceType confirmedOn availableActions { action available reason } } }
      history(from: $from, to: $to) { date score grade }
    }
  }
}`;

export const RANKING_QUERY = `query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $page: Int, $perPage: Int) {
  ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, page: $page, perPage: $perPage) {
    total asOf standardVersion
    items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil }
  }
}`;

const LISTED = `enterpriseId name uscc score grade kind reason from until`;

/** Public: no login needed. */
export const BOARDS_QUERY = `query Boards {
  redList { ${LISTED} }
  blackList { ${LISTED} }
  ratings { id quarter status publishedOn asOf total standardVersion }
}`;

export const RATINGS_QUERY = `query Ratings { ratings { id quarter status asOf publishedOn preparedAt reviewedAt total standardVersion } }`;

export const RATING_QUERY = `query Rating($id: ID, $page: Int, $perPage: Int) {
  rating(id: $id) {
    id quarter status asOf publishedOn preparedAt reviewedAt reviewNote total standardVersion g5ProposalIds
    availableActions { action available reason }
    distribution { grade count }
    redList { ${LISTED} }
    blackList { ${LISTED} }
    consecutiveC { ${LISTED} }
    ranking(page: $page, perPage: $perPage) { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints }
  }
}`;

const RATING_DATA = `id quarter status`;
export const PREPARE_RATING = `mutation PrepareRating($quarter: String!) { prepareRating(quarter: $quarter) ${RESULT('MutationPrepareRatingSuccess', RATING_DATA)} }`;
export const REVIEW_RATING = `mutation ReviewRating($id: ID!, $note: String) { reviewRating(id: $id, note: $note) ${RESULT('MutationReviewRatingSuccess', RATING_DATA)} }`;
export const PUBLISH_RATING = `mutation PublishRating($id: ID!) { publishRating(id: $id) ${RESULT('MutationPublishRatingSuccess', RATING_DATA)} }`;

export const PUBLICIZE_RECORD = `mutation PublicizeCreditRecord($id: ID!) { publicizeCreditRecord(id: $id) ${RESULT('MutationPublicizeCreditRecordSuccess', 'id status')} }`;
export const FILE_OBJECTION = `mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {
  fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) ${RESULT('MutationFileObjectionSuccess', 'id status')} }`;
export const DECIDE_OBJECTION = `mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {
  decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) ${RESULT('MutationDecideObjectionSuccess', 'id status')} }`;
export const REVOKE_RECORD = `mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {
  revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) ${RESULT('MutationRevokeCreditRecordSuccess', 'revoked { id status } reissued { id status }')} }`;
export const APPLY_FOR_REPAIR = `mutation ApplyForRepair($recordId: ID!, $commitment: String!) {
  applyForRepair(recordId: $recordId, commitment: $commitment) ${RESULT('MutationApplyForRepairSuccess', 'id status')} }`;
export const DECIDE_REPAIR = `mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {
  decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) ${RESULT('MutationDecideRepairSuccess', 'id status')} }`;

/** Items of the standard in force (for proposing a record). */
export const STANDARD_QUERY = `query ScoringStandardItems { scoringStandard { version base positiveCap items { code label points termMonths subject serious veto } } }`;

export const NOTIFICATIONS_QUERY = `query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {
  notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) { total unread items { id kind title body recordId createdAt readAt } }
}`;
export const UNREAD_QUERY = `query UnreadNotifications { notifications(perPage: 1, unreadOnly: true) { unread } }`;
export const MARK_READ = `mutation MarkNotificationRead($ids: [ID!]) { markNotificationRead(ids: $ids) }`;

export const CREDIT_OPERATIONS = {
  ENTERPRISE_CREDIT_QUERY,
  RANKING_QUERY,
  BOARDS_QUERY,
  RATINGS_QUERY,
  RATING_QUERY,
  PREPARE_RATING,
  REVIEW_RATING,
  PUBLISH_RATING,
  PUBLICIZE_RECORD,
  FILE_OBJECTION,
  DECIDE_OBJECTION,
  REVOKE_RECORD,
  APPLY_FOR_REPAIR,
  DECIDE_REPAIR,
  STANDARD_QUERY,
  NOTIFICATIONS_QUERY,
  UNREAD_QUERY,
  MARK_READ,
};
