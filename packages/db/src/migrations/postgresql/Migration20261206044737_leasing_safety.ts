import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044737_leasing_safety extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "lease_meeting" ("id" serial primary key, "agency_id" int not null, "title" varchar(200) not null, "held_at" timestamptz not null, "location" varchar(200) not null, "agenda" text not null, "participants" jsonb not null, "notice" text not null, "notice_date" date not null, "contact_phone" varchar(30) null, "minutes" text null, "decisions" jsonb not null, "decided_at" timestamptz null, "created_by_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_meeting_agency_id_index" on "lease_meeting" ("agency_id");`);
    this.addSql(`create index "lease_meeting_held_at_index" on "lease_meeting" ("held_at");`);

    this.addSql(`create table "lease_safety_check" ("id" serial primary key, "agency_id" int not null, "unit_id" int not null, "contract_id" int null, "checked_on" date not null, "inspectors" varchar(200) not null, "note" text null, "created_by_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_safety_check_agency_id_index" on "lease_safety_check" ("agency_id");`);
    this.addSql(`create index "lease_safety_check_unit_id_index" on "lease_safety_check" ("unit_id");`);
    this.addSql(`create index "lease_safety_check_contract_id_index" on "lease_safety_check" ("contract_id");`);
    this.addSql(`create index "lease_safety_check_checked_on_index" on "lease_safety_check" ("checked_on");`);

    this.addSql(`create table "lease_safety_finding" ("id" serial primary key, "agency_id" int not null, "check_id" int not null, "unit_id" int not null, "contract_id" int null, "item" varchar(30) not null, "category" varchar(30) not null, "description" text not null, "state" text check ("state" in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED', 'REFERRED')) not null, "measures" text null, "deadline" date null, "submitted_by_id" int null, "department_id" int null, "referred_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "lease_safety_finding_agency_id_index" on "lease_safety_finding" ("agency_id");`);
    this.addSql(`create index "lease_safety_finding_check_id_index" on "lease_safety_finding" ("check_id");`);
    this.addSql(`create index "lease_safety_finding_unit_id_index" on "lease_safety_finding" ("unit_id");`);
    this.addSql(`create index "lease_safety_finding_state_index" on "lease_safety_finding" ("state");`);
    this.addSql(`create index "lease_safety_finding_department_id_index" on "lease_safety_finding" ("department_id");`);

    this.addSql(`create table "lease_safety_event" ("id" serial primary key, "finding_id" int not null, "action" varchar(20) not null, "from_state" varchar(20) null, "to_state" varchar(20) not null, "actor_id" int null, "actor_name" varchar(50) not null, "at" timestamptz not null, "note" text null);`);
    this.addSql(`create index "lease_safety_event_finding_id_index" on "lease_safety_event" ("finding_id");`);

    this.addSql(`alter table "lease_meeting" add constraint "lease_meeting_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "lease_safety_check" add constraint "lease_safety_check_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "lease_safety_check" add constraint "lease_safety_check_unit_id_foreign" foreign key ("unit_id") references "lease_unit" ("id") on update cascade;`);
    this.addSql(`alter table "lease_safety_check" add constraint "lease_safety_check_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lease_safety_finding" add constraint "lease_safety_finding_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "lease_safety_finding" add constraint "lease_safety_finding_check_id_foreign" foreign key ("check_id") references "lease_safety_check" ("id") on update cascade;`);
    this.addSql(`alter table "lease_safety_finding" add constraint "lease_safety_finding_unit_id_foreign" foreign key ("unit_id") references "lease_unit" ("id") on update cascade;`);
    this.addSql(`alter table "lease_safety_finding" add constraint "lease_safety_finding_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "lease_safety_finding" add constraint "lease_safety_finding_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lease_safety_event" add constraint "lease_safety_event_finding_id_foreign" foreign key ("finding_id") references "lease_safety_finding" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lease_safety_finding" drop constraint "lease_safety_finding_check_id_foreign";`);

    this.addSql(`alter table "lease_safety_event" drop constraint "lease_safety_event_finding_id_foreign";`);

    this.addSql(`drop table if exists "lease_meeting" cascade;`);

    this.addSql(`drop table if exists "lease_safety_check" cascade;`);

    this.addSql(`drop table if exists "lease_safety_finding" cascade;`);

    this.addSql(`drop table if exists "lease_safety_event" cascade;`);
  }

}
