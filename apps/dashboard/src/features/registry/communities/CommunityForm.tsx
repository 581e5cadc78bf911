import { checkCommunity, type FieldIssue } from '@wuye/domain';
import { DateInput, FormDataConsumer, NumberInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { SaveOnlyToolbar } from '../../../common/layout';
import { EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { num, optNum, optStr, requiredRefs, str, useDomainValidator } from '../../../common/validation';
import { normalizeCommunity } from './normalize';

const check = (values: Record<string, unknown>): FieldIssue[] => {
  const v = normalizeCommunity(values);
  return [
    ...checkCommunity({
      name: str(v.name),
      address: optStr(v.address),
      type: str(v.type),
      households: num(v.households),
      floorArea: num(v.floorArea),
      deliveryDate: optStr(v.deliveryDate),
      serviceMode: str(v.serviceMode),
      hasEnterprise: v.enterpriseId != null && v.enterpriseId !== '',
      contractStart: optStr(v.contractStart),
      contractEnd: optStr(v.contractEnd),
      officeArea: optNum(v.officeArea),
      maintenanceFundBalance: optNum(v.maintenanceFundBalance),
    }),
    ...requiredRefs(v, ['townshipId', 'households', 'floorArea']),
  ];
};

export const CommunityForm = ({ defaultValues }: { defaultValues?: Record<string, unknown> }) => {
  const validate = useDomainValidator(check);
  return (
    <SimpleForm sx={{ maxWidth: 640 }} validate={validate} toolbar={<SaveOnlyToolbar />} defaultValues={defaultValues}>
      <TextInput source="name" isRequired />
      <TownshipInput source="townshipId" isRequired />
      <TextInput source="address" />
      <SelectInput source="type" choices={enumChoices('CommunityType')} isRequired />
      <NumberInput source="households" isRequired />
      <NumberInput source="floorArea" isRequired />
      <DateInput source="deliveryDate" />
      <SelectInput source="serviceMode" choices={enumChoices('ServiceMode')} isRequired />
      <FormDataConsumer>
        {({ formData }) => {
          const served = formData.serviceMode === 'ENTERPRISE';
          return <EnterpriseInput source="enterpriseId" disabled={!served} isRequired={served} helperText="app.community.enterpriseHint" />;
        }}
      </FormDataConsumer>
      <DateInput source="contractStart" />
      <DateInput source="contractEnd" />
      <NumberInput source="officeArea" />
      <NumberInput source="maintenanceFundBalance" />
    </SimpleForm>
  );
};
