import { enumLabel } from '../../../common/enums';

/**
 * The label of a complaint's history row. The follow-up visit names its rating: a complaint is closed once, so the
 * complaint's `followUpRating` is the rating of its CLOSE event.
 */
export function complaintEventLabel(translate: (key: string, options?: object) => string, action: string, followUpRating?: string | null): string {
  if (action === 'RECEIVE') return translate('app.complaint.received');
  const label = enumLabel(translate, 'ComplaintAction', action);
  return action === 'CLOSE' && followUpRating
    ? translate('app.complaint.withRating', { action: label, rating: enumLabel(translate, 'FollowUpRating', followUpRating) })
    : label;
}
