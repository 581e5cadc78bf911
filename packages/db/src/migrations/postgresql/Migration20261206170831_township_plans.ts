import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170831_township_plans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "township_plan" ("id" serial primary key, "township_id" int not null, "year" int not null, "leader_name" varchar(50) not null, "leader_position" varchar(50) not null, "mechanism" text not null, "schedule" text not null, "tasks" text not null, "resources" text null, "status" text check ("status" in ('DRAFT', 'FILED')) not null default 'DRAFT', "filed_at" timestamptz null, "filed_by_id" int null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "township_plan_township_id_index" on "township_plan" ("township_id");`);
    this.addSql(`create index "township_plan_year_index" on "township_plan" ("year");`);
    this.addSql(`create index "township_plan_status_index" on "township_plan" ("status");`);
    this.addSql(`alter table "township_plan" add constraint "township_plan_township_id_year_unique" unique ("township_id", "year");`);

    this.addSql(`alter table "township_plan" add constraint "township_plan_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "township_plan" add constraint "township_plan_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "township_plan" add constraint "township_plan_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "township_plan" cascade;`);
  }

}
