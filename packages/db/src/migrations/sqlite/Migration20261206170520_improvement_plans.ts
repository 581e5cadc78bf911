import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170520_improvement_plans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`improvement_plan\` (\`id\` integer not null primary key autoincrement, \`enterprise_id\` integer not null, \`title\` text not null, \`period_from\` date not null, \`period_to\` date not null, \`goals\` text not null, \`coordinator\` text not null, \`owners\` json not null, \`status\` text check (\`status\` in ('DRAFT', 'ACTIVE', 'SIGNED_OFF')) not null default 'DRAFT', \`submitted_at\` datetime null, \`signed_by\` text null, \`signed_on\` date null, \`sign_off_note\` text null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`improvement_plan_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`improvement_plan_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`improvement_plan_enterprise_id_index\` on \`improvement_plan\` (\`enterprise_id\`);`);
    this.addSql(`create index \`improvement_plan_status_index\` on \`improvement_plan\` (\`status\`);`);
    this.addSql(`create index \`improvement_plan_created_by_id_index\` on \`improvement_plan\` (\`created_by_id\`);`);

    this.addSql(`create table \`plan_measure\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`position\` integer not null, \`line\` text check (\`line\` in ('SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED')) not null, \`template_code\` text null, \`text\` text not null, \`due_on\` date null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null default 'PLANNED', \`note\` text null, \`updated_at\` datetime null, constraint \`plan_measure_plan_id_foreign\` foreign key(\`plan_id\`) references \`improvement_plan\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`plan_measure_plan_id_index\` on \`plan_measure\` (\`plan_id\`);`);

    this.addSql(`create table \`plan_assessment\` (\`id\` integer not null primary key autoincrement, \`plan_id\` integer not null, \`stage\` text check (\`stage\` in ('MOBILISE', 'IMPLEMENT', 'REVIEW')) not null, \`line\` text check (\`line\` in ('SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED')) not null, \`score\` integer not null, \`note\` text null, \`assessed_on\` date not null, \`owner\` text not null, \`recorded_by_id\` integer null, \`created_at\` datetime not null, constraint \`plan_assessment_plan_id_foreign\` foreign key(\`plan_id\`) references \`improvement_plan\`(\`id\`) on update cascade, constraint \`plan_assessment_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`plan_assessment_plan_id_index\` on \`plan_assessment\` (\`plan_id\`);`);
    this.addSql(`create index \`plan_assessment_recorded_by_id_index\` on \`plan_assessment\` (\`recorded_by_id\`);`);

    // credit_record: the SURVEY source type (G6 proposed by a closed satisfaction survey); SQLite rebuilds the table.
    this.addSql(`create table \`credit_record__temp_alter\` (\`id\` integer not null primary key autoincrement, \`subject_type\` text check (\`subject_type\` in ('ENTERPRISE', 'MANAGER')) not null, \`enterprise_id\` integer not null, \`manager_id\` integer null, \`community_id\` integer null, \`item_code\` text not null, \`points\` integer not null, \`term_months\` integer not null, \`serious\` integer not null default false, \`veto\` integer not null default false, \`commendation\` integer not null default false, \`blacklist_months\` integer null, \`standard_version\` integer not null, \`effective_from\` date not null, \`expires_on\` date not null, \`status\` text check (\`status\` in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) not null, \`proposed_by_id\` integer null, \`proposed_at\` datetime not null, \`reason\` text not null, \`evidence\` text null, \`source_type\` text check (\`source_type\` in ('APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL', 'SURVEY')) not null, \`source_id\` text null, \`publicized_on\` date null, \`objection_deadline\` date null, \`confirmed_on\` date null, \`reviewer_id\` integer null, \`decision\` text check (\`decision\` in ('UPHELD', 'REVOKED')) null, \`decision_note\` text null, \`decided_at\` datetime null, \`revoked_by_id\` integer null, \`revoked_at\` datetime null, \`revoke_reason\` text null, \`corrects_id\` integer null, \`repaired_on\` date null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`credit_record_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`credit_record_manager_id_foreign\` foreign key(\`manager_id\`) references \`project_manager\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_proposed_by_id_foreign\` foreign key(\`proposed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_reviewer_id_foreign\` foreign key(\`reviewer_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_corrects_id_foreign\` foreign key(\`corrects_id\`) references \`credit_record\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`credit_record__temp_alter\` select \`id\`, \`subject_type\`, \`enterprise_id\`, \`manager_id\`, \`community_id\`, \`item_code\`, \`points\`, \`term_months\`, \`serious\`, \`veto\`, \`commendation\`, \`blacklist_months\`, \`standard_version\`, \`effective_from\`, \`expires_on\`, \`status\`, \`proposed_by_id\`, \`proposed_at\`, \`reason\`, \`evidence\`, \`source_type\`, \`source_id\`, \`publicized_on\`, \`objection_deadline\`, \`confirmed_on\`, \`reviewer_id\`, \`decision\`, \`decision_note\`, \`decided_at\`, \`revoked_by_id\`, \`revoked_at\`, \`revoke_reason\`, \`corrects_id\`, \`repaired_on\`, \`created_at\`, \`updated_at\` from \`credit_record\`;`);
    this.addSql(`drop table \`credit_record\`;`);
    this.addSql(`alter table \`credit_record__temp_alter\` rename to \`credit_record\`;`);
    this.addSql(`create index \`credit_record_subject_type_index\` on \`credit_record\` (\`subject_type\`);`);
    this.addSql(`create index \`credit_record_enterprise_id_index\` on \`credit_record\` (\`enterprise_id\`);`);
    this.addSql(`create index \`credit_record_manager_id_index\` on \`credit_record\` (\`manager_id\`);`);
    this.addSql(`create index \`credit_record_community_id_index\` on \`credit_record\` (\`community_id\`);`);
    this.addSql(`create index \`credit_record_item_code_index\` on \`credit_record\` (\`item_code\`);`);
    this.addSql(`create index \`credit_record_effective_from_index\` on \`credit_record\` (\`effective_from\`);`);
    this.addSql(`create index \`credit_record_expires_on_index\` on \`credit_record\` (\`expires_on\`);`);
    this.addSql(`create index \`credit_record_status_index\` on \`credit_record\` (\`status\`);`);
    this.addSql(`create index \`credit_record_proposed_by_id_index\` on \`credit_record\` (\`proposed_by_id\`);`);
    this.addSql(`create index \`credit_record_source_type_index\` on \`credit_record\` (\`source_type\`);`);
    this.addSql(`create index \`credit_record_source_id_index\` on \`credit_record\` (\`source_id\`);`);
    this.addSql(`create index \`credit_record_objection_deadline_index\` on \`credit_record\` (\`objection_deadline\`);`);
    this.addSql(`create index \`credit_record_reviewer_id_index\` on \`credit_record\` (\`reviewer_id\`);`);
    this.addSql(`create index \`credit_record_revoked_by_id_index\` on \`credit_record\` (\`revoked_by_id\`);`);
    this.addSql(`create index \`credit_record_corrects_id_index\` on \`credit_record\` (\`corrects_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first; credit_record keeps SURVEY.
    for (const table of ['plan_assessment', 'plan_measure', 'improvement_plan']) this.addSql(`drop table if exists \`${table}\`;`);
  }

}
