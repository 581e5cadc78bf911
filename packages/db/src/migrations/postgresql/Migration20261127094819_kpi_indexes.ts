import { Migration } from '@mikro-orm/migrations';

export class Migration20261127094819_kpi_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "issue_kpi_created_index" on "issue" ("created_at", "closed_at", "deadline", "township_id", "department_id", "enterprise_id", "category", "state", "flagged");`);
    this.addSql(`create index "issue_kpi_closed_index" on "issue" ("closed_at", "created_at", "deadline", "township_id", "department_id", "enterprise_id", "category");`);

    this.addSql(`create index "complaint_closed_at_index" on "complaint" ("closed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_closed_at_index";`);

    this.addSql(`drop index "issue_kpi_created_index";`);
    this.addSql(`drop index "issue_kpi_closed_index";`);
  }

}
