/** GraphQL documents of the developer pages and the credit-upgrade recommendations (docs/developers.md). */
import { graphql } from '../../gql';

export const ADD_DEVELOPER_PROJECT = graphql(`
  mutation AddDeveloperProject($id: ID!, $communityId: ID!, $handoverDate: Date!) {
    addDeveloperProject(id: $id, communityId: $communityId, handoverDate: $handoverDate) {
      __typename
      ... on MutationAddDeveloperProjectSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECOMMENDATIONS_QUERY = graphql(`
  query CreditRecommendations($status: RecommendationStatus) {
    creditRecommendations(status: $status) {
      id
      enterpriseId
      enterpriseName
      uscc
      grade
      gradeAtProposal
      scoreAtProposal
      reasons
      status
      proposedOn
      proposedByName
      decidedOn
      decidedByName
      decisionNote
      availableActions {
        action
        available
        reason
      }
    }
  }
`);

export const RECOMMENDATION_ELIGIBILITY = graphql(`
  query RecommendationEligibility($enterpriseId: ID!) {
    recommendationEligibility(enterpriseId: $enterpriseId) {
      eligible
      reason
    }
  }
`);

export const PROPOSE_RECOMMENDATION = graphql(`
  mutation ProposeCreditRecommendation($enterpriseId: ID!, $reasons: String!) {
    proposeCreditRecommendation(enterpriseId: $enterpriseId, reasons: $reasons) {
      __typename
      ... on MutationProposeCreditRecommendationSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DECIDE_RECOMMENDATION = graphql(`
  mutation DecideCreditRecommendation($id: ID!, $approve: Boolean!, $note: String) {
    decideCreditRecommendation(id: $id, approve: $approve, note: $note) {
      __typename
      ... on MutationDecideCreditRecommendationSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const FIRM_OPTIONS_QUERY = graphql(`
  query RecommendationFirmOptions {
    enterprises(page: 1, perPage: 200, sortField: name, sortOrder: ASC, filter: { status: ACTIVE }) {
      items {
        id
        name
        grade
      }
    }
  }
`);
