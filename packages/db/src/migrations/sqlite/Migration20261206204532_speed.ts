import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204532_speed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`kpi_live_version\` (\`id\` integer not null, \`token\` text not null, \`changed_at\` datetime not null, primary key (\`id\`));`);
    // The one row: the token the running month's KPI answers are kept under (analytics/rollups.ts).
    this.addSql(`insert into \`kpi_live_version\` (\`id\`, \`token\`, \`changed_at\`) values (1, 'initial', 0);`);

    this.addSql(`create index \`issue_updated_at_index\` on \`issue\` (\`updated_at\`);`);
    this.addSql(`create index \`issue_state_deadline_index\` on \`issue\` (\`state\`, \`deadline\`);`);

    this.addSql(`create index \`complaint_state_received_at_index\` on \`complaint\` (\`state\`, \`received_at\`);`);
    // A database that keeps planner statistics (ANALYZE has run) gets them for the new indexes too: with statistics for
    // the old indexes only, SQLite took issue_state_deadline_index for a firm's own issues (13.8 s at province scale
    // instead of 1 ms through issue_enterprise_id_index; docs/benchmarks.md).
    const stats = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (stats.length) for (const table of ['issue', 'complaint']) this.addSql(`analyze \`${table}\`;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop index if exists \`complaint_state_received_at_index\`;`);
    this.addSql(`drop index if exists \`issue_state_deadline_index\`;`);
    this.addSql(`drop index if exists \`issue_updated_at_index\`;`);
    this.addSql(`drop table if exists \`kpi_live_version\`;`);
  }

}
