import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { publicRequest, useGql } from '../../common/api';
import { EmptyBox, QueryState } from '../../common/states';
import type { PublicRandomDrawsQuery } from '../../gql/graphql';
import { PublicFrame } from '../credit/pages/PublicPages';
import { PUBLIC_RANDOM_DRAWS_QUERY } from './operations';

type Draw = PublicRandomDrawsQuery['randomDraws'][number];

/** One published draw: its seed and policy, the list with teams and results, and the reproduce check. */
const PublishedDraw = ({ draw }: { draw: Draw }) => {
  const translate = useTranslate();
  const [checked, setChecked] = useState(false);
  return (
    <Card sx={{ mb: 2 }} data-testid="published-draw">
      <CardContent>
        <Typography variant="h6">{draw.title}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.randomDraws.policy')}: {draw.policy.label} · {translate('app.randomDraws.seed')}: <code>{draw.seed}</code> ·{' '}
          {translate('app.randomDraws.dueBy')}: {draw.dueBy}
        </Typography>
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              {['position', 'community', 'township', 'enterprise', 'weight', 'inspectors', 'result'].map((k) => (
                <TableCell key={k}>{translate(`app.randomDraws.${k}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {draw.communities.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.position}</TableCell>
                <TableCell>{c.communityName}</TableCell>
                <TableCell>{c.townshipName}</TableCell>
                <TableCell>{c.enterpriseName ?? '—'}</TableCell>
                <TableCell>{c.weight}</TableCell>
                <TableCell>{c.inspectors.map((i) => (i.unitName ? `${i.name}（${i.unitName}）` : i.name)).join('、')}</TableCell>
                <TableCell>
                  {!c.result
                    ? translate('app.randomDraws.pending')
                    : c.result.refusedToCooperate
                      ? translate('app.randomDraws.refused')
                      : translate('app.randomDraws.resultText', { score: c.result.score ?? '—', findings: c.result.findingCount })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 1 }}>
          <Button size="small" variant="outlined" onClick={() => setChecked(true)}>
            {translate('app.randomDraws.reproduce')}
          </Button>
          {checked && draw.reproduction && (
            <Alert severity={draw.reproduction.matches ? 'success' : 'error'} sx={{ py: 0 }}>
              {translate(draw.reproduction.matches ? 'app.randomDraws.reproduced' : 'app.randomDraws.notReproduced')}
            </Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** `/#/public/random-inspections`: the published draws, no login. */
export const PublicDrawsPage = () => {
  const { data, isPending, error } = useGql(['randomDraws', 'public'], PUBLIC_RANDOM_DRAWS_QUERY, {}, { client: publicRequest });
  const draws = (data?.randomDraws ?? []).filter((d) => d.status === 'PUBLISHED');
  return (
    <PublicFrame title="app.randomDraws.publicTitle" hint="app.randomDraws.publicHint">
      <QueryState list isPending={isPending} error={error}>
        <Box>{draws.length === 0 ? <EmptyBox message="app.randomDraws.none" /> : draws.map((d) => <PublishedDraw key={d.id} draw={d} />)}</Box>
      </QueryState>
    </PublicFrame>
  );
};
