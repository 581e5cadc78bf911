import { Avatar, Box, Button, Card, CardContent, CircularProgress, List, ListItemButton, ListItemText, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useState, type FormEvent } from 'react';
import { Link, LocalesMenuButton, useLogin, useNotify, useTranslate } from 'react-admin';
import { enumLabel } from '../common/enums';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts';

export const LoginPage = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [loading, setLoading] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    try {
      await login({ username: username.trim(), password });
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
      notify(message, { type: 'error' });
      setLoading(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
        p: 2,
        position: 'relative',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 760, display: 'flex', flexDirection: { xs: 'column', md: 'row' } }}>
        <CardContent component="form" onSubmit={submit} sx={{ flex: 1, p: 4 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h5" component="h1">
              {translate('app.login.title')}
            </Typography>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {translate('app.login.subtitle')}
          </Typography>
          <TextField
            label={translate('app.login.username')}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            fullWidth
            required
            autoFocus
            margin="normal"
          />
          <TextField
            label={translate('app.login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            fullWidth
            required
            margin="normal"
          />
          <Button type="submit" variant="contained" fullWidth disabled={loading} sx={{ mt: 3 }} startIcon={loading ? <CircularProgress size={18} /> : null}>
            {translate(loading ? 'app.login.signingIn' : 'app.login.signIn')}
          </Button>
          <Typography variant="body2" sx={{ mt: 2, textAlign: 'center' }}>
            <Link to="/public/boards">{translate('app.login.publicBoards')}</Link>
          </Typography>
          <Typography variant="body2" sx={{ mt: 1, textAlign: 'center' }}>
            <Link to="/public/bulletins">{translate('app.login.publicBulletins')}</Link>
          </Typography>
          <Typography variant="body2" sx={{ mt: 1, textAlign: 'center' }}>
            <Link to="/public/tenders">{translate('app.leasing.public.link')}</Link>
          </Typography>
        </CardContent>
        <CardContent sx={{ flex: 1, p: 4, bgcolor: 'action.hover' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('app.login.demoAccounts')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.login.demoHint', { password: DEMO_PASSWORD })}
          </Typography>
          <List dense>
            {DEMO_ACCOUNTS.map((account) => (
              <ListItemButton
                key={account.username}
                selected={account.username === username}
                onClick={() => {
                  setUsername(account.username);
                  setPassword(DEMO_PASSWORD);
                }}
              >
                <ListItemText primary={account.username} secondary={[enumLabel(translate, 'Role', account.role), account.scope].filter(Boolean).join(' · ')} />
              </ListItemButton>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
};
