import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { todayInShanghai } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { ChecklistInput } from './ChecklistInput';

/** The inspection form: community, kind, date, inspectors and the checklist with the live total and grade. */
export const InspectionCreate = () => (
  <Create redirect="show">
    <SimpleForm
      sx={{ maxWidth: 1100 }}
      toolbar={<SaveOnlyToolbar />}
      defaultValues={{ date: todayInShanghai(), kind: 'SCHEDULED', refusedToCooperate: false, deductions: [] }}
    >
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <SelectInput source="kind" choices={enumChoices('InspectionKind')} validate={required()} />
      <DateInput source="date" validate={required()} />
      <TextInput source="inspectors" validate={required()} fullWidth />
      <BooleanInput source="refusedToCooperate" />
      <FormDataConsumer>{({ formData }) => <ChecklistInput refused={Boolean(formData.refusedToCooperate)} />}</FormDataConsumer>
      <TextInput source="note" multiline minRows={2} fullWidth />
    </SimpleForm>
  </Create>
);
