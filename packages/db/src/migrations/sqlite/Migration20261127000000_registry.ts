import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000000_registry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_log\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_name\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text null, \`changes\` json null, \`ip\` text null);`);
    this.addSql(`create index \`audit_log_at_index\` on \`audit_log\` (\`at\`);`);
    this.addSql(`create index \`audit_log_actor_id_index\` on \`audit_log\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_log_action_index\` on \`audit_log\` (\`action\`);`);
    this.addSql(`create index \`audit_log_entity_type_index\` on \`audit_log\` (\`entity_type\`);`);
    this.addSql(`create index \`audit_log_entity_id_index\` on \`audit_log\` (\`entity_id\`);`);

    this.addSql(`create table \`department\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`code\` text not null, \`remit\` json not null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`department_name_unique\` on \`department\` (\`name\`);`);
    this.addSql(`create unique index \`department_code_unique\` on \`department\` (\`code\`);`);

    this.addSql(`create table \`township\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`code\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`township_name_unique\` on \`township\` (\`name\`);`);
    this.addSql(`create unique index \`township_code_unique\` on \`township\` (\`code\`);`);

    this.addSql(`create table \`enterprise\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`uscc\` text not null, \`legal_representative\` text not null, \`contact_person\` text null, \`contact_phone\` text null, \`address\` text null, \`township_id\` integer not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED', 'EXPELLED')) not null default 'ACTIVE', \`score\` double not null default 80, \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) null, \`list_status\` text check (\`list_status\` in ('NONE', 'RED', 'BLACK')) not null default 'NONE', \`list_until\` date null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`enterprise_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`enterprise_name_index\` on \`enterprise\` (\`name\`);`);
    this.addSql(`create unique index \`enterprise_uscc_unique\` on \`enterprise\` (\`uscc\`);`);
    this.addSql(`create index \`enterprise_township_id_index\` on \`enterprise\` (\`township_id\`);`);
    this.addSql(`create index \`enterprise_status_index\` on \`enterprise\` (\`status\`);`);
    this.addSql(`create index \`enterprise_score_index\` on \`enterprise\` (\`score\`);`);
    this.addSql(`create index \`enterprise_grade_index\` on \`enterprise\` (\`grade\`);`);
    this.addSql(`create index \`enterprise_list_status_index\` on \`enterprise\` (\`list_status\`);`);

    this.addSql(`create table \`project_manager\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`enterprise_id\` integer not null, \`certificate_no\` text not null, \`phone\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`project_manager_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`project_manager_name_index\` on \`project_manager\` (\`name\`);`);
    this.addSql(`create index \`project_manager_enterprise_id_index\` on \`project_manager\` (\`enterprise_id\`);`);
    this.addSql(`create unique index \`project_manager_certificate_no_unique\` on \`project_manager\` (\`certificate_no\`);`);

    this.addSql(`create table \`community\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`township_id\` integer not null, \`address\` text null, \`type\` text check (\`type\` in ('NEW_RESIDENTIAL', 'OLD', 'OTHER')) not null, \`households\` integer not null, \`floor_area\` double not null, \`delivery_date\` date null, \`service_mode\` text check (\`service_mode\` in ('ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED', 'NONE')) not null, \`enterprise_id\` integer null, \`contract_start\` date null, \`contract_end\` date null, \`office_area\` double null, \`maintenance_fund_balance\` double null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`community_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`community_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`community_name_index\` on \`community\` (\`name\`);`);
    this.addSql(`create index \`community_township_id_index\` on \`community\` (\`township_id\`);`);
    this.addSql(`create index \`community_type_index\` on \`community\` (\`type\`);`);
    this.addSql(`create index \`community_service_mode_index\` on \`community\` (\`service_mode\`);`);
    this.addSql(`create index \`community_enterprise_id_index\` on \`community\` (\`enterprise_id\`);`);

    this.addSql(`create table \`manager_appointment\` (\`id\` integer not null primary key autoincrement, \`manager_id\` integer not null, \`community_id\` integer not null, \`start_date\` date not null, \`end_date\` date null, \`registered_on\` date null, \`created_at\` datetime not null, constraint \`manager_appointment_manager_id_foreign\` foreign key(\`manager_id\`) references \`project_manager\`(\`id\`) on update cascade, constraint \`manager_appointment_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`manager_appointment_manager_id_index\` on \`manager_appointment\` (\`manager_id\`);`);
    this.addSql(`create index \`manager_appointment_community_id_index\` on \`manager_appointment\` (\`community_id\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'REGULATOR', 'DEPARTMENT', 'TOWNSHIP', 'ENTERPRISE', 'ANALYST')) not null, \`township_id\` integer null, \`department_id\` integer null, \`enterprise_id\` integer null, \`active\` integer not null default true, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, \`password_changed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`app_user_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, constraint \`app_user_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`app_user_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_role_index\` on \`app_user\` (\`role\`);`);
    this.addSql(`create index \`app_user_township_id_index\` on \`app_user\` (\`township_id\`);`);
    this.addSql(`create index \`app_user_department_id_index\` on \`app_user\` (\`department_id\`);`);
    this.addSql(`create index \`app_user_enterprise_id_index\` on \`app_user\` (\`enterprise_id\`);`);

    this.addSql(`create table \`session\` (\`id\` integer not null primary key autoincrement, \`token_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`app_user\`;`);
    this.addSql(`drop table if exists \`manager_appointment\`;`);
    this.addSql(`drop table if exists \`community\`;`);
    this.addSql(`drop table if exists \`project_manager\`;`);
    this.addSql(`drop table if exists \`enterprise\`;`);
    this.addSql(`drop table if exists \`township\`;`);
    this.addSql(`drop table if exists \`department\`;`);
    this.addSql(`drop table if exists \`audit_log\`;`);
  }

}
