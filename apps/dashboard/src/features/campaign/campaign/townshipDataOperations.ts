/** GraphQL document of the township data-collection tab (docs/townships-and-departments.md), typed from schema.graphql. */
import { graphql } from '../../../gql';

/** The archive's figures and rows: read live on the tab and as frozen in a filing. */
export const TOWNSHIP_DATA_SUMMARY_FIELDS = graphql(`
  fragment TownshipDataSummaryFields on TownshipDataSummary {
    communities
    households
    floorArea
    officeArea
    officeRecorded
    enterpriseServed
    basicService
    selfManaged
    noService
    firms
    firmsByGrade {
      grade
      count
    }
    firmsRedListed
    firmsBlackListed
    managers
    managersByGrade {
      grade
      count
    }
    committeesInTerm
    committeesExpired
    complete
    gaps
  }
`);

export const TOWNSHIP_DATA_ROW_FIELDS = graphql(`
  fragment TownshipDataRowFields on TownshipDataRow {
    communityId
    communityName
    type
    serviceMode
    households
    floorArea
    officeArea
    enterpriseId
    enterpriseName
    enterpriseGrade
    enterpriseListStatus
    managerId
    managerName
    managerGrade
    committee
    committeeTermEnd
    gaps
  }
`);

export const TOWNSHIP_DATA_QUERY = graphql(`
  query TownshipData {
    townshipData {
      township {
        id
        name
      }
      lastFiledOn
      lastFilingId
      availableActions {
        action
        available
        reason
      }
      summary {
        ...TownshipDataSummaryFields
      }
      rows {
        ...TownshipDataRowFields
      }
    }
  }
`);

/** 报送建档: the filings of a township (or every township's, for the bureau), the latest first. */
export const TOWNSHIP_DATA_FILINGS_QUERY = graphql(`
  query TownshipDataFilings($townshipId: ID) {
    townshipDataFilings(townshipId: $townshipId) {
      id
      asOf
      filedAt
      filedByName
      communities
      complete
      gaps
      township {
        id
        name
      }
    }
  }
`);

/** One filing, read only: the figures and rows as they were filed. */
export const TOWNSHIP_DATA_FILING_QUERY = graphql(`
  query TownshipDataFiling($id: ID!) {
    townshipDataFiling(id: $id) {
      id
      asOf
      filedAt
      filedByName
      township {
        id
        name
      }
      summary {
        ...TownshipDataSummaryFields
      }
      rows {
        ...TownshipDataRowFields
      }
    }
  }
`);

export const FILE_TOWNSHIP_DATA = graphql(`
  mutation FileTownshipData {
    fileTownshipData {
      __typename
      ... on MutationFileTownshipDataSuccess {
        data {
          id
          asOf
        }
      }
      ...MutationErrorFields
    }
  }
`);
