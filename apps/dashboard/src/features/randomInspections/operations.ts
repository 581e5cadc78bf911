/** GraphQL documents of the random inspection pages (docs/random-inspections.md); `randomDraws` answers anonymous callers (published draws). */
import { graphql } from '../../gql';

export const PUBLIC_RANDOM_DRAWS_QUERY = graphql(`
  query PublicRandomDraws {
    randomDraws {
      id
      title
      status
      seed
      dueBy
      drawnAt
      publishedAt
      communityCount
      teamSize
      policy {
        code
        version
        label
      }
      communities {
        id
        position
        weight
        communityName
        townshipName
        enterpriseName
        inspectors {
          id
          name
          unitName
        }
        result {
          date
          score
          grade
          findingCount
          refusedToCooperate
        }
      }
      reproduction {
        matches
        problems
      }
    }
  }
`);

/** The bureau's page (randomInspection:read): every draw it may see, with the buttons the server offers. */
export const BUREAU_RANDOM_DRAWS_QUERY = graphql(`
  query BureauRandomDraws {
    randomInspectionPolicies {
      code
      version
      label
      teamSize
    }
    poolInspectors {
      id
      name
      badgeNo
      unitName
      active
    }
    randomDraws {
      id
      title
      status
      seed
      dueBy
      drawnAt
      publishedAt
      communityCount
      teamSize
      policy {
        code
        version
        label
      }
      availableActions {
        action
        available
        reason
      }
      communities {
        id
        position
        weight
        communityName
        townshipName
        enterpriseName
        inspectors {
          id
          name
          unitName
        }
        result {
          date
          score
          grade
          findingCount
          refusedToCooperate
        }
      }
    }
  }
`);

export const POOL_UNITS_QUERY = graphql(`
  query PoolUnits {
    townships(page: 1, perPage: 100) {
      items {
        id
        name
      }
    }
    departments(page: 1, perPage: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const ADD_POOL_INSPECTOR = graphql(`
  mutation AddPoolInspector($input: PoolInspectorInput!) {
    addPoolInspector(input: $input) {
      __typename
      ... on MutationAddPoolInspectorSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SET_POOL_INSPECTOR_ACTIVE = graphql(`
  mutation SetPoolInspectorActive($id: ID!, $active: Boolean!) {
    setPoolInspectorActive(id: $id, active: $active) {
      __typename
      ... on MutationSetPoolInspectorActiveSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CREATE_RANDOM_DRAW = graphql(`
  mutation CreateRandomDraw($input: RandomDrawInput!) {
    createRandomDraw(input: $input) {
      __typename
      ... on MutationCreateRandomDrawSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PERFORM_RANDOM_DRAW = graphql(`
  mutation PerformRandomDraw($id: ID!, $seed: String) {
    performRandomDraw(id: $id, seed: $seed) {
      __typename
      ... on MutationPerformRandomDrawSuccess {
        data {
          id
          seed
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLISH_RANDOM_DRAW = graphql(`
  mutation PublishRandomDraw($id: ID!) {
    publishRandomDraw(id: $id) {
      __typename
      ... on MutationPublishRandomDrawSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_RANDOM_DRAW_RESULT = graphql(`
  mutation RecordRandomDrawResult($input: RandomDrawResultInput!) {
    recordRandomDrawResult(input: $input) {
      __typename
      ... on MutationRecordRandomDrawResultSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);
