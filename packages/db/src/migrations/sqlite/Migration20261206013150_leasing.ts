import { Migration } from '@mikro-orm/migrations';

export class Migration20261206013150_leasing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`agency\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`group_name\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`agency_name_unique\` on \`agency\` (\`name\`);`);

    this.addSql(`create table \`lease_unit\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`building\` text not null, \`floor\` text not null, \`room\` text not null, \`kind\` text not null, \`area_centi\` integer not null, \`permitted_use\` json not null, \`condition\` text not null, \`photos\` json not null, \`agency_duties\` text not null, \`tenant_duties\` text not null, \`state\` text check (\`state\` in ('VACANT', 'LISTED', 'LET')) not null default 'VACANT', \`created_at\` datetime not null, constraint \`lease_unit_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`lease_unit_agency_id_index\` on \`lease_unit\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_unit_state_index\` on \`lease_unit\` (\`state\`);`);
    this.addSql(`create unique index \`lease_unit_agency_id_building_floor_room_unique\` on \`lease_unit\` (\`agency_id\`, \`building\`, \`floor\`, \`room\`);`);

    this.addSql(`create table \`meter\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`kind\` text not null, \`code\` text not null, \`master_id\` integer null, \`unit_id\` integer null, \`price_fen\` integer not null, \`created_at\` datetime not null, constraint \`meter_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`meter_master_id_foreign\` foreign key(\`master_id\`) references \`meter\`(\`id\`) on delete set null on update cascade, constraint \`meter_unit_id_foreign\` foreign key(\`unit_id\`) references \`lease_unit\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`meter_agency_id_index\` on \`meter\` (\`agency_id\`);`);
    this.addSql(`create index \`meter_master_id_index\` on \`meter\` (\`master_id\`);`);
    this.addSql(`create index \`meter_unit_id_index\` on \`meter\` (\`unit_id\`);`);

    this.addSql(`create table \`meter_loss\` (\`id\` integer not null primary key autoincrement, \`meter_id\` integer not null, \`period\` text not null, \`loss_centi\` integer not null, \`loss_fen\` integer not null, \`state\` text check (\`state\` in ('BILLED', 'NEGATIVE', 'NO_TENANTS')) not null, constraint \`meter_loss_meter_id_foreign\` foreign key(\`meter_id\`) references \`meter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`meter_loss_meter_id_index\` on \`meter_loss\` (\`meter_id\`);`);
    this.addSql(`create unique index \`meter_loss_meter_id_period_unique\` on \`meter_loss\` (\`meter_id\`, \`period\`);`);

    this.addSql(`create table \`meter_reading\` (\`id\` integer not null primary key autoincrement, \`meter_id\` integer not null, \`period\` text not null, \`value_centi\` integer not null, \`read_on\` date not null, \`recorded_by_id\` integer null, constraint \`meter_reading_meter_id_foreign\` foreign key(\`meter_id\`) references \`meter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`meter_reading_meter_id_index\` on \`meter_reading\` (\`meter_id\`);`);
    this.addSql(`create unique index \`meter_reading_meter_id_period_unique\` on \`meter_reading\` (\`meter_id\`, \`period\`);`);

    this.addSql(`create table \`spending_request\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`title\` text not null, \`purpose\` text not null, \`amount_fen\` integer not null, \`state\` text check (\`state\` in ('AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')) not null default 'AWAITING_SIGN', \`requested_by_id\` integer not null, \`rejection_reason\` text null, \`created_at\` datetime not null, constraint \`spending_request_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`spending_request_agency_id_index\` on \`spending_request\` (\`agency_id\`);`);
    this.addSql(`create index \`spending_request_state_index\` on \`spending_request\` (\`state\`);`);

    this.addSql(`create table \`spending_step\` (\`id\` integer not null primary key autoincrement, \`request_id\` integer not null, \`step\` text not null, \`user_id\` integer not null, \`user_name\` text not null, \`decision\` text not null, \`note\` text null, \`at\` datetime not null, constraint \`spending_step_request_id_foreign\` foreign key(\`request_id\`) references \`spending_request\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`spending_step_request_id_index\` on \`spending_step\` (\`request_id\`);`);

    this.addSql(`create table \`tender\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`unit_id\` integer not null, \`reference_rent_fen\` integer not null, \`reference_sources\` json not null, \`opens_on\` date not null, \`closes_on\` date not null, \`state\` text check (\`state\` in ('OPEN', 'AWARDED', 'WITHDRAWN')) not null default 'OPEN', \`awarded_bid_id\` integer null, \`result_published_on\` date null, \`created_at\` datetime not null, constraint \`tender_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`tender_unit_id_foreign\` foreign key(\`unit_id\`) references \`lease_unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`tender_agency_id_index\` on \`tender\` (\`agency_id\`);`);
    this.addSql(`create index \`tender_unit_id_index\` on \`tender\` (\`unit_id\`);`);
    this.addSql(`create index \`tender_state_index\` on \`tender\` (\`state\`);`);

    this.addSql(`create table \`bid\` (\`id\` integer not null primary key autoincrement, \`tender_id\` integer not null, \`bidder_name\` text not null, \`bidder_contact\` text not null, \`trade\` text not null, \`annual_rent_fen\` integer not null, \`months\` integer not null, \`state\` text check (\`state\` in ('PLACED', 'WON', 'LOST')) not null default 'PLACED', \`placed_at\` datetime not null, constraint \`bid_tender_id_foreign\` foreign key(\`tender_id\`) references \`tender\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`bid_tender_id_index\` on \`bid\` (\`tender_id\`);`);

    this.addSql(`create table \`lease_contract\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`unit_id\` integer not null, \`bid_id\` integer null, \`previous_id\` integer null, \`contract_no\` text not null, \`tenant_name\` text not null, \`tenant_contact\` text not null, \`trade\` text not null, \`start_date\` date not null, \`end_date\` date not null, \`months\` integer not null, \`annual_rent_fen\` integer not null, \`deposit_fen\` integer not null, \`deposit_held_fen\` integer not null default 0, \`policy_code\` text not null, \`policy_version\` integer not null, \`state\` text check (\`state\` in ('ACTIVE', 'FLAGGED', 'TERMINATED', 'RENEWED', 'ENDED')) not null default 'ACTIVE', \`flagged_on\` date null, \`terminated_on\` date null, \`termination_reason\` text check (\`termination_reason\` in ('ARREARS', 'POLICY')) null, \`termination_note\` text null, \`signed_on\` date not null, \`signed_by_id\` integer not null, \`created_at\` datetime not null, constraint \`lease_contract_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`lease_contract_unit_id_foreign\` foreign key(\`unit_id\`) references \`lease_unit\`(\`id\`) on update cascade, constraint \`lease_contract_bid_id_foreign\` foreign key(\`bid_id\`) references \`bid\`(\`id\`) on delete set null on update cascade, constraint \`lease_contract_previous_id_foreign\` foreign key(\`previous_id\`) references \`lease_contract\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lease_contract_agency_id_index\` on \`lease_contract\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_contract_unit_id_index\` on \`lease_contract\` (\`unit_id\`);`);
    this.addSql(`create index \`lease_contract_bid_id_index\` on \`lease_contract\` (\`bid_id\`);`);
    this.addSql(`create index \`lease_contract_previous_id_index\` on \`lease_contract\` (\`previous_id\`);`);
    this.addSql(`create unique index \`lease_contract_contract_no_unique\` on \`lease_contract\` (\`contract_no\`);`);
    this.addSql(`create index \`lease_contract_end_date_index\` on \`lease_contract\` (\`end_date\`);`);
    this.addSql(`create index \`lease_contract_state_index\` on \`lease_contract\` (\`state\`);`);

    this.addSql(`create table \`rent_instalment\` (\`id\` integer not null primary key autoincrement, \`contract_id\` integer not null, \`seq\` integer not null, \`period_start\` date not null, \`period_end\` date not null, \`due_date\` date not null, \`amount_fen\` integer not null, \`paid_fen\` integer not null default 0, \`state\` text check (\`state\` in ('OPEN', 'PAID', 'CANCELLED')) not null default 'OPEN', constraint \`rent_instalment_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`rent_instalment_contract_id_index\` on \`rent_instalment\` (\`contract_id\`);`);
    this.addSql(`create index \`rent_instalment_due_date_index\` on \`rent_instalment\` (\`due_date\`);`);
    this.addSql(`create index \`rent_instalment_state_index\` on \`rent_instalment\` (\`state\`);`);
    this.addSql(`create unique index \`rent_instalment_contract_id_seq_unique\` on \`rent_instalment\` (\`contract_id\`, \`seq\`);`);

    this.addSql(`create table \`lease_payment\` (\`id\` integer not null primary key autoincrement, \`contract_id\` integer not null, \`instalment_id\` integer null, \`kind\` text check (\`kind\` in ('RENT', 'DEPOSIT', 'DEPOSIT_TOP_UP', 'DEPOSIT_REFUND', 'DEPOSIT_APPLIED', 'RENT_REFUND')) not null, \`amount_fen\` integer not null, \`paid_on\` date not null, \`receipt_no\` text not null, \`recorded_by_id\` integer null, \`created_at\` datetime not null, constraint \`lease_payment_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on update cascade, constraint \`lease_payment_instalment_id_foreign\` foreign key(\`instalment_id\`) references \`rent_instalment\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lease_payment_contract_id_index\` on \`lease_payment\` (\`contract_id\`);`);
    this.addSql(`create index \`lease_payment_instalment_id_index\` on \`lease_payment\` (\`instalment_id\`);`);
    this.addSql(`create unique index \`lease_payment_receipt_no_unique\` on \`lease_payment\` (\`receipt_no\`);`);

    this.addSql(`create table \`lease_income\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`payment_id\` integer null, \`source\` text not null, \`amount_fen\` integer not null, \`tax_fen\` integer not null, \`tax_rate_bp\` integer not null, \`received_on\` date not null, constraint \`lease_income_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`lease_income_payment_id_foreign\` foreign key(\`payment_id\`) references \`lease_payment\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lease_income_agency_id_index\` on \`lease_income\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_income_payment_id_index\` on \`lease_income\` (\`payment_id\`);`);
    this.addSql(`create index \`lease_income_received_on_index\` on \`lease_income\` (\`received_on\`);`);

    this.addSql(`create table \`utility_statement\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`contract_id\` integer not null, \`period\` text not null, \`lines\` json not null, \`usage_fen\` integer not null, \`loss_share_fen\` integer not null, \`total_fen\` integer not null, \`paid_fen\` integer not null default 0, \`issued_on\` date not null, constraint \`utility_statement_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`utility_statement_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`utility_statement_agency_id_index\` on \`utility_statement\` (\`agency_id\`);`);
    this.addSql(`create index \`utility_statement_contract_id_index\` on \`utility_statement\` (\`contract_id\`);`);
    this.addSql(`create unique index \`utility_statement_contract_id_period_unique\` on \`utility_statement\` (\`contract_id\`, \`period\`);`);

    // SQLite cannot alter the role's check constraint (a new role, AGENCY): rebuild app_user with the agency columns;
    // `migrate` runs it with foreign keys off, and the tables that reference app_user keep their references by name.
    this.addSql(`create table \`app_user__temp_alter\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST', 'AGENCY')) not null, \`township_id\` integer null, \`department_id\` integer null, \`enterprise_id\` integer null, \`agency_id\` integer null, \`position\` text check (\`position\` in ('CLERK', 'DEPUTY', 'HEAD')) null, \`active\` integer not null default true, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, \`password_changed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`app_user_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, constraint \`app_user_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`app_user_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`app_user_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`app_user__temp_alter\` (\`id\`, \`username\`, \`display_name\`, \`password_hash\`, \`role\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`active\`, \`failed_logins\`, \`locked_until\`, \`last_login_at\`, \`password_changed_at\`, \`created_at\`, \`updated_at\`) select \`id\`, \`username\`, \`display_name\`, \`password_hash\`, \`role\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`active\`, \`failed_logins\`, \`locked_until\`, \`last_login_at\`, \`password_changed_at\`, \`created_at\`, \`updated_at\` from \`app_user\`;`);
    this.addSql(`drop table \`app_user\`;`);
    this.addSql(`alter table \`app_user__temp_alter\` rename to \`app_user\`;`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_role_index\` on \`app_user\` (\`role\`);`);
    this.addSql(`create index \`app_user_township_id_index\` on \`app_user\` (\`township_id\`);`);
    this.addSql(`create index \`app_user_department_id_index\` on \`app_user\` (\`department_id\`);`);
    this.addSql(`create index \`app_user_enterprise_id_index\` on \`app_user\` (\`enterprise_id\`);`);
    this.addSql(`create index \`app_user_agency_id_index\` on \`app_user\` (\`agency_id\`);`);
  }

  override async down(): Promise<void> {
    // Back to the roles before AGENCY: the agency's members go with the agency.
    this.addSql(`delete from \`session\` where \`user_id\` in (select \`id\` from \`app_user\` where \`role\` = 'AGENCY');`);
    this.addSql(`delete from \`app_user\` where \`role\` = 'AGENCY';`);
    this.addSql(`create table \`app_user__temp_alter\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST')) not null, \`township_id\` integer null, \`department_id\` integer null, \`enterprise_id\` integer null, \`active\` integer not null default true, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, \`password_changed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`app_user_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, constraint \`app_user_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`app_user_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`app_user__temp_alter\` (\`id\`, \`username\`, \`display_name\`, \`password_hash\`, \`role\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`active\`, \`failed_logins\`, \`locked_until\`, \`last_login_at\`, \`password_changed_at\`, \`created_at\`, \`updated_at\`) select \`id\`, \`username\`, \`display_name\`, \`password_hash\`, \`role\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`active\`, \`failed_logins\`, \`locked_until\`, \`last_login_at\`, \`password_changed_at\`, \`created_at\`, \`updated_at\` from \`app_user\`;`);
    this.addSql(`drop table \`app_user\`;`);
    this.addSql(`alter table \`app_user__temp_alter\` rename to \`app_user\`;`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_role_index\` on \`app_user\` (\`role\`);`);
    this.addSql(`create index \`app_user_township_id_index\` on \`app_user\` (\`township_id\`);`);
    this.addSql(`create index \`app_user_department_id_index\` on \`app_user\` (\`department_id\`);`);
    this.addSql(`create index \`app_user_enterprise_id_index\` on \`app_user\` (\`enterprise_id\`);`);
    this.addSql(`drop table if exists \`utility_statement\`;`);
    this.addSql(`drop table if exists \`lease_income\`;`);
    this.addSql(`drop table if exists \`lease_payment\`;`);
    this.addSql(`drop table if exists \`rent_instalment\`;`);
    this.addSql(`drop table if exists \`lease_contract\`;`);
    this.addSql(`drop table if exists \`bid\`;`);
    this.addSql(`drop table if exists \`tender\`;`);
    this.addSql(`drop table if exists \`spending_step\`;`);
    this.addSql(`drop table if exists \`spending_request\`;`);
    this.addSql(`drop table if exists \`meter_reading\`;`);
    this.addSql(`drop table if exists \`meter_loss\`;`);
    this.addSql(`drop table if exists \`meter\`;`);
    this.addSql(`drop table if exists \`lease_unit\`;`);
    this.addSql(`drop table if exists \`agency\`;`);
  }

}
