import { AutocompleteInput, Create, DateInput, FormDataConsumer, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { useGql } from '../../../common/api';
import { todayInShanghai } from '../../../common/dates';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { STANDARD_QUERY } from '../pages/operations';

const ItemInput = ({ subject }: { subject: string }) => {
  const { data } = useGql(['standard'], STANDARD_QUERY);
  const choices = (data?.scoringStandard.items ?? [])
    .filter((i) => i.subject === subject)
    .map((i) => ({ id: i.code, name: `${i.code} ${i.label}（${i.points > 0 ? '+' : ''}${i.points}，${i.termMonths}）` }));
  return <SelectInput source="itemCode" choices={choices} validate={required()} translateChoice={false} fullWidth />;
};

/** Proposing a record (credit:propose); the bureau's proposals are publicized at once, a department's wait. */
export const CreditRecordCreate = () => (
  <Create redirect="show">
    <SimpleForm
      sx={{ maxWidth: 720 }}
      toolbar={<SaveOnlyToolbar />}
      defaultValues={{ subjectType: 'ENTERPRISE', effectiveFrom: todayInShanghai(), sourceType: 'MANUAL' }}
    >
      <SelectInput source="subjectType" choices={enumChoices('CreditSubjectType')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.subjectType === 'MANAGER' ? (
            <ReferenceInput source="managerId" reference="projectManagers" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" validate={required()} />
            </ReferenceInput>
          ) : (
            <EnterpriseInput source="enterpriseId" isRequired />
          )
        }
      </FormDataConsumer>
      <FormDataConsumer>{({ formData }) => <ItemInput subject={formData.subjectType ?? 'ENTERPRISE'} />}</FormDataConsumer>
      <DateInput source="effectiveFrom" validate={required()} />
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <TextInput source="reason" multiline minRows={3} validate={required()} fullWidth />
      <TextInput source="evidence" multiline minRows={2} fullWidth />
      <SelectInput source="sourceType" choices={enumChoices('CreditSourceType')} />
      <TextInput source="sourceId" />
    </SimpleForm>
  </Create>
);
