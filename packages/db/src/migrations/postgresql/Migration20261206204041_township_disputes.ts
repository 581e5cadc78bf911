import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: owners' committee matters are handled by the community's township (`handled_by_township`), and a new
 * category, UNLICENSED_OPERATOR (无资质/未备案经营者). Open committee items move from the county coordination group to
 * their township, and no department keeps the category in its remit.
 */
export class Migration20261206204041_township_disputes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "issue" drop constraint if exists "issue_category_check";`);

    this.addSql(`alter table "complaint" drop constraint if exists "complaint_category_check";`);

    this.addSql(`alter table "issue" add column "handled_by_township" boolean not null default false;`);
    this.addSql(`alter table "issue" add constraint "issue_category_check" check("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR'));`);

    this.addSql(`alter table "complaint" add column "handled_by_township" boolean not null default false;`);
    this.addSql(`alter table "complaint" add constraint "complaint_category_check" check("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR'));`);

    this.addSql(`update "issue" set "handled_by_township" = true, "department_id" = null where "category" = 'OWNERS_COMMITTEE' and "state" <> 'CLOSED';`);
    this.addSql(`update "complaint" set "handled_by_township" = true, "department_id" = null where "category" = 'OWNERS_COMMITTEE' and "state" not in ('RECEIVED', 'CLOSED');`);
    this.addSql(`update "department" set "remit" = "remit" - 'OWNERS_COMMITTEE' where "remit" ? 'OWNERS_COMMITTEE';`);
  }

  /** Refused by the category check (nothing changes) while any item is filed as UNLICENSED_OPERATOR. */
  override async down(): Promise<void> {
    this.addSql(`alter table "complaint" drop constraint if exists "complaint_category_check";`);

    this.addSql(`alter table "issue" drop constraint if exists "issue_category_check";`);

    this.addSql(`alter table "complaint" drop column "handled_by_township";`);

    this.addSql(`alter table "complaint" add constraint "complaint_category_check" check("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY'));`);

    this.addSql(`alter table "issue" drop column "handled_by_township";`);

    this.addSql(`alter table "issue" add constraint "issue_category_check" check("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY'));`);
  }

}
