import { Migration } from '@mikro-orm/migrations';

export class Migration20261206222600_tender_withdrawal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tender" add column "withdrawn_on" date null, add column "withdrawal_reason" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tender" drop column "withdrawn_on", drop column "withdrawal_reason";`);
  }

}
