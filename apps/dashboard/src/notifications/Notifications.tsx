import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Card, Chip, IconButton, List, ListItem, ListItemText, Stack, TablePagination, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Link, Title, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { request, useGql } from '../common/api';
import { formatDateTime } from '../common/dates';
import { EmptyBox, QueryState } from '../common/states';
import { MARK_READ, NOTIFICATIONS_QUERY, UNREAD_QUERY } from '../features/credit/pages/operations';

/** The bell of the app bar: unread messages, polled every minute. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data } = useGql(['unread'], UNREAD_QUERY, {}, { refetchInterval: 60_000 });
  const unread = data?.notifications.unread ?? 0;
  const label = translate('app.notifications.unread', { count: unread });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" onClick={() => navigate('/notifications')} aria-label={label}>
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};

export const NotificationsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, isPending, error } = useGql(['notifications'], NOTIFICATIONS_QUERY, { page, perPage: 25, unreadOnly });
  const mark = async (ids?: string[]) => {
    try {
      const result = await request(MARK_READ, ids ? { ids } : {});
      notify('app.notifications.marked', { type: 'info', messageArgs: { count: result.markNotificationRead } });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  const n = data?.notifications;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.notifications.title" />
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {n ? translate('app.notifications.summary', { total: n.total, unread: n.unread }) : ''}
        </Typography>
        <Chip
          label={translate('app.notifications.unreadOnly')}
          color={unreadOnly ? 'primary' : 'default'}
          onClick={() => {
            setUnreadOnly(!unreadOnly);
            setPage(1);
          }}
        />
        <Button label="app.notifications.markAll" onClick={() => mark()} disabled={!n?.unread}>
          <DoneAllIcon />
        </Button>
      </Stack>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          {!n?.items.length ? (
            <EmptyBox message="app.notifications.empty" />
          ) : (
            <List dense>
              {n.items.map((item) => (
                <ListItem
                  key={item.id}
                  divider
                  sx={{ bgcolor: item.readAt ? undefined : 'action.hover' }}
                  secondaryAction={
                    !item.readAt && (
                      <Button label="app.notifications.markRead" onClick={() => mark([item.id])}>
                        <DoneAllIcon />
                      </Button>
                    )
                  }
                >
                  <ListItemText
                    primary={
                      <>
                        {!item.readAt && <Chip size="small" color="error" label={translate('app.notifications.new')} sx={{ mr: 1 }} />}
                        {item.recordId ? <Link to={`/creditRecords/${item.recordId}/show`}>{item.title}</Link> : item.title}
                      </>
                    }
                    secondary={`${formatDateTime(item.createdAt)}${item.body ? ` · ${item.body}` : ''}`}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </QueryState>
        <TablePagination
          component="div"
          count={n?.total ?? 0}
          page={page - 1}
          rowsPerPage={25}
          rowsPerPageOptions={[25]}
          onPageChange={(_e, p) => setPage(p + 1)}
        />
      </Card>
    </Box>
  );
};
