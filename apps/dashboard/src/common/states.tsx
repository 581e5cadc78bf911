import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { ListSkeleton } from './ListSkeleton';

export const LoadingBox = ({ label = 'ra.page.loading' }: { label?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 2 }} role="status">
      <CircularProgress size={20} />
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
    </Box>
  );
};

export const ErrorBox = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
  return (
    <Alert severity="error" sx={{ my: 1 }}>
      {translate(message, { _: message })}
    </Alert>
  );
};

export const EmptyBox = ({ message = 'app.common.empty' }: { message?: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
};

/** Loading, error or the content; `list`: the content is a list, shown as the shared skeleton rows while it loads. */
export const QueryState = ({ isPending, error, list, children }: { isPending: boolean; error: unknown; list?: boolean; children: ReactNode }) => {
  if (error) return <ErrorBox error={error} />;
  if (isPending) return list ? <ListSkeleton /> : <LoadingBox />;
  return <>{children}</>;
};
