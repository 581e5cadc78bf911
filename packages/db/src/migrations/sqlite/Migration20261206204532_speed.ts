import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204532_speed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`kpi_live_version\` (\`id\` integer not null, \`token\` text not null, \`changed_at\` datetime not null, primary key (\`id\`));`);
    // The one row: the token the running month's KPI answers are kept under (analytics/rollups.ts).
    this.addSql(`insert into \`kpi_live_version\` (\`id\`, \`token\`, \`changed_at\`) values (1, 'initial', 0);`);

    this.addSql(`create index \`issue_updated_at_index\` on \`issue\` (\`updated_at\`);`);
    this.addSql(`create index \`issue_state_deadline_index\` on \`issue\` (\`state\`, \`deadline\`);`);

    this.addSql(`create index \`complaint_state_received_at_index\` on \`complaint\` (\`state\`, \`received_at\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop index if exists \`complaint_state_received_at_index\`;`);
    this.addSql(`drop index if exists \`issue_state_deadline_index\`;`);
    this.addSql(`drop index if exists \`issue_updated_at_index\`;`);
    this.addSql(`drop table if exists \`kpi_live_version\`;`);
  }

}
