import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { DateTextField, FormPanel, PlainTable } from '../../common/layout';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { PlanFieldsFragment, ServiceLine } from '../../gql/graphql';
import { ASSESS_STAGE, PLAN_QUERY, PLAN_TEMPLATE_QUERY, PLANS_QUERY, SAVE_PLAN, SIGN_OFF_PLAN, SUBMIT_PLAN, UPDATE_MEASURE } from './operations';

const KEYS = ['improvementPlans'] as const;
const LINES: ServiceLine[] = ['SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED'];
const STAGES = ['MOBILISE', 'IMPLEMENT', 'REVIEW'] as const;

/** A button the server offers on a plan: disabled with the server's reason when it cannot be taken now. */
const Offered = ({
  plan,
  action,
  children,
  onClick,
  variant,
  color,
}: {
  plan: PlanFieldsFragment;
  action: string;
  children: string;
  onClick: () => void;
  variant?: 'text' | 'outlined' | 'contained';
  color?: 'primary' | 'success';
}) => {
  const a = plan.availableActions.find((x) => x.action === action);
  if (!a) return null;
  return (
    <Tooltip title={a.reason ?? ''}>
      <span>
        <Button variant={variant} color={color} disabled={!a.available} onClick={onClick} data-testid={`action-${action}`}>
          {children}
        </Button>
      </span>
    </Tooltip>
  );
};

const Progress = ({ plan }: { plan: PlanFieldsFragment }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 160 }}>
      <LinearProgress variant="determinate" value={(plan.doneShare ?? 0) * 100} />
      <Typography variant="caption">
        {translate('app.improvementPlans.progress', { done: plan.measuresDone, total: plan.measureCount - plan.measuresDropped, stages: plan.stagesAssessed })}
      </Typography>
    </Box>
  );
};

