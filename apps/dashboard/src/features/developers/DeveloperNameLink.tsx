import { Typography } from '@mui/material';
import { Link, useRecordContext } from 'react-admin';

/** The developer a warranty issue names, as a link to its page; "—" when none owes the repair. */
// `label` is read by the show layout (FieldGrid), not here.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export const DeveloperNameLink = ({ label }: { label?: string }) => {
  const record = useRecordContext();
  const developer = record?.developer as { id: string; name: string } | null | undefined;
  if (!record) return null;
  if (!developer) return <Typography variant="body2">—</Typography>;
  return (
    <Link to={`/developers/${developer.id}/show`} variant="body2">
      {developer.name}
    </Link>
  );
};
