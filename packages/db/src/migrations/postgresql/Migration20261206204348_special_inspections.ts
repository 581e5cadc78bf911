import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204348_special_inspections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "special_inspection" ("id" serial primary key, "type" text check ("type" in ('ELEVATOR_SAFETY', 'FEE_DISPLAY', 'MAINTENANCE_FUND', 'PUBLIC_SECURITY', 'FIRE_LANES')) not null, "policy_version" int not null, "department_id" int not null, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'COMPLETED')) not null default 'PLANNED', "planned_on" date not null, "started_on" date null, "completed_on" date null, "inspectors" varchar(200) not null, "note" text null, "results" jsonb not null, "created_by_id" int null, "completed_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "special_inspection_type_index" on "special_inspection" ("type");`);
    this.addSql(`create index "special_inspection_department_id_index" on "special_inspection" ("department_id");`);
    this.addSql(`create index "special_inspection_community_id_index" on "special_inspection" ("community_id");`);
    this.addSql(`create index "special_inspection_township_id_index" on "special_inspection" ("township_id");`);
    this.addSql(`create index "special_inspection_enterprise_id_index" on "special_inspection" ("enterprise_id");`);
    this.addSql(`create index "special_inspection_status_index" on "special_inspection" ("status");`);
    this.addSql(`create index "special_inspection_planned_on_index" on "special_inspection" ("planned_on");`);
    this.addSql(`create index "special_inspection_completed_on_index" on "special_inspection" ("completed_on");`);

    this.addSql(`alter table "special_inspection" add constraint "special_inspection_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`);
    this.addSql(`alter table "special_inspection" add constraint "special_inspection_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "special_inspection" add constraint "special_inspection_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "special_inspection" add constraint "special_inspection_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "special_inspection" add constraint "special_inspection_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "special_inspection" add constraint "special_inspection_completed_by_id_foreign" foreign key ("completed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue" drop constraint if exists "issue_source_check";`);

    this.addSql(`alter table "issue" add constraint "issue_source_check" check("source" in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT', 'SPECIAL_INSPECTION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "special_inspection" cascade;`);

    this.addSql(`alter table "issue" drop constraint if exists "issue_source_check";`);

    this.addSql(`alter table "issue" add constraint "issue_source_check" check("source" in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT'));`);
  }

}
