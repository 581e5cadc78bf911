import { Migration } from '@mikro-orm/migrations';

/**
 * The KPI live token per family of facts (issue 17): row 1 stays the head, given a new value by every write of a KPI
 * fact; rows 2–9 one per family (analytics/live-families.ts), so that an issue written no longer makes the home
 * recompute coverage, training and committees, nor a credit write (a firm's score) anything at all.
 */
export class Migration20261207120000_kpi_live_families extends Migration {

  override async up(): Promise<void> {
    for (let id = 2; id <= 9; id++) this.addSql(`insert into \`kpi_live_version\` (\`id\`, \`token\`, \`changed_at\`) values (${id}, 'initial', 0);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`delete from \`kpi_live_version\` where \`id\` > 1;`);
  }

}
