import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { formatDateTime, todayInShanghai } from '../../common/dates';
import { OfferedAction } from '../../common/OfferedAction';
import { EmptyBox, QueryState } from '../../common/states';
import type { TenderState } from '../../gql/graphql';
import { termEnd, yuanToFen } from './logic';
import { AWARD_TENDER, PLACE_BID, SIGN_CONTRACT, TENDERS_QUERY, TENDER_QUERY, WITHDRAW_TENDER } from './operations';
import {
  EnumFilter,
  Field,
  Fields,
  LeaseTable,
  LeasingPage,
  Money,
  Pager,
  Section,
  StateChip,
  TRADES,
  To,
  enumChoices,
  span,
  usePaging,
  useReload,
} from './parts';

/** 公开招租: the agency's tenders, newest first. */
export const TendersPage = () => {
  const paging = usePaging();
  const [state, setState] = useState('');
  const filter = { state: (state || null) as TenderState | null };
  const { data, isPending, error } = useGql(['tenders', filter, paging.variables], TENDERS_QUERY, { filter, ...paging.variables });
  const tenders = data?.tenders.items ?? [];
  return (
    <LeasingPage title="app.leasing.tenders.title" hint="app.leasing.tenders.hint">
      <Section title="app.leasing.tenders.list">
        <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
          <EnumFilter
            label="app.leasing.common.filterState"
            enumName="TenderState"
            values={['OPEN', 'AWARDED', 'WITHDRAWN']}
            value={state}
            onChange={(v) => {
              setState(v);
              paging.setPage(0);
            }}
          />
        </Stack>
        <QueryState isPending={isPending} error={error}>
          <LeaseTable
            label="app.leasing.tenders.list"
            rows={tenders}
            rowKey={(t) => t.id}
            columns={(col) => [
              { label: 'app.leasing.units.label', cell: (t) => <To to={`/leasing/tenders/${t.id}`}>{t.unit.label}</To> },
              { label: 'app.leasing.tenders.period', cell: (t) => span(t.opensOn, t.closesOn) },
              col.money('app.leasing.tenders.referenceRent', (t) => t.referenceRentFen),
              { label: 'app.leasing.tenders.bidCount', align: 'right', cell: (t) => t.bids.length },
              { label: 'app.leasing.common.state', cell: (t) => <StateChip enumName="TenderState" state={t.state} /> },
              { label: 'app.leasing.tenders.resultPublishedOn', cell: (t) => t.resultPublishedOn ?? '—' },
            ]}
          />
          <Pager total={data?.tenders.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};

/** One tender: its reference rent with sources, the bids, the award; the won bid's contract signed from here. */
export const TenderPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const run = useRunAction();
  const reload = useReload();
  const navigate = useNavigate();
  const { data, isPending, error } = useGql(['tender', id], TENDER_QUERY, { id });
  const tender = data?.tender;
  const won = tender?.bids.find((b) => b.id === tender.awardedBidId);
  const today = todayInShanghai();
  return (
    <LeasingPage title="app.leasing.tenders.title">
      <QueryState isPending={isPending} error={error}>
        {!tender ? (
          <EmptyBox message="app.leasing.common.notFound" />
        ) : (
          <>
            <Section
              title={translate('app.leasing.tenders.of', { unit: tender.unit.label })}
              actions={
                <>
                  <OfferedAction actions={tender.availableActions} action="PLACE_BID" label="app.leasing.tenders.placeBid">
                    <ActionDialogButton
                      label="app.leasing.tenders.placeBid"
                      fields={[
                        { name: 'bidderName', label: 'app.leasing.tenders.bidderName', required: true },
                        { name: 'bidderContact', label: 'app.leasing.tenders.bidderContact', required: true },
                        { name: 'trade', label: 'app.leasing.tenders.trade', kind: 'select', required: true, choices: enumChoices('LeaseTrade', TRADES) },
                        { name: 'rent', label: 'app.leasing.tenders.annualRent', required: true, helperText: 'app.leasing.common.yuanHint' },
                        { name: 'months', label: 'app.leasing.tenders.months', kind: 'number', required: true, defaultValue: 12 },
                      ]}
                      onSubmit={async (v) => {
                        await run(
                          PLACE_BID,
                          {
                            input: {
                              tenderId: tender.id,
                              bidderName: String(v.bidderName ?? ''),
                              bidderContact: String(v.bidderContact ?? ''),
                              trade: String(v.trade ?? ''),
                              annualRentFen: yuanToFen(String(v.rent ?? '')) ?? -1,
                              months: Number(v.months ?? 12),
                            },
                          },
                          'placeBid',
                          'app.leasing.tenders.bidPlaced',
                        );
                        await reload();
                      }}
                    />
                  </OfferedAction>
                  <OfferedAction actions={tender.availableActions} action="AWARD" label="app.leasing.tenders.award">
                    <ActionDialogButton
                      label="app.leasing.tenders.award"
                      variant="contained"
                      fields={[]}
                      onSubmit={async () => {
                        await run(AWARD_TENDER, { tenderId: tender.id }, 'awardTender', 'app.leasing.tenders.awarded');
                        await reload();
                      }}
                    >
                      <Typography variant="body2">{translate('app.leasing.tenders.awardHint')}</Typography>
                    </ActionDialogButton>
                  </OfferedAction>
                  <OfferedAction actions={tender.availableActions} action="SIGN_CONTRACT" label="app.leasing.contracts.sign">
                    {won && (
                      <ActionDialogButton
                        label="app.leasing.contracts.sign"
                        variant="contained"
                        fields={[
                          { name: 'startDate', label: 'app.leasing.contracts.startDate', kind: 'date', required: true, defaultValue: today },
                          { name: 'endDate', label: 'app.leasing.contracts.endDate', kind: 'date', required: true, defaultValue: termEnd(today, won.months) },
                          { name: 'tenantContact', label: 'app.leasing.contracts.tenantContact', defaultValue: won.bidderContact },
                        ]}
                        onSubmit={async (v) => {
                          const contract = await run(
                            SIGN_CONTRACT,
                            {
                              input: {
                                bidId: won.id,
                                startDate: String(v.startDate ?? ''),
                                endDate: String(v.endDate ?? ''),
                                tenantContact: v.tenantContact ? String(v.tenantContact) : null,
                              },
                            },
                            'signLeaseContract',
                            'app.leasing.contracts.signed',
                          );
                          await reload();
                          navigate(`/leasing/contracts/${contract.id}`);
                        }}
                      >
                        <Typography variant="body2">{translate('app.leasing.contracts.signHint', { name: won.bidderName, months: won.months })}</Typography>
                      </ActionDialogButton>
                    )}
                  </OfferedAction>
                  <OfferedAction actions={tender.availableActions} action="WITHDRAW" label="app.leasing.tenders.withdraw">
                    <ActionDialogButton
                      label="app.leasing.tenders.withdraw"
                      color="error"
                      fields={[{ name: 'reason', label: 'app.leasing.tenders.withdrawReason', kind: 'multiline', required: true }]}
                      onSubmit={async (v) => {
                        await run(WITHDRAW_TENDER, { tenderId: tender.id, reason: String(v.reason ?? '') }, 'withdrawTender', 'app.leasing.tenders.withdrawn');
                        await reload();
                      }}
                    >
                      <Typography variant="body2">{translate('app.leasing.tenders.withdrawHint')}</Typography>
                    </ActionDialogButton>
                  </OfferedAction>
                </>
              }
            >
              <Fields>
                <Field label="app.leasing.common.state">
                  <StateChip enumName="TenderState" state={tender.state} />
                </Field>
                <Field label="app.leasing.units.label">
                  <To to={`/leasing/units/${tender.unit.id}`}>{tender.unit.label}</To>（{tender.unit.area} m²）
                </Field>
                <Field label="app.leasing.tenders.period">
                  {tender.opensOn} – {tender.closesOn}
                </Field>
                <Field label="app.leasing.tenders.referenceRent">
                  <Money fen={tender.referenceRentFen} />
                </Field>
                <Field label="app.leasing.tenders.sourcesTitle">
                  {tender.referenceSources.map((s) => (
                    <span key={s.description} style={{ display: 'block' }}>
                      {s.description}：<Money fen={s.annualRentFen} />
                    </span>
                  ))}
                </Field>
                <Field label="app.leasing.tenders.resultPublishedOn">{tender.resultPublishedOn ?? '—'}</Field>
                {tender.withdrawnOn && (
                  <Field label="app.leasing.tenders.withdrawnOn">
                    {tender.withdrawnOn}：{tender.withdrawalReason}
                  </Field>
                )}
                {tender.unit.currentContract && (
                  <Field label="app.leasing.units.contract">
                    <To to={`/leasing/contracts/${tender.unit.currentContract.id}`}>{tender.unit.currentContract.contractNo}</To>
                  </Field>
                )}
              </Fields>
            </Section>
            <Section title="app.leasing.tenders.bids">
              <LeaseTable
                label="app.leasing.tenders.bids"
                rows={tender.bids}
                rowKey={(b) => b.id}
                columns={(col) => [
                  { label: 'app.leasing.tenders.bidderName', cell: (b) => b.bidderName },
                  { label: 'app.leasing.tenders.bidderContact', cell: (b) => b.bidderContact },
                  { label: 'app.leasing.tenders.trade', cell: (b) => translate(`enums.LeaseTrade.${b.trade}`) },
                  col.money('app.leasing.tenders.annualRent', (b) => b.annualRentFen),
                  { label: 'app.leasing.tenders.months', align: 'right', cell: (b) => b.months },
                  { label: 'app.leasing.tenders.placedAt', cell: (b) => formatDateTime(b.placedAt) },
                  { label: 'app.leasing.common.state', cell: (b) => <StateChip enumName="BidState" state={b.state} /> },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </LeasingPage>
  );
};
