import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar } from '../../../common/layout';
import { CategoryInputs } from './CategoryInputs';

/** A township report or an issue the bureau registers directly. */
export const IssueCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />}>
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <CategoryInputs />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={3} fullWidth />
    </SimpleForm>
  </Create>
);
