import { checkTownship } from '@wuye/domain';
import { SimpleForm, TextInput } from 'react-admin';
import { SaveOnlyToolbar } from '../../../common/layout';
import { str, useDomainValidator } from '../../../common/validation';

const check = (v: Record<string, unknown>) => checkTownship({ name: str(v.name), code: str(v.code) });

export const TownshipForm = () => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" isRequired />
      <TextInput source="code" isRequired />
    </SimpleForm>
  );
};
