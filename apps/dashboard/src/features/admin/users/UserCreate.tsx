import { Create } from 'react-admin';
import { UserForm } from './UserForm';
import { normalizeUser } from './normalize';

export const UserCreate = () => (
  <Create redirect="show" transform={normalizeUser}>
    <UserForm mode="create" />
  </Create>
);
