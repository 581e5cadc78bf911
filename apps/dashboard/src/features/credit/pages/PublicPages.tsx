import LoginIcon from '@mui/icons-material/Login';
import { AppBar, Box, Container, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LocalesMenuButton, Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { publicRequest } from '../../../common/api';
import { RatingView } from '../ratings/RatingPages';
import { Boards } from './Boards';

/** The frame of the pages anyone may open without signing in (outside the dashboard layout). */
export const PublicFrame = ({
  children,
  title = 'app.boards.publicTitle',
  hint = 'app.boards.publicHint',
}: {
  children: ReactNode;
  title?: string;
  hint?: string;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="static" color="primary">
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flex: 1 }}>
            {translate('app.title')} · {translate(title)}
          </Typography>
          <Button label="app.boards.title" to="/public/boards" color="inherit" />
          <Button label="app.bulletin.title" to="/public/bulletins" color="inherit" />
          <LocalesMenuButton />
          <Button label="ra.auth.sign_in" to="/login" color="inherit">
            <LoginIcon />
          </Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="xl" sx={{ py: 3 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(hint)}
        </Typography>
        {children}
      </Container>
    </Box>
  );
};

export const PublicBoardsPage = () => (
  <PublicFrame>
    <Boards client={publicRequest} signedIn={false} />
  </PublicFrame>
);

export const PublicRatingPage = () => {
  const { id } = useParams();
  return <PublicFrame>{id && <RatingView id={id} signedIn={false} />}</PublicFrame>;
};

/** The boards inside the dashboard. */
export const BoardsPage = () => (
  <Box sx={{ mt: 2 }}>
    <Title title="app.boards.title" />
    <Boards signedIn />
  </Box>
);
