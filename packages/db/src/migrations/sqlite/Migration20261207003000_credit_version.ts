import { Migration } from '@mikro-orm/migrations';

/** Tables whose rows the credit ranking reads (credit/version.ts): a change to any gives the credit version a new token. */
const RANKING_INPUTS = ['enterprise', 'township', 'community', 'credit_record', 'list_entry', 'scoring_standard'];
const EVENTS = ['insert', 'update', 'delete'];

/**
 * The credit version (issue 17): one row whose token every write of a ranking input replaces, in the database itself
 * so that no write path (ORM flush, native update, bulk SQL) can miss it; SQLite has row triggers only (one writer at
 * a time, so no lock order to mind).
 */
export class Migration20261207003000_credit_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`credit_version\` (\`id\` integer not null, \`token\` text not null, primary key (\`id\`));`);
    this.addSql(`insert into \`credit_version\` (\`id\`, \`token\`) values (1, 'initial');`);
    for (const table of RANKING_INPUTS) {
      for (const event of EVENTS) {
        this.addSql(
          `create trigger \`${table}_credit_version_${event}\` after ${event} on \`${table}\` begin update \`credit_version\` set \`token\` = lower(hex(randomblob(16))) where \`id\` = 1; end;`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    for (const table of RANKING_INPUTS) for (const event of EVENTS) this.addSql(`drop trigger if exists \`${table}_credit_version_${event}\`;`);
    this.addSql(`drop table if exists \`credit_version\`;`);
  }

}
