import AddIcon from '@mui/icons-material/Add';
import { Checkbox, FormControlLabel, FormGroup, FormLabel, Stack } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { OfferedAction } from '../../common/OfferedAction';
import { EmptyBox, QueryState } from '../../common/states';
import type { LeaseTrade, LeaseUnitKind, LeaseUnitState } from '../../gql/graphql';
import { parseSources } from './logic';
import { UnitPhotos } from './UnitPhotos';
import { LIST_UNIT, PUBLISH_TENDER, UNITS_QUERY, UNIT_QUERY } from './operations';
import {
  EnumFilter,
  FilterBar,
  Field,
  Fields,
  LeaseTable,
  LeasingPage,
  Pager,
  Section,
  SearchFilter,
  StateChip,
  TRADES,
  To,
  enumChoices,
  span,
  usePaging,
  useReload,
} from './parts';

const LAWFUL_TRADES = TRADES.filter((t) => !['FIREWORKS', 'FLAMMABLE_EXPLOSIVE', 'HAZARDOUS_CHEMICALS'].includes(t));

/** 房屋资产: the agency's lettable units, filtered and paged; a new unit recorded here. */
export const UnitsPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'lease:manage');
  const run = useRunAction();
  const reload = useReload();
  const navigate = useNavigate();
  const paging = usePaging();
  const [state, setState] = useState('');
  const [q, setQ] = useState('');
  const [uses, setUses] = useState<string[]>(['RETAIL']);
  const filter = { state: (state || null) as LeaseUnitState | null, q: q.trim() || null };
  const { data, isPending, error } = useGql(['leaseUnits', filter, paging.variables], UNITS_QUERY, { filter, ...paging.variables });
  const units = data?.leaseUnits.items ?? [];
  return (
    <LeasingPage
      title="app.leasing.units.title"
      hint="app.leasing.units.hint"
      actions={
        manage && (
          <ActionDialogButton
            label="app.leasing.units.create"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              { name: 'building', label: 'app.leasing.units.building', required: true },
              { name: 'floor', label: 'app.leasing.units.floor', required: true },
              { name: 'room', label: 'app.leasing.units.room', required: true },
              {
                name: 'kind',
                label: 'app.leasing.units.kind',
                kind: 'select',
                required: true,
                defaultValue: 'SHOP',
                choices: enumChoices('LeaseUnitKind', ['SHOP', 'ROOM']),
              },
              { name: 'area', label: 'app.leasing.units.area', required: true, helperText: 'app.leasing.units.areaHint' },
              { name: 'condition', label: 'app.leasing.units.condition', kind: 'multiline', required: true, defaultValue: '完好' },
              {
                name: 'uses',
                label: 'app.leasing.units.permittedUse',
                kind: 'custom',
                render: () => (
                  <FormGroup>
                    <FormLabel>{translate('app.leasing.units.permittedUse')}</FormLabel>
                    <Stack direction="row" flexWrap="wrap">
                      {LAWFUL_TRADES.map((t) => (
                        <FormControlLabel
                          key={t}
                          label={translate(`enums.LeaseTrade.${t}`)}
                          control={
                            <Checkbox
                              size="small"
                              checked={uses.includes(t)}
                              onChange={(e) => setUses((u) => (e.target.checked ? [...u, t] : u.filter((x) => x !== t)))}
                            />
                          }
                        />
                      ))}
                    </Stack>
                  </FormGroup>
                ),
              },
            ]}
            onSubmit={async (v) => {
              const unit = await run(
                LIST_UNIT,
                {
                  input: {
                    building: String(v.building ?? ''),
                    floor: String(v.floor ?? ''),
                    room: String(v.room ?? ''),
                    kind: String(v.kind ?? 'SHOP') as LeaseUnitKind,
                    area: String(v.area ?? ''),
                    condition: String(v.condition ?? ''),
                    permittedUse: uses as LeaseTrade[],
                  },
                },
                'listLeaseUnit',
                'app.leasing.units.created',
              );
              await reload();
              navigate(`/leasing/units/${unit.id}`);
            }}
          />
        )
      }
    >
      <Section title="app.leasing.units.list">
        <FilterBar>
          <EnumFilter
            label="app.leasing.units.filterState"
            enumName="LeaseUnitState"
            values={['VACANT', 'LISTED', 'LET']}
            value={state}
            onChange={(v) => (setState(v), paging.setPage(0))}
          />
          <SearchFilter label="app.leasing.units.search" value={q} onChange={(v) => (setQ(v), paging.setPage(0))} />
        </FilterBar>
        <QueryState isPending={isPending} error={error}>
          <LeaseTable
            label="app.leasing.units.list"
            rows={units}
            rowKey={(u) => u.id}
            columns={() => [
              { label: 'app.leasing.units.label', cell: (u) => <To to={`/leasing/units/${u.id}`}>{u.label}</To> },
              { label: 'app.leasing.units.kind', cell: (u) => translate(`enums.LeaseUnitKind.${u.kind}`) },
              { label: 'app.leasing.units.area', align: 'right', cell: (u) => u.area },
              { label: 'app.leasing.units.permittedUse', cell: (u) => u.permittedUse.map((t) => translate(`enums.LeaseTrade.${t}`)).join('、') },
              { label: 'app.leasing.common.state', cell: (u) => <StateChip enumName="LeaseUnitState" state={u.state} /> },
              {
                label: 'app.leasing.contracts.tenant',
                cell: (u) => (u.currentContract ? <To to={`/leasing/contracts/${u.currentContract.id}`}>{u.currentContract.tenantName}</To> : '—'),
              },
              { label: 'app.leasing.contracts.endDate', cell: (u) => u.currentContract?.endDate ?? '—' },
            ]}
          />
          <Pager total={data?.leaseUnits.total ?? 0} paging={paging} />
        </QueryState>
      </Section>
    </LeasingPage>
  );
};

