/** GraphQL documents of the credit pages (docs/credit.md), typed from packages/api/schema.graphql (src/gql). */
import { graphql } from '../../../gql';

export const ENTERPRISE_CREDIT_QUERY = graphql(`
  query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) {
    enterprise(id: $id) {
      id
      name
      uscc
      status
      township {
        id
        name
      }
      credit(asOf: $asOf) {
        asOf
        score
        grade
        positivePoints
        negativePoints
        veto
        standardVersion
        listStatus
        listUntil
        breakdown {
          recordId
          itemCode
          points
          termMonths
          effectiveFrom
          expiresOn
          veto
          inherited
          record {
            id
            itemLabel
            reason
            status
            sourceType
            confirmedOn
            availableActions {
              action
              available
              reason
              reasons
              availableFrom
            }
          }
        }
        history(from: $from, to: $to) {
          date
          score
          grade
        }
      }
    }
  }
`);

/** 信用提升指引: what the firm can do about its score, as of today (issue 15). */
export const CREDIT_GUIDANCE_QUERY = graphql(`
  query CreditGuidance($id: ID!) {
    enterprise(id: $id) {
      id
      creditGuidance {
        asOf
        score
        grade
        nextGrade
        pointsToNextGrade
        vetoed
        positiveRoom
        openIssues
        changes {
          recordId
          itemCode
          points
          endsOn
          score
          grade
          record {
            id
            itemLabel
            availableActions {
              action
              available
              reason
              reasons
              availableFrom
            }
          }
        }
        positiveItems {
          code
          label
          points
          termMonths
          howEarned
          inEffect
          moreAllowed
        }
      }
    }
  }
`);

export const RANKING_QUERY = graphql(`
  query Ranking($asOf: Date, $townshipId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {
    ranking(asOf: $asOf, townshipId: $townshipId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {
      total
      asOf
      standardVersion
      items {
        rank
        enterpriseId
        name
        uscc
        townshipId
        townshipName
        score
        grade
        positivePoints
        negativePoints
        listStatus
        listUntil
      }
    }
  }
`);

export const LISTED_FIELDS = graphql(`
  fragment ListedFields on ListedFirm {
    enterpriseId
    name
    uscc
    score
    grade
    kind
    reason
    reasonText
    from
    until
  }
`);

/** Public: a firm by name or credit code (信用中国-style look-up). */
export const PUBLIC_FIRM_SEARCH_QUERY = graphql(`
  query PublicFirmSearch($q: String!) {
    publicFirmSearch(q: $q) {
      enterpriseId
      name
      uscc
      latest {
        quarter
        rated {
          rank
          score
          grade
        }
      }
      listings {
        kind
        reasonText
        until
      }
    }
  }
`);

/** Public: a firm's page — its places in the published ratings and its listings today. */
export const PUBLIC_FIRM_QUERY = graphql(`
  query PublicFirm($id: ID!) {
    publicFirm(id: $id) {
      enterpriseId
      name
      uscc
      ratings {
        quarter
        rated {
          rank
          score
          grade
          townshipName
        }
      }
      listings {
        ...ListedFields
      }
    }
  }
`);

/** Public: no login needed. */
export const BOARDS_QUERY = graphql(`
  query Boards {
    redList {
      ...ListedFields
    }
    blackList {
      ...ListedFields
    }
    ratings {
      id
      quarter
      status
      publishedOn
      asOf
      total
      standardVersion
    }
  }
`);

export const RATINGS_QUERY = graphql(`
  query Ratings {
    ratings {
      id
      quarter
      status
      asOf
      publishedOn
      preparedAt
      reviewedAt
      total
      standardVersion
    }
  }
`);

export const RATING_QUERY = graphql(`
  query Rating($id: ID, $page: Int, $perPage: Int) {
    rating(id: $id) {
      id
      quarter
      status
      asOf
      publishedOn
      preparedAt
      reviewedAt
      reviewNote
      total
      standardVersion
      g5ProposalIds
      availableActions {
        action
        available
        reason
      }
      distribution {
        grade
        count
      }
      redList {
        ...ListedFields
      }
      blackList {
        ...ListedFields
      }
      consecutiveC {
        ...ListedFields
      }
      ranking(page: $page, perPage: $perPage) {
        rank
        enterpriseId
        name
        uscc
        townshipName
        score
        grade
        positivePoints
        negativePoints
      }
    }
  }
`);

export const PREPARE_RATING = graphql(`
  mutation PrepareRating($quarter: String!) {
    prepareRating(quarter: $quarter) {
      __typename
      ... on MutationPrepareRatingSuccess {
        data {
          id
          quarter
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const REVIEW_RATING = graphql(`
  mutation ReviewRating($id: ID!, $note: String) {
    reviewRating(id: $id, note: $note) {
      __typename
      ... on MutationReviewRatingSuccess {
        data {
          id
          quarter
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const PUBLISH_RATING = graphql(`
  mutation PublishRating($id: ID!) {
    publishRating(id: $id) {
      __typename
      ... on MutationPublishRatingSuccess {
        data {
          id
          quarter
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLICIZE_RECORD = graphql(`
  mutation PublicizeCreditRecord($id: ID!) {
    publicizeCreditRecord(id: $id) {
      __typename
      ... on MutationPublicizeCreditRecordSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const FILE_OBJECTION = graphql(`
  mutation FileObjection($recordId: ID!, $statement: String!, $evidence: String) {
    fileObjection(recordId: $recordId, statement: $statement, evidence: $evidence) {
      __typename
      ... on MutationFileObjectionSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const DECIDE_OBJECTION = graphql(`
  mutation DecideObjection($objectionId: ID!, $upholdRecord: Boolean!, $note: String!) {
    decideObjection(objectionId: $objectionId, upholdRecord: $upholdRecord, note: $note) {
      __typename
      ... on MutationDecideObjectionSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const REVOKE_RECORD = graphql(`
  mutation RevokeCreditRecord($id: ID!, $reason: String!, $reissue: ProposeCreditRecordInput) {
    revokeCreditRecord(id: $id, reason: $reason, reissue: $reissue) {
      __typename
      ... on MutationRevokeCreditRecordSuccess {
        data {
          revoked {
            id
            status
          }
          reissued {
            id
            status
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const APPLY_FOR_REPAIR = graphql(`
  mutation ApplyForRepair($recordId: ID!, $commitment: String!) {
    applyForRepair(recordId: $recordId, commitment: $commitment) {
      __typename
      ... on MutationApplyForRepairSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const DECIDE_REPAIR = graphql(`
  mutation DecideRepair($applicationId: ID!, $approve: Boolean!, $reasons: String!) {
    decideRepair(applicationId: $applicationId, approve: $approve, reasons: $reasons) {
      __typename
      ... on MutationDecideRepairSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

/** Items of the standard in force (for proposing a record). */
export const STANDARD_QUERY = graphql(`
  query ScoringStandardItems {
    scoringStandard {
      version
      base
      positiveCap
      items {
        code
        label
        points
        termMonths
        subject
        serious
        veto
      }
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($page: Int, $perPage: Int, $unreadOnly: Boolean) {
    notifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        id
        kind
        title
        body
        recordId
        createdAt
        readAt
      }
    }
  }
`);
export const UNREAD_QUERY = graphql(`
  query UnreadNotifications {
    notifications(perPage: 1, unreadOnly: true) {
      unread
    }
  }
`);
export const MARK_READ = graphql(`
  mutation MarkNotificationRead($ids: [ID!]) {
    markNotificationRead(ids: $ids)
  }
`);
