import { Migration } from '@mikro-orm/migrations';

export class Migration20261206223100_lease_consents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "lease_consent" ("id" serial primary key, "contract_id" int not null, "kind" text check ("kind" in ('ALTERATION', 'SIGNAGE')) not null, "description" varchar(500) not null, "granted_on" date not null, "approved_by_id" int not null, "approved_by_name" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_consent_contract_id_index" on "lease_consent" ("contract_id");`);
    this.addSql(`alter table "lease_consent" add constraint "lease_consent_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lease_consent" cascade;`);
  }

}
