import { Create, usePermissions } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { ProjectManagerForm } from './ProjectManagerForm';

/** An enterprise manager registers managers of their own firm: the enterprise is filled in. */
export const ProjectManagerCreate = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const enterpriseId = permissions?.role === 'ENTERPRISE' ? permissions.enterprise?.id : undefined;
  return (
    <Create redirect="show">
      <ProjectManagerForm defaultValues={enterpriseId ? { enterpriseId } : undefined} />
    </Create>
  );
};
