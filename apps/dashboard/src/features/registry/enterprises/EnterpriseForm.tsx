import { checkEnterprise, type FieldIssue } from '@wuye/domain';
import { SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { TownshipInput } from '../../../common/referenceInputs';
import { optStr, requiredRefs, str, useDomainValidator } from '../../../common/validation';

const check = (v: Record<string, unknown>): FieldIssue[] => [
  ...checkEnterprise({
    name: str(v.name),
    uscc: str(v.uscc),
    legalRepresentative: str(v.legalRepresentative),
    contactPerson: optStr(v.contactPerson),
    contactPhone: optStr(v.contactPhone),
    address: optStr(v.address),
    status: str(v.status),
  }),
  ...requiredRefs(v, ['townshipId']),
];

const statusChoices = enumChoices('EnterpriseStatus');

export const EnterpriseForm = () => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />} defaultValues={{ status: 'ACTIVE' }}>
      <TextInput source="name" isRequired />
      <TextInput source="uscc" isRequired />
      <TextInput source="legalRepresentative" isRequired />
      <TextInput source="contactPerson" />
      <TextInput source="contactPhone" />
      <TextInput source="address" />
      <TownshipInput source="townshipId" isRequired />
      <SelectInput source="status" choices={statusChoices} isRequired />
    </SimpleForm>
  );
};
