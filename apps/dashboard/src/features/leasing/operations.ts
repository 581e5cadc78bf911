/**
 * GraphQL documents of the leasing feature's safety and meeting pages (issue 14; docs/leasing.md), typed from
 * packages/api/schema.graphql (src/gql).
 */
import { graphql } from '../../gql';

export const SAFETY_QUERY = graphql(`
  query LeaseSafety {
    leaseSafetyChecksDue {
      unitId
      unitLabel
      tenantName
      lastCheckedOn
      dueOn
      late
    }
    leaseSafetyFindings {
      id
      unitLabel
      tenantName
      checkedOn
      item
      category
      description
      state
      measures
      deadline
      overdue
      departmentName
      availableActions {
        action
        available
        reason
      }
      events {
        id
        action
        toState
        actorName
        at
        note
      }
    }
  }
`);

export const RECORD_CHECK = graphql(`
  mutation RecordLeaseSafetyCheck($input: LeaseSafetyCheckInput!) {
    recordLeaseSafetyCheck(input: $input) {
      __typename
      ... on MutationRecordLeaseSafetyCheckSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ACT_ON_FINDING = graphql(`
  mutation ActOnLeaseSafetyFinding($id: ID!, $input: LeaseSafetyActionInput!) {
    actOnLeaseSafetyFinding(id: $id, input: $input) {
      __typename
      ... on MutationActOnLeaseSafetyFindingSuccess {
        data {
          id
          state
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const MEETINGS_QUERY = graphql(`
  query LeaseMeetings {
    leaseMeetings {
      id
      title
      heldAt
      location
      notice
      minutes
      decidedAt
      decisions {
        text
        owner
        dueOn
      }
    }
  }
`);

export const SCHEDULE_MEETING = graphql(`
  mutation ScheduleLeaseMeeting($input: LeaseMeetingInput!) {
    scheduleLeaseMeeting(input: $input) {
      __typename
      ... on MutationScheduleLeaseMeetingSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_DECISIONS = graphql(`
  mutation RecordLeaseMeetingDecisions($id: ID!, $minutes: String, $decisions: [LeaseMeetingDecisionInput!]!) {
    recordLeaseMeetingDecisions(id: $id, minutes: $minutes, decisions: $decisions) {
      __typename
      ... on MutationRecordLeaseMeetingDecisionsSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

/* ——— Units, tenders, contracts, the calendar, arrears, utilities, income and spending (issue 14) ——— */

export const UNITS_QUERY = graphql(`
  query LeaseUnits($filter: LeaseUnitFilter, $page: Int, $perPage: Int) {
    leaseUnits(filter: $filter, page: $page, perPage: $perPage, sortField: building, sortOrder: ASC) {
      total
      items {
        id
        label
        kind
        area
        state
        condition
        permittedUse
        currentContract {
          id
          contractNo
          tenantName
          endDate
        }
      }
    }
  }
`);

export const UNIT_QUERY = graphql(`
  query LeaseUnit($id: ID!) {
    leaseUnit(id: $id) {
      id
      label
      building
      floor
      room
      kind
      area
      state
      condition
      permittedUse
      photos
      agencyDuties
      tenantDuties
      availableActions {
        action
        available
        reason
      }
      meters {
        id
        code
        kind
        priceFen
      }
      currentContract {
        id
        contractNo
        tenantName
        startDate
        endDate
        state
      }
    }
    tenders(filter: { unitId: $id }, sortField: createdAt, sortOrder: DESC) {
      items {
        id
        opensOn
        closesOn
        state
        referenceRentFen
      }
    }
  }
`);

export const LIST_UNIT = graphql(`
  mutation ListLeaseUnit($input: LeaseUnitInput!) {
    listLeaseUnit(input: $input) {
      __typename
      ... on MutationListLeaseUnitSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLISH_TENDER = graphql(`
  mutation PublishTender($input: TenderInput!) {
    publishTender(input: $input) {
      __typename
      ... on MutationPublishTenderSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const TENDERS_QUERY = graphql(`
  query Tenders($filter: TenderFilter, $page: Int, $perPage: Int) {
    tenders(filter: $filter, page: $page, perPage: $perPage, sortField: createdAt, sortOrder: DESC) {
      total
      items {
        id
        opensOn
        closesOn
        state
        referenceRentFen
        resultPublishedOn
        unit {
          id
          label
        }
        bids {
          id
        }
      }
    }
  }
`);

export const TENDER_QUERY = graphql(`
  query Tender($id: ID!) {
    tender(id: $id) {
      id
      opensOn
      closesOn
      state
      referenceRentFen
      referenceSources {
        description
        annualRentFen
      }
      resultPublishedOn
      withdrawnOn
      withdrawalReason
      awardedBidId
      availableActions {
        action
        available
        reason
      }
      unit {
        id
        label
        area
        state
        permittedUse
        currentContract {
          id
          contractNo
          bidId
        }
      }
      bids {
        id
        bidderName
        bidderContact
        trade
        annualRentFen
        months
        placedAt
        state
      }
    }
  }
`);

export const PLACE_BID = graphql(`
  mutation PlaceBid($input: BidInput!) {
    placeBid(input: $input) {
      __typename
      ... on MutationPlaceBidSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AWARD_TENDER = graphql(`
  mutation AwardTender($tenderId: ID!) {
    awardTender(tenderId: $tenderId) {
      __typename
      ... on MutationAwardTenderSuccess {
        data {
          id
          bidderName
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation RecordLeaseConsent($input: LeaseConsentInput!) {
    recordLeaseConsent(input: $input) {
      __typename
      ... on MutationRecordLeaseConsentSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WITHDRAW_TENDER = graphql(`
  mutation WithdrawTender($tenderId: ID!, $reason: String!) {
    withdrawTender(tenderId: $tenderId, reason: $reason) {
      __typename
      ... on MutationWithdrawTenderSuccess {
        data {
          id
          state
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SIGN_CONTRACT = graphql(`
  mutation SignLeaseContract($input: LeaseContractInput!) {
    signLeaseContract(input: $input) {
      __typename
      ... on MutationSignLeaseContractSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CONTRACTS_QUERY = graphql(`
  query LeaseContracts($filter: LeaseContractFilter, $page: Int, $perPage: Int) {
    leaseContracts(filter: $filter, page: $page, perPage: $perPage, sortField: signedOn, sortOrder: DESC) {
      total
      items {
        id
        contractNo
        tenantName
        trade
        annualRentFen
        startDate
        endDate
        state
        overdueFen
        unit {
          id
          label
        }
      }
    }
  }
`);

export const CONTRACT_QUERY = graphql(`
  query LeaseContract($id: ID!) {
    leaseContract(id: $id) {
      id
      contractNo
      tenantName
      tenantContact
      trade
      months
      annualRentFen
      depositFen
      depositHeldFen
      consents {
        id
        kind
        description
        grantedOn
        approvedByName
      }
      signedOn
      startDate
      endDate
      state
      flaggedOn
      terminatedOn
      terminationReason
      terminationNote
      owedFen
      overdueFen
      previousId
      renewedById
      policyVersion
      unit {
        id
        label
      }
      availableActions {
        action
        available
        reason
      }
      instalments {
        id
        seq
        periodStart
        periodEnd
        dueDate
        amountFen
        paidFen
        owedFen
        state
        overdue
      }
      payments {
        id
        kind
        amountFen
        paidOn
        receiptNo
        instalmentId
      }
    }
  }
`);

/** A receipt laid out for printing: the contract's payments and the agency's name for the heading. */
export const RECEIPT_QUERY = graphql(`
  query LeaseReceipt($id: ID!) {
    leaseContract(id: $id) {
      id
      contractNo
      tenantName
      unit {
        id
        label
      }
      instalments {
        id
        seq
        periodStart
        periodEnd
      }
      payments {
        id
        kind
        amountFen
        paidOn
        receiptNo
        instalmentId
      }
    }
    me {
      agencyName
    }
  }
`);

export const PAY_RENT = graphql(`
  mutation RecordRentPayment($input: RentPaymentInput!) {
    recordRentPayment(input: $input) {
      __typename
      ... on MutationRecordRentPaymentSuccess {
        data {
          id
          receiptNo
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RENEW_CONTRACT = graphql(`
  mutation RenewLeaseContract($input: LeaseRenewalInput!) {
    renewLeaseContract(input: $input) {
      __typename
      ... on MutationRenewLeaseContractSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const TERMINATE_FOR_POLICY = graphql(`
  mutation TerminateLeaseForPolicy($input: LeasePolicyTerminationInput!) {
    terminateLeaseForPolicy(input: $input) {
      __typename
      ... on MutationTerminateLeaseForPolicySuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CONFIRM_TERMINATION = graphql(`
  mutation ConfirmLeaseTermination($contractId: ID!) {
    confirmLeaseTermination(contractId: $contractId) {
      __typename
      ... on MutationConfirmLeaseTerminationSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const INSTALMENTS_QUERY = graphql(`
  query RentInstalments($filter: RentInstalmentFilter, $page: Int, $perPage: Int) {
    rentInstalments(filter: $filter, page: $page, perPage: $perPage, sortField: dueDate, sortOrder: ASC) {
      total
      items {
        id
        seq
        dueDate
        periodStart
        periodEnd
        amountFen
        paidFen
        owedFen
        state
        overdue
        contract {
          id
          contractNo
          tenantName
          unit {
            label
          }
        }
      }
    }
  }
`);

export const ARREARS_QUERY = graphql(`
  query LeaseArrears($asOf: Date) {
    leaseArrears(asOf: $asOf) {
      asOf
      total {
        bucketLabels
        bucketsFen
        overdueFen
        notDueFen
      }
      rows {
        contractId
        contractNo
        tenantName
        state
        daysPastDue
        oldestDueDate
        overdueFen
        unit {
          label
        }
        ageing {
          bucketsFen
        }
      }
    }
    rentRoll(asOf: $asOf) {
      contractId
      contractNo
      tenantName
      trade
      state
      annualRentFen
      startDate
      endDate
      depositHeldFen
      dueFen
      paidFen
      nextDueDate
      unit {
        label
      }
      ageing {
        overdueFen
      }
    }
  }
`);

export const METERS_QUERY = graphql(`
  query Meters($period: String!) {
    meters {
      id
      code
      kind
      isMaster
      masterId
      priceFen
      unit {
        id
        label
      }
      lastReading {
        period
        value
        readOn
      }
    }
    meterLosses(period: $period) {
      id
      meterId
      lossCenti
      lossFen
      state
    }
    utilityStatements(filter: { period: $period }, perPage: 200) {
      total
      items {
        id
        period
        issuedOn
        usageFen
        lossShareFen
        totalFen
        contract {
          id
          tenantName
          unit {
            label
          }
        }
      }
    }
  }
`);

export const ADD_METER = graphql(`
  mutation AddMeter($input: MeterInput!) {
    addMeter(input: $input) {
      __typename
      ... on MutationAddMeterSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RECORD_READING = graphql(`
  mutation RecordMeterReading($input: MeterReadingInput!) {
    recordMeterReading(input: $input) {
      __typename
      ... on MutationRecordMeterReadingSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ISSUE_STATEMENTS = graphql(`
  mutation IssueUtilityStatements($period: String!) {
    issueUtilityStatements(period: $period) {
      __typename
      ... on MutationIssueUtilityStatementsSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const STATEMENT_QUERY = graphql(`
  query UtilityStatement($id: ID!) {
    utilityStatement(id: $id) {
      id
      period
      issuedOn
      usageFen
      lossShareFen
      totalFen
      paidFen
      owedFen
      availableActions {
        action
        available
        reason
      }
      contract {
        id
        contractNo
        tenantName
        unit {
          label
        }
      }
      lines {
        meterId
        kind
        usageCenti
        priceFen
        amountFen
        lossShareFen
        meter {
          code
        }
      }
    }
    me {
      agencyName
    }
  }
`);

export const RECORD_UTILITY_PAYMENT = graphql(`
  mutation RecordUtilityPayment($input: UtilityPaymentInput!) {
    recordUtilityPayment(input: $input) {
      __typename
      ... on MutationRecordUtilityPaymentSuccess {
        data {
          id
          paidFen
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const INCOME_QUERY = graphql(`
  query LeaseIncomes($filter: LeaseIncomeFilter, $page: Int, $perPage: Int) {
    leaseIncomes(filter: $filter, page: $page, perPage: $perPage, sortField: receivedOn, sortOrder: DESC) {
      total
      items {
        id
        source
        amountFen
        taxRateBp
        taxFen
        receivedOn
        payment {
          receiptNo
        }
      }
    }
  }
`);

export const SPENDING_QUERY = graphql(`
  query SpendingRequests($filter: SpendingRequestFilter, $page: Int, $perPage: Int) {
    approvalsInbox {
      ...SpendingRequestFields
    }
    spendingRequests(filter: $filter, page: $page, perPage: $perPage, sortField: createdAt, sortOrder: DESC) {
      total
      items {
        ...SpendingRequestFields
      }
    }
  }
`);

export const SPENDING_FIELDS = graphql(`
  fragment SpendingRequestFields on SpendingRequest {
    id
    title
    purpose
    amountFen
    state
    pendingStep
    rejectionReason
    createdAt
    availableActions {
      action
      available
      reason
    }
    steps {
      id
      step
      decision
      userName
      at
      note
    }
  }
`);

export const REQUEST_SPENDING = graphql(`
  mutation RequestSpending($input: SpendingRequestInput!) {
    requestSpending(input: $input) {
      __typename
      ... on MutationRequestSpendingSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SIGN_SPENDING_STEP = graphql(`
  mutation SignSpendingStep($requestId: ID!, $note: String) {
    signSpendingStep(requestId: $requestId, note: $note) {
      __typename
      ... on MutationSignSpendingStepSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const REJECT_SPENDING_STEP = graphql(`
  mutation RejectSpendingStep($requestId: ID!, $reason: String!) {
    rejectSpendingStep(requestId: $requestId, reason: $reason) {
      __typename
      ... on MutationRejectSpendingStepSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PUBLIC_TENDER_RESULTS = graphql(`
  query PublishedTenderResults {
    publishedTenderResults(limit: 200) {
      tenderId
      agencyName
      unitLabel
      unitKind
      area
      opensOn
      closesOn
      referenceRentFen
      bidCount
      winnerName
      winningRentFen
      winningTrade
      winningMonths
      resultPublishedOn
    }
  }
`);
