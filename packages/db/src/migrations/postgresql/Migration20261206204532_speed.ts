import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204532_speed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_live_version" ("id" int not null, "token" varchar(36) not null, "changed_at" timestamptz not null, constraint "kpi_live_version_pkey" primary key ("id"));`);
    // The one row: the token the running month's KPI answers are kept under (analytics/rollups.ts).
    this.addSql(`insert into "kpi_live_version" ("id", "token", "changed_at") values (1, 'initial', now());`);

    this.addSql(`create index "issue_updated_at_index" on "issue" ("updated_at");`);
    this.addSql(`create index "issue_state_deadline_index" on "issue" ("state", "deadline");`);

    this.addSql(`create index "complaint_state_received_at_index" on "complaint" ("state", "received_at");`);
    // Statistics for the new indexes' columns now rather than at autovacuum's next pass (docs/benchmarks.md).
    this.addSql(`analyze "issue";`);
    this.addSql(`analyze "complaint";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_live_version" cascade;`);

    this.addSql(`drop index "complaint_state_received_at_index";`);

    this.addSql(`drop index "issue_updated_at_index";`);
    this.addSql(`drop index "issue_state_deadline_index";`);
  }

}
