import { Box, Skeleton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { List, Pagination, useListContext, useTranslate, type ListProps, type PaginationProps, type RaRecord } from 'react-admin';
import { formatNumber } from './format';
import { useSmallScreen } from './ResponsiveList';

/**
 * Every list of the dashboard shows grey rows in its shape while its first page loads, instead of an empty body
 * (react-admin's own placeholder waits a second before it appears). One component for all lists:
 * - `AppList` is react-admin's `List` with it (the resource lists);
 * - `QueryState list` shows it for the lists a page queries itself (ranking, boards, inbox, ratings …).
 */
export const ListSkeleton = ({ rows = 5, columns = 5 }: { rows?: number; columns?: number }) => {
  const translate = useTranslate();
  const small = useSmallScreen();
  const label = translate('ra.page.loading');
  if (small) {
    return (
      <Box role="status" aria-busy="true" aria-label={label} data-testid="list-skeleton" sx={{ px: 2, py: 1 }}>
        {Array.from({ length: rows }, (_, n) => (
          <Box key={n} sx={{ py: 1 }}>
            <Skeleton variant="text" width="70%" />
            <Skeleton variant="text" width="45%" />
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <Box role="status" aria-busy="true" aria-label={label} data-testid="list-skeleton" sx={{ overflowX: 'hidden' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {Array.from({ length: columns }, (_, c) => (
              <TableCell key={c}>
                <Skeleton variant="text" width="60%" />
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {Array.from({ length: rows }, (_, r) => (
            <TableRow key={r}>
              {Array.from({ length: columns }, (_, c) => (
                <TableCell key={c}>
                  <Skeleton variant="text" width={c === 0 ? '80%' : '55%'} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** How many columns a list's table declares (its DataTable's children), for a skeleton of the same shape. */
function columnsOf(children: ReactNode): number | undefined {
  let found: number | undefined;
  Children.forEach(children, (child) => {
    if (found !== undefined || !isValidElement<{ children?: ReactNode }>(child)) return;
    const inner = Children.toArray(child.props.children).filter(isValidElement);
    if (inner.length > 1) found = inner.length;
    else found = columnsOf(child.props.children);
  });
  return found;
}

/** Inside a react-admin list: the skeleton until the first page arrives (an error is the list's own to show). */
export const ListBody = ({ children, columns }: { children: ReactNode; columns?: number }) => {
  const { isPending, error } = useListContext();
  if (isPending && !error) return <ListSkeleton columns={Math.min(columns ?? columnsOf(children) ?? 5, 8)} />;
  return <>{children}</>;
};

/** The words of a capped total: "共 10,000 余条" / "more than 10,000" (`meta.totalCapped` from the data provider). */
export function cappedRangeLabel(translate: (key: string, options?: object) => string, from: number, to: number, total: number): string {
  return translate('app.list.cappedRange', { offsetBegin: from, offsetEnd: to, total: formatNumber(total) });
}

/**
 * react-admin's pager, except that a list whose total the server counted only up to its cap (issue 17: the ledger's
 * 1,000,000 issues) says so in words — "第 1-25 条，共 10,000 余条" — instead of claiming an exact total.
 */
export const AppPagination = (props: PaginationProps) => {
  const { meta } = useListContext();
  const translate = useTranslate();
  if (!(meta as { totalCapped?: boolean } | undefined)?.totalCapped) return <Pagination {...props} />;
  // react-admin passes the rest of its props to MUI's TablePagination after its own label, so this one wins.
  const label = { labelDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) => cappedRangeLabel(translate, from, to, count) };
  return <Pagination {...props} {...(label as PaginationProps)} />;
};

/** react-admin's `List` with the shared skeleton while the first page loads, and `AppPagination`. Every resource list uses it. */
export const AppList = <R extends RaRecord = RaRecord>({ children, ...props }: ListProps<R>) => (
  <List<R> pagination={<AppPagination />} {...props}>
    <ListBody>{children}</ListBody>
  </List>
);
