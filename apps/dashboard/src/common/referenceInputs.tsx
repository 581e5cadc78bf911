import { AutocompleteInput, ReferenceInput } from 'react-admin';

interface Props {
  source: string;
  label?: string;
  isRequired?: boolean;
  disabled?: boolean;
  helperText?: string | false;
  alwaysOn?: boolean;
}

const byName = { field: 'name', order: 'ASC' } as const;

/** Pick a township (searchable by name/code via the `q` filter). */
export const TownshipInput = ({ source, label, isRequired, disabled, helperText }: Props) => (
  <ReferenceInput source={source} reference="townships" sort={byName}>
    <AutocompleteInput optionText="name" label={label} isRequired={isRequired} disabled={disabled} helperText={helperText} />
  </ReferenceInput>
);

export const EnterpriseInput = ({ source, label, isRequired, disabled, helperText }: Props) => (
  <ReferenceInput source={source} reference="enterprises" sort={byName}>
    <AutocompleteInput optionText="name" label={label} isRequired={isRequired} disabled={disabled} helperText={helperText} />
  </ReferenceInput>
);

export const DepartmentInput = ({ source, label, isRequired, disabled, helperText }: Props) => (
  <ReferenceInput source={source} reference="departments" sort={byName}>
    <AutocompleteInput optionText="name" label={label} isRequired={isRequired} disabled={disabled} helperText={helperText} />
  </ReferenceInput>
);
