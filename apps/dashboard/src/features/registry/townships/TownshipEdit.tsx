import { Edit } from 'react-admin';
import { TownshipForm } from './TownshipForm';

export const TownshipEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TownshipForm />
  </Edit>
);
