import { Box, Chip, FormControlLabel, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useGql } from '../../common/api';
import { EmptyBox, QueryState } from '../../common/states';
import { INSPECTION_PLAN_QUERY } from './operations';

const COLOR = { OVERDUE: 'error', DUE: 'warning', NOT_DUE: 'default' } as const;

/** 差异化检查计划: the communities in the caller's scope, overdue first, with the interval their firm's credit gives them. */
export const InspectionPlanPage = () => {
  const translate = useTranslate();
  const [dueOnly, setDueOnly] = useState(true);
  const query = useGql(['consequences', 'plan', dueOnly], INSPECTION_PLAN_QUERY, { dueOnly });
  const plan = query.data?.inspectionPlan;
  const days = Object.fromEntries((plan?.policy.intervals ?? []).map((i) => [i.grade, i.days]));
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{translate('app.inspectionPlan.title')}</Typography>
      <QueryState list isPending={query.isPending} error={query.error}>
        {plan && (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('app.inspectionPlan.hint', { label: plan.policy.label })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('app.inspectionPlan.intervals', { ...days, black: plan.policy.blackListIntervalDays, none: plan.policy.unmanagedIntervalDays })}
            </Typography>
            <FormControlLabel
              control={<Switch checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} />}
              label={translate('app.inspectionPlan.dueOnly')}
            />
            {plan.rows.length === 0 ? (
              <EmptyBox message="app.inspectionPlan.none" />
            ) : (
              <Table size="small" data-testid="inspection-plan">
                <TableHead>
                  <TableRow>
                    {['community', 'township', 'enterprise', 'credit', 'interval', 'last', 'next', 'status'].map((k) => (
                      <TableCell key={k}>{translate(`app.inspectionPlan.${k}`)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {plan.rows.map((r) => (
                    <TableRow key={r.communityId}>
                      <TableCell>
                        {r.communityName}
                        {r.handoverDeadline && (
                          <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('app.inspectionPlan.handover', { date: r.handoverDeadline })} />
                        )}
                      </TableCell>
                      <TableCell>{r.townshipName}</TableCell>
                      <TableCell>{r.enterpriseName ?? '—'}</TableCell>
                      <TableCell>
                        {r.grade ?? '—'}
                        {r.listStatus === 'BLACK' && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('app.inspectionPlan.black')} />}
                      </TableCell>
                      <TableCell>{r.intervalDays}</TableCell>
                      <TableCell>{r.lastInspectedOn ?? translate('app.inspectionPlan.never')}</TableCell>
                      <TableCell>{r.nextDue ?? '—'}</TableCell>
                      <TableCell>
                        <Chip size="small" color={COLOR[r.status]} label={translate(`app.inspectionPlan.${r.status}`, { days: r.daysOverdue })} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </QueryState>
    </Box>
  );
};
