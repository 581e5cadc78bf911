import { Migration } from '@mikro-orm/migrations';

export class Migration20261207051000_township_inbox_indexes extends Migration {

  override async up(): Promise<void> {
    // A township's inbox (issue 17), the same shape as a department's: the issues of its area waiting, by deadline (the
    // state and the owners'-committee flag last, decided on the index), and the complaints routed to it still open,
    // oldest first (the flag is an equality, so it comes before the order). The page walks the township's rows in
    // order and reads from the table only the rows it returns; the capped counts read the index alone (docs/benchmarks.md).
    this.addSql(`create index \`issue_township_id_deadline_index\` on \`issue\` (\`township_id\`, \`deadline\`, \`state\`, \`handled_by_township\`);`);
    this.addSql(`create index \`complaint_township_id_handled_received_at_index\` on \`complaint\` (\`township_id\`, \`handled_by_township\`, \`received_at\`, \`state\`);`);
    // Statistics for the new indexes when the database keeps them (as the `speed` migration does).
    const stats = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (stats.length) for (const table of ['issue', 'complaint']) this.addSql(`analyze \`${table}\`;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop index if exists \`complaint_township_id_handled_received_at_index\`;`);
    this.addSql(`drop index if exists \`issue_township_id_deadline_index\`;`);
  }

}
