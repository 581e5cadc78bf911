import { Migration } from '@mikro-orm/migrations';

export class Migration20261206013150_leasing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agency" ("id" serial primary key, "name" varchar(100) not null, "group_name" varchar(100) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "agency" add constraint "agency_name_unique" unique ("name");`);

    this.addSql(`create table "lease_unit" ("id" serial primary key, "agency_id" int not null, "building" varchar(50) not null, "floor" varchar(10) not null, "room" varchar(20) not null, "kind" varchar(10) not null, "area_centi" int not null, "permitted_use" jsonb not null, "condition" varchar(200) not null, "photos" jsonb not null, "agency_duties" text not null, "tenant_duties" text not null, "state" text check ("state" in ('VACANT', 'LISTED', 'LET')) not null default 'VACANT', "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_unit_agency_id_index" on "lease_unit" ("agency_id");`);
    this.addSql(`create index "lease_unit_state_index" on "lease_unit" ("state");`);
    this.addSql(`alter table "lease_unit" add constraint "lease_unit_agency_id_building_floor_room_unique" unique ("agency_id", "building", "floor", "room");`);

    this.addSql(`create table "meter" ("id" serial primary key, "agency_id" int not null, "kind" varchar(12) not null, "code" varchar(30) not null, "master_id" int null, "unit_id" int null, "price_fen" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "meter_agency_id_index" on "meter" ("agency_id");`);
    this.addSql(`create index "meter_master_id_index" on "meter" ("master_id");`);
    this.addSql(`create index "meter_unit_id_index" on "meter" ("unit_id");`);

    this.addSql(`create table "meter_loss" ("id" serial primary key, "meter_id" int not null, "period" varchar(7) not null, "loss_centi" int not null, "loss_fen" int not null, "state" text check ("state" in ('BILLED', 'NEGATIVE', 'NO_TENANTS')) not null);`);
    this.addSql(`create index "meter_loss_meter_id_index" on "meter_loss" ("meter_id");`);
    this.addSql(`alter table "meter_loss" add constraint "meter_loss_meter_id_period_unique" unique ("meter_id", "period");`);

    this.addSql(`create table "meter_reading" ("id" serial primary key, "meter_id" int not null, "period" varchar(7) not null, "value_centi" int not null, "read_on" date not null, "recorded_by_id" int null);`);
    this.addSql(`create index "meter_reading_meter_id_index" on "meter_reading" ("meter_id");`);
    this.addSql(`alter table "meter_reading" add constraint "meter_reading_meter_id_period_unique" unique ("meter_id", "period");`);

    this.addSql(`create table "spending_request" ("id" serial primary key, "agency_id" int not null, "title" varchar(100) not null, "purpose" text not null, "amount_fen" int not null, "state" text check ("state" in ('AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')) not null default 'AWAITING_SIGN', "requested_by_id" int not null, "rejection_reason" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "spending_request_agency_id_index" on "spending_request" ("agency_id");`);
    this.addSql(`create index "spending_request_state_index" on "spending_request" ("state");`);

    this.addSql(`create table "spending_step" ("id" serial primary key, "request_id" int not null, "step" varchar(10) not null, "user_id" int not null, "user_name" varchar(50) not null, "decision" varchar(10) not null, "note" text null, "at" timestamptz not null);`);
    this.addSql(`create index "spending_step_request_id_index" on "spending_step" ("request_id");`);

    this.addSql(`create table "tender" ("id" serial primary key, "agency_id" int not null, "unit_id" int not null, "reference_rent_fen" int not null, "reference_sources" jsonb not null, "opens_on" date not null, "closes_on" date not null, "state" text check ("state" in ('OPEN', 'AWARDED', 'WITHDRAWN')) not null default 'OPEN', "awarded_bid_id" int null, "result_published_on" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "tender_agency_id_index" on "tender" ("agency_id");`);
    this.addSql(`create index "tender_unit_id_index" on "tender" ("unit_id");`);
    this.addSql(`create index "tender_state_index" on "tender" ("state");`);

    this.addSql(`create table "bid" ("id" serial primary key, "tender_id" int not null, "bidder_name" varchar(100) not null, "bidder_contact" varchar(50) not null, "trade" varchar(30) not null, "annual_rent_fen" int not null, "months" int not null, "state" text check ("state" in ('PLACED', 'WON', 'LOST')) not null default 'PLACED', "placed_at" timestamptz not null);`);
    this.addSql(`create index "bid_tender_id_index" on "bid" ("tender_id");`);

    this.addSql(`create table "lease_contract" ("id" serial primary key, "agency_id" int not null, "unit_id" int not null, "bid_id" int null, "previous_id" int null, "contract_no" varchar(30) not null, "tenant_name" varchar(100) not null, "tenant_contact" varchar(50) not null, "trade" varchar(30) not null, "start_date" date not null, "end_date" date not null, "months" int not null, "annual_rent_fen" int not null, "deposit_fen" int not null, "deposit_held_fen" int not null default 0, "policy_code" varchar(30) not null, "policy_version" int not null, "state" text check ("state" in ('ACTIVE', 'FLAGGED', 'TERMINATED', 'RENEWED', 'ENDED')) not null default 'ACTIVE', "flagged_on" date null, "terminated_on" date null, "termination_reason" text check ("termination_reason" in ('ARREARS', 'POLICY')) null, "termination_note" text null, "signed_on" date not null, "signed_by_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_contract_agency_id_index" on "lease_contract" ("agency_id");`);
    this.addSql(`create index "lease_contract_unit_id_index" on "lease_contract" ("unit_id");`);
    this.addSql(`alter table "lease_contract" add constraint "lease_contract_contract_no_unique" unique ("contract_no");`);
    this.addSql(`create index "lease_contract_end_date_index" on "lease_contract" ("end_date");`);
    this.addSql(`create index "lease_contract_state_index" on "lease_contract" ("state");`);

    this.addSql(`create table "rent_instalment" ("id" serial primary key, "contract_id" int not null, "seq" int not null, "period_start" date not null, "period_end" date not null, "due_date" date not null, "amount_fen" int not null, "paid_fen" int not null default 0, "state" text check ("state" in ('OPEN', 'PAID', 'CANCELLED')) not null default 'OPEN');`);
    this.addSql(`create index "rent_instalment_contract_id_index" on "rent_instalment" ("contract_id");`);
    this.addSql(`create index "rent_instalment_due_date_index" on "rent_instalment" ("due_date");`);
    this.addSql(`create index "rent_instalment_state_index" on "rent_instalment" ("state");`);
    this.addSql(`alter table "rent_instalment" add constraint "rent_instalment_contract_id_seq_unique" unique ("contract_id", "seq");`);

    this.addSql(`create table "lease_payment" ("id" serial primary key, "contract_id" int not null, "instalment_id" int null, "kind" text check ("kind" in ('RENT', 'DEPOSIT', 'DEPOSIT_TOP_UP', 'DEPOSIT_REFUND', 'DEPOSIT_APPLIED', 'RENT_REFUND')) not null, "amount_fen" int not null, "paid_on" date not null, "receipt_no" varchar(30) not null, "recorded_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lease_payment_contract_id_index" on "lease_payment" ("contract_id");`);
    this.addSql(`alter table "lease_payment" add constraint "lease_payment_receipt_no_unique" unique ("receipt_no");`);

    this.addSql(`create table "lease_income" ("id" serial primary key, "agency_id" int not null, "payment_id" int null, "source" varchar(20) not null, "amount_fen" int not null, "tax_fen" int not null, "tax_rate_bp" int not null, "received_on" date not null);`);
    this.addSql(`create index "lease_income_agency_id_index" on "lease_income" ("agency_id");`);
    this.addSql(`create index "lease_income_received_on_index" on "lease_income" ("received_on");`);

    this.addSql(`create table "utility_statement" ("id" serial primary key, "agency_id" int not null, "contract_id" int not null, "period" varchar(7) not null, "lines" jsonb not null, "usage_fen" int not null, "loss_share_fen" int not null, "total_fen" int not null, "paid_fen" int not null default 0, "issued_on" date not null);`);
    this.addSql(`create index "utility_statement_agency_id_index" on "utility_statement" ("agency_id");`);
    this.addSql(`create index "utility_statement_contract_id_index" on "utility_statement" ("contract_id");`);
    this.addSql(`alter table "utility_statement" add constraint "utility_statement_contract_id_period_unique" unique ("contract_id", "period");`);

    this.addSql(`alter table "lease_unit" add constraint "lease_unit_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "meter" add constraint "meter_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "meter" add constraint "meter_master_id_foreign" foreign key ("master_id") references "meter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "meter" add constraint "meter_unit_id_foreign" foreign key ("unit_id") references "lease_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meter_loss" add constraint "meter_loss_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);

    this.addSql(`alter table "meter_reading" add constraint "meter_reading_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);

    this.addSql(`alter table "spending_request" add constraint "spending_request_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "spending_step" add constraint "spending_step_request_id_foreign" foreign key ("request_id") references "spending_request" ("id") on update cascade;`);

    this.addSql(`alter table "tender" add constraint "tender_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "tender" add constraint "tender_unit_id_foreign" foreign key ("unit_id") references "lease_unit" ("id") on update cascade;`);

    this.addSql(`alter table "bid" add constraint "bid_tender_id_foreign" foreign key ("tender_id") references "tender" ("id") on update cascade;`);

    this.addSql(`alter table "lease_contract" add constraint "lease_contract_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "lease_contract" add constraint "lease_contract_unit_id_foreign" foreign key ("unit_id") references "lease_unit" ("id") on update cascade;`);
    this.addSql(`alter table "lease_contract" add constraint "lease_contract_bid_id_foreign" foreign key ("bid_id") references "bid" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "lease_contract" add constraint "lease_contract_previous_id_foreign" foreign key ("previous_id") references "lease_contract" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rent_instalment" add constraint "rent_instalment_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade;`);

    this.addSql(`alter table "lease_payment" add constraint "lease_payment_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade;`);
    this.addSql(`alter table "lease_payment" add constraint "lease_payment_instalment_id_foreign" foreign key ("instalment_id") references "rent_instalment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lease_income" add constraint "lease_income_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "lease_income" add constraint "lease_income_payment_id_foreign" foreign key ("payment_id") references "lease_payment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "utility_statement" add constraint "utility_statement_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "utility_statement" add constraint "utility_statement_contract_id_foreign" foreign key ("contract_id") references "lease_contract" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);

    this.addSql(`alter table "app_user" add column "agency_id" int null, add column "position" text check ("position" in ('CLERK', 'DEPUTY', 'HEAD')) null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST', 'AGENCY'));`);
  }

  override async down(): Promise<void> {
    // Back to the roles before AGENCY: the agency's members go with the agency.
    this.addSql(`delete from "session" where "user_id" in (select "id" from "app_user" where "role" = 'AGENCY');`);
    this.addSql(`delete from "app_user" where "role" = 'AGENCY';`);
    this.addSql(`alter table "lease_unit" drop constraint "lease_unit_agency_id_foreign";`);

    this.addSql(`alter table "meter" drop constraint "meter_agency_id_foreign";`);

    this.addSql(`alter table "spending_request" drop constraint "spending_request_agency_id_foreign";`);

    this.addSql(`alter table "tender" drop constraint "tender_agency_id_foreign";`);

    this.addSql(`alter table "lease_contract" drop constraint "lease_contract_agency_id_foreign";`);

    this.addSql(`alter table "lease_income" drop constraint "lease_income_agency_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_agency_id_foreign";`);

    this.addSql(`alter table "utility_statement" drop constraint "utility_statement_agency_id_foreign";`);

    this.addSql(`alter table "meter" drop constraint "meter_unit_id_foreign";`);

    this.addSql(`alter table "tender" drop constraint "tender_unit_id_foreign";`);

    this.addSql(`alter table "lease_contract" drop constraint "lease_contract_unit_id_foreign";`);

    this.addSql(`alter table "meter" drop constraint "meter_master_id_foreign";`);

    this.addSql(`alter table "meter_loss" drop constraint "meter_loss_meter_id_foreign";`);

    this.addSql(`alter table "meter_reading" drop constraint "meter_reading_meter_id_foreign";`);

    this.addSql(`alter table "spending_step" drop constraint "spending_step_request_id_foreign";`);

    this.addSql(`alter table "bid" drop constraint "bid_tender_id_foreign";`);

    this.addSql(`alter table "lease_contract" drop constraint "lease_contract_bid_id_foreign";`);

    this.addSql(`alter table "lease_contract" drop constraint "lease_contract_previous_id_foreign";`);

    this.addSql(`alter table "rent_instalment" drop constraint "rent_instalment_contract_id_foreign";`);

    this.addSql(`alter table "lease_payment" drop constraint "lease_payment_contract_id_foreign";`);

    this.addSql(`alter table "utility_statement" drop constraint "utility_statement_contract_id_foreign";`);

    this.addSql(`alter table "lease_payment" drop constraint "lease_payment_instalment_id_foreign";`);

    this.addSql(`alter table "lease_income" drop constraint "lease_income_payment_id_foreign";`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "lease_unit" cascade;`);

    this.addSql(`drop table if exists "meter" cascade;`);

    this.addSql(`drop table if exists "meter_loss" cascade;`);

    this.addSql(`drop table if exists "meter_reading" cascade;`);

    this.addSql(`drop table if exists "spending_request" cascade;`);

    this.addSql(`drop table if exists "spending_step" cascade;`);

    this.addSql(`drop table if exists "tender" cascade;`);

    this.addSql(`drop table if exists "bid" cascade;`);

    this.addSql(`drop table if exists "lease_contract" cascade;`);

    this.addSql(`drop table if exists "rent_instalment" cascade;`);

    this.addSql(`drop table if exists "lease_payment" cascade;`);

    this.addSql(`drop table if exists "lease_income" cascade;`);

    this.addSql(`drop table if exists "utility_statement" cascade;`);

    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);

    this.addSql(`alter table "app_user" drop column "agency_id", drop column "position";`);

    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST'));`);
  }

}
