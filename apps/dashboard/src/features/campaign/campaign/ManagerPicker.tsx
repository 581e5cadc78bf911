import { Autocomplete, Checkbox, FormControlLabel, FormGroup, FormLabel, Stack, TextField } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { ProjectManagerListFieldsFragment } from '../../../gql/graphql';
import { repickManagers, type PickedManager } from './milestones';

/** A project manager as the data provider lists them (projectManagers/fields.ts). */
type ManagerRecord = ProjectManagerListFieldsFragment;

type ManagerOption = Omit<PickedManager, 'present'>;

const optionOf = (r: ManagerRecord): ManagerOption => ({ id: String(r.id), name: r.name, enterprise: r.enterprise?.name ?? null });
const labelOf = (m: ManagerOption) => (m.enterprise ? `${m.name} · ${m.enterprise}` : m.name);

/**
 * Project managers picked from the registry (searched by name as one types, 20 at a time, shown as “姓名 · 企业”),
 * then a checkbox each for whether they were present. The caller keeps the selection.
 */
export const ManagerPicker = ({ value, onChange }: { value: readonly PickedManager[]; onChange: (next: PickedManager[]) => void }) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, isPending } = useGetList<ManagerRecord>('projectManagers', {
    filter: q ? { q } : {},
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'name', order: 'ASC' },
  });
  const options = (data ?? []).map(optionOf);
  // The same array while the selection stands: a new one would make the Autocomplete clear what is being typed.
  const selected = useMemo(() => value.map(({ present: _present, ...m }) => m), [value]);
  const tr = (key: string) => translate(`app.campaign.training.${key}`);
  return (
    <Stack spacing={1}>
      <Autocomplete<ManagerOption, true>
        multiple
        filterSelectedOptions
        options={options}
        value={selected}
        onChange={(_e, next) => onChange(repickManagers(value, next))}
        inputValue={input}
        onInputChange={(_e, text) => setInput(text)}
        // The API searches; the options shown are its answer.
        filterOptions={(x) => x}
        isOptionEqualToValue={(o, v) => o.id === v.id}
        getOptionLabel={labelOf}
        getOptionKey={(o) => o.id}
        loading={isPending}
        noOptionsText={tr('managersNone')}
        renderInput={(params) => <TextField {...params} label={tr('managers')} helperText={tr('managersHint')} />}
      />
      {value.length > 0 && (
        <FormGroup role="group" aria-label={tr('managersPresent')}>
          <FormLabel component="legend" sx={{ fontSize: '0.875rem' }}>
            {tr('managersPresent')}
          </FormLabel>
          {value.map((m) => (
            <FormControlLabel
              key={m.id}
              control={
                <Checkbox
                  size="small"
                  checked={m.present}
                  onChange={(e) => onChange(value.map((x) => (x.id === m.id ? { ...x, present: e.target.checked } : x)))}
                />
              }
              label={labelOf(m)}
            />
          ))}
        </FormGroup>
      )}
    </Stack>
  );
};
