/** GraphQL documents of departments' special inspections (docs/special-inspections.md). */
import { graphql } from '../../gql';

export const SPECIAL_INSPECTION_FIELDS = graphql(`
  fragment SpecialInspectionFields on SpecialInspection {
    id
    type
    typeLabel
    policyVersion
    status
    plannedOn
    startedOn
    completedOn
    inspectors
    note
    department {
      id
      name
    }
    community {
      id
      name
    }
    township {
      id
      name
    }
    enterprise {
      id
      name
    }
    progress {
      total
      recorded
      failed
    }
    availableActions {
      action
      available
      reason
    }
  }
`);

export const SPECIAL_INSPECTIONS_QUERY = graphql(`
  query SpecialInspections($type: SpecialInspectionType, $status: SpecialInspectionStatus) {
    specialInspections(type: $type, status: $status) {
      ...SpecialInspectionFields
    }
  }
`);

export const SPECIAL_INSPECTION_QUERY = graphql(`
  query SpecialInspection($id: ID!) {
    specialInspection(id: $id) {
      ...SpecialInspectionFields
      items {
        itemId
        text
        category
        passed
        note
      }
      issues {
        id
        title
        category
        state
        department {
          id
          name
        }
      }
    }
  }
`);

export const SPECIAL_TEMPLATES_QUERY = graphql(`
  query SpecialInspectionTemplates {
    specialInspectionTemplates {
      type
      label
      version
      items {
        id
        text
        category
      }
    }
  }
`);

export const SPECIAL_COMMUNITY_SEARCH = graphql(`
  query SpecialInspectionCommunities($q: String) {
    communities(filter: { q: $q }, perPage: 20) {
      items {
        id
        name
      }
    }
  }
`);

export const PLAN_SPECIAL_INSPECTION = graphql(`
  mutation PlanSpecialInspection($type: SpecialInspectionType!, $communityId: ID!, $plannedOn: Date!, $inspectors: String!, $note: String) {
    planSpecialInspection(type: $type, communityId: $communityId, plannedOn: $plannedOn, inspectors: $inspectors, note: $note) {
      __typename
      ... on MutationPlanSpecialInspectionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const START_SPECIAL_INSPECTION = graphql(`
  mutation StartSpecialInspection($id: ID!) {
    startSpecialInspection(id: $id) {
      __typename
      ... on MutationStartSpecialInspectionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_SPECIAL_ITEM = graphql(`
  mutation RecordSpecialInspectionItem($id: ID!, $itemId: String!, $passed: Boolean!, $note: String) {
    recordSpecialInspectionItem(id: $id, itemId: $itemId, passed: $passed, note: $note) {
      __typename
      ... on MutationRecordSpecialInspectionItemSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const COMPLETE_SPECIAL_INSPECTION = graphql(`
  mutation CompleteSpecialInspection($id: ID!) {
    completeSpecialInspection(id: $id) {
      __typename
      ... on MutationCompleteSpecialInspectionSuccess {
        data {
          id
          issues {
            id
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);
