/** GraphQL document of the township data-collection tab (docs/townships-and-departments.md), typed from schema.graphql. */
import { graphql } from '../../../gql';

export const TOWNSHIP_DATA_QUERY = graphql(`
  query TownshipData {
    townshipData {
      township {
        id
        name
      }
      summary {
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
      rows {
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
    }
  }
`);
