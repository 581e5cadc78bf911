import { Edit } from 'react-admin';
import { CommunityForm } from './CommunityForm';
import { normalizeCommunity } from './normalize';

export const CommunityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={normalizeCommunity}>
    <CommunityForm />
  </Edit>
);
