import { Migration } from '@mikro-orm/migrations';

export class Migration20261207042000_inbox_indexes extends Migration {

  override async up(): Promise<void> {
    // A department's inbox (issue 17): its issues waiting, by deadline, and its open complaints, oldest first; the
    // state last, so that the sections' state conditions are checked on the index (docs/benchmarks.md).
    this.addSql(`create index "issue_department_id_deadline_index" on "issue" ("department_id", "deadline", "state");`);
    this.addSql(`create index "complaint_department_id_received_at_index" on "complaint" ("department_id", "received_at", "state");`);
    this.addSql(`analyze "issue";`);
    this.addSql(`analyze "complaint";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_department_id_received_at_index";`);
    this.addSql(`drop index "issue_department_id_deadline_index";`);
  }

}
