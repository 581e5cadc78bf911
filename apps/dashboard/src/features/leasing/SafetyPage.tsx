import { Box, Card, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton, type DialogField } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { formatDateTime, todayInShanghai } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import type { LeaseSafetyFindingAction, LeaseSafetyQuery } from '../../gql/graphql';
import { parseFindings } from './logic';
import { ACT_ON_FINDING, RECORD_CHECK, SAFETY_QUERY } from './operations';

type Finding = LeaseSafetyQuery['leaseSafetyFindings'][number];

const STATE_COLOR: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  REGISTERED: 'default',
  ASSIGNED: 'info',
  RECTIFYING: 'warning',
  SUBMITTED: 'info',
  CLOSED: 'success',
  REFERRED: 'error',
};

export const SafetyStateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATE_COLOR[state] ?? 'default'} label={translate(`enums.LeaseSafetyFindingState.${state}`, { _: state })} />;
};

/** The fields an action asks for: the notice's measures and deadline, a note where the rules require one. */
function actionFields(action: LeaseSafetyFindingAction): DialogField[] {
  if (action === 'ASSIGN')
    return [
      { name: 'measures', label: 'app.leasing.safety.measures', kind: 'multiline', required: true },
      { name: 'deadline', label: 'app.leasing.safety.deadline', kind: 'date', required: true, min: todayInShanghai() },
    ];
  const required = action === 'SUBMIT' || action === 'RETURN' || action === 'REFER' || action === 'RESOLVE';
  return [{ name: 'note', label: 'app.leasing.safety.actionNote', kind: 'multiline', required }];
}

const FindingActions = ({ finding }: { finding: Finding }) => {
  const run = useRunAction();
  const queryClient = useQueryClient();
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
      {finding.availableActions
        .filter((a) => a.available)
        .map((a) => (
          <ActionDialogButton
            key={a.action}
            label={`enums.LeaseSafetyFindingAction.${a.action}`}
            fields={actionFields(a.action)}
            onSubmit={async (v) => {
              await run(
                ACT_ON_FINDING,
                {
                  id: finding.id,
                  input: {
                    action: a.action,
                    note: v.note ? String(v.note) : null,
                    measures: v.measures ? String(v.measures) : null,
                    deadline: v.deadline ? String(v.deadline) : null,
                  },
                },
                'actOnLeaseSafetyFinding',
                'app.leasing.safety.done',
              );
              await queryClient.invalidateQueries({ queryKey: ['gql'] });
            }}
          />
        ))}
    </Stack>
  );
};

/** 出租房屋安全检查: the schedule of periodic checks, and every finding round the loop with its actions. */
export const SafetyPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'lease:manage');
  const run = useRunAction();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useGql(['leaseSafety'], SAFETY_QUERY);
  const due = data?.leaseSafetyChecksDue ?? [];
  const findings = data?.leaseSafetyFindings ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.leasing.safety.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.leasing.safety.hint')}
      </Typography>
      <QueryState list isPending={isPending} error={error}>
        {manage && (
          <Card sx={{ mb: 2, p: 2 }}>
            <Typography variant="h6">{translate('app.leasing.safety.due')}</Typography>
            {due.length === 0 ? (
              <EmptyBox />
            ) : (
              <Table size="small" aria-label={translate('app.leasing.safety.due')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.leasing.safety.unit')}</TableCell>
                    <TableCell>{translate('app.leasing.safety.tenant')}</TableCell>
                    <TableCell>{translate('app.leasing.safety.lastCheckedOn')}</TableCell>
                    <TableCell>{translate('app.leasing.safety.dueOn')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {due.map((d) => (
                    <TableRow key={d.unitId}>
                      <TableCell>{d.unitLabel}</TableCell>
                      <TableCell>{d.tenantName}</TableCell>
                      <TableCell>{d.lastCheckedOn ?? '—'}</TableCell>
                      <TableCell>
                        {d.dueOn} {d.late && <Chip size="small" color="error" label={translate('app.leasing.safety.late')} />}
                      </TableCell>
                      <TableCell>
                        <ActionDialogButton
                          label="app.leasing.safety.record"
                          title={translate('app.leasing.safety.recordOf', { unit: d.unitLabel })}
                          fields={[
                            { name: 'checkedOn', label: 'app.leasing.safety.checkedOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                            { name: 'inspectors', label: 'app.leasing.safety.inspectors', required: true },
                            { name: 'findings', label: 'app.leasing.safety.findingsText', kind: 'multiline', helperText: 'app.leasing.safety.findingsHint' },
                            { name: 'note', label: 'app.leasing.safety.note', kind: 'multiline' },
                          ]}
                          onSubmit={async (v) => {
                            await run(
                              RECORD_CHECK,
                              {
                                input: {
                                  unitId: d.unitId,
                                  checkedOn: String(v.checkedOn ?? ''),
                                  inspectors: String(v.inspectors ?? ''),
                                  note: v.note ? String(v.note) : null,
                                  findings: parseFindings(String(v.findings ?? '')) as never,
                                },
                              },
                              'recordLeaseSafetyCheck',
                              'app.leasing.safety.recorded',
                            );
                            await queryClient.invalidateQueries({ queryKey: ['gql'] });
                          }}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>
        )}
        <Card sx={{ p: 2 }}>
          <Typography variant="h6">{translate('app.leasing.safety.findings')}</Typography>
          {findings.length === 0 ? (
            <EmptyBox />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.safety.findings')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.safety.unit')}</TableCell>
                  <TableCell>{translate('app.leasing.safety.item')}</TableCell>
                  <TableCell>{translate('app.leasing.safety.description')}</TableCell>
                  <TableCell>{translate('app.leasing.safety.state')}</TableCell>
                  <TableCell>{translate('app.leasing.safety.deadline')}</TableCell>
                  <TableCell>{translate('app.leasing.safety.timeline')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {findings.map((f) => (
                  <TableRow key={f.id}>
                    <TableCell>
                      {f.unitLabel}
                      <br />
                      <Typography variant="caption">{f.tenantName ?? ''}</Typography>
                    </TableCell>
                    <TableCell>{translate(`enums.LeaseSafetyItemCode.${f.item}`, { _: f.item })}</TableCell>
                    <TableCell>
                      {f.description}
                      {f.measures && (
                        <Typography variant="caption" display="block">
                          {translate('app.leasing.safety.measures')}：{f.measures}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      <SafetyStateChip state={f.state} />
                      {f.departmentName && (
                        <Typography variant="caption" display="block">
                          {translate('app.leasing.safety.department')}：{f.departmentName}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {f.deadline ?? '—'} {f.overdue && <Chip size="small" color="error" label={translate('app.leasing.safety.overdue')} />}
                    </TableCell>
                    <TableCell>
                      {f.events.map((e) => (
                        <Typography key={e.id} variant="caption" display="block">
                          {formatDateTime(e.at)} {e.actorName}{' '}
                          {translate(`enums.LeaseSafetyFindingAction.${e.action}`, {
                            _: e.action === 'REGISTER' ? translate('enums.LeaseSafetyFindingState.REGISTERED') : e.action,
                          })}
                          {e.note ? `：${e.note}` : ''}
                        </Typography>
                      ))}
                    </TableCell>
                    <TableCell>
                      <FindingActions finding={f} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      </QueryState>
    </Box>
  );
};
