/**
 * GraphQL documents of the monthly bulletin pages (docs/kpi.md), typed from packages/api/schema.graphql (src/gql).
 * `bulletins` and `bulletin` answer anonymous callers too (published bulletins only).
 */
import { graphql } from '../../../gql';

export const BULLETIN_SUMMARY = graphql(`
  fragment BulletinSummary on Bulletin {
    id
    month
    status
    generatedAt
    reviewedAt
    reviewNote
    publishedAt
    publishedOn
    printUrl
    downloadUrl
  }
`);

/** Who generated, reviewed and published: working information the API gives only to callers with bulletin:read. */
export const BULLETIN_BY = graphql(`
  fragment BulletinBy on Bulletin {
    generatedByName
    reviewedByName
    publishedByName
  }
`);

export const BULLETINS_QUERY = graphql(`
  query Bulletins {
    bulletins {
      ...BulletinSummary
      ...BulletinBy
    }
  }
`);
export const PUBLIC_BULLETINS_QUERY = graphql(`
  query PublicBulletins {
    bulletins {
      ...BulletinSummary
    }
  }
`);

/** The signed-in page also asks for the workflow actions the API offers the caller (none on the public page). */
export const BULLETIN_QUERY = graphql(`
  query Bulletin($id: ID) {
    bulletin(id: $id) {
      ...BulletinSummary
      ...BulletinBy
      availableActions {
        action
        available
        reason
      }
      snapshot
    }
  }
`);
export const PUBLIC_BULLETIN_QUERY = graphql(`
  query PublicBulletin($id: ID) {
    bulletin(id: $id) {
      ...BulletinSummary
      snapshot
    }
  }
`);

export const GENERATE_BULLETIN = graphql(`
  mutation GenerateBulletin($month: String!) {
    generateBulletin(month: $month) {
      __typename
      ... on MutationGenerateBulletinSuccess {
        data {
          id
          month
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const REVIEW_BULLETIN = graphql(`
  mutation ReviewBulletin($id: ID!, $note: String) {
    reviewBulletin(id: $id, note: $note) {
      __typename
      ... on MutationReviewBulletinSuccess {
        data {
          id
          month
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
export const PUBLISH_BULLETIN = graphql(`
  mutation PublishBulletin($id: ID!) {
    publishBulletin(id: $id) {
      __typename
      ... on MutationPublishBulletinSuccess {
        data {
          id
          month
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
