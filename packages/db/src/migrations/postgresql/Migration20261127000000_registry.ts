import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000000_registry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(50) null, "action" varchar(60) not null, "entity_type" varchar(40) not null, "entity_id" varchar(40) null, "changes" jsonb null, "ip" varchar(64) null);`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_actor_id_index" on "audit_log" ("actor_id");`);
    this.addSql(`create index "audit_log_action_index" on "audit_log" ("action");`);
    this.addSql(`create index "audit_log_entity_type_index" on "audit_log" ("entity_type");`);
    this.addSql(`create index "audit_log_entity_id_index" on "audit_log" ("entity_id");`);

    this.addSql(`create table "department" ("id" serial primary key, "name" varchar(50) not null, "code" varchar(20) not null, "remit" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "department" add constraint "department_name_unique" unique ("name");`);
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);

    this.addSql(`create table "township" ("id" serial primary key, "name" varchar(50) not null, "code" varchar(20) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "township" add constraint "township_name_unique" unique ("name");`);
    this.addSql(`alter table "township" add constraint "township_code_unique" unique ("code");`);

    this.addSql(`create table "enterprise" ("id" serial primary key, "name" varchar(100) not null, "uscc" varchar(18) not null, "legal_representative" varchar(50) not null, "contact_person" varchar(50) null, "contact_phone" varchar(30) null, "address" varchar(200) null, "township_id" int not null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'EXPELLED')) not null default 'ACTIVE', "score" double precision not null default 80, "grade" text check ("grade" in ('AAA', 'AA', 'A', 'B', 'C')) null, "list_status" text check ("list_status" in ('NONE', 'RED', 'BLACK')) not null default 'NONE', "list_until" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "enterprise_name_index" on "enterprise" ("name");`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_uscc_unique" unique ("uscc");`);
    this.addSql(`create index "enterprise_township_id_index" on "enterprise" ("township_id");`);
    this.addSql(`create index "enterprise_status_index" on "enterprise" ("status");`);
    this.addSql(`create index "enterprise_score_index" on "enterprise" ("score");`);
    this.addSql(`create index "enterprise_grade_index" on "enterprise" ("grade");`);
    this.addSql(`create index "enterprise_list_status_index" on "enterprise" ("list_status");`);

    this.addSql(`create table "project_manager" ("id" serial primary key, "name" varchar(50) not null, "enterprise_id" int not null, "certificate_no" varchar(40) not null, "phone" varchar(30) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "project_manager_name_index" on "project_manager" ("name");`);
    this.addSql(`create index "project_manager_enterprise_id_index" on "project_manager" ("enterprise_id");`);
    this.addSql(`alter table "project_manager" add constraint "project_manager_certificate_no_unique" unique ("certificate_no");`);

    this.addSql(`create table "community" ("id" serial primary key, "name" varchar(100) not null, "township_id" int not null, "address" varchar(200) null, "type" text check ("type" in ('NEW_RESIDENTIAL', 'OLD', 'OTHER')) not null, "households" int not null, "floor_area" double precision not null, "delivery_date" date null, "service_mode" text check ("service_mode" in ('ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED', 'NONE')) not null, "enterprise_id" int null, "contract_start" date null, "contract_end" date null, "office_area" double precision null, "maintenance_fund_balance" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "community_name_index" on "community" ("name");`);
    this.addSql(`create index "community_township_id_index" on "community" ("township_id");`);
    this.addSql(`create index "community_type_index" on "community" ("type");`);
    this.addSql(`create index "community_service_mode_index" on "community" ("service_mode");`);
    this.addSql(`create index "community_enterprise_id_index" on "community" ("enterprise_id");`);

    this.addSql(`create table "manager_appointment" ("id" serial primary key, "manager_id" int not null, "community_id" int not null, "start_date" date not null, "end_date" date null, "registered_on" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "manager_appointment_manager_id_index" on "manager_appointment" ("manager_id");`);
    this.addSql(`create index "manager_appointment_community_id_index" on "manager_appointment" ("community_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(40) not null, "display_name" varchar(50) not null, "password_hash" varchar(200) not null, "role" text check ("role" in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST')) not null, "township_id" int null, "department_id" int null, "enterprise_id" int null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_role_index" on "app_user" ("role");`);

    this.addSql(`create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null);`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`alter table "enterprise" add constraint "enterprise_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);

    this.addSql(`alter table "project_manager" add constraint "project_manager_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table "community" add constraint "community_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "community" add constraint "community_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "manager_appointment" add constraint "manager_appointment_manager_id_foreign" foreign key ("manager_id") references "project_manager" ("id") on update cascade;`);
    this.addSql(`alter table "manager_appointment" add constraint "manager_appointment_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_department_id_foreign";`);

    this.addSql(`alter table "enterprise" drop constraint "enterprise_township_id_foreign";`);

    this.addSql(`alter table "community" drop constraint "community_township_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_township_id_foreign";`);

    this.addSql(`alter table "project_manager" drop constraint "project_manager_enterprise_id_foreign";`);

    this.addSql(`alter table "community" drop constraint "community_enterprise_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_enterprise_id_foreign";`);

    this.addSql(`alter table "manager_appointment" drop constraint "manager_appointment_manager_id_foreign";`);

    this.addSql(`alter table "manager_appointment" drop constraint "manager_appointment_community_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "township" cascade;`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "project_manager" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "manager_appointment" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }

}