/** One unit: its particulars, the duties of each side, its meters, its contract and tenders; listing it for tender. */
export const UnitPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const run = useRunAction();
  const reload = useReload();
  const navigate = useNavigate();
  const { data, isPending, error } = useGql(['leaseUnit', id], UNIT_QUERY, { id });
  const unit = data?.leaseUnit;
  const today = todayInShanghai();
  return (
    <LeasingPage title="app.leasing.units.title">
      <QueryState isPending={isPending} error={error}>
        {!unit ? (
          <EmptyBox message="app.leasing.common.notFound" />
        ) : (
          <>
            <Section
              title={unit.label}
              actions={
                <OfferedAction actions={unit.availableActions} action="PUBLISH_TENDER" label="app.leasing.units.publishTender">
                  <ActionDialogButton
                    label="app.leasing.units.publishTender"
                    variant="contained"
                    fields={[
                      { name: 'opensOn', label: 'app.leasing.tenders.opensOn', kind: 'date', required: true, defaultValue: today },
                      { name: 'closesOn', label: 'app.leasing.tenders.closesOn', kind: 'date', required: true, min: today },
                      {
                        name: 'sources',
                        label: 'app.leasing.tenders.sources',
                        kind: 'multiline',
                        required: true,
                        helperText: 'app.leasing.tenders.sourcesHint',
                      },
                    ]}
                    onSubmit={async (v) => {
                      const tender = await run(
                        PUBLISH_TENDER,
                        {
                          input: {
                            unitId: unit.id,
                            opensOn: String(v.opensOn ?? ''),
                            closesOn: String(v.closesOn ?? ''),
                            referenceSources: parseSources(String(v.sources ?? '')),
                          },
                        },
                        'publishTender',
                        'app.leasing.tenders.published',
                      );
                      await reload();
                      navigate(`/leasing/tenders/${tender.id}`);
                    }}
                  />
                </OfferedAction>
              }
            >
              <Fields>
                <Field label="app.leasing.common.state">
                  <StateChip enumName="LeaseUnitState" state={unit.state} />
                </Field>
                <Field label="app.leasing.units.kind">{translate(`enums.LeaseUnitKind.${unit.kind}`)}</Field>
                <Field label="app.leasing.units.area">{unit.area} m²</Field>
                <Field label="app.leasing.units.condition">{unit.condition}</Field>
                <Field label="app.leasing.units.permittedUse">{unit.permittedUse.map((t) => translate(`enums.LeaseTrade.${t}`)).join('、')}</Field>
                <Field label="app.leasing.units.contract">
                  {unit.currentContract ? (
                    <To to={`/leasing/contracts/${unit.currentContract.id}`}>
                      {unit.currentContract.contractNo} {unit.currentContract.tenantName}（{unit.currentContract.startDate} – {unit.currentContract.endDate}）
                    </To>
                  ) : (
                    '—'
                  )}
                </Field>
                <Field label="app.leasing.units.agencyDuties">{unit.agencyDuties}</Field>
                <Field label="app.leasing.units.tenantDuties">{unit.tenantDuties}</Field>
                <Field label="app.leasing.units.meters">
                  {unit.meters.length === 0 ? '—' : unit.meters.map((m) => `${m.code}（${translate(`enums.MeterKind.${m.kind}`)}）`).join('、')}
                </Field>
              </Fields>
            </Section>
            <UnitPhotos unit={unit} />
            <Section title="app.leasing.tenders.title">
              <LeaseTable
                label="app.leasing.tenders.title"
                rows={data.tenders.items ?? []}
                rowKey={(t) => t.id}
                columns={(col) => [
                  { label: 'app.leasing.tenders.period', cell: (t) => <To to={`/leasing/tenders/${t.id}`}>{span(t.opensOn, t.closesOn)}</To> },
                  col.money('app.leasing.tenders.referenceRent', (t) => t.referenceRentFen),
                  { label: 'app.leasing.common.state', cell: (t) => <StateChip enumName="TenderState" state={t.state} /> },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </LeasingPage>
  );
};
