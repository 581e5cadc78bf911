import { Migration } from '@mikro-orm/migrations';

export class Migration20261207051000_township_inbox_indexes extends Migration {

  override async up(): Promise<void> {
    // A township's inbox (issue 17), the same shape as a department's: its area's waiting issues by deadline (state and
    // the owners'-committee flag last, checked on the index) and the complaints routed to it still open, oldest first
    // (docs/benchmarks.md).
    this.addSql(`create index "issue_township_id_deadline_index" on "issue" ("township_id", "deadline", "state", "handled_by_township");`);
    this.addSql(`create index "complaint_township_id_handled_received_at_index" on "complaint" ("township_id", "handled_by_township", "received_at", "state");`);
    this.addSql(`analyze "issue";`);
    this.addSql(`analyze "complaint";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_township_id_handled_received_at_index";`);
    this.addSql(`drop index "issue_township_id_deadline_index";`);
  }

}
