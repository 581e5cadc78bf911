import { checkPassword, checkUser, type FieldIssue } from '@wuye/domain';
import { BooleanInput, FormDataConsumer, PasswordInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { DepartmentInput, EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { optStr, str, useDomainValidator } from '../../../common/validation';
import { normalizeUser, scopeFieldOf } from './normalize';

const makeCheck =
  (mode: 'create' | 'edit') =>
  (values: Record<string, unknown>): FieldIssue[] => {
    const v = normalizeUser(values);
    const issues = checkUser({
      username: str(v.username),
      displayName: str(v.displayName),
      role: str(v.role),
      townshipId: optStr(v.townshipId),
      departmentId: optStr(v.departmentId),
      enterpriseId: optStr(v.enterpriseId),
    });
    const password = str(v.password);
    if (mode === 'create' && password === '') issues.push({ field: 'password', code: 'REQUIRED' });
    else if (password !== '') issues.push(...checkPassword('password', password));
    return issues;
  };
const checkCreate = makeCheck('create');
const checkEdit = makeCheck('edit');

export const UserForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const validate = useDomainValidator(mode === 'create' ? checkCreate : checkEdit);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />} defaultValues={mode === 'create' ? { active: true } : undefined}>
      <TextInput source="username" isRequired disabled={mode === 'edit'} />
      <TextInput source="displayName" isRequired />
      <PasswordInput
        source="password"
        isRequired={mode === 'create'}
        label={mode === 'edit' ? 'app.user.newPassword' : undefined}
        helperText={false}
        inputProps={{ autoComplete: 'new-password' }}
      />
      <SelectInput source="role" choices={enumChoices('Role')} isRequired helperText="app.user.scopeHint" />
      <FormDataConsumer>
        {({ formData }) => {
          switch (scopeFieldOf(formData.role)) {
            case 'townshipId':
              return <TownshipInput source="townshipId" isRequired />;
            case 'departmentId':
              return <DepartmentInput source="departmentId" isRequired />;
            case 'enterpriseId':
              return <EnterpriseInput source="enterpriseId" isRequired />;
            default:
              return null;
          }
        }}
      </FormDataConsumer>
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
