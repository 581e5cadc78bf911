import { Edit } from 'react-admin';
import { EnterpriseForm } from './EnterpriseForm';

export const EnterpriseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <EnterpriseForm />
  </Edit>
);
