import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050100_township_data_filings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "township_data_filing" ("id" serial primary key, "township_id" int not null, "as_of" date not null, "communities" int not null, "complete" int not null, "gaps" int not null, "summary" jsonb not null, "rows" jsonb not null, "filed_by_id" int null, "filed_by_name" varchar(100) null, "filed_at" timestamptz not null);`);
    this.addSql(`create index "township_data_filing_township_id_index" on "township_data_filing" ("township_id");`);
    this.addSql(`create index "township_data_filing_as_of_index" on "township_data_filing" ("as_of");`);
    this.addSql(`alter table "township_data_filing" add constraint "township_data_filing_township_id_as_of_unique" unique ("township_id", "as_of");`);

    this.addSql(`alter table "township_data_filing" add constraint "township_data_filing_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "township_data_filing" add constraint "township_data_filing_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "township_data_filing" cascade;`);
  }

}
