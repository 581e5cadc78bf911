import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EditIcon from '@mui/icons-material/Edit';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ActionDialogButton, type DialogField } from '../../../common/ActionDialog';
import { OfferedAction } from '../../../common/OfferedAction';
import { StatusChip } from '../../../common/StatusChip';
import { useGql, useRunAction } from '../../../common/api';
import { formatDateTime } from '../../../common/dates';
import { EmptyBox, QueryState } from '../../../common/states';
import type { TownshipPlansQuery } from '../../../gql/graphql';
import { ScrollTable } from '../bulletins/BulletinSnapshotView';
import { CREATE_TOWNSHIP_PLAN, FILE_TOWNSHIP_PLAN, TOWNSHIP_CHOICES_QUERY, TOWNSHIP_PLANS_QUERY, UPDATE_TOWNSHIP_PLAN } from './townshipPlanOperations';

type Plan = TownshipPlansQuery['townshipPlans'][number];

const SECTIONS = ['mechanism', 'schedule', 'tasks', 'resources'] as const;
const f = (key: string) => `app.townshipPlan.fields.${key}`;

const planFields = (plan?: Plan): DialogField[] => [
  { name: 'leaderName', label: f('leaderName'), required: true, defaultValue: plan?.leaderName, helperText: 'app.townshipPlan.leaderHint' },
  { name: 'leaderPosition', label: f('leaderPosition'), required: true, defaultValue: plan?.leaderPosition },
  { name: 'mechanism', label: f('mechanism'), kind: 'multiline', required: true, defaultValue: plan?.mechanism },
  { name: 'schedule', label: f('schedule'), kind: 'multiline', required: true, defaultValue: plan?.schedule },
  { name: 'tasks', label: f('tasks'), kind: 'multiline', required: true, defaultValue: plan?.tasks },
  { name: 'resources', label: f('resources'), kind: 'multiline', defaultValue: plan?.resources ?? undefined },
];

const StatusOf = ({ plan }: { plan: Plan | undefined }) => {
  const translate = useTranslate();
  if (!plan) return <StatusChip label={translate('app.townshipPlan.status.NONE')} outlined />;
  return <StatusChip label={translate(`app.townshipPlan.status.${plan.status}`)} color={plan.status === 'FILED' ? 'success' : 'warning'} />;
};

/** One plan as a document: leader, then the sections of seed part 7 四(一). */
const PlanDocument = ({ plan }: { plan: Plan }) => {
  const translate = useTranslate();
  return (
    <Box component="article" aria-label={`${plan.township.name} ${translate('app.townshipPlan.title')}`}>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap" useFlexGap>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {plan.township.name} · {plan.year}
        </Typography>
        <StatusOf plan={plan} />
        {plan.filedAt && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.townshipPlan.filedAt')} {formatDateTime(plan.filedAt)}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(f('leaderName'))}：{plan.leaderName}（{plan.leaderPosition}）
      </Typography>
      {SECTIONS.filter((s) => plan[s]).map((s) => (
        <Box key={s} sx={{ mb: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(f(s))}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {plan[s]}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/**
 * 乡镇工作方案 (seed part 7 四(一)): a township names its leader in charge and writes its work plan for the campaign's
 * year, then files it; the bureau, departments and analysts see every township's, with those not yet written or filed.
 * What can be done is the server's availableActions.
 */
export const TownshipPlansTab = ({ year, canWrite }: { year: number; canWrite: boolean }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const queryClient = useQueryClient();
  const refetch = () => queryClient.invalidateQueries({ queryKey: ['gql'] });
  const plans = useGql(['townshipPlans', year], TOWNSHIP_PLANS_QUERY, { year });
  const townships = useGql(['townships', 'choices'], TOWNSHIP_CHOICES_QUERY, {}, { enabled: !canWrite });
  const list = plans.data?.townshipPlans ?? [];

  if (canWrite) {
    const own = list[0];
    return (
      <QueryState isPending={plans.isPending} error={plans.error}>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }} alignItems="center" flexWrap="wrap" useFlexGap>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('app.townshipPlan.own', { year })}
          </Typography>
          {!own && (
            <ActionDialogButton
              label="app.townshipPlan.create"
              icon={<NoteAddIcon />}
              variant="contained"
              fields={planFields()}
              onSubmit={async (v) => {
                await run(CREATE_TOWNSHIP_PLAN, { year, ...v } as never, 'createTownshipPlan');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.townshipPlan.createHint')}</Typography>
            </ActionDialogButton>
          )}
          {own && (
            <>
              <OfferedAction actions={own.availableActions} action="EDIT" label="app.townshipPlan.edit">
                <ActionDialogButton
                  label="app.townshipPlan.edit"
                  icon={<EditIcon />}
                  fields={planFields(own)}
                  onSubmit={async (v) => {
                    await run(UPDATE_TOWNSHIP_PLAN, { id: own.id, ...v } as never, 'updateTownshipPlan');
                    await refetch();
                  }}
                />
              </OfferedAction>
              <OfferedAction actions={own.availableActions} action="FILE" label="app.townshipPlan.file">
                <ActionDialogButton
                  label="app.townshipPlan.file"
                  icon={<AssignmentTurnedInIcon />}
                  variant="contained"
                  fields={[]}
                  onSubmit={async () => {
                    await run(FILE_TOWNSHIP_PLAN, { id: own.id }, 'fileTownshipPlan');
                    await refetch();
                  }}
                >
                  <Typography variant="body2">{translate('app.townshipPlan.fileHint')}</Typography>
                </ActionDialogButton>
              </OfferedAction>
            </>
          )}
        </Stack>
        {own ? <PlanDocument plan={own} /> : <EmptyBox message="app.townshipPlan.none" />}
      </QueryState>
    );
  }

  const byTownship = new Map(list.map((p) => [p.township.id, p]));
  const all = townships.data?.townships.items ?? [];
  return (
    <QueryState isPending={plans.isPending || townships.isPending} error={plans.error ?? townships.error}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {translate('app.townshipPlan.all', { year })}
      </Typography>
      <ScrollTable
        label={translate('app.townshipPlan.all', { year })}
        head={[
          translate(f('township')),
          translate(f('leaderName')),
          translate(f('leaderPosition')),
          translate(f('status')),
          translate('app.townshipPlan.filedAt'),
        ]}
        rows={all.map((t) => {
          const p = byTownship.get(t.id);
          return {
            key: t.id,
            cells: [t.name, p?.leaderName ?? '', p?.leaderPosition ?? '', <StatusOf key="s" plan={p} />, p?.filedAt ? formatDateTime(p.filedAt) : ''],
          };
        })}
      />
      <Stack spacing={2} sx={{ mt: 2 }}>
        {list.map((p) => (
          <Card key={p.id} variant="outlined">
            <CardContent>
              <PlanDocument plan={p} />
            </CardContent>
          </Card>
        ))}
      </Stack>
    </QueryState>
  );
};
