/** GraphQL documents of the project managers' credit (issue 16, item 6; docs/credit.md "Project managers"). */
import { graphql } from '../../../gql';

export const MANAGER_CREDIT_QUERY = graphql(`
  query ManagerCredit($id: ID!, $from: Date, $to: Date) {
    projectManager(id: $id) {
      id
      name
      credit {
        asOf
        score
        grade
        positivePoints
        negativePoints
        veto
        standardVersion
        breakdown {
          recordId
          itemCode
          points
          effectiveFrom
          expiresOn
          inherited
          record {
            id
            itemLabel
            reason
            community {
              id
              name
            }
          }
        }
        history(from: $from, to: $to) {
          date
          score
          grade
        }
      }
    }
  }
`);

export const MANAGER_RANKING_QUERY = graphql(`
  query ManagerRanking($enterpriseId: ID, $grade: CreditGrade, $worstFirst: Boolean, $page: Int, $perPage: Int) {
    managerRanking(enterpriseId: $enterpriseId, grade: $grade, worstFirst: $worstFirst, page: $page, perPage: $perPage) {
      total
      items {
        rank
        managerId
        name
        certificateNo
        enterpriseId
        enterpriseName
        score
        grade
      }
    }
  }
`);
