import { Box } from '@mui/material';
import { ArrayField, DataTable, ReferenceField, Show, TextField, usePermissions } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { noWrap } from '../../../common/ResponsiveList';
import { formatDate } from '../../../common/dates';
import { DateText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { ManagerCredit } from './ManagerCredit';

export const ProjectManagerShow = () => {
  const { permissions } = usePermissions<AppPermissions>();
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <Section title="app.section.basic">
          <FieldGrid>
            <TextField source="name" />
            <ReferenceField source="enterpriseId" reference="enterprises" link="show" />
            <TextField source="certificateNo" />
            <TextField source="phone" emptyText="—" />
            <DateText source="createdAt" />
          </FieldGrid>
        </Section>
        <Section title="app.section.appointments">
          <ArrayField source="appointments">
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="community.name" label="resources.projectManagers.fields.communityId" disableSort />
              <DataTable.Col cellSx={noWrap} source="startDate" disableSort render={(r) => formatDate(r.startDate)} />
              <DataTable.Col cellSx={noWrap} source="endDate" disableSort render={(r) => formatDate(r.endDate)} />
              <DataTable.Col cellSx={noWrap} source="registeredOn" disableSort render={(r) => formatDate(r.registeredOn)} />
            </DataTable>
          </ArrayField>
        </Section>
        {hasPermission(permissions, 'credit:read') && (
          <Section title="app.section.managerCredit">
            <ManagerCredit />
          </Section>
        )}
      </Box>
    </Show>
  );
};
