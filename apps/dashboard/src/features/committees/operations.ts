/**
 * GraphQL documents of the owners' committee pages (issue 13; docs/committees.md), typed from
 * packages/api/schema.graphql (src/gql). The public documents answer anonymous callers (voting page, results).
 */
import { graphql } from '../../gql';

export const COMMITTEE_REGISTER_QUERY = graphql(`
  query CommitteeRegister {
    committeeRegister {
      status
      termState
      community {
        id
        name
        type
        households
        township {
          id
          name
        }
      }
      election {
        id
        status
        termStart
        termEnd
        filedOn
        supplementary
      }
    }
  }
`);

export const CANDIDATE_FIELDS = graphql(`
  fragment CommitteeCandidateFields on CommitteeCandidate {
    id
    name
    route
    nominatedBy
    eligibilityAttested
    elected
    position
    leftOn
  }
`);

export const TALLY_FIELDS = graphql(`
  fragment ElectionTallyFields on ElectionTally {
    valid
    voidReason
    cast
    voidBallots
    elected
    vacant
    counts {
      candidateId
      headcount
      area
      qualifies
    }
    pendingTie {
      candidateIds
      seats
    }
  }
`);

export const COMMITTEE_ELECTION_QUERY = graphql(`
  query CommitteeElection($id: ID!) {
    committeeElection(id: $id) {
      id
      committeeId
      status
      seats
      supplementary
      community {
        id
        name
        township {
          id
          name
        }
      }
      ruleSet {
        code
        version
        label
        seats
        termYears
      }
      assemblyAt
      assemblyPlace
      assemblyForm
      agenda
      publicisedOn
      rollHeadcount
      rollArea
      opensAt
      closesAt
      ballotListHash
      signedOffAt
      termStart
      termEnd
      filedOn
      filedWith
      preparatoryGroup {
        id
        name
        role
      }
      candidates {
        ...CommitteeCandidateFields
      }
      members {
        ...CommitteeCandidateFields
      }
      counters {
        id
        name
        role
      }
      paperProblems
      result {
        ...ElectionTallyFields
      }
      recallMotions {
        id
        movedOn
        memberIds
        supporterCount
        supportingArea
        totalArea
        reason
        voteHeldOn
        outcome
      }
      dutyReviews {
        id
        reviewedOn
        reviewer
        note
        results {
          code
          label
          result
        }
      }
      availableActions {
        action
        available
        reason
      }
    }
  }
`);

export const ELECTION_DOCUMENTS_QUERY = graphql(`
  query CommitteeElectionDocuments($id: ID!) {
    committeeElection(id: $id) {
      id
      documents {
        notice
        candidateList
        paperBallot
      }
    }
  }
`);

export const OWNER_UNITS_QUERY = graphql(`
  query OwnerUnits($communityId: ID!) {
    ownerUnits(communityId: $communityId) {
      id
      building
      unitNo
      room
      area
      owners {
        name
        idMasked
        phone
      }
    }
  }
`);

export const COMMITTEE_DUTIES_QUERY = graphql(`
  query CommitteeDuties {
    committeeDuties {
      code
      label
    }
  }
`);

// ---- writes --------------------------------------------------------------------------------------------------------