/** `/#/improvement-plans`: a firm's own plans (with 新建), or every firm's plans and progress for the bureau. */
export const PlanListPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const { data, isPending, error } = useGql([...KEYS, 'list'], PLANS_QUERY, {});
  const plans: PlanFieldsFragment[] = data?.improvementPlans ?? [];
  return (
    <Card>
      <Title title={translate('app.improvementPlans.title')} />
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6">{translate('app.improvementPlans.title')}</Typography>
          {hasPermission(permissions, 'improvementPlan:write') && (
            <Button variant="contained" component={Link} to="/improvement-plans/new">
              {translate('app.improvementPlans.create')}
            </Button>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.improvementPlans.hint')}
        </Typography>
        <QueryState isPending={isPending} error={error}>
          {plans.length === 0 ? (
            <EmptyBox message="app.improvementPlans.empty" />
          ) : (
            <PlainTable
              columns={[
                translate('app.improvementPlans.enterprise'),
                translate('app.improvementPlans.planTitle'),
                translate('app.improvementPlans.period'),
                translate('app.improvementPlans.status'),
                translate('app.improvementPlans.progressTitle'),
                translate('app.improvementPlans.belowStandard'),
              ]}
            >
              {plans.map((p) => (
                <TableRow key={p.id} data-testid="plan-row">
                  <TableCell>{p.enterpriseName}</TableCell>
                  <TableCell>
                    <Link to={`/improvement-plans/${p.id}`}>{p.title}</Link>
                  </TableCell>
                  <TableCell>
                    {p.periodFrom} ~ {p.periodTo}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={translate(`app.improvementPlans.statuses.${p.status}`)}
                      color={p.status === 'SIGNED_OFF' ? 'success' : p.status === 'ACTIVE' ? 'primary' : 'default'}
                    />
                  </TableCell>
                  <TableCell>
                    <Progress plan={p} />
                  </TableCell>
                  <TableCell>{p.linesBelowStandard.map((l) => translate(`app.improvementPlans.lines.${l}`)).join('、') || '—'}</TableCell>
                </TableRow>
              ))}
            </PlainTable>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};

interface EditorState {
  title: string;
  periodFrom: string;
  periodTo: string;
  goals: string;
  coordinator: string;
  owners: Record<string, string>;
  picked: string[];
  own: Record<string, string>;
}

/** `/#/improvement-plans/new` and `/#/improvement-plans/:id/edit`: the firm writes (or rewrites) its draft. */
export const PlanEditPage = () => {
  const { id } = useParams();
  const template = useGql([...KEYS, 'template'], PLAN_TEMPLATE_QUERY, {}, { enabled: !id });
  const existing = useGql([...KEYS, 'one', id], PLAN_QUERY, { id: id ?? '' }, { enabled: !!id });
  const plan = existing.data?.improvementPlan ?? null;
  const items = (id ? existing.data?.improvementPlanTemplate : template.data?.improvementPlanTemplate) ?? [];
  const pending = id ? existing.isPending : template.isPending;
  return (
    <QueryState isPending={pending} error={id ? existing.error : template.error}>
      {!pending && <PlanEditor plan={plan ?? null} template={items} />}
    </QueryState>
  );
};

const PlanEditor = ({ plan, template }: { plan: PlanFieldsFragment | null; template: { code: string; line: ServiceLine; text: string; source: string }[] }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [form, setForm] = useState<EditorState>(() => ({
    title: plan?.title ?? '',
    periodFrom: plan?.periodFrom ?? '',
    periodTo: plan?.periodTo ?? '',
    goals: plan?.goals ?? '',
    coordinator: plan?.coordinator ?? '',
    owners: Object.fromEntries((plan?.owners ?? []).map((o) => [o.line, o.name ?? ''])),
    picked: (plan?.measures ?? []).filter((m) => m.templateCode).map((m) => m.templateCode!),
    own: Object.fromEntries((plan?.measures ?? []).filter((m) => !m.templateCode).map((m) => [m.line, m.text])),
  }));
  const set = (k: 'title' | 'periodFrom' | 'periodTo' | 'goals' | 'coordinator') => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const save = async () => {
    const input = {
      title: form.title,
      periodFrom: form.periodFrom,
      periodTo: form.periodTo,
      goals: form.goals,
      coordinator: form.coordinator,
      owners: LINES.filter((l) => (form.owners[l] ?? '').trim()).map((line) => ({ line, name: form.owners[line]! })),
      measures: [
        ...template.filter((t) => form.picked.includes(t.code)).map((t) => ({ line: t.line, templateCode: t.code })),
        ...LINES.filter((l) => (form.own[l] ?? '').trim()).map((line) => ({ line, text: form.own[line]! })),
      ],
    };
    try {
      const saved = await run(SAVE_PLAN, { id: plan?.id ?? null, input }, 'saveImprovementPlan');
      await client.invalidateQueries({ queryKey: KEYS });
      navigate(`/improvement-plans/${saved.id}`);
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  const err = (k: string) => ({ error: !!errors[k], helperText: errors[k] });
  return (
    <Card>
      <Title title={translate(plan ? 'app.improvementPlans.edit' : 'app.improvementPlans.create')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 900 }}>
          <TextField label={translate('app.improvementPlans.planTitle')} name="title" value={form.title} onChange={set('title')} {...err('title')} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateTextField
              name="periodFrom"
              label={translate('app.improvementPlans.periodFrom')}
              value={form.periodFrom}
              onChange={set('periodFrom')}
              {...err('periodFrom')}
            />
            <DateTextField
              name="periodTo"
              label={translate('app.improvementPlans.periodTo')}
              value={form.periodTo}
              onChange={set('periodTo')}
              {...err('periodTo')}
            />
            <TextField
              name="coordinator"
              label={translate('app.improvementPlans.coordinator')}
              value={form.coordinator}
              onChange={set('coordinator')}
              {...err('coordinator')}
            />
          </Stack>
          <TextField
            name="goals"
            label={translate('app.improvementPlans.goals')}
            value={form.goals}
            onChange={set('goals')}
            multiline
            minRows={2}
            {...err('goals')}
          />
          {LINES.map((line) => (
            <FormPanel key={line} title={translate(`app.improvementPlans.lines.${line}`)} testId={`line-${line}`}>
              <TextField
                size="small"
                name={`owner-${line}`}
                label={translate('app.improvementPlans.owner')}
                value={form.owners[line] ?? ''}
                onChange={(e) => setForm({ ...form, owners: { ...form.owners, [line]: e.target.value } })}
                {...err(`owners.${line}`)}
                sx={{ my: 1 }}
              />
              <Box>
                {template
                  .filter((t) => t.line === line)
                  .map((t) => (
                    <FormControlLabel
                      key={t.code}
                      sx={{ display: 'flex' }}
                      control={
                        <Checkbox
                          size="small"
                          name={`measure-${t.code}`}
                          checked={form.picked.includes(t.code)}
                          onChange={(e) => setForm({ ...form, picked: e.target.checked ? [...form.picked, t.code] : form.picked.filter((c) => c !== t.code) })}
                        />
                      }
                      label={t.text}
                    />
                  ))}
              </Box>
              <TextField
                size="small"
                fullWidth
                name={`own-${line}`}
                label={translate('app.improvementPlans.ownMeasure')}
                value={form.own[line] ?? ''}
                onChange={(e) => setForm({ ...form, own: { ...form.own, [line]: e.target.value } })}
              />
            </FormPanel>
          ))}
          {Object.entries(errors)
            .filter(([k]) => k.startsWith('measures'))
            .map(([k, m]) => (
              <Alert key={k} severity="error">
                {m}
              </Alert>
            ))}
          <Box>
            <Button variant="contained" onClick={save}>
              {translate('app.improvementPlans.saveDraft')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** `/#/improvement-plans/:id`: the plan, its measures, the staged self-assessment and the company's sign-off. */
export const PlanShowPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data, isPending, error } = useGql([...KEYS, 'one', id], PLAN_QUERY, { id });
  const plan = data?.improvementPlan ?? null;
  return (
    <QueryState isPending={isPending} error={error}>
      {plan ? <PlanShow plan={plan} /> : <EmptyBox message="app.improvementPlans.notFound" />}
      <Title title={translate('app.improvementPlans.title')} />
    </QueryState>
  );
};

const PlanShow = ({ plan }: { plan: PlanFieldsFragment }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const run = useRunAction();
  const client = useQueryClient();
  const after = () => client.invalidateQueries({ queryKey: KEYS });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const next = STAGES.find((s) => !plan.assessments.some((a) => a.stage === s));
  const [stageForm, setStageForm] = useState<{ assessedOn: string; scores: Record<string, string> }>({ assessedOn: '', scores: {} });
  const [signForm, setSignForm] = useState({ signedBy: '', signedOn: '', note: '' });
  const [dropNotes, setDropNotes] = useState<Record<string, string>>({});
  const canUpdate = plan.availableActions.find((a) => a.action === 'UPDATE_MEASURE')?.available;
  const attempt = (p: Promise<unknown>) => p.then(after, (e: unknown) => setErrors(fieldErrorsOf(e)));
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
          <Typography variant="h5" data-testid="plan-title">
            {plan.title}
          </Typography>
          <Chip
            label={translate(`app.improvementPlans.statuses.${plan.status}`)}
            color={plan.status === 'SIGNED_OFF' ? 'success' : 'primary'}
            data-testid="plan-status"
          />
          <Box sx={{ flex: 1 }} />
          <Offered plan={plan} action="EDIT" onClick={() => navigate(`/improvement-plans/${plan.id}/edit`)}>
            {translate('app.improvementPlans.edit')}
          </Offered>
          <Offered plan={plan} action="SUBMIT" variant="contained" onClick={() => attempt(run(SUBMIT_PLAN, { id: plan.id }, 'submitImprovementPlan'))}>
            {translate('app.improvementPlans.submit')}
          </Offered>
        </Stack>
        <Typography color="text.secondary">
          {plan.enterpriseName} · {plan.periodFrom} ~ {plan.periodTo} · {translate('app.improvementPlans.coordinator')}: {plan.coordinator || '—'}
        </Typography>
        <Typography sx={{ my: 1, whiteSpace: 'pre-wrap' }}>{plan.goals}</Typography>
        <Progress plan={plan} />
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('app.improvementPlans.selfChecks', { checks: plan.selfChecks, issues: plan.selfCheckIssues })}
        </Typography>
        {plan.status === 'SIGNED_OFF' && (
          <Alert severity={plan.linesBelowStandard.length ? 'warning' : 'success'} sx={{ mt: 1 }} data-testid="signed-off">
            {translate('app.improvementPlans.signedOff', { by: plan.signedBy ?? '', on: plan.signedOn ?? '' })}
            {plan.signOffNote ? ` — ${plan.signOffNote}` : ''}
            {plan.linesBelowStandard.length > 0 &&
              ` · ${translate('app.improvementPlans.belowStandard')}: ${plan.linesBelowStandard.map((l) => translate(`app.improvementPlans.lines.${l}`)).join('、')}`}
          </Alert>
        )}
        {errors.planId && <Alert severity="error">{errors.planId}</Alert>}

        <Typography variant="h6" sx={{ mt: 2 }}>
          {translate('app.improvementPlans.measures')}
        </Typography>
        <PlainTable
          columns={[
            translate('app.improvementPlans.line'),
            translate('app.improvementPlans.owner'),
            translate('app.improvementPlans.measure'),
            translate('app.improvementPlans.status'),
            null,
          ]}
        >
          {plan.measures.map((m) => (
            <TableRow key={m.id} data-testid="measure-row">
              <TableCell>{translate(`app.improvementPlans.lines.${m.line}`)}</TableCell>
              <TableCell>{plan.owners.find((o) => o.line === m.line)?.name ?? '—'}</TableCell>
              <TableCell>
                {m.text}
                {m.note && (
                  <Typography variant="caption" display="block">
                    {m.note}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{translate(`app.improvementPlans.measureStatuses.${m.status}`)}</TableCell>
              <TableCell align="right">
                {canUpdate && (m.status === 'PLANNED' || m.status === 'IN_PROGRESS') && (
                  <Stack direction="row" spacing={1} justifyContent="flex-end">
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => attempt(run(UPDATE_MEASURE, { measureId: m.id, status: 'DONE', note: null }, 'updateImprovementPlanMeasure'))}
                    >
                      {translate('app.improvementPlans.markDone')}
                    </Button>
                    <TextField
                      size="small"
                      placeholder={translate('app.improvementPlans.dropNote')}
                      value={dropNotes[m.id] ?? ''}
                      onChange={(e) => setDropNotes({ ...dropNotes, [m.id]: e.target.value })}
                    />
                    <Button
                      size="small"
                      onClick={() =>
                        attempt(run(UPDATE_MEASURE, { measureId: m.id, status: 'DROPPED', note: dropNotes[m.id] ?? '' }, 'updateImprovementPlanMeasure'))
                      }
                    >
                      {translate('app.improvementPlans.drop')}
                    </Button>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </PlainTable>

        <Typography variant="h6" sx={{ mt: 2 }}>
          {translate('app.improvementPlans.assessments')}
        </Typography>
        <PlainTable columns={[translate('app.improvementPlans.line'), ...STAGES.map((s) => translate(`app.improvementPlans.stages.${s}`))]}>
          {LINES.map((line) => (
            <TableRow key={line}>
              <TableCell>{translate(`app.improvementPlans.lines.${line}`)}</TableCell>
              {STAGES.map((s) => {
                const a = plan.assessments.find((x) => x.stage === s && x.line === line);
                return (
                  <TableCell key={s} sx={{ color: a && !a.upToStandard ? 'error.main' : undefined }}>
                    {a ? `${a.score}（${a.assessedOn}）` : '—'}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </PlainTable>
        {next && plan.availableActions.find((a) => a.action === 'ASSESS')?.available && (
          <FormPanel
            title={translate('app.improvementPlans.assessStage', { stage: translate(`app.improvementPlans.stages.${next}`) })}
            spacing={{ mt: 1 }}
            testId="assess-form"
          >
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }} flexWrap="wrap">
              <DateTextField
                size="small"
                name="assessedOn"
                label={translate('app.improvementPlans.assessedOn')}
                value={stageForm.assessedOn}
                onChange={(e) => setStageForm({ ...stageForm, assessedOn: e.target.value })}
                error={!!errors.assessedOn}
                helperText={errors.assessedOn}
              />
              {LINES.map((line) => (
                <TextField
                  key={line}
                  size="small"
                  type="number"
                  name={`score-${line}`}
                  sx={{ width: 150 }}
                  label={translate(`app.improvementPlans.lines.${line}`)}
                  value={stageForm.scores[line] ?? ''}
                  onChange={(e) => setStageForm({ ...stageForm, scores: { ...stageForm.scores, [line]: e.target.value } })}
                  error={!!errors[`scores.${line}`]}
                  helperText={errors[`scores.${line}`]}
                />
              ))}
              <Button
                variant="contained"
                onClick={() =>
                  attempt(
                    run(
                      ASSESS_STAGE,
                      {
                        id: plan.id,
                        stage: next,
                        assessedOn: stageForm.assessedOn,
                        lines: LINES.filter((l) => stageForm.scores[l] !== undefined && stageForm.scores[l] !== '').map((line) => ({
                          line,
                          score: Number(stageForm.scores[line]),
                        })),
                      },
                      'assessImprovementPlanStage',
                    ).then(() => setStageForm({ assessedOn: '', scores: {} })),
                  )
                }
              >
                {translate('app.improvementPlans.recordAssessment')}
              </Button>
            </Stack>
            {errors.stage && <Alert severity="error">{errors.stage}</Alert>}
          </FormPanel>
        )}

        {plan.status === 'ACTIVE' && plan.availableActions.some((a) => a.action === 'SIGN_OFF') && (
          <FormPanel title={translate('app.improvementPlans.signOff')} spacing={{ mt: 2 }} testId="sign-off-form">
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }}>
              <TextField
                size="small"
                name="signedBy"
                label={translate('app.improvementPlans.signedBy')}
                value={signForm.signedBy}
                onChange={(e) => setSignForm({ ...signForm, signedBy: e.target.value })}
                error={!!errors.signedBy}
                helperText={errors.signedBy}
              />
              <DateTextField
                size="small"
                name="signedOn"
                label={translate('app.improvementPlans.signedOn')}
                value={signForm.signedOn}
                onChange={(e) => setSignForm({ ...signForm, signedOn: e.target.value })}
                error={!!errors.signedOn}
                helperText={errors.signedOn}
              />
              <TextField
                size="small"
                name="signOffNote"
                sx={{ flex: 1 }}
                label={translate('app.improvementPlans.signOffNote')}
                value={signForm.note}
                onChange={(e) => setSignForm({ ...signForm, note: e.target.value })}
              />
              <Offered
                plan={plan}
                action="SIGN_OFF"
                variant="contained"
                color="success"
                onClick={() => attempt(run(SIGN_OFF_PLAN, { id: plan.id, ...signForm, note: signForm.note || null }, 'signOffImprovementPlan'))}
              >
                {translate('app.improvementPlans.signOffButton')}
              </Offered>
            </Stack>
          </FormPanel>
        )}
      </CardContent>
    </Card>
  );
};
