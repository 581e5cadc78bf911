import { MenuItem, TextField } from '@mui/material';
import { useGetList } from 'react-admin';

/** A county has a few dozen townships at most: one page holds them all. */
const ALL_TOWNSHIPS = { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' as const } };

/** Picks one township or, with the empty value, the whole county (filters of the KPI home and the ranking). */
export const TownshipSelect = ({ label, allLabel, value, onChange }: { label: string; allLabel: string; value: string; onChange: (id: string) => void }) => {
  const townships = useGetList('townships', ALL_TOWNSHIPS);
  return (
    <TextField
      select
      size="small"
      sx={{ minWidth: 180 }}
      label={label}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      // Until the choices arrive a chosen id has no option to show: the field stays on "all".
      value={townships.data ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    >
      <MenuItem value="">{allLabel}</MenuItem>
      {(townships.data ?? []).map((t) => (
        <MenuItem key={t.id} value={String(t.id)}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
