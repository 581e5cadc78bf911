import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170520_improvement_plans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "improvement_plan" ("id" serial primary key, "enterprise_id" int not null, "title" varchar(60) not null, "period_from" date not null, "period_to" date not null, "goals" text not null, "coordinator" varchar(20) not null, "owners" jsonb not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'SIGNED_OFF')) not null default 'DRAFT', "submitted_at" timestamptz null, "signed_by" varchar(20) null, "signed_on" date null, "sign_off_note" varchar(500) null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "improvement_plan_enterprise_id_index" on "improvement_plan" ("enterprise_id");`);
    this.addSql(`create index "improvement_plan_status_index" on "improvement_plan" ("status");`);

    this.addSql(`create table "plan_measure" ("id" serial primary key, "plan_id" int not null, "position" int not null, "line" text check ("line" in ('SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED')) not null, "template_code" varchar(40) null, "text" varchar(200) not null, "due_on" date null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null default 'PLANNED', "note" varchar(500) null, "updated_at" timestamptz null);`);
    this.addSql(`create index "plan_measure_plan_id_index" on "plan_measure" ("plan_id");`);

    this.addSql(`create table "plan_assessment" ("id" serial primary key, "plan_id" int not null, "stage" text check ("stage" in ('MOBILISE', 'IMPLEMENT', 'REVIEW')) not null, "line" text check ("line" in ('SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED')) not null, "score" int not null, "note" varchar(500) null, "assessed_on" date not null, "owner" varchar(20) not null, "recorded_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "plan_assessment_plan_id_index" on "plan_assessment" ("plan_id");`);

    this.addSql(`alter table "improvement_plan" add constraint "improvement_plan_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "improvement_plan" add constraint "improvement_plan_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "plan_measure" add constraint "plan_measure_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade;`);

    this.addSql(`alter table "plan_assessment" add constraint "plan_assessment_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_assessment" add constraint "plan_assessment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "credit_record" drop constraint if exists "credit_record_source_type_check";`);

    this.addSql(`alter table "credit_record" add constraint "credit_record_source_type_check" check("source_type" in ('APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL', 'SURVEY'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_measure" drop constraint "plan_measure_plan_id_foreign";`);

    this.addSql(`alter table "plan_assessment" drop constraint "plan_assessment_plan_id_foreign";`);

    this.addSql(`drop table if exists "improvement_plan" cascade;`);

    this.addSql(`drop table if exists "plan_measure" cascade;`);

    this.addSql(`drop table if exists "plan_assessment" cascade;`);

    this.addSql(`alter table "credit_record" drop constraint if exists "credit_record_source_type_check";`);

    this.addSql(`alter table "credit_record" add constraint "credit_record_source_type_check" check("source_type" in ('APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL'));`);
  }

}
