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
