import { Edit } from 'react-admin';
import { UserForm } from './UserForm';
import { normalizeUser } from './normalize';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={normalizeUser}>
    <UserForm mode="edit" />
  </Edit>
);
