import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required, usePermissions } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { todayInShanghai } from '../../../common/dates';
import { SaveOnlyToolbar } from '../../../common/layout';
import { ChecklistInput } from '../inspections/ChecklistInput';

/** The firm's own communities: the API scopes them to the caller; the firm's id narrows the choices explicitly. */
const OwnCommunityInput = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const enterpriseId = permissions?.role === 'ENTERPRISE' ? permissions.enterprise?.id : undefined;
  return (
    <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }} filter={enterpriseId ? { enterpriseId } : {}}>
      <AutocompleteInput optionText="name" validate={required()} helperText="app.selfCheck.communityHint" />
    </ReferenceInput>
  );
};

/** The self-check form: one of the firm's communities, the date and the checklist with the live total and grade. */
export const SelfCheckCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 1100 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ date: todayInShanghai(), deductions: [] }}>
      <OwnCommunityInput />
      <DateInput source="date" validate={required()} />
      <ChecklistInput />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  </Create>
);
