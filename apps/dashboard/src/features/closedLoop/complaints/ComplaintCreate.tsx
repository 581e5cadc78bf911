import { AutocompleteInput, Create, DateTimeInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { CategoryInputs } from '../issues/CategoryInputs';

/** Complaint intake: the category routes it automatically to the department owning it. */
export const ComplaintCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />} defaultValues={{ channel: 'HOTLINE', complainantCount: 1 }}>
      <SelectInput source="channel" choices={enumChoices('ComplaintChannel')} validate={required()} />
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <CategoryInputs />
      <TextInput source="content" multiline minRows={3} validate={required()} fullWidth />
      <TextInput source="complainantName" />
      <TextInput source="complainantPhone" />
      <NumberInput source="complainantCount" validate={minValue(1)} helperText="app.complaint.countHint" />
      <DateTimeInput source="receivedAt" helperText="app.complaint.receivedAtHint" />
    </SimpleForm>
  </Create>
);