export const IMPORT_OWNERS = graphql(`
  mutation ImportCommitteeOwners($communityId: ID!, $rows: [OwnerRowInput!]!) {
    importCommitteeOwners(communityId: $communityId, rows: $rows) {
      __typename
      ... on MutationImportCommitteeOwnersSuccess {
        data {
          units
          owners
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CREATE_ELECTION = graphql(`
  mutation CreateCommitteeElection($communityId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {
    createCommitteeElection(communityId: $communityId, members: $members, assembly: $assembly) {
      __typename
      ... on MutationCreateCommitteeElectionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CALL_SUPPLEMENTARY = graphql(`
  mutation CallSupplementaryElection($committeeId: ID!, $members: [PreparatoryMemberInput!]!, $assembly: AssemblyInput!) {
    callSupplementaryElection(committeeId: $committeeId, members: $members, assembly: $assembly) {
      __typename
      ... on MutationCallSupplementaryElectionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const NOMINATE_CANDIDATE = graphql(`
  mutation NominateCommitteeCandidate(
    $electionId: ID!
    $name: String!
    $route: NominationRoute!
    $nominatedBy: String
    $eligibilityAttested: Boolean!
    $attestedBy: String
  ) {
    nominateCommitteeCandidate(
      electionId: $electionId
      name: $name
      route: $route
      nominatedBy: $nominatedBy
      eligibilityAttested: $eligibilityAttested
      attestedBy: $attestedBy
    ) {
      __typename
      ... on MutationNominateCommitteeCandidateSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ATTEST_CANDIDATE = graphql(`
  mutation AttestCommitteeCandidate($candidateId: ID!, $attestedBy: String!) {
    attestCommitteeCandidate(candidateId: $candidateId, attestedBy: $attestedBy) {
      __typename
      ... on MutationAttestCommitteeCandidateSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ADD_COUNTER = graphql(`
  mutation AddElectionCounter($electionId: ID!, $name: String!, $role: CounterRole!) {
    addElectionCounter(electionId: $electionId, name: $name, role: $role) {
      __typename
      ... on MutationAddElectionCounterSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLICISE = graphql(`
  mutation PubliciseCandidates($electionId: ID!) {
    publiciseCandidates(electionId: $electionId) {
      __typename
      ... on MutationPubliciseCandidatesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const FREEZE_ROLL = graphql(`
  mutation FreezeVoterRoll($electionId: ID!) {
    freezeVoterRoll(electionId: $electionId) {
      __typename
      ... on MutationFreezeVoterRollSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ISSUE_CODES = graphql(`
  mutation IssueVotingCodes($electionId: ID!) {
    issueVotingCodes(electionId: $electionId) {
      __typename
      ... on MutationIssueVotingCodesSuccess {
        data {
          unitId
          building
          unitNo
          room
          code
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const OPEN_VOTING = graphql(`
  mutation OpenVoting($electionId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {
    openVoting(electionId: $electionId, opensAt: $opensAt, closesAt: $closesAt) {
      __typename
      ... on MutationOpenVotingSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SIGN_IN_PAPER_VOTER = graphql(`
  mutation SignInPaperVoter($electionId: ID!, $unitId: ID!, $proxyName: String) {
    signInPaperVoter(electionId: $electionId, unitId: $unitId, proxyName: $proxyName) {
      __typename
      ... on MutationSignInPaperVoterSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const ENTER_PAPER_BALLOT = graphql(`
  mutation EnterPaperBallot($electionId: ID!, $counterId: ID!, $paperNo: String!, $choices: [ID!]!, $area: String!) {
    enterPaperBallot(electionId: $electionId, counterId: $counterId, paperNo: $paperNo, choices: $choices, area: $area) {
      __typename
      ... on MutationEnterPaperBallotSuccess {
        data {
          paperNo
          entries
          mismatch
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CLOSE_VOTING = graphql(`
  mutation CloseVoting($electionId: ID!) {
    closeVoting(electionId: $electionId) {
      __typename
      ... on MutationCloseVotingSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const COUNT_VOTES = graphql(`
  mutation CountVotes($electionId: ID!) {
    countVotes(electionId: $electionId) {
      __typename
      ... on MutationCountVotesSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SETTLE_TIE = graphql(`
  mutation SettleElectionTie($electionId: ID!, $winners: [MemberVoteInput!]!) {
    settleElectionTie(electionId: $electionId, winners: $winners) {
      __typename
      ... on MutationSettleElectionTieSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ELECT_OFFICERS = graphql(`
  mutation ElectCommitteeOfficers($electionId: ID!, $officers: [OfficerInput!]!) {
    electCommitteeOfficers(electionId: $electionId, officers: $officers) {
      __typename
      ... on MutationElectCommitteeOfficersSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SIGN_OFF_COUNT = graphql(`
  mutation SignOffCount($electionId: ID!, $counterIds: [ID!]!) {
    signOffCount(electionId: $electionId, counterIds: $counterIds) {
      __typename
      ... on MutationSignOffCountSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const FILE_COMMITTEE = graphql(`
  mutation FileCommittee($electionId: ID!, $filedWith: String!) {
    fileCommittee(electionId: $electionId, filedWith: $filedWith) {
      __typename
      ... on MutationFileCommitteeSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const MOVE_RECALL = graphql(`
  mutation MoveRecall($committeeId: ID!, $memberIds: [ID!]!, $supporterUnitIds: [ID!]!, $reason: String!) {
    moveRecall(committeeId: $committeeId, memberIds: $memberIds, supporterUnitIds: $supporterUnitIds, reason: $reason) {
      __typename
      ... on MutationMoveRecallSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_RECALL_VOTE = graphql(`
  mutation RecordRecallVote(
    $motionId: ID!
    $heldOn: Date!
    $participatedArea: String!
    $participatedHeadcount: Int!
    $inFavourArea: String!
    $inFavourHeadcount: Int!
  ) {
    recordRecallVote(
      motionId: $motionId
      heldOn: $heldOn
      participatedArea: $participatedArea
      participatedHeadcount: $participatedHeadcount
      inFavourArea: $inFavourArea
      inFavourHeadcount: $inFavourHeadcount
    ) {
      __typename
      ... on MutationRecordRecallVoteSuccess {
        data {
          id
          outcome
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const REVIEW_DUTIES = graphql(`
  mutation ReviewCommitteeDuties($committeeId: ID!, $reviewer: String!, $results: [DutyAnswerInput!]!, $note: String) {
    reviewCommitteeDuties(committeeId: $committeeId, reviewer: $reviewer, results: $results, note: $note) {
      __typename
      ... on MutationReviewCommitteeDutiesSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_VACANCY = graphql(`
  mutation RecordCommitteeVacancy($memberId: ID!, $reason: String!) {
    recordCommitteeVacancy(memberId: $memberId, reason: $reason) {
      __typename
      ... on MutationRecordCommitteeVacancySuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_MEMBER_TRAINING = graphql(`
  mutation RecordCommitteeTraining($topic: String!, $heldOn: Date!, $location: String, $attendees: [TrainingAttendeeInput!]!) {
    recordTrainingSession(topic: $topic, heldOn: $heldOn, location: $location, attendees: $attendees) {
      __typename
      ... on MutationRecordTrainingSessionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

// ---- public (no account) -------------------------------------------------------------------------------------------

export const VOTING_BALLOT_QUERY = graphql(`
  query VotingBallot($code: String!) {
    votingBallot(code: $code) {
      electionId
      communityName
      seats
      opensAt
      closesAt
      open
      candidates {
        id
        name
        route
      }
    }
  }
`);

export const CAST_BALLOT = graphql(`
  mutation CastBallot($code: String!, $choices: [ID!]!) {
    castBallot(code: $code, choices: $choices) {
      __typename
      ... on MutationCastBallotSuccess {
        data {
          receiptId
          electionId
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ELECTION_RESULTS_QUERY = graphql(`
  query ElectionResults($id: ID!) {
    electionResults(id: $id) {
      electionId
      communityName
      status
      countedOn
      seats
      ruleSet {
        code
        version
        label
      }
      candidates {
        id
        name
        route
        elected
        position
      }
      rollHeadcount
      rollArea
      participatedHeadcount
      participatedArea
      tally {
        ...ElectionTallyFields
      }
      tieSettledBy
      ballotList
      ballotListHash
      recountMatches
    }
  }
`);

export const BALLOT_RECEIPT_QUERY = graphql(`
  query BallotReceipt($electionId: ID!, $receipt: String!) {
    ballotReceipt(electionId: $electionId, receipt: $receipt) {
      receiptId
      area
      choices
    }
  }
`);
