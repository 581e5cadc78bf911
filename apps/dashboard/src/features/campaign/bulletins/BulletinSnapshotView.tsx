import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { BulletinFirm } from '@wuye/domain';
import { useLocale, useTranslate } from 'react-admin';
import { EmptyBox } from '../../../common/states';
import { formatNumber, formatPoints, formatScore } from '../../../common/format';
import { gradeStyle } from '../../registry/enterprises/creditStyles';
import { countyRows, distributionRows, kpiColumns, langOf, townshipRows, type BulletinSnapshot } from './snapshot';

/** A table that scrolls sideways inside its card instead of widening the page. */
export const ScrollTable = ({
  head,
  rows,
  label,
  dense = true,
}: {
  head: ReactNode[];
  rows: { key: string; cells: ReactNode[]; strong?: boolean }[];
  label: string;
  dense?: boolean;
}) => {
  if (rows.length === 0) return <EmptyBox />;
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Table size={dense ? 'small' : 'medium'} aria-label={label}>
        <TableHead>
          <TableRow>
            {head.map((h, i) => (
              <TableCell key={i} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} sx={r.strong ? { bgcolor: 'action.hover', '& td': { fontWeight: 700 } } : undefined}>
              {r.cells.map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const Block = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card sx={{ mb: 2, minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const GradeChip = ({ grade }: { grade: string }) => (
  <Chip size="small" label={grade} sx={{ bgcolor: gradeStyle(grade).bg, color: gradeStyle(grade).fg, fontWeight: 600 }} />
);

/** The content of a monthly bulletin, in the order of the printed page (server bulletin-page.ts). */
export const BulletinSnapshotView = ({ snapshot }: { snapshot: BulletinSnapshot }) => {
  const translate = useTranslate();
  const lang = langOf(useLocale());
  const t = (key: string) => translate(`app.bulletin.table.${key}`);
  const s = (key: string) => translate(`app.bulletin.sections.${key}`);
  const columns = kpiColumns(lang);
  const county = countyRows(snapshot, columns);
  const towns = townshipRows(snapshot, columns, t('county'));
  const firms = (list: readonly BulletinFirm[], key: string) => (
    <Block title={s(key)}>
      <ScrollTable
        label={s(key)}
        head={[t('rank'), t('firm'), t('township'), t('score'), t('grade')]}
        rows={list.map((f) => ({
          key: `${f.rank}-${f.enterpriseId}`,
          cells: [f.rank, f.name, f.township, formatScore(f.score), <GradeChip key="g" grade={f.grade} />],
        }))}
      />
    </Block>
  );

  return (
    <Box sx={{ minWidth: 0 }}>
      <Block title={s('county')}>
        <ScrollTable
          label={s('county')}
          head={[t('kpi'), t('actual'), t('previous'), t('change'), t('target'), '']}
          rows={county.map((r) => {
            const kind = columns.find((c) => c.code === r.code)!.kind;
            const change =
              r.change === null
                ? '—'
                : kind === 'RATIO'
                  ? translate('app.bulletin.table.changePoints', { value: formatPoints(r.change) })
                  : formatPoints(r.change);
            return {
              key: r.code,
              cells: [
                r.name,
                r.value,
                r.previous,
                change,
                r.target,
                r.met === null ? '' : <Chip key="m" size="small" color={r.met ? 'success' : 'warning'} label={t(r.met ? 'met' : 'missed')} />,
              ],
            };
          })}
        />
      </Block>

      <Block title={s('townships')}>
        <ScrollTable
          label={s('townships')}
          head={[t('township'), ...columns.map((c) => c.name)]}
          rows={towns.map((r) => ({ key: r.key, strong: r.county, cells: [r.name, ...r.cells.map((c) => c.text)] }))}
        />
      </Block>

      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 0 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Block title={s('distribution')}>
            <ScrollTable
              label={s('distribution')}
              head={[t('grade'), t('count'), t('share')]}
              rows={[
                ...distributionRows(snapshot).map((d) => ({ key: d.grade, cells: [<GradeChip key="g" grade={d.grade} />, formatNumber(d.count), d.share] })),
                { key: 'RED', cells: [t('red'), formatNumber(snapshot.distribution.RED ?? 0), ''] },
                { key: 'BLACK', cells: [t('black'), formatNumber(snapshot.distribution.BLACK ?? 0), ''] },
              ]}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('app.bulletin.fields.totalFirms')}：{formatNumber(snapshot.totalFirms)}
            </Typography>
          </Block>
        </Box>
        <Box sx={{ flex: 2, minWidth: 0 }}>
          <Block title={s('listChanges')}>
            <ScrollTable
              label={s('listChanges')}
              head={[t('firm'), t('list'), t('change'), t('reason'), t('date')]}
              rows={snapshot.listChanges.map((c, i) => ({
                key: `${i}`,
                cells: [
                  c.name,
                  <Chip key="k" size="small" color={c.kind === 'RED' ? 'success' : 'error'} variant="outlined" label={t(c.kind === 'RED' ? 'red' : 'black')} />,
                  t(c.change === 'ENTERED' ? 'entered' : 'left'),
                  c.reasonText ?? translate(`app.boards.reasons.${c.reason}`, { _: c.reason }),
                  c.date,
                ],
              }))}
            />
          </Block>
        </Box>
      </Stack>

      <Block title={s('overdue')}>
        <ScrollTable
          label={s('overdue')}
          head={['#', t('issue'), t('township'), t('firm'), t('deadline'), t('daysOverdue')]}
          rows={snapshot.overdueIssues.map((i) => ({
            key: String(i.id),
            cells: [
              i.id,
              <>
                {i.flagged && <Chip size="small" color="error" label={t('flaggedMark')} sx={{ mr: 1 }} />}
                {i.title}
              </>,
              i.township,
              i.enterprise ?? '',
              i.deadline,
              formatNumber(i.daysOverdue),
            ],
          }))}
        />
      </Block>

      <Block title={s('flagged')}>
        <ScrollTable
          label={s('flagged')}
          head={['#', t('issue'), t('township'), t('firm'), t('state'), t('deadline')]}
          rows={snapshot.flaggedIssues.map((i) => ({
            key: String(i.id),
            cells: [i.id, i.title, i.township, i.enterprise ?? '', translate(`enums.IssueState.${i.state}`, { _: i.state }), i.deadline ?? ''],
          }))}
        />
      </Block>

      <Block title={s('cases')}>
        <ScrollTable
          label={s('cases')}
          head={[t('kind'), t('firm'), t('item'), t('points'), t('reason'), t('date')]}
          rows={snapshot.typicalCases.map((c, i) => ({
            key: `${i}`,
            cells: [
              <Chip key="k" size="small" color={c.kind === 'GOOD' ? 'success' : 'error'} variant="outlined" label={t(c.kind === 'GOOD' ? 'good' : 'bad')} />,
              c.enterprise,
              c.itemText ?? c.itemCode,
              formatPoints(c.points),
              c.reason,
              c.date,
            ],
          }))}
        />
      </Block>

      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{firms(snapshot.top10, 'top10')}</Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>{firms(snapshot.bottom10, 'bottom10')}</Box>
      </Stack>
    </Box>
  );
};
