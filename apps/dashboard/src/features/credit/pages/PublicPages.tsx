import LoginIcon from '@mui/icons-material/Login';
import { AppBar, Box, Card, CardContent, Container, Stack, Table, TableBody, TableCell, TableHead, TableRow, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LocalesMenuButton, Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { publicRequest, useGql } from '../../../common/api';
import { formatScore } from '../../../common/format';
import { EmptyBox, QueryState } from '../../../common/states';
import { GradeBadge, ListingChip } from './FirmSearch';
import { PUBLIC_FIRM_QUERY } from './operations';
import { LocalisedDefaults } from '../../../layout/AppLayout';
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
    <LocalisedDefaults>
      <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
        <AppBar position="static" color="primary">
          <Toolbar>
            <Typography variant="h6" component="div" sx={{ flex: 1 }}>
              {translate('app.title')} · {translate(title)}
            </Typography>
            <Button label="app.boards.title" to="/public/boards" color="inherit" />
            <Button label="app.bulletin.title" to="/public/bulletins" color="inherit" />
            <Button label="app.publicity.publicTitle" to="/public/news" color="inherit" />
            <Button label="app.leasing.public.title" to="/public/tenders" color="inherit" />
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
    </LocalisedDefaults>
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

/** 企业信用公示页: what is public about one firm — its listings today and its places in the published ratings. */
export const PublicFirmPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['public-firm', id], PUBLIC_FIRM_QUERY, { id: id ?? '' }, { client: publicRequest, enabled: !!id });
  const firm = data?.publicFirm;
  return (
    <PublicFrame title="app.boards.firm.title" hint="app.boards.firm.hint">
      <QueryState isPending={isPending} error={error}>
        {data && !firm && <EmptyBox message="app.boards.firm.notFound" />}
        {firm && (
          <Card>
            <CardContent>
              <Typography variant="h5" component="h1">
                {firm.name}
              </Typography>
              <Typography variant="body2" color="text.secondary" gutterBottom sx={{ whiteSpace: 'nowrap' }}>
                {translate('app.boards.fields.uscc')}：{firm.uscc}
              </Typography>
              <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                {translate('app.boards.fields.listStatus')}
              </Typography>
              {firm.listings.length === 0 ? (
                <EmptyBox message="app.boards.firm.notListed" />
              ) : (
                <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }}>
                  {firm.listings.map((l, n) => (
                    <ListingChip key={n} kind={l.kind} reasonText={l.reasonText} until={l.until} />
                  ))}
                </Stack>
              )}
              <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                {translate('app.boards.ratings')}
              </Typography>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.rating.fields.quarter')}</TableCell>
                      <TableCell align="right">{translate('app.boards.fields.rank')}</TableCell>
                      <TableCell align="right">{translate('app.boards.fields.score')}</TableCell>
                      <TableCell>{translate('app.boards.fields.grade')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {firm.ratings.map((r) => (
                      <TableRow key={r.quarter}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.quarter}</TableCell>
                        <TableCell align="right">{r.rated.rank}</TableCell>
                        <TableCell align="right">{formatScore(r.rated.score)}</TableCell>
                        <TableCell>
                          <GradeBadge grade={r.rated.grade} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </CardContent>
          </Card>
        )}
      </QueryState>
    </PublicFrame>
  );
};

/** The boards inside the dashboard. */
export const BoardsPage = () => (
  <Box sx={{ mt: 2 }}>
    <Title title="app.boards.title" />
    <Boards signedIn />
  </Box>
);
