/** GraphQL documents of the dashboard home (docs/kpi.md "Dashboard home"), typed from packages/api/schema.graphql (src/gql). */
import { graphql } from '../../../gql';

/** Every KPI of the period, with definitions: the cards (one request for all of them). */
export const KPI_CARDS_QUERY = graphql(`
  query KpiCards($period: String!, $filter: KpiFilter) {
    kpis(period: $period, filter: $filter) {
      period
      from
      to
      previousPeriod
      rows {
        kpis {
          code
          value
          numerator
          denominator
          target
          status
          previous
          change
          improved
          applicable
          distribution {
            key
            count
          }
        }
      }
      definitions {
        code
        name
        kind
        direction
        target
        numerator
        denominator
        unavailable
        note
      }
    }
  }
`);

/** The year's months: close-off and on-time rates, overdue issues. */
export const KPI_TREND_QUERY = graphql(`
  query KpiTrend($period: String!, $filter: KpiFilter) {
    kpis(period: $period, groupBy: [MONTH], filter: $filter) {
      rows {
        month
        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) {
          code
          value
        }
      }
    }
  }
`);

/** Townships side by side (county-wide roles only). */
export const KPI_TOWNSHIPS_QUERY = graphql(`
  query KpiTownships($period: String!, $filter: KpiFilter) {
    kpis(period: $period, groupBy: [TOWNSHIP], filter: $filter) {
      rows {
        groupId
        groupName
        kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) {
          code
          value
        }
      }
    }
  }
`);

/** Issues registered in the period by category (`aggregate:read`). */
export const ISSUES_BY_CATEGORY_QUERY = graphql(`
  query IssuesByCategory($filter: AggregateFilter) {
    aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) {
      keys
      labels
      count
    }
  }
`);

export const CAMPAIGN_TIMELINE_QUERY = graphql(`
  query CampaignTimeline($year: Int!) {
    campaign(year: $year) {
      id
      name
      startDate
      endDate
      currentPhase {
        code
        name
      }
      phases {
        code
        name
        startDate
        endDate
      }
      milestones {
        code
        title
        dueDate
        state
      }
    }
  }
`);

export const OPEN_ISSUE_FIELDS = graphql(`
  fragment OpenIssueFields on Issue {
    id
    title
    category
    state
    deadline
    overdue
    daysOverdue
    dueSoon
    community {
      id
      name
    }
  }
`);

/** A firm manager's home: their firm's credit, open issues (deadline order), recent credit records. */
export const ENTERPRISE_HOME_QUERY = graphql(`
  query EnterpriseHome($id: ID!) {
    enterprise(id: $id) {
      id
      name
      credit {
        asOf
        score
        grade
        listStatus
        listUntil
      }
    }
    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 10) {
      total
      items {
        ...OpenIssueFields
      }
    }
    creditRecords(sortField: effectiveFrom, sortOrder: DESC, perPage: 5) {
      total
      items {
        id
        itemCode
        itemLabel
        points
        status
        effectiveFrom
        reason
      }
    }
  }
`);

/** A department's queue: its inbox totals and the open issues routed to it. */
export const DEPARTMENT_QUEUE_QUERY = graphql(`
  query DepartmentQueue {
    inbox {
      overdue {
        total
      }
      dueSoon {
        total
      }
      toVerify {
        total
      }
      complaints {
        total
      }
    }
    issues(filter: { open: true }, sortField: deadline, sortOrder: ASC, perPage: 5) {
      total
      items {
        ...OpenIssueFields
      }
    }
  }
`);
