import { Create, usePermissions } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { CommunityForm } from './CommunityForm';
import { normalizeCommunity } from './normalize';

/** Township staff collect the communities of their own township: it is filled in. */
export const CommunityCreate = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const townshipId = permissions?.role === 'TOWNSHIP' ? permissions.township?.id : undefined;
  return (
    <Create redirect="show" transform={normalizeCommunity}>
      <CommunityForm defaultValues={townshipId ? { townshipId } : undefined} />
    </Create>
  );
};
