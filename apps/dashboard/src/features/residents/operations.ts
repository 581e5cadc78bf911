/** GraphQL documents of the residents' pages (docs/residents.md); all answer anonymous callers. */
import { graphql } from '../../gql';

export const PUBLIC_COMMUNITIES_QUERY = graphql(`
  query PublicCommunities {
    publicCommunities {
      id
      name
      townshipName
    }
  }
`);

export const PUBLIC_COMPLAINT_QUERY = graphql(`
  query PublicComplaint($code: String!) {
    publicComplaint(code: $code) {
      trackingCode
      status
      category
      communityName
      townshipName
      departmentName
      receivedAt
      respondedAt
      handledAt
      closedAt
      answer
      rejectionReasons
      photoCount
    }
  }
`);

const SURVEY_FIELDS = graphql(`
  fragment SurveyFields on SatisfactionSurvey {
    id
    title
    communityId
    communityName
    enterpriseName
    sampleSize
    opensOn
    closesOn
    status
    answers
    satisfied
    basicallySatisfied
    dissatisfied
    rate
    counts
    g6Proposed
  }
`);
export { SURVEY_FIELDS };

export const SURVEYS_QUERY = graphql(`
  query SatisfactionSurveys {
    satisfactionSurveys {
      ...SurveyFields
    }
  }
`);

export const SURVEY_QUERY = graphql(`
  query SatisfactionSurvey($id: ID!, $withCodes: Boolean!) {
    satisfactionSurvey(id: $id) {
      ...SurveyFields
      codes @include(if: $withCodes) {
        position
        code
        used
        channel
      }
    }
  }
`);

export const CREATE_SURVEY = graphql(`
  mutation CreateSatisfactionSurvey($input: SatisfactionSurveyInput!) {
    createSatisfactionSurvey(input: $input) {
      __typename
      ... on MutationCreateSatisfactionSurveySuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CLOSE_SURVEY = graphql(`
  mutation CloseSatisfactionSurvey($id: ID!) {
    closeSatisfactionSurvey(id: $id) {
      __typename
      ... on MutationCloseSatisfactionSurveySuccess {
        data {
          id
          g6Proposed
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ENTER_SURVEY_ANSWER = graphql(`
  mutation EnterSatisfactionSurveyAnswer($code: String!, $answer: SurveyAnswer!, $comment: String) {
    enterSatisfactionSurveyAnswer(code: $code, answer: $answer, comment: $comment) {
      __typename
      ... on MutationEnterSatisfactionSurveyAnswerSuccess {
        data {
          surveyTitle
          communityName
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ANSWER_SURVEY = graphql(`
  mutation AnswerSatisfactionSurvey($code: String!, $answer: SurveyAnswer!, $comment: String) {
    answerSatisfactionSurvey(code: $code, answer: $answer, comment: $comment) {
      __typename
      ... on MutationAnswerSatisfactionSurveySuccess {
        data {
          surveyTitle
          communityName
        }
      }
      ...MutationErrorFields
    }
  }
`);
