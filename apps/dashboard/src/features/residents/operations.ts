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
