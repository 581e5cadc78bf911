import { Create } from 'react-admin';
import { DeveloperForm } from './DeveloperForm';

export const DeveloperCreate = () => (
  <Create redirect="show">
    <DeveloperForm />
  </Create>
);
