import { Migration } from '@mikro-orm/migrations';

export class Migration20261206174822_replica extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`last_write_lsn\` text null;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`alter table \`app_user\` drop column \`last_write_lsn\`;`);
  }

}
