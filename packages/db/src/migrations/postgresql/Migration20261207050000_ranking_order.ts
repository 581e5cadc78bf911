import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050000_ranking_order extends Migration {

  override async up(): Promise<void> {
    // The ranking's order over the ACTIVE firms (entities/registry.ts, Enterprise).
    this.addSql(`create index "enterprise_ranking_index" on "enterprise" ("status", "score" desc, "credit_negative" asc, "credit_positive" desc, "uscc" asc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "enterprise_ranking_index";`);
  }

}
