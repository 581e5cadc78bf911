import { Migration } from '@mikro-orm/migrations';

export class Migration20261206222600_tender_withdrawal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`tender\` add column \`withdrawn_on\` date null;`);
    this.addSql(`alter table \`tender\` add column \`withdrawal_reason\` text null;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`alter table \`tender\` drop column \`withdrawal_reason\`;`);
    this.addSql(`alter table \`tender\` drop column \`withdrawn_on\`;`);
  }

}
