import { Migration } from '@mikro-orm/migrations';

/** The live token per month of issues and of complaints (issue 17; entities/history.ts KpiLiveMonth). */
export class Migration20261207111147_kpi_live_months extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`kpi_live_month\` (\`family\` text not null, \`month\` text not null, \`token\` text not null, primary key (\`family\`, \`month\`));`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop table if exists \`kpi_live_month\`;`);
  }

}
