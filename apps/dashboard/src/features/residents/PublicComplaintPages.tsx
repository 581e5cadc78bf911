import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { ISSUE_CATEGORIES, ISSUE_CATEGORY_LABELS, type IssueCategory } from '@wuye/domain';
import { useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { publicRequest, useGql } from '../../common/api';
import { formatDateTime } from '../../common/dates';
import { QueryState } from '../../common/states';
import { acceptLanguage } from '../../i18n/locale';
import { PublicFrame } from '../credit/pages/PublicPages';
import { PUBLIC_COMMUNITIES_QUERY, PUBLIC_COMPLAINT_QUERY } from './operations';

const localeOf = (l: string) => (l === 'en' ? 'en' : 'zh-CN');

/** `/#/public/complaint`: a resident's complaint without an account; phone-sized first (one column). */
export const PublicComplaintFormPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const { data, isPending, error } = useGql(['publicCommunities'], PUBLIC_COMMUNITIES_QUERY, {}, { client: publicRequest });
  const [category, setCategory] = useState('');
  const [communityId, setCommunityId] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [receipt, setReceipt] = useState<{ trackingCode: string; duplicate: boolean } | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const body = new FormData(e.currentTarget);
      const res = await fetch('/public/complaints', { method: 'POST', body, headers: { 'Accept-Language': acceptLanguage(locale) } });
      const json = (await res.json()) as {
        trackingCode?: string;
        duplicate?: boolean;
        error?: { message: string; fields?: { field: string; message: string }[] };
      };
      if (res.ok && json.trackingCode) setReceipt({ trackingCode: json.trackingCode, duplicate: Boolean(json.duplicate) });
      else
        setProblem({
          message: json.error?.message ?? res.statusText,
          fields: Object.fromEntries((json.error?.fields ?? []).map((f) => [f.field.split('.')[0]!, f.message])),
        });
    } finally {
      setSending(false);
    }
  };

  if (receipt)
    return (
      <PublicFrame title="app.residents.formTitle" hint="app.residents.formHint">
        <Card>
          <CardContent>
            <Alert severity={receipt.duplicate ? 'info' : 'success'}>
              {translate(receipt.duplicate ? 'app.residents.duplicate' : 'app.residents.submitted')}
            </Alert>
            <Typography variant="h4" sx={{ my: 2, fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="tracking-code">
              {receipt.trackingCode}
            </Typography>
            <Button variant="contained" fullWidth onClick={() => navigate(`/public/complaint-status/${receipt.trackingCode}`)}>
              {translate('app.residents.follow')}
            </Button>
          </CardContent>
        </Card>
      </PublicFrame>
    );

  const communities = data?.publicCommunities ?? [];
  const err = (f: string) => problem?.fields[f];
  return (
    <PublicFrame title="app.residents.formTitle" hint="app.residents.formHint">
      <QueryState isPending={isPending} error={error}>
        <Card sx={{ maxWidth: 640 }}>
          <CardContent>
            <Box component="form" onSubmit={submit} noValidate>
              <Stack spacing={2}>
                {problem && <Alert severity="error">{problem.message}</Alert>}
                <TextField
                  select
                  name="category"
                  label={translate('app.residents.category')}
                  value={category}
                  onChange={(e) => setCategory(e.target.value)}
                  error={Boolean(err('category'))}
                  helperText={err('category')}
                  required
                  fullWidth
                >
                  {ISSUE_CATEGORIES.map((c) => (
                    <MenuItem key={c} value={c}>
                      {ISSUE_CATEGORY_LABELS[c as IssueCategory][localeOf(locale)]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  name="communityId"
                  label={translate('app.residents.community')}
                  value={communityId}
                  onChange={(e) => setCommunityId(e.target.value)}
                  error={Boolean(err('communityId'))}
                  helperText={err('communityId')}
                  required
                  fullWidth
                >
                  {communities.map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.townshipName} · {c.name}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  name="content"
                  label={translate('app.residents.content')}
                  multiline
                  minRows={4}
                  required
                  fullWidth
                  error={Boolean(err('content'))}
                  helperText={err('content') ?? translate('app.residents.contentHelp')}
                />
                <Box>
                  <Typography variant="body2" color={err('photos') ? 'error' : 'text.secondary'} component="label" htmlFor="complaint-photos">
                    {err('photos') ?? translate('app.residents.photos')}
                  </Typography>
                  <input id="complaint-photos" name="photos" type="file" accept="image/jpeg,image/png" multiple style={{ display: 'block', marginTop: 8 }} />
                </Box>
                <TextField
                  name="contactName"
                  label={translate('app.residents.contactName')}
                  fullWidth
                  error={Boolean(err('contactName'))}
                  helperText={err('contactName')}
                />
                <TextField
                  name="contactPhone"
                  label={translate('app.residents.contactPhone')}
                  inputMode="tel"
                  fullWidth
                  error={Boolean(err('contactPhone'))}
                  helperText={err('contactPhone')}
                />
                {/* The honeypot: off-screen and out of the tab order; people leave it empty, form-filling programs do not. */}
                <Box aria-hidden="true" sx={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
                  <label>
                    {translate('app.residents.website')}
                    <input name="website" type="text" tabIndex={-1} autoComplete="off" />
                  </label>
                </Box>
                <Button type="submit" variant="contained" size="large" disabled={sending} fullWidth>
                  {translate('app.residents.submit')}
                </Button>
              </Stack>
            </Box>
          </CardContent>
        </Card>
      </QueryState>
    </PublicFrame>
  );
};

const Line = ({ label, value }: { label: string; value: string | null | undefined }) =>
  value ? (
    <Box sx={{ py: 0.5 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Typography>
    </Box>
  ) : null;

const StatusCard = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGql(['publicComplaint', code], PUBLIC_COMPLAINT_QUERY, { code }, { client: publicRequest });
  const c = data?.publicComplaint;
  return (
    <QueryState isPending={isPending} error={error}>
      {!c ? (
        <Alert severity="warning">{translate('app.residents.notFound')}</Alert>
      ) : (
        <Card data-testid="complaint-status">
          <CardContent>
            <Typography variant="overline">{c.trackingCode}</Typography>
            <Typography variant="h5" data-testid="complaint-status-label">
              {translate(`app.residents.status.${c.status}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {c.townshipName} · {c.communityName} · {ISSUE_CATEGORY_LABELS[c.category as IssueCategory][localeOf(locale)]}
            </Typography>
            <Line label={translate('app.residents.received')} value={formatDateTime(c.receivedAt)} />
            <Line label={translate('app.residents.department')} value={c.departmentName} />
            <Line label={translate('app.residents.responded')} value={c.respondedAt ? formatDateTime(c.respondedAt) : null} />
            <Line label={translate('app.residents.handled')} value={c.handledAt ? formatDateTime(c.handledAt) : null} />
            <Line label={translate('app.residents.answer')} value={c.answer} />
            <Line label={translate('app.residents.rejection')} value={c.rejectionReasons} />
            <Line label={translate('app.residents.closed')} value={c.closedAt ? formatDateTime(c.closedAt) : null} />
            <Line label={translate('app.residents.photoCount')} value={c.photoCount ? String(c.photoCount) : null} />
          </CardContent>
        </Card>
      )}
    </QueryState>
  );
};

/** `/#/public/complaint-status/:code`: the status of a complaint by its tracking code, public facts only. */
export const PublicComplaintStatusPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const [typed, setTyped] = useState(code);
  return (
    <PublicFrame title="app.residents.statusTitle" hint="app.residents.statusHint">
      <Stack spacing={2} sx={{ maxWidth: 640 }}>
        <Box
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            navigate(`/public/complaint-status/${encodeURIComponent(typed.trim())}`);
          }}
        >
          <Stack direction="row" spacing={1}>
            <TextField name="code" label={translate('app.residents.code')} value={typed} onChange={(e) => setTyped(e.target.value)} fullWidth />
            <Button type="submit" variant="contained">
              {translate('app.residents.lookup')}
            </Button>
          </Stack>
        </Box>
        {code && <StatusCard code={code} />}
      </Stack>
    </PublicFrame>
  );
};
