import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { useRunAction } from '../../../common/api';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { todayInShanghai } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { EmptyBox } from '../../../common/states';
import { TURN_FINDINGS_INTO_ISSUES } from '../workflow/operations';
import { CreatedIssues, GradeChip } from './shared';
import type { InspectionFieldsFragment } from '../../../gql/graphql';
import { CommunityNameLink, EnterpriseNameLink } from '../../registry/NameLinks';

type Finding = InspectionFieldsFragment['findings'][number];

/** 发现问题转入问题清单 — one step: every finding not yet turned becomes an issue, optionally assigned at once. */
const TurnFindingsButton = () => {
  const r = useRecordContext();
  const { permissions } = usePermissions<AppPermissions>();
  const run = useRunAction();
  const translate = useTranslate();
  if (!r || !hasPermission(permissions, 'issue:create')) return null;
  const open = ((r.findings ?? []) as Finding[]).filter((f) => !f.turned);
  if (open.length === 0) return null;
  return (
    <ActionDialogButton
      label="app.inspection.turnFindings"
      icon={<PlaylistAddIcon />}
      variant="contained"
      fields={[
        { name: 'measures', label: 'app.issue.measures', kind: 'multiline', helperText: 'app.inspection.assignHint' },
        { name: 'deadline', label: 'app.issue.deadline', kind: 'date', min: todayInShanghai() },
        { name: 'note', label: 'app.issue.note', kind: 'multiline' },
      ]}
      onSubmit={(v) =>
        run(
          TURN_FINDINGS_INTO_ISSUES,
          {
            inspectionId: String(r.id),
            itemIds: open.map((f) => f.itemId),
            assign:
              v.measures && v.deadline ? { measures: v.measures as string, deadline: v.deadline as string, note: v.note as string | undefined } : undefined,
          },
          'turnFindingsIntoIssues',
          'app.inspection.findingsTurned',
        )
      }
    >
      <Typography variant="body2">{translate('app.inspection.turnFindingsHint', { count: open.length })}</Typography>
    </ActionDialogButton>
  );
};

const Findings = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const findings = (r?.findings ?? []) as Finding[];
  if (findings.length === 0) return <EmptyBox message="app.inspection.noFindings" />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.inspection.item')}</TableCell>
          <TableCell>{translate('app.inspection.section')}</TableCell>
          <TableCell>{translate('app.inspection.itemText')}</TableCell>
          <TableCell>{translate('resources.issues.fields.category')}</TableCell>
          <TableCell align="right">{translate('app.inspection.deduction')}</TableCell>
          <TableCell>{translate('app.inspection.note')}</TableCell>
          <TableCell>{translate('app.inspection.turned')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((f) => (
          <TableRow key={f.itemId}>
            <TableCell>{f.itemId}</TableCell>
            <TableCell>{enumLabel(translate, 'ChecklistSection', f.section)}</TableCell>
            <TableCell>{f.title}</TableCell>
            <TableCell>{enumLabel(translate, 'IssueCategory', f.category)}</TableCell>
            <TableCell align="right">−{f.points}</TableCell>
            <TableCell>{f.note ?? ''}</TableCell>
            <TableCell>{f.turned ? '✓' : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Flags = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <>
      {r.b14Proposed && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('app.inspection.b14Proposed')}
        </Alert>
      )}
      {r.b10Proposed && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('app.inspection.b10Proposed')}
        </Alert>
      )}
    </>
  );
};

export const InspectionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <TurnFindingsButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Flags />
      <Section title="app.section.basic">
        <FieldGrid>
          <DateText source="date" />
          <EnumText source="kind" enumName="InspectionKind" />
          <CommunityNameLink label="resources.inspections.fields.community" />
          <EnterpriseNameLink label="resources.inspections.fields.enterprise" />
          <TextField source="inspectors" />
          <TextField source="score" emptyText="—" />
          <GradeChip label="resources.inspections.fields.grade" />
          <TextField source="note" emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="app.inspection.findings">
        <Findings />
      </Section>
      <Section title="app.inspection.issues">
        <CreatedIssues />
      </Section>
    </Box>
  </Show>
);
