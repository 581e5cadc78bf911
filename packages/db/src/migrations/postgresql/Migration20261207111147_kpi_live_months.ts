import { Migration } from '@mikro-orm/migrations';

/** The live token per month of issues and of complaints (issue 17; entities/history.ts KpiLiveMonth). */
export class Migration20261207111147_kpi_live_months extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_live_month" ("family" varchar(16) not null, "month" varchar(7) not null, "token" varchar(36) not null, constraint "kpi_live_month_pkey" primary key ("family", "month"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_live_month" cascade;`);
  }

}
