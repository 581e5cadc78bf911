import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { HttpError } from 'ra-core';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf, publicRequest, useGql, useRunAction } from '../../common/api';
import { DateTextField, FormPanel, PlainTable } from '../../common/layout';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { unwrapMutationResult } from '../../dataProvider/errors';
import type { MutationResultShape } from '../../dataProvider/types';
import type { SurveyAnswer, SurveyFieldsFragment } from '../../gql/graphql';
import { PublicFrame } from '../credit/pages/PublicPages';
import { ANSWER_SURVEY, CLOSE_SURVEY, CREATE_SURVEY, ENTER_SURVEY_ANSWER, PUBLIC_COMMUNITIES_QUERY, SURVEY_QUERY, SURVEYS_QUERY } from './operations';

const KEYS = ['surveys'] as const;
const ANSWERS: SurveyAnswer[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];
const pct = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);

const Result = ({ s }: { s: SurveyFieldsFragment }) => {
  const translate = useTranslate();
  return (
    <span>
      {s.answers}/{s.sampleSize} · {pct(s.rate)}
      {!s.counts && s.answers > 0 && ` (${translate('app.surveys.notCounting')})`}
    </span>
  );
};

/** `/#/surveys`: the surveys in the caller's scope; the bureau sets one up for a community with a household sample. */
export const SurveyListPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'inspection:create');
  const { data, isPending, error } = useGql([...KEYS, 'list'], SURVEYS_QUERY, {});
  const surveys = data?.satisfactionSurveys ?? [];
  return (
    <Card>
      <Title title={translate('app.surveys.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.surveys.hint')}
        </Typography>
        {manage && <CreateSurvey />}
        <QueryState isPending={isPending} error={error}>
          {surveys.length === 0 ? (
            <EmptyBox message="app.surveys.empty" />
          ) : (
            <PlainTable
              columns={[
                translate('app.surveys.surveyTitle'),
                translate('app.surveys.community'),
                translate('app.surveys.enterprise'),
                translate('app.surveys.window'),
                translate('app.surveys.status'),
                translate('app.surveys.result'),
                'G6',
              ]}
            >
              {surveys.map((s) => (
                <TableRow key={s.id} data-testid="survey-row">
                  <TableCell>
                    <Link to={`/surveys/${s.id}`}>{s.title}</Link>
                  </TableCell>
                  <TableCell>{s.communityName}</TableCell>
                  <TableCell>{s.enterpriseName ?? '—'}</TableCell>
                  <TableCell>
                    {s.opensOn} ~ {s.closesOn}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={translate(`app.surveys.statuses.${s.status}`)} color={s.status === 'OPEN' ? 'primary' : 'default'} />
                  </TableCell>
                  <TableCell>
                    <Result s={s} />
                  </TableCell>
                  <TableCell>{s.g6Proposed ? translate('app.surveys.g6Yes') : '—'}</TableCell>
                </TableRow>
              ))}
            </PlainTable>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};

const CreateSurvey = () => {
  const translate = useTranslate();
  const run = useRunAction();
  const navigate = useNavigate();
  const communities = useGql(['publicCommunities'], PUBLIC_COMMUNITIES_QUERY, {});
  const [form, setForm] = useState({ communityId: '', title: '', sampleSize: '', opensOn: '', closesOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const err = (k: string) => ({ error: !!errors[k], helperText: errors[k] });
  const create = async () => {
    try {
      const s = await run(CREATE_SURVEY, { input: { ...form, sampleSize: form.sampleSize ? Number(form.sampleSize) : null } }, 'createSatisfactionSurvey');
      navigate(`/surveys/${s.id}`);
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <FormPanel title={translate('app.surveys.create')} spacing={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }}>
        <TextField
          select
          size="small"
          sx={{ minWidth: 240 }}
          name="communityId"
          label={translate('app.surveys.community')}
          value={form.communityId}
          onChange={set('communityId')}
          {...err('communityId')}
        >
          {(communities.data?.publicCommunities ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.townshipName} · {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" name="title" label={translate('app.surveys.surveyTitle')} value={form.title} onChange={set('title')} {...err('title')} />
        <TextField
          size="small"
          type="number"
          name="sampleSize"
          sx={{ width: 150 }}
          label={translate('app.surveys.sampleSize')}
          value={form.sampleSize}
          onChange={set('sampleSize')}
          {...err('sampleSize')}
        />
        <DateTextField
          size="small"
          name="opensOn"
          label={translate('app.surveys.opensOn')}
          value={form.opensOn}
          onChange={set('opensOn')}
          {...err('opensOn')}
        />
        <DateTextField
          size="small"
          name="closesOn"
          label={translate('app.surveys.closesOn')}
          value={form.closesOn}
          onChange={set('closesOn')}
          {...err('closesOn')}
        />
        <Button variant="contained" onClick={create}>
          {translate('app.surveys.createButton')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('app.surveys.sampleHint')}
      </Typography>
    </FormPanel>
  );
};

/** `/#/surveys/:id`: result, the printable code sheet, staff entry of paper answers, closing (G6 shown). */
export const SurveyShowPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'inspection:create');
  const run = useRunAction();
  const client = useQueryClient();
  const { data, isPending, error } = useGql([...KEYS, 'one', id, manage], SURVEY_QUERY, { id, withCodes: manage });
  const [entry, setEntry] = useState<{ code: string; answer: string; comment: string }>({ code: '', answer: '', comment: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [closed, setClosed] = useState<boolean | null>(null);
  const s = data?.satisfactionSurvey;
  const after = () => client.invalidateQueries({ queryKey: KEYS });
  const enter = async () => {
    try {
      await run(
        ENTER_SURVEY_ANSWER,
        { code: entry.code, answer: entry.answer as SurveyAnswer, comment: entry.comment || null },
        'enterSatisfactionSurveyAnswer',
      );
      setEntry({ code: '', answer: entry.answer, comment: '' });
      setErrors({});
      await after();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  const close = async () => {
    const r = await run(CLOSE_SURVEY, { id }, 'closeSatisfactionSurvey');
    setClosed(r.g6Proposed);
    await after();
  };
  return (
    <QueryState isPending={isPending} error={error}>
      <Title title={translate('app.surveys.title')} />
      {!s ? (
        <EmptyBox message="app.surveys.notFound" />
      ) : (
        <Card>
          <CardContent>
            <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" className="no-print">
              <Typography variant="h5">{s.title}</Typography>
              <Chip label={translate(`app.surveys.statuses.${s.status}`)} color={s.status === 'OPEN' ? 'primary' : 'default'} data-testid="survey-status" />
            </Stack>
            <Typography color="text.secondary">
              {s.communityName} · {s.enterpriseName ?? '—'} · {s.opensOn} ~ {s.closesOn}
            </Typography>
            <Typography sx={{ my: 1 }} data-testid="survey-result">
              {translate('app.surveys.resultLine', {
                answers: s.answers,
                sample: s.sampleSize,
                satisfied: s.satisfied,
                basically: s.basicallySatisfied,
                dissatisfied: s.dissatisfied,
                rate: pct(s.rate),
              })}
            </Typography>
            {s.status === 'CLOSED' && (
              <Alert severity={s.g6Proposed ? 'success' : 'info'} data-testid="g6-outcome">
                {s.g6Proposed
                  ? translate('app.surveys.g6Proposed', { firm: s.enterpriseName ?? '' })
                  : translate(!s.counts ? 'app.surveys.g6NotCounting' : !s.enterpriseName ? 'app.surveys.g6NoFirm' : 'app.surveys.g6Below')}
              </Alert>
            )}
            {closed === true && <Alert severity="success">{translate('app.surveys.closedWithG6')}</Alert>}
            {manage && s.status === 'OPEN' && (
              <FormPanel title={translate('app.surveys.enter')} spacing={{ my: 2 }} className="no-print">
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} alignItems={{ md: 'center' }}>
                  <TextField
                    size="small"
                    name="surveyCode"
                    label={translate('app.surveys.code')}
                    value={entry.code}
                    onChange={(e) => setEntry({ ...entry, code: e.target.value })}
                    error={!!errors.surveyCode}
                    helperText={errors.surveyCode}
                  />
                  <RadioGroup row value={entry.answer} onChange={(e) => setEntry({ ...entry, answer: e.target.value })}>
                    {ANSWERS.map((a) => (
                      <FormControlLabel key={a} value={a} control={<Radio size="small" />} label={translate(`app.surveys.answers.${a}`)} />
                    ))}
                  </RadioGroup>
                  <TextField
                    size="small"
                    name="comment"
                    label={translate('app.surveys.comment')}
                    value={entry.comment}
                    onChange={(e) => setEntry({ ...entry, comment: e.target.value })}
                  />
                  <Button variant="contained" disabled={!entry.code || !entry.answer} onClick={enter}>
                    {translate('app.surveys.enterButton')}
                  </Button>
                </Stack>
                <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                  <Button variant="outlined" onClick={() => window.print()}>
                    {translate('app.surveys.print')}
                  </Button>
                  <Button variant="contained" color="warning" onClick={() => close().catch(() => undefined)}>
                    {translate('app.surveys.close')}
                  </Button>
                </Stack>
              </FormPanel>
            )}
            {s.codes && (
              <Box data-testid="code-sheet">
                <Typography variant="h6" sx={{ mt: 2 }}>
                  {translate('app.surveys.codeSheet')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.surveys.codeSheetHint', { url: `${window.location.origin}/#/public/survey` })}
                </Typography>
                <PlainTable columns={[translate('app.surveys.position'), translate('app.surveys.code'), translate('app.surveys.used')]}>
                  {s.codes.map((c) => (
                    <TableRow key={c.position}>
                      <TableCell>{c.position}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: '1.1em' }}>{c.code}</TableCell>
                      <TableCell>{c.used ? translate(`app.surveys.channels.${c.channel ?? 'ONLINE'}`) : ''}</TableCell>
                    </TableRow>
                  ))}
                </PlainTable>
              </Box>
            )}
          </CardContent>
        </Card>
      )}
    </QueryState>
  );
};

/** `/#/public/survey`: a resident answers with the one-time code from the sheet; phone-sized first (one column). */
export const PublicSurveyPage = () => {
  const translate = useTranslate();
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ surveyTitle: string; communityName: string } | null>(null);
  const submit = async () => {
    setProblem(null);
    setErrors({});
    try {
      const data = await publicRequest(ANSWER_SURVEY, { code, answer: answer as SurveyAnswer, comment: comment || null });
      setDone(unwrapMutationResult(data.answerSatisfactionSurvey as MutationResultShape) as { surveyTitle: string; communityName: string });
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setProblem(e instanceof HttpError || e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <PublicFrame title="app.surveys.publicTitle" hint="app.surveys.publicHint">
      <Card sx={{ maxWidth: 560 }}>
        <CardContent>
          {done ? (
            <Alert severity="success" data-testid="survey-thanks">
              {translate('app.surveys.thanks', { title: done.surveyTitle, community: done.communityName })}
            </Alert>
          ) : (
            <Stack spacing={2}>
              {problem && <Alert severity="error">{problem}</Alert>}
              <TextField
                name="surveyCode"
                label={translate('app.surveys.code')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                error={!!errors.surveyCode}
                helperText={errors.surveyCode ?? translate('app.surveys.codeHelp')}
                fullWidth
              />
              <RadioGroup value={answer} onChange={(e) => setAnswer(e.target.value)}>
                {ANSWERS.map((a) => (
                  <FormControlLabel key={a} value={a} control={<Radio />} label={translate(`app.surveys.answers.${a}`)} />
                ))}
              </RadioGroup>
              {errors.answer && <Alert severity="error">{errors.answer}</Alert>}
              <TextField
                name="comment"
                label={translate('app.surveys.comment')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                multiline
                minRows={2}
                fullWidth
                error={!!errors.comment}
                helperText={errors.comment}
              />
              <Button variant="contained" size="large" fullWidth disabled={!code || !answer} onClick={submit}>
                {translate('app.surveys.send')}
              </Button>
            </Stack>
          )}
        </CardContent>
      </Card>
    </PublicFrame>
  );
};
