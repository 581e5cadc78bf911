import { Migration } from '@mikro-orm/migrations';
import { SCORING_STANDARD_V1 } from '@wuye/domain';

export class Migration20261127070408_credit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`scoring_standard\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null, \`effective_from\` date not null, \`definition\` json not null, \`note\` text null, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`scoring_standard_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`scoring_standard_version_unique\` on \`scoring_standard\` (\`version\`);`);
    this.addSql(`create index \`scoring_standard_created_by_id_index\` on \`scoring_standard\` (\`created_by_id\`);`);

    this.addSql(`create table \`rating\` (\`id\` integer not null primary key autoincrement, \`quarter\` text not null, \`as_of\` date not null, \`status\` text check (\`status\` in ('PREPARED', 'REVIEWED', 'PUBLISHED')) not null, \`standard_version\` integer not null, \`snapshot\` json not null, \`prepared_by_id\` integer null, \`prepared_at\` datetime not null, \`reviewed_by_id\` integer null, \`reviewed_at\` datetime null, \`review_note\` text null, \`published_by_id\` integer null, \`published_at\` datetime null, \`published_on\` date null, constraint \`rating_prepared_by_id_foreign\` foreign key(\`prepared_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`rating_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`rating_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`rating_quarter_unique\` on \`rating\` (\`quarter\`);`);
    this.addSql(`create index \`rating_status_index\` on \`rating\` (\`status\`);`);
    this.addSql(`create index \`rating_prepared_by_id_index\` on \`rating\` (\`prepared_by_id\`);`);
    this.addSql(`create index \`rating_reviewed_by_id_index\` on \`rating\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`rating_published_by_id_index\` on \`rating\` (\`published_by_id\`);`);
    this.addSql(`create index \`rating_published_on_index\` on \`rating\` (\`published_on\`);`);

    this.addSql(`create table \`credit_record\` (\`id\` integer not null primary key autoincrement, \`subject_type\` text check (\`subject_type\` in ('ENTERPRISE', 'MANAGER')) not null, \`enterprise_id\` integer not null, \`manager_id\` integer null, \`community_id\` integer null, \`item_code\` text not null, \`points\` integer not null, \`term_months\` integer not null, \`serious\` integer not null default false, \`veto\` integer not null default false, \`commendation\` integer not null default false, \`blacklist_months\` integer null, \`standard_version\` integer not null, \`effective_from\` date not null, \`expires_on\` date not null, \`status\` text check (\`status\` in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) not null, \`proposed_by_id\` integer null, \`proposed_at\` datetime not null, \`reason\` text not null, \`evidence\` text null, \`source_type\` text check (\`source_type\` in ('APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL')) not null, \`source_id\` text null, \`publicized_on\` date null, \`objection_deadline\` date null, \`confirmed_on\` date null, \`reviewer_id\` integer null, \`decision\` text check (\`decision\` in ('UPHELD', 'REVOKED')) null, \`decision_note\` text null, \`decided_at\` datetime null, \`revoked_by_id\` integer null, \`revoked_at\` datetime null, \`revoke_reason\` text null, \`corrects_id\` integer null, \`repaired_on\` date null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`credit_record_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`credit_record_manager_id_foreign\` foreign key(\`manager_id\`) references \`project_manager\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_proposed_by_id_foreign\` foreign key(\`proposed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_reviewer_id_foreign\` foreign key(\`reviewer_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_record_corrects_id_foreign\` foreign key(\`corrects_id\`) references \`credit_record\`(\`id\`) on delete set null on update cascade);`);
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

    this.addSql(`create table \`repair_application\` (\`id\` integer not null primary key autoincrement, \`record_id\` integer not null, \`enterprise_id\` integer not null, \`applied_by_id\` integer not null, \`applied_at\` datetime not null, \`commitment\` text not null, \`open_issues\` integer not null default 0, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REFUSED')) not null, \`decided_by_id\` integer null, \`decided_at\` datetime null, \`reasons\` text null, constraint \`repair_application_record_id_foreign\` foreign key(\`record_id\`) references \`credit_record\`(\`id\`) on update cascade, constraint \`repair_application_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`repair_application_applied_by_id_foreign\` foreign key(\`applied_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`repair_application_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`repair_application_record_id_index\` on \`repair_application\` (\`record_id\`);`);
    this.addSql(`create index \`repair_application_enterprise_id_index\` on \`repair_application\` (\`enterprise_id\`);`);
    this.addSql(`create index \`repair_application_applied_by_id_index\` on \`repair_application\` (\`applied_by_id\`);`);
    this.addSql(`create index \`repair_application_status_index\` on \`repair_application\` (\`status\`);`);
    this.addSql(`create index \`repair_application_decided_by_id_index\` on \`repair_application\` (\`decided_by_id\`);`);

    this.addSql(`create table \`objection\` (\`id\` integer not null primary key autoincrement, \`record_id\` integer not null, \`enterprise_id\` integer not null, \`filed_by_id\` integer not null, \`filed_at\` datetime not null, \`statement\` text not null, \`evidence\` text null, \`status\` text check (\`status\` in ('PENDING', 'REJECTED', 'ACCEPTED')) not null, \`decided_by_id\` integer null, \`decided_at\` datetime null, \`decision_note\` text null, constraint \`objection_record_id_foreign\` foreign key(\`record_id\`) references \`credit_record\`(\`id\`) on update cascade, constraint \`objection_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`objection_filed_by_id_foreign\` foreign key(\`filed_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`objection_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`objection_record_id_index\` on \`objection\` (\`record_id\`);`);
    this.addSql(`create index \`objection_enterprise_id_index\` on \`objection\` (\`enterprise_id\`);`);
    this.addSql(`create index \`objection_filed_by_id_index\` on \`objection\` (\`filed_by_id\`);`);
    this.addSql(`create index \`objection_status_index\` on \`objection\` (\`status\`);`);
    this.addSql(`create index \`objection_decided_by_id_index\` on \`objection\` (\`decided_by_id\`);`);

    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`kind\` text not null, \`title\` text not null, \`body\` text null, \`record_id\` integer null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`notification_record_id_foreign\` foreign key(\`record_id\`) references \`credit_record\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`notification_user_id_index\` on \`notification\` (\`user_id\`);`);
    this.addSql(`create index \`notification_record_id_index\` on \`notification\` (\`record_id\`);`);
    this.addSql(`create index \`notification_created_at_index\` on \`notification\` (\`created_at\`);`);

    this.addSql(`create table \`list_entry\` (\`id\` integer not null primary key autoincrement, \`enterprise_id\` integer not null, \`kind\` text check (\`kind\` in ('RED', 'BLACK')) not null, \`reason\` text not null, \`from_date\` date not null, \`until_date\` date not null, \`record_id\` integer null, \`rating_id\` integer null, \`ended_on\` date null, \`end_reason\` text null, \`created_at\` datetime not null, constraint \`list_entry_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`list_entry_record_id_foreign\` foreign key(\`record_id\`) references \`credit_record\`(\`id\`) on delete set null on update cascade, constraint \`list_entry_rating_id_foreign\` foreign key(\`rating_id\`) references \`rating\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`list_entry_enterprise_id_index\` on \`list_entry\` (\`enterprise_id\`);`);
    this.addSql(`create index \`list_entry_kind_index\` on \`list_entry\` (\`kind\`);`);
    this.addSql(`create index \`list_entry_from_date_index\` on \`list_entry\` (\`from_date\`);`);
    this.addSql(`create index \`list_entry_until_date_index\` on \`list_entry\` (\`until_date\`);`);
    this.addSql(`create index \`list_entry_record_id_index\` on \`list_entry\` (\`record_id\`);`);
    this.addSql(`create index \`list_entry_rating_id_index\` on \`list_entry\` (\`rating_id\`);`);

    this.addSql(`create table \`credit_record_event\` (\`id\` integer not null primary key autoincrement, \`record_id\` integer not null, \`at\` datetime not null, \`actor_id\` integer null, \`actor_name\` text null, \`from_status\` text check (\`from_status\` in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) null, \`to_status\` text check (\`to_status\` in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) not null, \`note\` text null, constraint \`credit_record_event_record_id_foreign\` foreign key(\`record_id\`) references \`credit_record\`(\`id\`) on update cascade, constraint \`credit_record_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`credit_record_event_record_id_index\` on \`credit_record_event\` (\`record_id\`);`);
    this.addSql(`create index \`credit_record_event_actor_id_index\` on \`credit_record_event\` (\`actor_id\`);`);

    this.addSql(`alter table \`enterprise\` add column \`credit_positive\` integer not null default 0;`);
    this.addSql(`alter table \`enterprise\` add column \`credit_negative\` integer not null default 0;`);
    this.addSql(`alter table \`enterprise\` add column \`standard_version\` integer not null default 1;`);

    this.addSql(`alter table \`project_manager\` add column \`score\` double not null default 80;`);
    this.addSql(`alter table \`project_manager\` add column \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) null;`);
    this.addSql(`create index \`project_manager_score_index\` on \`project_manager\` (\`score\`);`);
    this.addSql(`create index \`project_manager_grade_index\` on \`project_manager\` (\`grade\`);`);

    // Every database starts with scoring standard v1 (docs/product.md §5); later versions are issued by ADMIN.
    const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
    this.addSql(
      `insert into scoring_standard (version, effective_from, definition, note, created_at) values ` +
        `(${SCORING_STANDARD_V1.version}, '${SCORING_STANDARD_V1.effectiveFrom}', ${literal(JSON.stringify(SCORING_STANDARD_V1))}, ${literal('默认评分标准（PRODUCT.md §5）')}, 1767225600000);`,
    );
  }

  override async down(): Promise<void> {
    // Written by hand: the generator cannot revert SQLite column additions. Children first.
    for (const table of ['notification', 'list_entry', 'repair_application', 'objection', 'credit_record_event', 'rating', 'credit_record', 'scoring_standard']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
    this.addSql(`alter table \`enterprise\` drop column \`credit_positive\`;`);
    this.addSql(`alter table \`enterprise\` drop column \`credit_negative\`;`);
    this.addSql(`alter table \`enterprise\` drop column \`standard_version\`;`);
    this.addSql(`drop index \`project_manager_score_index\`;`);
    this.addSql(`drop index \`project_manager_grade_index\`;`);
    this.addSql(`alter table \`project_manager\` drop column \`score\`;`);
    this.addSql(`alter table \`project_manager\` drop column \`grade\`;`);
  }

}
