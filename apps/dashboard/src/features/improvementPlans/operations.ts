/** GraphQL documents of a firm's improvement plans (docs/improvement-plans.md). */
import { graphql } from '../../gql';

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on ImprovementPlan {
    id
    enterpriseId
    enterpriseName
    title
    periodFrom
    periodTo
    goals
    coordinator
    owners {
      line
      name
    }
    status
    signedBy
    signedOn
    signOffNote
    measures {
      id
      position
      line
      templateCode
      text
      dueOn
      status
      note
    }
    assessments {
      stage
      line
      score
      owner
      note
      assessedOn
      upToStandard
    }
    measureCount
    measuresDone
    measuresDropped
    doneShare
    stagesAssessed
    linesBelowStandard
    selfChecks
    selfCheckIssues
    availableActions {
      action
      available
      reason
    }
  }
`);

export const PLANS_QUERY = graphql(`
  query ImprovementPlans {
    improvementPlans {
      ...PlanFields
    }
  }
`);

export const PLAN_QUERY = graphql(`
  query ImprovementPlan($id: ID!) {
    improvementPlan(id: $id) {
      ...PlanFields
    }
    improvementPlanTemplate {
      code
      line
      text
      source
    }
  }
`);

export const PLAN_TEMPLATE_QUERY = graphql(`
  query ImprovementPlanTemplate {
    improvementPlanTemplate {
      code
      line
      text
      source
    }
  }
`);

export const SAVE_PLAN = graphql(`
  mutation SaveImprovementPlan($id: ID, $input: ImprovementPlanInput!) {
    saveImprovementPlan(id: $id, input: $input) {
      __typename
      ... on MutationSaveImprovementPlanSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SUBMIT_PLAN = graphql(`
  mutation SubmitImprovementPlan($id: ID!) {
    submitImprovementPlan(id: $id) {
      __typename
      ... on MutationSubmitImprovementPlanSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ASSESS_STAGE = graphql(`
  mutation AssessImprovementPlanStage($id: ID!, $stage: PlanStage!, $assessedOn: Date!, $lines: [PlanLineScoreInput!]!) {
    assessImprovementPlanStage(id: $id, stage: $stage, assessedOn: $assessedOn, lines: $lines) {
      __typename
      ... on MutationAssessImprovementPlanStageSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UPDATE_MEASURE = graphql(`
  mutation UpdateImprovementPlanMeasure($measureId: ID!, $status: PlanMeasureStatus!, $note: String) {
    updateImprovementPlanMeasure(measureId: $measureId, status: $status, note: $note) {
      __typename
      ... on MutationUpdateImprovementPlanMeasureSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SIGN_OFF_PLAN = graphql(`
  mutation SignOffImprovementPlan($id: ID!, $signedBy: String!, $signedOn: Date!, $note: String) {
    signOffImprovementPlan(id: $id, signedBy: $signedBy, signedOn: $signedOn, note: $note) {
      __typename
      ... on MutationSignOffImprovementPlanSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);
