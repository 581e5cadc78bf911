import { Edit } from 'react-admin';
import { DeveloperForm } from './DeveloperForm';

export const DeveloperEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DeveloperForm />
  </Edit>
);
