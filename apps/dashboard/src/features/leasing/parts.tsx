import { Box, Card, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { fetchWithToken, saveBlob } from '../../common/files';
import { EmptyBox } from '../../common/states';
import { Button as MuiButton } from '@mui/material';
import { fenText } from './logic';

/** The frame of a leasing page: its title and a line on what it is for. */
export const LeasingPage = ({ title, hint, actions, children }: { title: string; hint?: string; actions?: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={title} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} justifyContent="space-between" sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {hint ? translate(hint) : ''}
        </Typography>
        {actions && (
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </Box>
  );
};

/** A card with a heading. */
export const Section = ({ title, children, actions, nowrap = true }: { title: string; children: ReactNode; actions?: ReactNode; nowrap?: boolean }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between" sx={{ mb: 1 }} flexWrap="wrap" useFlexGap>
        <Typography variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {actions && (
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="center">
            {actions}
          </Stack>
        )}
      </Stack>
      {/* Wide tables scroll sideways inside the card; dates, numbers and amounts stay on one line. */}
      <Box sx={{ overflowX: 'auto', ...(nowrap ? { '& .MuiTableCell-root': { whiteSpace: 'nowrap' } } : {}) }}>{children}</Box>
    </Card>
  );
};

export const Money = ({ fen }: { fen: number | null | undefined }) => (
  <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
    {fenText(fen)}
  </Box>
);

const COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  VACANT: 'default',
  LISTED: 'info',
  LET: 'success',
  OPEN: 'info',
  AWARDED: 'success',
  WITHDRAWN: 'default',
  PLACED: 'default',
  WON: 'success',
  LOST: 'default',
  ACTIVE: 'success',
  FLAGGED: 'error',
  RENEWED: 'info',
  ENDED: 'default',
  TERMINATED: 'warning',
  PAID: 'success',
  CANCELLED: 'default',
  AWAITING_SIGN: 'info',
  AWAITING_REVIEW: 'info',
  AWAITING_APPROVAL: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
  BILLED: 'success',
  NEGATIVE: 'error',
  NO_TENANTS: 'default',
};

/** A state as a chip: `enums.<Enum>.<STATE>`. */
export const StateChip = ({ enumName, state }: { enumName: string; state: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLORS[state] ?? 'default'} label={translate(`enums.${enumName}.${state}`, { _: state })} />;
};

/** A link inside the dashboard. */
export const To = ({ to, children }: { to: string; children: ReactNode }) => (
  <Box component={RouterLink} to={to} sx={{ color: 'primary.main' }}>
    {children}
  </Box>
);

/** Paging state of a list page: MUI's 0-based page, the API's 1-based. */
export function usePaging(perPageDefault = 25) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(perPageDefault);
  return { page, perPage, setPage, setPerPage, variables: { page: page + 1, perPage } };
}

export const Pager = ({ total, paging }: { total: number; paging: ReturnType<typeof usePaging> }) => {
  const translate = useTranslate();
  return (
    <TablePagination
      component="div"
      count={total}
      page={paging.page}
      rowsPerPage={paging.perPage}
      rowsPerPageOptions={[10, 25, 50, 100]}
      onPageChange={(_, p) => paging.setPage(p)}
      onRowsPerPageChange={(e) => {
        paging.setPerPage(Number(e.target.value));
        paging.setPage(0);
      }}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count }) => translate('app.leasing.common.rows', { from, to, count })}
    />
  );
};

/** A filter select: "all" plus the enum's values. */
export const EnumFilter = ({
  label,
  enumName,
  values,
  value,
  onChange,
}: {
  label: string;
  enumName: string;
  values: readonly string[];
  value: string;
  onChange: (v: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <TextField select size="small" label={translate(label)} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 160 }}>
      <MenuItem value="">{translate('app.leasing.common.all')}</MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {translate(`enums.${enumName}.${v}`, { _: v })}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Enum values as dialog choices. */
export const enumChoices = (enumName: string, values: readonly string[]) => values.map((v) => ({ id: v, name: `enums.${enumName}.${v}` }));

/** After a write: every leasing query is read again. */
export function useReload() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['gql'] });
}

/** A download of a leasing export (`GET /export/leasing/<list>.<format>?asOf=`) with the caller's token. */
export const ExportButton = ({ list, format, asOf, label }: { list: 'rent-roll' | 'lease-arrears'; format: 'xlsx' | 'csv'; asOf: string; label: string }) => {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  return (
    <MuiButton
      size="small"
      variant="outlined"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          saveBlob(await fetchWithToken(`/export/leasing/${list}.${format}?asOf=${asOf}`), `${list}-${asOf}.${format}`);
        } finally {
          setBusy(false);
        }
      }}
    >
      {translate(label)}
    </MuiButton>
  );
};

