import { Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Link, useRecordContext } from 'react-admin';
import { valueAt } from '../../common/csv';

interface NamedRef {
  id: string;
  name: string;
}

/**
 * A firm's or community's name on another record's page (`source` is the nested `{ id name }` object) as a link to
 * its own page; "—" when the record has none. The label is read by the show layout.
 */
const NameLink = ({ source, to }: { source: string; label?: string; to: (id: string) => string }): ReactElement | null => {
  const record = useRecordContext();
  if (!record) return null;
  const ref = valueAt(record, source) as NamedRef | null | undefined;
  if (!ref?.id) return <Typography variant="body2">—</Typography>;
  return (
    <Link to={to(ref.id)} variant="body2">
      {ref.name}
    </Link>
  );
};

export const EnterpriseNameLink = ({ source = 'enterprise', label }: { source?: string; label?: string }) => (
  <NameLink source={source} label={label} to={(id) => `/enterprises/${id}/show`} />
);

export const CommunityNameLink = ({ source = 'community', label }: { source?: string; label?: string }) => (
  <NameLink source={source} label={label} to={(id) => `/communities/${id}/show`} />
);
