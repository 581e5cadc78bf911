/** GraphQL documents of the townships' work plans tab (docs/townships-and-departments.md), typed from schema.graphql. */
import { graphql } from '../../../gql';

export const TOWNSHIP_PLANS_QUERY = graphql(`
  query TownshipPlans($year: Int) {
    townshipPlans(year: $year) {
      id
      year
      township {
        id
        name
      }
      leaderName
      leaderPosition
      mechanism
      schedule
      tasks
      resources
      status
      filedAt
      availableActions {
        action
        available
        reason
      }
    }
  }
`);

export const TOWNSHIP_CHOICES_QUERY = graphql(`
  query TownshipChoices {
    townships(perPage: 200) {
      items {
        id
        name
      }
    }
  }
`);

export const CREATE_TOWNSHIP_PLAN = graphql(`
  mutation CreateTownshipPlan(
    $year: Int!
    $leaderName: String!
    $leaderPosition: String!
    $mechanism: String!
    $schedule: String!
    $tasks: String!
    $resources: String
  ) {
    createTownshipPlan(
      year: $year
      leaderName: $leaderName
      leaderPosition: $leaderPosition
      mechanism: $mechanism
      schedule: $schedule
      tasks: $tasks
      resources: $resources
    ) {
      __typename
      ... on MutationCreateTownshipPlanSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UPDATE_TOWNSHIP_PLAN = graphql(`
  mutation UpdateTownshipPlan(
    $id: ID!
    $leaderName: String!
    $leaderPosition: String!
    $mechanism: String!
    $schedule: String!
    $tasks: String!
    $resources: String
  ) {
    updateTownshipPlan(
      id: $id
      leaderName: $leaderName
      leaderPosition: $leaderPosition
      mechanism: $mechanism
      schedule: $schedule
      tasks: $tasks
      resources: $resources
    ) {
      __typename
      ... on MutationUpdateTownshipPlanSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const FILE_TOWNSHIP_PLAN = graphql(`
  mutation FileTownshipPlan($id: ID!) {
    fileTownshipPlan(id: $id) {
      __typename
      ... on MutationFileTownshipPlanSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
