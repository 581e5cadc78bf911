import { checkProjectManager, type FieldIssue } from '@wuye/domain';
import { SimpleForm, TextInput } from 'react-admin';
import { SaveOnlyToolbar } from '../../../common/layout';
import { EnterpriseInput } from '../../../common/referenceInputs';
import { optStr, requiredRefs, str, useDomainValidator } from '../../../common/validation';

const check = (v: Record<string, unknown>): FieldIssue[] => [
  ...checkProjectManager({ name: str(v.name), certificateNo: str(v.certificateNo), phone: optStr(v.phone) }),
  ...requiredRefs(v, ['enterpriseId']),
];

/** A masked phone (`138****5678`) is shown as received; the update sends only fields that changed. */
export const ProjectManagerForm = ({ defaultValues }: { defaultValues?: Record<string, unknown> }) => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />} defaultValues={defaultValues}>
      <TextInput source="name" isRequired />
      <EnterpriseInput source="enterpriseId" isRequired />
      <TextInput source="certificateNo" isRequired />
      <TextInput source="phone" />
    </SimpleForm>
  );
};
