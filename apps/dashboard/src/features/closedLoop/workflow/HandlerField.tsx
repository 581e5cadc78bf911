import { useRecordContext, useTranslate } from 'react-admin';
import { RefLink } from '../../../common/RefLink';

/**
 * Who handles a complaint or an issue: its department, or — for owners' committee matters — the community's own
 * township (`handledByTownship`, decided by the server's routing).
 */
export const HandlerField = (_props: { source?: string; label?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.handledByTownship) return <span>{translate('app.handler.township', { township: r.township?.name ?? '—' })}</span>;
  if (!r.department) return <span>—</span>;
  return <RefLink field="department" record={r.department as { id?: string; name?: string }} />;
};
