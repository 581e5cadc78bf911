import { Card, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { publicRequest, useGql } from '../../common/api';
import { EmptyBox, QueryState } from '../../common/states';
import { PublicFrame } from '../credit/pages/PublicPages';
import { fenText } from './logic';
import { PUBLIC_TENDER_RESULTS } from './operations';

/** `/#/public/tenders` 招租结果公示: the published results of the agencies' public tenders, no login, no contacts. */
export const PublicTenderResultsPage = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['publicTenderResults'], PUBLIC_TENDER_RESULTS, {}, { client: publicRequest });
  const rows = data?.publishedTenderResults ?? [];
  return (
    <PublicFrame title="app.leasing.public.title" hint="app.leasing.public.hint">
      <Card>
        <QueryState isPending={isPending} error={error}>
          {rows.length === 0 ? (
            <EmptyBox />
          ) : (
            <Table size="small" aria-label={translate('app.leasing.public.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.leasing.public.agency')}</TableCell>
                  <TableCell>{translate('app.leasing.units.label')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.units.area')}</TableCell>
                  <TableCell>{translate('app.leasing.tenders.period')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.tenders.referenceRent')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.tenders.bidCount')}</TableCell>
                  <TableCell>{translate('app.leasing.public.winner')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.public.winningRent')}</TableCell>
                  <TableCell>{translate('app.leasing.tenders.trade')}</TableCell>
                  <TableCell align="right">{translate('app.leasing.tenders.months')}</TableCell>
                  <TableCell>{translate('app.leasing.tenders.resultPublishedOn')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.tenderId}>
                    <TableCell>{r.agencyName}</TableCell>
                    <TableCell>
                      {r.unitLabel}（{translate(`enums.LeaseUnitKind.${r.unitKind}`)}）
                    </TableCell>
                    <TableCell align="right">{r.area} m²</TableCell>
                    <TableCell>
                      {r.opensOn} – {r.closesOn}
                    </TableCell>
                    <TableCell align="right">{fenText(r.referenceRentFen)}</TableCell>
                    <TableCell align="right">{r.bidCount}</TableCell>
                    <TableCell>{r.winnerName ?? translate('app.leasing.public.noWinner')}</TableCell>
                    <TableCell align="right">{r.winningRentFen != null ? fenText(r.winningRentFen) : '—'}</TableCell>
                    <TableCell>{r.winningTrade ? translate(`enums.LeaseTrade.${r.winningTrade}`) : '—'}</TableCell>
                    <TableCell align="right">{r.winningMonths ?? '—'}</TableCell>
                    <TableCell>{r.resultPublishedOn}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </Card>
    </PublicFrame>
  );
};
