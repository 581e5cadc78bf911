import { Migration } from '@mikro-orm/migrations';

export class Migration20261207042000_inbox_indexes extends Migration {

  override async up(): Promise<void> {
    // A department's inbox (issue 17): its issues waiting, by deadline, and its open complaints, oldest first. The state
    // is the last column so that the sections' state conditions are decided on the index: the page walks the
    // department's rows in order and reads from the table only the rows it returns, the capped counts read the index
    // alone (docs/benchmarks.md).
    this.addSql(`create index \`issue_department_id_deadline_index\` on \`issue\` (\`department_id\`, \`deadline\`, \`state\`);`);
    this.addSql(`create index \`complaint_department_id_received_at_index\` on \`complaint\` (\`department_id\`, \`received_at\`, \`state\`);`);
    // Statistics for the new indexes when the database keeps them (as the `speed` migration does).
    const stats = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (stats.length) for (const table of ['issue', 'complaint']) this.addSql(`analyze \`${table}\`;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop index if exists \`complaint_department_id_received_at_index\`;`);
    this.addSql(`drop index if exists \`issue_department_id_deadline_index\`;`);
  }

}
