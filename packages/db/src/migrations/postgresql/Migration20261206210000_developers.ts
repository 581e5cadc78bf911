import { Migration } from '@mikro-orm/migrations';

export class Migration20261206210000_developers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "developer" ("id" serial primary key, "name" varchar(100) not null, "uscc" varchar(18) not null, "contact_person" varchar(50) null, "contact_phone" varchar(30) null, "address" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "developer_name_index" on "developer" ("name");`);
    this.addSql(`alter table "developer" add constraint "developer_uscc_unique" unique ("uscc");`);

    this.addSql(`create table "developer_project" ("id" serial primary key, "developer_id" int not null, "community_id" int not null, "handover_date" date not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "developer_project_developer_id_index" on "developer_project" ("developer_id");`);
    this.addSql(`alter table "developer_project" add constraint "developer_project_community_id_unique" unique ("community_id");`);

    this.addSql(`create table "credit_recommendation" ("id" serial primary key, "enterprise_id" int not null, "reasons" text not null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'REJECTED')) not null default 'PROPOSED', "grade_at_proposal" text check ("grade_at_proposal" in ('AAA', 'AA', 'A', 'B', 'C')) not null, "score_at_proposal" double precision not null, "policy_version" int not null, "proposed_by_id" int null, "proposed_on" date not null, "decided_by_id" int null, "decided_on" date null, "decision_note" varchar(500) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "credit_recommendation_enterprise_id_index" on "credit_recommendation" ("enterprise_id");`);
    this.addSql(`create index "credit_recommendation_status_index" on "credit_recommendation" ("status");`);
    this.addSql(`create index "credit_recommendation_proposed_on_index" on "credit_recommendation" ("proposed_on");`);

    this.addSql(`alter table "developer_project" add constraint "developer_project_developer_id_foreign" foreign key ("developer_id") references "developer" ("id") on update cascade;`);
    this.addSql(`alter table "developer_project" add constraint "developer_project_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "credit_recommendation" add constraint "credit_recommendation_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "credit_recommendation" add constraint "credit_recommendation_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_recommendation" add constraint "credit_recommendation_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue" add column "warranty_element" text check ("warranty_element" in ('FOUNDATION_STRUCTURE', 'WATERPROOFING', 'HEATING_COOLING', 'ELECTRICAL_PLUMBING', 'DECORATION')) null, add column "developer_id" int null, add column "warranty_last_day" date null;`);
    this.addSql(`alter table "issue" add constraint "issue_developer_id_foreign" foreign key ("developer_id") references "developer" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "issue_developer_id_index" on "issue" ("developer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "developer_project" drop constraint "developer_project_developer_id_foreign";`);

    this.addSql(`alter table "issue" drop constraint "issue_developer_id_foreign";`);

    this.addSql(`drop table if exists "developer" cascade;`);

    this.addSql(`drop table if exists "developer_project" cascade;`);

    this.addSql(`drop table if exists "credit_recommendation" cascade;`);

    this.addSql(`drop index "issue_developer_id_index";`);
    this.addSql(`alter table "issue" drop column "warranty_element", drop column "developer_id", drop column "warranty_last_day";`);
  }

}
