import { Migration } from '@mikro-orm/migrations';

/** The audit trail is append-only in the database itself: any UPDATE or DELETE of a row is refused. */
export class Migration20261127074900_audit_append_only extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create trigger \`audit_log_no_update\` before update on \`audit_log\` begin select raise(abort, 'audit_log is append-only'); end;`);
    this.addSql(`create trigger \`audit_log_no_delete\` before delete on \`audit_log\` begin select raise(abort, 'audit_log is append-only'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists \`audit_log_no_update\`;`);
    this.addSql(`drop trigger if exists \`audit_log_no_delete\`;`);
  }

}
