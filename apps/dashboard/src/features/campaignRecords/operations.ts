/** GraphQL documents of the campaign's records (docs/campaign-records.md); the public column's two answer anonymous callers. */
import { graphql } from '../../gql';

export const CAMPAIGN_MEETINGS_QUERY = graphql(`
  query CampaignMeetings($kind: MeetingKind) {
    campaignMeetings(kind: $kind) {
      id
      kind
      title
      heldAt
      location
      agenda
      notice
      hostDepartment {
        id
        name
      }
      hostTownship {
        id
        name
      }
      minutes {
        id
        status
        body
        attendees
        writtenBy
        writtenAt
        approvedBy
        approvedAt
        returnNote
      }
      availableMinutesActions {
        action
        available
        reason
      }
    }
  }
`);

export const WRITE_MINUTES = graphql(`
  mutation WriteMeetingMinutes($meetingId: ID!, $body: String!, $attendees: [String!]!) {
    writeMeetingMinutes(meetingId: $meetingId, body: $body, attendees: $attendees) {
      __typename
      ... on MutationWriteMeetingMinutesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SUBMIT_MINUTES = graphql(`
  mutation SubmitMeetingMinutes($meetingId: ID!) {
    submitMeetingMinutes(meetingId: $meetingId) {
      __typename
      ... on MutationSubmitMeetingMinutesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const APPROVE_MINUTES = graphql(`
  mutation ApproveMeetingMinutes($meetingId: ID!) {
    approveMeetingMinutes(meetingId: $meetingId) {
      __typename
      ... on MutationApproveMeetingMinutesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RETURN_MINUTES = graphql(`
  mutation ReturnMeetingMinutes($meetingId: ID!, $note: String!) {
    returnMeetingMinutes(meetingId: $meetingId, note: $note) {
      __typename
      ... on MutationReturnMeetingMinutesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PEER_VISITS_QUERY = graphql(`
  query PeerVisits {
    peerVisits {
      id
      visitedOn
      hostEnterpriseName
      hostCommunityName
      visitingFirms {
        id
        name
      }
      visitorPeople
      findings
    }
  }
`);

export const VISIT_FIRMS_QUERY = graphql(`
  query VisitFirms {
    enterprises(page: 1, perPage: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const RECORD_PEER_VISIT = graphql(`
  mutation RecordPeerVisit($visitedOn: Date!, $hostEnterpriseId: ID, $visitorEnterpriseIds: [ID!]!, $visitorPeople: [String!]!, $findings: String!) {
    recordPeerVisit(
      visitedOn: $visitedOn
      hostEnterpriseId: $hostEnterpriseId
      visitorEnterpriseIds: $visitorEnterpriseIds
      visitorPeople: $visitorPeople
      findings: $findings
    ) {
      __typename
      ... on MutationRecordPeerVisitSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ARTICLES_QUERY = graphql(`
  query PublicityArticles {
    publicityArticles {
      id
      kind
      title
      summary
      body
      source
      status
      updatedAt
      publishedAt
      withdrawnAt
      withdrawReason
      availableActions {
        action
        available
        reason
      }
      images {
        id
        caption
        originalName
        size
        url
      }
    }
  }
`);

export const REMOVE_ARTICLE_IMAGE = graphql(`
  mutation RemoveArticleImage($id: ID!) {
    removeArticleImage(id: $id) {
      __typename
      ... on MutationRemoveArticleImageSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SAVE_ARTICLE = graphql(`
  mutation SaveArticle($id: ID, $input: ArticleInput!) {
    saveArticle(id: $id, input: $input) {
      __typename
      ... on MutationSaveArticleSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLISH_ARTICLE = graphql(`
  mutation PublishArticle($id: ID!) {
    publishArticle(id: $id) {
      __typename
      ... on MutationPublishArticleSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WITHDRAW_ARTICLE = graphql(`
  mutation WithdrawArticle($id: ID!, $reason: String!) {
    withdrawArticle(id: $id, reason: $reason) {
      __typename
      ... on MutationWithdrawArticleSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLIC_ARTICLES_QUERY = graphql(`
  query PublicArticles($kind: ArticleKind, $page: Int, $perPage: Int) {
    publicArticles(kind: $kind, page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        id
        kind
        title
        summary
        source
        publishedAt
      }
    }
  }
`);

export const PUBLIC_ARTICLE_QUERY = graphql(`
  query PublicArticle($id: ID!) {
    publicArticle(id: $id) {
      id
      kind
      title
      summary
      paragraphs
      source
      publishedAt
      images {
        id
        caption
        url
      }
    }
  }
`);
