import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170309_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_rollup" ("id" serial primary key, "month" varchar(7) not null, "grouping" varchar(12) not null, "group_id" int not null default 0, "kpi" varchar(40) not null, "numerator" double precision not null, "denominator" double precision not null, "computed_at" timestamptz not null);`);
    this.addSql(`alter table "kpi_rollup" add constraint "kpi_rollup_grouping_month_group_id_kpi_unique" unique ("grouping", "month", "group_id", "kpi");`);

    this.addSql(`create table "community_history" ("id" serial primary key, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "type" text check ("type" in ('NEW_RESIDENTIAL', 'OLD', 'OTHER')) not null, "service_mode" text check ("service_mode" in ('ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED', 'NONE')) not null, "valid_from" date null, "valid_to" date null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "community_history_community_id_index" on "community_history" ("community_id");`);

    this.addSql(`alter table "community_history" add constraint "community_history_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "community_history" add constraint "community_history_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "community_history" add constraint "community_history_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);

    // Back-fill: every community's current state, in effect since before the history was kept (valid_from null).
    this.addSql(`insert into "community_history" ("community_id", "township_id", "enterprise_id", "type", "service_mode", "valid_from", "valid_to", "recorded_at") select id, township_id, enterprise_id, type, service_mode, null, null, now() from "community";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_rollup" cascade;`);

    this.addSql(`drop table if exists "community_history" cascade;`);
  }

}
