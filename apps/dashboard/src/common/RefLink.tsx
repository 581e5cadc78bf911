import type { MouseEvent } from 'react';
import { Link, useRecordContext } from 'react-admin';

/** The resource whose page a related record opens, by the field that holds it on a row. */
const RESOURCE_OF: Record<string, string> = {
  enterprise: 'enterprises',
  community: 'communities',
  township: 'townships',
  department: 'departments',
  issue: 'issues',
  projectManager: 'projectManagers',
};

const stop = (e: MouseEvent) => e.stopPropagation();

/** A related record's name as a link to its page (the row's own click is not triggered); plain text without an id. */
export const RefLink = ({ field, record }: { field: string; record: { id?: string | number | null; name?: string | null } | null | undefined }) => {
  if (!record?.name) return null;
  const resource = RESOURCE_OF[field];
  if (record.id == null || !resource) return <>{record.name}</>;
  return (
    <Link to={`/${resource}/${record.id}/show`} onClick={stop}>
      {record.name}
    </Link>
  );
};

/**
 * A list column naming a related firm, community, township, department or issue: `<DataTable.Col
 * source="enterprise.name" field={RefNameField} />` shows the name as a link to that record.
 */
export const RefNameField = ({ source }: { source?: string; label?: string }) => {
  const row = useRecordContext();
  const field = (source ?? '').split('.')[0]!;
  return <RefLink field={field} record={row?.[field] as { id?: string; name?: string } | null | undefined} />;
};
