import { Migration } from '@mikro-orm/migrations';

export class Migration20261206012516_random_inspections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pool_inspector" ("id" serial primary key, "name" varchar(50) not null, "badge_no" varchar(40) not null, "township_id" int null, "department_id" int null, "active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "pool_inspector" add constraint "pool_inspector_badge_no_unique" unique ("badge_no");`);
    this.addSql(`create index "pool_inspector_township_id_index" on "pool_inspector" ("township_id");`);
    this.addSql(`create index "pool_inspector_department_id_index" on "pool_inspector" ("department_id");`);

    this.addSql(`create table "random_draw" ("id" serial primary key, "title" varchar(100) not null, "policy_code" varchar(30) not null, "policy_version" int not null, "community_count" int not null, "team_size" int not null, "due_by" date not null, "status" text check ("status" in ('PLANNED', 'DRAWN', 'PUBLISHED')) not null default 'PLANNED', "seed" varchar(100) null, "inputs" jsonb null, "drawn_at" timestamptz null, "drawn_by_id" int null, "published_at" timestamptz null, "published_by_id" int null, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "random_draw_status_index" on "random_draw" ("status");`);
    this.addSql(`create index "random_draw_published_at_index" on "random_draw" ("published_at");`);

    this.addSql(`create table "drawn_community" ("id" serial primary key, "draw_id" int not null, "position" int not null, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "weight" int not null, "inspection_id" int null);`);
    this.addSql(`create index "drawn_community_draw_id_index" on "drawn_community" ("draw_id");`);
    this.addSql(`create index "drawn_community_community_id_index" on "drawn_community" ("community_id");`);
    this.addSql(`create index "drawn_community_township_id_index" on "drawn_community" ("township_id");`);
    this.addSql(`create index "drawn_community_enterprise_id_index" on "drawn_community" ("enterprise_id");`);
    this.addSql(`create index "drawn_community_inspection_id_index" on "drawn_community" ("inspection_id");`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_draw_id_community_id_unique" unique ("draw_id", "community_id");`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_draw_id_position_unique" unique ("draw_id", "position");`);

    this.addSql(`create table "drawn_inspector" ("id" serial primary key, "drawn_community_id" int not null, "inspector_id" int not null, "position" int not null);`);
    this.addSql(`create index "drawn_inspector_drawn_community_id_index" on "drawn_inspector" ("drawn_community_id");`);
    this.addSql(`create index "drawn_inspector_inspector_id_index" on "drawn_inspector" ("inspector_id");`);
    this.addSql(`alter table "drawn_inspector" add constraint "drawn_inspector_drawn_community_id_inspector_id_unique" unique ("drawn_community_id", "inspector_id");`);

    this.addSql(`alter table "pool_inspector" add constraint "pool_inspector_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "pool_inspector" add constraint "pool_inspector_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "random_draw" add constraint "random_draw_drawn_by_id_foreign" foreign key ("drawn_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "random_draw" add constraint "random_draw_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "random_draw" add constraint "random_draw_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "drawn_community" add constraint "drawn_community_draw_id_foreign" foreign key ("draw_id") references "random_draw" ("id") on update cascade;`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "drawn_community" add constraint "drawn_community_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "drawn_inspector" add constraint "drawn_inspector_drawn_community_id_foreign" foreign key ("drawn_community_id") references "drawn_community" ("id") on update cascade;`);
    this.addSql(`alter table "drawn_inspector" add constraint "drawn_inspector_inspector_id_foreign" foreign key ("inspector_id") references "pool_inspector" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "drawn_inspector" drop constraint "drawn_inspector_inspector_id_foreign";`);

    this.addSql(`alter table "drawn_community" drop constraint "drawn_community_draw_id_foreign";`);

    this.addSql(`alter table "drawn_inspector" drop constraint "drawn_inspector_drawn_community_id_foreign";`);

    this.addSql(`drop table if exists "pool_inspector" cascade;`);

    this.addSql(`drop table if exists "random_draw" cascade;`);

    this.addSql(`drop table if exists "drawn_community" cascade;`);

    this.addSql(`drop table if exists "drawn_inspector" cascade;`);
  }

}