export const TRADES = [
  'CATERING',
  'EDUCATION',
  'FIREWORKS',
  'FLAMMABLE_EXPLOSIVE',
  'HAZARDOUS_CHEMICALS',
  'HOTEL',
  'OFFICE',
  'RETAIL',
  'SERVICES',
  'STORAGE',
] as const;

/** A labelled value of a show page. */
export const Field = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" display="block">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-line' }}>
        {children}
      </Typography>
    </Box>
  );
};

/** The grid of a show page's fields. */
export const Fields = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' }, gap: 2 }}>{children}</Box>
);

/** A column of a leasing table: its header (a message key, or `title` shown as it is) and what a row shows in it. */
export interface Column<T> {
  label?: string;
  title?: string;
  align?: 'right';
  cell: (row: T) => ReactNode;
}

/** A column of amounts in fen, shown in yuan on the right; `dash`: '—' instead of a zero. */
const moneyColumn = <T,>(label: string | { title: string }, fen: (row: T) => number, dash = false): Column<T> => ({
  ...(typeof label === 'string' ? { label } : label),
  align: 'right',
  cell: (r) => (dash && fen(r) <= 0 ? '—' : <Money fen={fen(r)} />),
});

/** The contract number, linked to the contract. */
const contractNoColumn = <T,>(contract: (row: T) => { id: string | number; contractNo: string }): Column<T> => ({
  label: 'app.leasing.contracts.contractNo',
  cell: (r) => <To to={`/leasing/contracts/${contract(r).id}`}>{contract(r).contractNo}</To>,
});

/** An instalment's state, with the overdue mark beside it. */
const instalmentStateColumn = <T extends { state: string; overdue: boolean }>(): Column<T> => ({
  label: 'app.leasing.common.state',
  cell: (i) => (
    <Stack direction="row" spacing={0.5}>
      <StateChip enumName="RentInstalmentState" state={i.state} />
      {i.overdue && <StateChip enumName="RentInstalmentOverdue" state="OVERDUE" />}
    </Stack>
  ),
});

/** A period or term, "from – to". */
export const span = (from: ReactNode, to: ReactNode) => (
  <>
    {from} – {to}
  </>
);

/** The shared columns, for one row type. */
export interface ColumnKit<T> {
  money: (label: string | { title: string }, fen: (row: T) => number, dash?: boolean) => Column<T>;
  contractNo: (contract: (row: T) => { id: string | number; contractNo: string }) => Column<T>;
  instalmentState: T extends { state: string; overdue: boolean } ? () => Column<T> : never;
}
const columnKit = { money: moneyColumn, contractNo: contractNoColumn, instalmentState: instalmentStateColumn };

/**
 * The leasing pages' tables: small, named (aria-label) by `label`, a header row from the columns and a row per item;
 * with no rows the empty box (`empty`, the message) unless `empty` is false. A false column is left out.
 */
export function LeaseTable<T>({
  label,
  rows,
  rowKey,
  columns,
  empty = 'app.common.empty',
}: {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** The columns, given the shared ones (`kit`) typed for the rows. */
  columns: (kit: ColumnKit<T>) => readonly (Column<T> | false | null | undefined)[];
  empty?: string | false;
}) {
  const translate = useTranslate();
  if (rows.length === 0 && empty !== false) return <EmptyBox message={empty} />;
  const shown = columns(columnKit as ColumnKit<T>).filter((c): c is Column<T> => Boolean(c));
  return (
    <Table size="small" aria-label={translate(label)}>
      <TableHead>
        <TableRow>
          {shown.map((c, k) => (
            <TableCell key={k} align={c.align}>
              {c.label ? translate(c.label) : c.title}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={rowKey(r)}>
            {shown.map((c, k) => (
              <TableCell key={k} align={c.align}>
                {c.cell(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The filters above a leasing list, in a row that wraps. */
export const FilterBar = ({ children, alignItems }: { children: ReactNode; alignItems?: 'center' }) => (
  <Stack direction="row" spacing={2} sx={{ mb: 1 }} flexWrap="wrap" useFlexGap alignItems={alignItems}>
    {children}
  </Stack>
);

/** A free-text search over a list. */
export const SearchFilter = ({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) => {
  const translate = useTranslate();
  return <TextField size="small" label={translate(label)} value={value} onChange={(e) => onChange(e.target.value)} />;
};
