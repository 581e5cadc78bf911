import { checkDeveloper } from '@wuye/domain';
import { SimpleForm, TextInput } from 'react-admin';
import { SaveOnlyToolbar } from '../../common/layout';
import { str, useDomainValidator } from '../../common/validation';

const check = (v: Record<string, unknown>) =>
  checkDeveloper({
    name: str(v.name),
    uscc: str(v.uscc).toUpperCase(),
    contactPerson: str(v.contactPerson),
    contactPhone: str(v.contactPhone),
    address: str(v.address),
  });

export const DeveloperForm = () => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" isRequired fullWidth />
      <TextInput source="uscc" isRequired />
      <TextInput source="contactPerson" />
      <TextInput source="contactPhone" />
      <TextInput source="address" fullWidth />
    </SimpleForm>
  );
};
