import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  EditButton,
  Form,
  Link,
  ReferenceInput,
  Show,
  TextField as RaTextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOf, useRunAction } from '../../common/api';
import { DateText } from '../../common/fields';
import { FieldGrid, Section } from '../../common/layout';
import { EmptyBox } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { DeveloperFieldsFragment } from '../../gql/graphql';
import { ADD_DEVELOPER_PROJECT } from './operations';

type Project = DeveloperFieldsFragment['projects'][number];

/** Records a community the developer built and its handover date (the bureau only). */
const AddProjectDialog = ({ developerId, onClose }: { developerId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const [handoverDate, setHandoverDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (values: Record<string, unknown>) => {
    try {
      await run(ADD_DEVELOPER_PROJECT, { id: developerId, communityId: String(values.communityId ?? ''), handoverDate }, 'addDeveloperProject');
      onClose();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <Form onSubmit={submit}>
        <DialogTitle>{translate('app.developers.addProject')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" label="app.developers.community" helperText={errors.communityId ?? false} />
            </ReferenceInput>
            <TextField
              type="date"
              label={translate('app.developers.handoverDate')}
              value={handoverDate}
              onChange={(e) => setHandoverDate(e.target.value)}
              error={Boolean(errors.handoverDate)}
              helperText={errors.handoverDate ?? translate('app.developers.handoverHint')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('app.developers.cancel')}</Button>
          <Button type="submit" variant="contained">
            {translate('app.developers.save')}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const Projects = () => {
  const r = useRecordContext<DeveloperFieldsFragment & { id: string }>();
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const [adding, setAdding] = useState(false);
  if (!r) return null;
  const projects: Project[] = r.projects ?? [];
  return (
    <Box>
      {projects.length === 0 ? (
        <EmptyBox message="app.developers.noProjects" />
      ) : (
        <Table size="small" aria-label={translate('app.developers.projects')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.developers.community')}</TableCell>
              <TableCell>{translate('app.developers.township')}</TableCell>
              <TableCell>{translate('app.developers.handoverDate')}</TableCell>
              <TableCell>{translate('app.developers.warranties')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {projects.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link to={`/communities/${p.communityId}/show`}>{p.communityName}</Link>
                </TableCell>
                <TableCell>{p.townshipName}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.handoverDate}</TableCell>
                <TableCell>
                  {p.warranties.map((w) => (
                    <Chip
                      key={w.element}
                      size="small"
                      sx={{ mr: 0.5, mb: 0.5 }}
                      color={w.inWarranty ? 'success' : 'default'}
                      variant={w.inWarranty ? 'filled' : 'outlined'}
                      label={translate(w.inWarranty ? 'app.developers.inWarranty' : 'app.developers.expired', {
                        label: w.label,
                        years: w.years,
                        date: w.lastDay,
                      })}
                    />
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hasPermission(permissions, 'developer:manage') && (
        <Button sx={{ mt: 1 }} onClick={() => setAdding(true)}>
          {translate('app.developers.addProject')}
        </Button>
      )}
      {adding && <AddProjectDialog developerId={String(r.id)} onClose={() => setAdding(false)} />}
    </Box>
  );
};

/** The ledger filtered to this developer's warranty issues. */
const WarrantyIssuesLink = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  if (!r || !hasPermission(permissions, 'issue:read')) return null;
  return (
    <Button component={Link} to={`/issues?filter=${encodeURIComponent(JSON.stringify({ developerId: String(r.id) }))}`}>
      {translate('app.developers.warrantyIssues')}
    </Button>
  );
};

const ShowActions = () => {
  const { permissions } = usePermissions<AppPermissions>();
  return (
    <TopToolbar>
      <WarrantyIssuesLink />
      {hasPermission(permissions, 'developer:manage') && <EditButton />}
    </TopToolbar>
  );
};

export const DeveloperShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <RaTextField source="name" />
          <RaTextField source="uscc" />
          <RaTextField source="contactPerson" emptyText="—" />
          <RaTextField source="contactPhone" emptyText="—" />
          <RaTextField source="address" emptyText="—" />
          <DateText source="createdAt" />
        </FieldGrid>
      </Section>
      <Section title="app.developers.projects">
        <Projects />
      </Section>
    </Box>
  </Show>
);
