import { Migration } from '@mikro-orm/migrations';

/** Grade of a score with no record in effect under standard v1 (AAA ≥ 85, AA ≥ 80, A ≥ 70, else B). */
const GRADE_OF_SCORE = `case when "score" >= 85 then 'AAA' when "score" >= 80 then 'AA' when "score" >= 70 then 'A' else 'B' end`;

export class Migration20261204185242_standing_not_null extends Migration {

  override async up(): Promise<void> {
    // Backfill first: a missing grade means the row never had a record (every record refreshes the stored standing),
    // so it stands at its stored score, graded by the first standard's thresholds; the nightly recompute applies
    // any later standard.
    this.addSql(`update "enterprise" set "grade" = ${GRADE_OF_SCORE} where "grade" is null;`);
    this.addSql(`update "project_manager" set "grade" = ${GRADE_OF_SCORE} where "grade" is null;`);

    this.addSql(`alter table "enterprise" alter column "grade" set default 'AA';`);
    this.addSql(`alter table "enterprise" alter column "grade" set not null;`);

    this.addSql(`alter table "project_manager" alter column "grade" set default 'AA';`);
    this.addSql(`alter table "project_manager" alter column "grade" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_manager" alter column "grade" drop default;`);
    this.addSql(`alter table "project_manager" alter column "grade" drop not null;`);

    this.addSql(`alter table "enterprise" alter column "grade" drop default;`);
    this.addSql(`alter table "enterprise" alter column "grade" drop not null;`);
  }

}
