import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PrintIcon from '@mui/icons-material/Print';
import {
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { OfferedAction } from '../../../common/OfferedAction';
import { RefLink } from '../../../common/RefLink';
import { StatusChip } from '../../../common/StatusChip';
import { useGql, useRunAction } from '../../../common/api';
import { formatDateTime } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { formatNumber } from '../../../common/format';
import { QueryState } from '../../../common/states';
import type { TownshipDataQuery } from '../../../gql/graphql';
import { printPage } from '../../committees/printing';
import { ScrollTable } from '../bulletins/BulletinSnapshotView';
import { FILE_TOWNSHIP_DATA, TOWNSHIP_DATA_FILING_QUERY, TOWNSHIP_DATA_FILINGS_QUERY, TOWNSHIP_DATA_QUERY } from './townshipDataOperations';

/** What a sheet and a filed copy share: the township, the figures and the rows. */
type Sheet = Pick<TownshipDataQuery['townshipData'][number], 'township' | 'summary' | 'rows'>;
type Row = Sheet['rows'][number];

const t = (key: string) => `app.townshipData.${key}`;
const byGrade = (counts: { grade: string; count: number }[]) =>
  counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.grade} ${c.count}`)
    .join(' · ') || '—';

/** The seed's items in figures for one township (物业服务企业、项目数量与面积、物业管理用房、业委会、诚信情况). */
const Summary = ({ sheet }: { sheet: Sheet }) => {
  const translate = useTranslate();
  const s = sheet.summary;
  const items: [string, string][] = [
    [
      t('summary.projects'),
      translate(t('summary.projectsValue'), { count: s.communities, households: formatNumber(s.households, 0), area: formatNumber(s.floorArea, 0) }),
    ],
    [
      t('summary.service'),
      translate(t('summary.serviceValue'), { enterprise: s.enterpriseServed, basic: s.basicService, self: s.selfManaged, none: s.noService }),
    ],
    [
      t('summary.firms'),
      translate(t('summary.firmsValue'), { count: s.firms, grades: byGrade(s.firmsByGrade), red: s.firmsRedListed, black: s.firmsBlackListed }),
    ],
    [t('summary.managers'), translate(t('summary.managersValue'), { count: s.managers, grades: byGrade(s.managersByGrade) })],
    [t('summary.office'), translate(t('summary.officeValue'), { recorded: s.officeRecorded, count: s.communities, area: formatNumber(s.officeArea, 1) })],
    [t('summary.committees'), translate(t('summary.committeesValue'), { inTerm: s.committeesInTerm, expired: s.committeesExpired })],
    [t('summary.complete'), translate(t('summary.completeValue'), { complete: s.complete, count: s.communities, gaps: s.gaps })],
  ];
  return (
    <Box
      component="dl"
      aria-label={`${sheet.township.name} ${translate(t('summary.title'))}`}
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 0.5, columnGap: 2, mb: 2 }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const Gaps = ({ row, canFill }: { row: Row; canFill: boolean }) => {
  const translate = useTranslate();
  if (!row.gaps.length) return <StatusChip label={translate(t('completeChip'))} color="success" outlined />;
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap alignItems="center">
      {row.gaps.map((g) => (
        <StatusChip key={g} label={translate(t(`gaps.${g}`))} color="warning" />
      ))}
      {canFill && (
        <Button
          component={Link}
          to={`/communities/${row.communityId}`}
          size="small"
          startIcon={<EditNoteIcon />}
          aria-label={`${translate(t('fill'))} ${row.communityName}`}
        >
          {translate(t('fill'))}
        </Button>
      )}
    </Stack>
  );
};

/** One township's archive: the figures, then each community with what is still to record (a filed copy: read only). */
const SheetView = ({ sheet, canFill }: { sheet: Sheet; canFill: boolean }) => {
  const translate = useTranslate();
  const [onlyGaps, setOnlyGaps] = useState(false);
  const rows = onlyGaps ? sheet.rows.filter((r) => r.gaps.length > 0) : sheet.rows;
  return (
    <Box>
      <Summary sheet={sheet} />
      <FormControlLabel control={<Checkbox checked={onlyGaps} onChange={(e) => setOnlyGaps(e.target.checked)} />} label={translate(t('onlyGaps'))} />
      <ScrollTable
        label={translate(t('table'), { township: sheet.township.name })}
        head={[
          translate(t('fields.community')),
          translate(t('fields.serviceMode')),
          translate(t('fields.enterprise')),
          translate(t('fields.manager')),
          translate(t('fields.floorArea')),
          translate(t('fields.officeArea')),
          translate(t('fields.committee')),
          translate(t('fields.gaps')),
        ]}
        rows={rows.map((r) => ({
          key: r.communityId,
          cells: [
            <RefLink key="c" field="community" record={{ id: r.communityId, name: r.communityName }} />,
            enumLabel(translate, 'ServiceMode', r.serviceMode),
            r.enterpriseName ? (
              <span key="e">
                <RefLink field="enterprise" record={{ id: r.enterpriseId, name: r.enterpriseName }} /> {r.enterpriseGrade}
                {r.enterpriseListStatus && r.enterpriseListStatus !== 'NONE' ? ` · ${enumLabel(translate, 'ListStatus', r.enterpriseListStatus)}` : ''}
              </span>
            ) : (
              '—'
            ),
            r.managerName ? (
              <span key="m">
                <RefLink field="projectManager" record={{ id: r.managerId, name: r.managerName }} /> {r.managerGrade}
              </span>
            ) : (
              '—'
            ),
            formatNumber(r.floorArea, 0),
            r.officeArea == null ? translate(t('notRecorded')) : formatNumber(r.officeArea, 1),
            translate(t(`committee.${r.committee}`)) + (r.committeeTermEnd ? translate(t('termEnd'), { date: r.committeeTermEnd }) : ''),
            <Gaps key="g" row={r} canFill={canFill} />,
          ],
        }))}
      />
    </Box>
  );
};

const escapeHtml = (v: string) => v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A filed copy, read only, with a print of what is shown (the figures and the rows as they were filed). */
const FilingDialog = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const translate = useTranslate();
  const content = useRef<HTMLDivElement>(null);
  const data = useGql(['townshipDataFiling', id], TOWNSHIP_DATA_FILING_QUERY, { id });
  const filing = data.data?.townshipDataFiling;
  const title = filing ? translate(t('filing.title'), { township: filing.township.name, date: filing.asOf }) : translate(t('filing.open'));
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="township-data-filing-title">
      <DialogTitle id="township-data-filing-title">{title}</DialogTitle>
      <DialogContent>
        <QueryState isPending={data.isPending} error={data.error}>
          {filing && (
            <Box ref={content}>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate(t('filing.by'), { name: filing.filedByName ?? '—', at: formatDateTime(filing.filedAt) })}
              </Typography>
              <SheetView sheet={filing} canFill={false} />
            </Box>
          )}
        </QueryState>
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<PrintIcon />}
          disabled={!filing}
          onClick={() => content.current && printPage(title, `<h1>${escapeHtml(title)}</h1>${content.current.innerHTML}`)}
        >
          {translate(t('filing.print'))}
        </Button>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** 报送记录: a township's filings, the latest first: the day, who filed, the counts and the gaps at the time. */
const Filings = ({ townshipId, townshipName }: { townshipId: string; townshipName: string }) => {
  const translate = useTranslate();
  const data = useGql(['townshipDataFilings', townshipId], TOWNSHIP_DATA_FILINGS_QUERY, { townshipId });
  const [open, setOpen] = useState<string | null>(null);
  const filings = data.data?.townshipDataFilings ?? [];
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(t('filing.list'), { township: townshipName })}
      </Typography>
      <QueryState isPending={data.isPending} error={data.error}>
        <ScrollTable
          label={translate(t('filing.list'), { township: townshipName })}
          head={[
            translate(t('filing.asOf')),
            translate(t('filing.filedBy')),
            translate(t('filing.filedAt')),
            translate(t('fields.communities')),
            translate(t('fields.complete')),
            translate(t('fields.gapCount')),
            '',
          ]}
          rows={filings.map((f) => ({
            key: f.id,
            cells: [
              f.asOf,
              f.filedByName ?? '—',
              formatDateTime(f.filedAt),
              f.communities,
              `${f.complete}/${f.communities}`,
              f.gaps,
              <Button key="open" size="small" onClick={() => setOpen(f.id)} aria-label={`${translate(t('filing.open'))} ${f.asOf}`}>
                {translate(t('filing.open'))}
              </Button>,
            ],
          }))}
        />
      </QueryState>
      {open && <FilingDialog id={open} onClose={() => setOpen(null)} />}
    </Box>
  );
};

/** 报送建档: offered by the server to the township itself (once a day, not without a community). */
const FileButton = ({ sheet }: { sheet: TownshipDataQuery['townshipData'][number] }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const queryClient = useQueryClient();
  return (
    <OfferedAction actions={sheet.availableActions} action="FILE" label={t('file')}>
      <ActionDialogButton
        label={t('file')}
        icon={<AssignmentTurnedInIcon />}
        variant="contained"
        fields={[]}
        onSubmit={async () => {
          await run(FILE_TOWNSHIP_DATA, {}, 'fileTownshipData');
          await queryClient.invalidateQueries({ queryKey: ['gql'] });
        }}
      >
        <Typography variant="body2">{translate(t('fileHint'), { communities: sheet.summary.communities, gaps: sheet.summary.gaps })}</Typography>
      </ActionDialogButton>
    </OfferedAction>
  );
};

/**
 * 辖区数据建档 (seed part 7 四(二)): a township's archive of its communities — firms, projects and their areas,
 * management offices, owners' committees, firms' and managers' credit — read from the registry, with what is still
 * to record. The township fills a gap on the community's own edit page (the registry's one write path) and files the
 * archive as of today (报送建档: a frozen copy, offered by the server); the bureau, departments and analysts see every
 * township's figures with its latest filing day and pick one to read its communities and its filings.
 */
export const TownshipDataTab = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const canFill = hasPermission(permissions, 'community:update');
  const own = permissions?.role === 'TOWNSHIP';
  const data = useGql(['townshipData'], TOWNSHIP_DATA_QUERY, {});
  const sheets = data.data?.townshipData ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const sheet = sheets.find((s) => s.township.id === chosen) ?? sheets[0];
  return (
    <QueryState isPending={data.isPending} error={data.error}>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {translate(own ? t('own') : t('all'))}
        </Typography>
        {own && sheet && <FileButton sheet={sheet} />}
      </Stack>
      {own && sheet && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {sheet.lastFiledOn ? translate(t('lastFiled'), { date: sheet.lastFiledOn }) : translate(t('neverFiled'))}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(t('hint'))}
      </Typography>
      {!own && (
        <>
          <ScrollTable
            label={translate(t('all'))}
            head={[
              translate(t('fields.township')),
              translate(t('fields.communities')),
              translate(t('fields.floorArea')),
              translate(t('fields.officeRecorded')),
              translate(t('fields.committeesInTerm')),
              translate(t('fields.firms')),
              translate(t('fields.complete')),
              translate(t('fields.gapCount')),
              translate(t('fields.lastFiled')),
            ]}
            rows={sheets.map((s) => ({
              key: s.township.id,
              cells: [
                s.township.name,
                s.summary.communities,
                formatNumber(s.summary.floorArea, 0),
                `${s.summary.officeRecorded}/${s.summary.communities}`,
                s.summary.committeesInTerm,
                s.summary.firms,
                `${s.summary.complete}/${s.summary.communities}`,
                s.summary.gaps,
                s.lastFiledOn ?? translate(t('notFiled')),
              ],
            }))}
          />
          <TextField
            select
            size="small"
            label={translate(t('fields.township'))}
            value={sheet?.township.id ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            sx={{ minWidth: 180, my: 2 }}
          >
            {sheets.map((s) => (
              <MenuItem key={s.township.id} value={s.township.id}>
                {s.township.name}
              </MenuItem>
            ))}
          </TextField>
        </>
      )}
      {sheet && <SheetView key={sheet.township.id} sheet={sheet} canFill={canFill} />}
      {sheet && <Filings key={`filings-${sheet.township.id}`} townshipId={sheet.township.id} townshipName={sheet.township.name} />}
    </QueryState>
  );
};
