/** GraphQL document of the leasing KPI page (issue 14 §9; docs/leasing.md "KPIs"), typed from packages/api/schema.graphql. */
import { graphql } from '../../gql';

export const LEASING_KPIS_QUERY = graphql(`
  query LeasingKpis($asOf: Date) {
    leasingKpis(asOf: $asOf) {
      asOf
      occupancy {
        units
        letUnits
        rateBp
        areaCenti
        letAreaCenti
        areaRateBp
      }
      occupancyLastYear {
        units
        letUnits
        rateBp
      }
      collection {
        dueCount
        dueFen
        onTimeCount
        onTimeFen
        rateBp
      }
      collectionByMonth {
        month
        dueCount
        dueFen
        onTimeFen
        rateBp
      }
      arrears {
        contracts
        overdueFen
        bucketsFen
        bucketLabels
      }
      income {
        from
        to
        lastFrom
        lastTo
        thisYearFen
        lastYearFen
        changeBp
        months {
          month
          thisYearFen
          lastYearFen
        }
      }
    }
  }
`);
