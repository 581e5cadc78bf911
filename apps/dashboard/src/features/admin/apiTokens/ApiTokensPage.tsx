import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  CircularProgress,
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
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, Title, useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { fieldErrorsOf, runMutation, useGql } from '../../../common/api';
import { formatDateTime, todayInShanghai } from '../../../common/dates';
import { EmptyBox, QueryState } from '../../../common/states';
import { API_TOKENS_QUERY, CREATE_API_TOKEN, REVOKE_API_TOKEN, curlExample, type ApiTokenRow } from './operations';

const QUERY_KEY = ['apiTokens'];

/** An analyst's own API tokens: list with last use, create (shown once), revoke. */
export const ApiTokensPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { data, isPending, error } = useGql(QUERY_KEY, API_TOKENS_QUERY);
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['gql', ...QUERY_KEY] });

  const create = async () => {
    setFieldError(null);
    setFormError(null);
    if (!name.trim()) {
      setFieldError(translate('ra.validation.required'));
      return;
    }
    setBusy(true);
    try {
      const result = await runMutation(CREATE_API_TOKEN, { name: name.trim() }, 'createApiToken');
      setCreated({ name: result.apiToken.name, token: result.token });
      setName('');
      await reload();
    } catch (e) {
      if (await logoutIfAccessDenied(e)) return;
      const byField = fieldErrorsOf(e);
      setFieldError(byField.name ?? null);
      // Errors on other fields (the limit on active tokens) and plain failures go above the form.
      const others = Object.entries(byField)
        .filter(([field]) => field !== 'name')
        .map(([, message]) => message);
      setFormError(others.length > 0 ? others.join('；') : byField.name ? null : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    const row = revoking;
    setRevoking(null);
    if (!row) return;
    try {
      await runMutation(REVOKE_API_TOKEN, { id: row.id }, 'revokeApiToken');
      notify('app.apiTokens.revokedDone', { type: 'success' });
      await reload();
    } catch (e) {
      if (await logoutIfAccessDenied(e)) return;
      notify(e instanceof Error && e.message ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  const tokens = data?.apiTokens ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.apiTokens.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.apiTokens.intro')}
          </Typography>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            alignItems="flex-start"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <TextField
              name="name"
              label={translate('app.apiTokens.name')}
              placeholder={translate('app.apiTokens.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={!!fieldError}
              helperText={fieldError ?? ' '}
              required
              size="small"
              sx={{ minWidth: 320 }}
              slotProps={{ htmlInput: { maxLength: 100 } }}
            />
            <MuiButton type="submit" variant="contained" startIcon={busy ? <CircularProgress size={16} /> : <AddIcon />} disabled={busy}>
              {translate('app.apiTokens.create')}
            </MuiButton>
          </Stack>
          {formError && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {translate(formError, { _: formError })}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          {tokens.length === 0 ? (
            <EmptyBox message="app.apiTokens.empty" />
          ) : (
            <Table size="small" aria-label={translate('app.apiTokens.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.apiTokens.name')}</TableCell>
                  <TableCell>{translate('app.apiTokens.createdAt')}</TableCell>
                  <TableCell>{translate('app.apiTokens.lastUsedAt')}</TableCell>
                  <TableCell>{translate('app.apiTokens.status')}</TableCell>
                  <TableCell>{translate('app.common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {tokens.map((t) => (
                  <TableRow key={t.id} data-token-name={t.name}>
                    <TableCell>{t.name}</TableCell>
                    <TableCell>{formatDateTime(t.createdAt)}</TableCell>
                    <TableCell>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : translate('app.apiTokens.neverUsed')}</TableCell>
                    <TableCell>
                      {t.revokedAt ? (
                        <Chip size="small" label={translate('app.apiTokens.revoked', { at: formatDateTime(t.revokedAt) })} />
                      ) : (
                        <Chip size="small" color="success" variant="outlined" label={translate('app.apiTokens.active')} />
                      )}
                    </TableCell>
                    <TableCell>
                      {!t.revokedAt && (
                        <Button label="app.apiTokens.revoke" color="error" onClick={() => setRevoking(t)}>
                          <BlockIcon />
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </Card>
      <Confirm
        isOpen={revoking !== null}
        title={translate('app.apiTokens.revokeTitle', { name: revoking?.name ?? '' })}
        content="app.apiTokens.revokeConfirm"
        confirm="app.apiTokens.revoke"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
      {created && <CreatedTokenDialog name={created.name} token={created.token} onClose={() => setCreated(null)} />}
    </Box>
  );
};

/** The new token, shown this once, with a copy button and a shell example. */
const CreatedTokenDialog = ({ name, token, onClose }: { name: string; token: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const example = curlExample(window.location.origin, token, todayInShanghai().slice(0, 4));
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify('app.apiTokens.copied', { type: 'info' });
    } catch {
      notify('app.apiTokens.copyFailed', { type: 'warning' });
    }
  };
  return (
    <Dialog open onClose={(_e, reason) => reason !== 'backdropClick' && onClose()} fullWidth maxWidth="md" aria-labelledby="created-token-title">
      <DialogTitle id="created-token-title">{translate('app.apiTokens.createdTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{translate('app.apiTokens.once')}</Alert>
          <Stack direction="row" spacing={1} alignItems="center">
            <TextField
              label={translate('app.apiTokens.token')}
              value={token}
              fullWidth
              size="small"
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'new-api-token', style: { fontFamily: 'monospace' } } }}
              onFocus={(e) => e.target.select()}
            />
            <MuiButton variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => copy(token)}>
              {translate('app.apiTokens.copy')}
            </MuiButton>
          </Stack>
          <Box>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="subtitle2">{translate('app.apiTokens.curlTitle')}</Typography>
              <MuiButton size="small" startIcon={<ContentCopyIcon />} onClick={() => copy(example)}>
                {translate('app.apiTokens.copy')}
              </MuiButton>
            </Stack>
            <Box
              component="pre"
              data-testid="curl-example"
              sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: 12, whiteSpace: 'pre' }}
            >
              {example}
            </Box>
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton variant="contained" onClick={onClose}>
          {translate('app.apiTokens.saved')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
