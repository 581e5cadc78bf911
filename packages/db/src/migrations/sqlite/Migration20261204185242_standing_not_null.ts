import { Migration } from '@mikro-orm/migrations';

/** Grade of a score with no record in effect under standard v1 (AAA ≥ 85, AA ≥ 80, A ≥ 70, else B). */
const GRADE_OF_SCORE = `case when \`score\` >= 85 then 'AAA' when \`score\` >= 80 then 'AA' when \`score\` >= 70 then 'A' else 'B' end`;

/** Rebuilds the two tables (SQLite cannot alter a column); `migrate` runs it with foreign keys off. */
export class Migration20261204185242_standing_not_null extends Migration {

  override async up(): Promise<void> {
    // Backfill first: a missing grade means the row never had a record (every record refreshes the stored standing),
    // so it stands at its stored score, graded by the first standard's thresholds; the nightly recompute applies
    // any later standard.
    this.addSql(`update \`enterprise\` set \`grade\` = ${GRADE_OF_SCORE} where \`grade\` is null;`);
    this.addSql(`update \`project_manager\` set \`grade\` = ${GRADE_OF_SCORE} where \`grade\` is null;`);
    this.addSql(`create table \`enterprise__temp_alter\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`uscc\` text not null, \`legal_representative\` text not null, \`contact_person\` text null, \`contact_phone\` text null, \`address\` text null, \`township_id\` integer not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED', 'EXPELLED')) not null default 'ACTIVE', \`score\` double not null default 80, \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) not null default 'AA', \`list_status\` text check (\`list_status\` in ('NONE', 'RED', 'BLACK')) not null default 'NONE', \`list_until\` date null, \`credit_positive\` integer not null default 0, \`credit_negative\` integer not null default 0, \`standard_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`enterprise_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`enterprise__temp_alter\` select \`id\`, \`name\`, \`uscc\`, \`legal_representative\`, \`contact_person\`, \`contact_phone\`, \`address\`, \`township_id\`, \`status\`, \`score\`, \`grade\`, \`list_status\`, \`list_until\`, \`credit_positive\`, \`credit_negative\`, \`standard_version\`, \`created_at\`, \`updated_at\` from \`enterprise\`;`);
    this.addSql(`drop table \`enterprise\`;`);
    this.addSql(`alter table \`enterprise__temp_alter\` rename to \`enterprise\`;`);
    this.addSql(`create index \`enterprise_name_index\` on \`enterprise\` (\`name\`);`);
    this.addSql(`create unique index \`enterprise_uscc_unique\` on \`enterprise\` (\`uscc\`);`);
    this.addSql(`create index \`enterprise_township_id_index\` on \`enterprise\` (\`township_id\`);`);
    this.addSql(`create index \`enterprise_status_index\` on \`enterprise\` (\`status\`);`);
    this.addSql(`create index \`enterprise_score_index\` on \`enterprise\` (\`score\`);`);
    this.addSql(`create index \`enterprise_grade_index\` on \`enterprise\` (\`grade\`);`);
    this.addSql(`create index \`enterprise_list_status_index\` on \`enterprise\` (\`list_status\`);`);

    this.addSql(`create table \`project_manager__temp_alter\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`enterprise_id\` integer not null, \`certificate_no\` text not null, \`phone\` text null, \`score\` double not null default 80, \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) not null default 'AA', \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`project_manager_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`project_manager__temp_alter\` select \`id\`, \`name\`, \`enterprise_id\`, \`certificate_no\`, \`phone\`, \`score\`, \`grade\`, \`created_at\`, \`updated_at\` from \`project_manager\`;`);
    this.addSql(`drop table \`project_manager\`;`);
    this.addSql(`alter table \`project_manager__temp_alter\` rename to \`project_manager\`;`);
    this.addSql(`create index \`project_manager_name_index\` on \`project_manager\` (\`name\`);`);
    this.addSql(`create index \`project_manager_enterprise_id_index\` on \`project_manager\` (\`enterprise_id\`);`);
    this.addSql(`create unique index \`project_manager_certificate_no_unique\` on \`project_manager\` (\`certificate_no\`);`);
    this.addSql(`create index \`project_manager_score_index\` on \`project_manager\` (\`score\`);`);
    this.addSql(`create index \`project_manager_grade_index\` on \`project_manager\` (\`grade\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table \`enterprise__temp_alter\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`uscc\` text not null, \`legal_representative\` text not null, \`contact_person\` text null, \`contact_phone\` text null, \`address\` text null, \`township_id\` integer not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUSPENDED', 'EXPELLED')) not null default 'ACTIVE', \`score\` double not null default 80, \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) null, \`list_status\` text check (\`list_status\` in ('NONE', 'RED', 'BLACK')) not null default 'NONE', \`list_until\` date null, \`credit_positive\` integer not null default 0, \`credit_negative\` integer not null default 0, \`standard_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`enterprise_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`enterprise__temp_alter\` select \`id\`, \`name\`, \`uscc\`, \`legal_representative\`, \`contact_person\`, \`contact_phone\`, \`address\`, \`township_id\`, \`status\`, \`score\`, \`grade\`, \`list_status\`, \`list_until\`, \`credit_positive\`, \`credit_negative\`, \`standard_version\`, \`created_at\`, \`updated_at\` from \`enterprise\`;`);
    this.addSql(`drop table \`enterprise\`;`);
    this.addSql(`alter table \`enterprise__temp_alter\` rename to \`enterprise\`;`);
    this.addSql(`create index \`enterprise_name_index\` on \`enterprise\` (\`name\`);`);
    this.addSql(`create unique index \`enterprise_uscc_unique\` on \`enterprise\` (\`uscc\`);`);
    this.addSql(`create index \`enterprise_township_id_index\` on \`enterprise\` (\`township_id\`);`);
    this.addSql(`create index \`enterprise_status_index\` on \`enterprise\` (\`status\`);`);
    this.addSql(`create index \`enterprise_score_index\` on \`enterprise\` (\`score\`);`);
    this.addSql(`create index \`enterprise_grade_index\` on \`enterprise\` (\`grade\`);`);
    this.addSql(`create index \`enterprise_list_status_index\` on \`enterprise\` (\`list_status\`);`);

    this.addSql(`create table \`project_manager__temp_alter\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`enterprise_id\` integer not null, \`certificate_no\` text not null, \`phone\` text null, \`score\` double not null default 80, \`grade\` text check (\`grade\` in ('AAA', 'AA', 'A', 'B', 'C')) null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`project_manager_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade);`);
    this.addSql(`insert into \`project_manager__temp_alter\` select \`id\`, \`name\`, \`enterprise_id\`, \`certificate_no\`, \`phone\`, \`score\`, \`grade\`, \`created_at\`, \`updated_at\` from \`project_manager\`;`);
    this.addSql(`drop table \`project_manager\`;`);
    this.addSql(`alter table \`project_manager__temp_alter\` rename to \`project_manager\`;`);
    this.addSql(`create index \`project_manager_name_index\` on \`project_manager\` (\`name\`);`);
    this.addSql(`create index \`project_manager_enterprise_id_index\` on \`project_manager\` (\`enterprise_id\`);`);
    this.addSql(`create unique index \`project_manager_certificate_no_unique\` on \`project_manager\` (\`certificate_no\`);`);
    this.addSql(`create index \`project_manager_score_index\` on \`project_manager\` (\`score\`);`);
    this.addSql(`create index \`project_manager_grade_index\` on \`project_manager\` (\`grade\`);`);
  }

}
