import { ISSUE_CATEGORIES, checkDepartment } from '@wuye/domain';
import { SelectArrayInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { str, useDomainValidator } from '../../../common/validation';

const check = (v: Record<string, unknown>) =>
  checkDepartment({ name: str(v.name), code: str(v.code), remit: Array.isArray(v.remit) ? (v.remit as string[]) : [] }, ISSUE_CATEGORIES);

const categoryChoices = enumChoices('IssueCategory');

export const DepartmentForm = () => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" isRequired />
      <TextInput source="code" isRequired />
      <SelectArrayInput source="remit" choices={categoryChoices} defaultValue={[]} />
    </SimpleForm>
  );
};
