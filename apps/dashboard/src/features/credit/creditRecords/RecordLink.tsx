import { Link, useRecordContext } from 'react-admin';

/** Links a row that refers to a credit record (an objection, a repair application) to that record's page. */
export const RecordLink = (_props: { label?: string; source?: string }) => {
  const r = useRecordContext();
  if (!r?.record) return null;
  return (
    <Link to={`/creditRecords/${r.recordId}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {r.record.itemCode} {r.record.itemLabel} ({r.record.points})
    </Link>
  );
};
