import { Create } from 'react-admin';
import { TownshipForm } from './TownshipForm';

export const TownshipCreate = () => (
  <Create redirect="show">
    <TownshipForm />
  </Create>
);
