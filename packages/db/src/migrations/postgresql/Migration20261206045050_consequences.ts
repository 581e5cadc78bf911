import { Migration } from '@mikro-orm/migrations';

export class Migration20261206045050_consequences extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "expulsion" ("id" serial primary key, "enterprise_id" int not null, "decision_no" varchar(60) not null, "decided_on" date not null, "reason" varchar(500) not null, "policy_version" int not null, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "expulsion_enterprise_id_index" on "expulsion" ("enterprise_id");`);
    this.addSql(`create index "expulsion_decided_on_index" on "expulsion" ("decided_on");`);

    this.addSql(`create table "handover" ("id" serial primary key, "expulsion_id" int not null, "community_id" int not null, "outgoing_id" int not null, "deadline" date not null, "status" text check ("status" in ('OPEN', 'COMPLETED')) not null default 'OPEN', "successor_id" int null, "successor_appointed_on" date null, "checklist" jsonb not null, "completed_on" date null, "completed_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "handover_expulsion_id_index" on "handover" ("expulsion_id");`);
    this.addSql(`create index "handover_community_id_index" on "handover" ("community_id");`);
    this.addSql(`create index "handover_outgoing_id_index" on "handover" ("outgoing_id");`);
    this.addSql(`create index "handover_deadline_index" on "handover" ("deadline");`);
    this.addSql(`create index "handover_status_index" on "handover" ("status");`);
    this.addSql(`create index "handover_successor_id_index" on "handover" ("successor_id");`);
    this.addSql(`alter table "handover" add constraint "handover_expulsion_id_community_id_unique" unique ("expulsion_id", "community_id");`);

    this.addSql(`alter table "expulsion" add constraint "expulsion_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "expulsion" add constraint "expulsion_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "handover" add constraint "handover_expulsion_id_foreign" foreign key ("expulsion_id") references "expulsion" ("id") on update cascade;`);
    this.addSql(`alter table "handover" add constraint "handover_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "handover" add constraint "handover_outgoing_id_foreign" foreign key ("outgoing_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "handover" add constraint "handover_successor_id_foreign" foreign key ("successor_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "handover" add constraint "handover_completed_by_id_foreign" foreign key ("completed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community" add column "handover_deadline" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "handover" drop constraint "handover_expulsion_id_foreign";`);

    this.addSql(`drop table if exists "expulsion" cascade;`);

    this.addSql(`drop table if exists "handover" cascade;`);

    this.addSql(`alter table "community" drop column "handover_deadline";`);
  }

}
