import { Edit } from 'react-admin';
import { ProjectManagerForm } from './ProjectManagerForm';

export const ProjectManagerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProjectManagerForm />
  </Edit>
);
