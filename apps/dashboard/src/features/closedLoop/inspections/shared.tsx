import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { enumLabel } from '../../../common/enums';
import { formatDate } from '../../../common/format';
import { EmptyBox } from '../../../common/states';
import type { InspectionFieldsFragment, SelfCheckFieldsFragment } from '../../../gql/graphql';

/** Pieces of the checklist screens shared by inspections (巡查检查) and self-checks (自查自纠). */

export const GRADE_COLORS: Record<string, 'success' | 'info' | 'warning' | 'error'> = { A: 'success', B: 'info', C: 'warning', D: 'error' };

/** The record's grade A/B/C/D as a coloured chip ("refused to cooperate" for an inspection the firm refused). */
export const GradeChip = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.refusedToCooperate) return <Chip size="small" color="error" variant="outlined" label={translate('app.inspection.refused')} />;
  return r.grade ? <Chip size="small" color={GRADE_COLORS[r.grade]} label={r.grade} /> : null;
};

/** A deduction as inspections and self-checks read it (their fields.ts). */
type DeductionRow = (InspectionFieldsFragment | SelfCheckFieldsFragment)['deductions'][number];

/** The record's `deductions` against the checklist: item, section, what is checked, points, note. */
export const DeductionsTable = ({ empty = 'app.inspection.noFindings' }: { empty?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  const deductions = (r?.deductions ?? []) as DeductionRow[];
  if (deductions.length === 0) return <EmptyBox message={empty} />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.inspection.item')}</TableCell>
          <TableCell>{translate('app.inspection.section')}</TableCell>
          <TableCell>{translate('app.inspection.itemText')}</TableCell>
          <TableCell align="right">{translate('app.inspection.max')}</TableCell>
          <TableCell align="right">{translate('app.inspection.deduction')}</TableCell>
          <TableCell>{translate('app.inspection.note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {deductions.map((d) => (
          <TableRow key={d.itemId}>
            <TableCell>{d.itemId}</TableCell>
            <TableCell>{d.item ? enumLabel(translate, 'ChecklistSection', d.item.section) : ''}</TableCell>
            <TableCell>{d.item?.text ?? ''}</TableCell>
            <TableCell align="right">{d.item?.maxDeduction ?? ''}</TableCell>
            <TableCell align="right">−{d.points}</TableCell>
            <TableCell>{d.note ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The issues the record registered in the ledger, each linking to its page. */
export const CreatedIssues = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const issues = (r?.issues ?? []) as { id: string; title: string; state: string; deadline: string | null }[];
  if (issues.length === 0) return <EmptyBox />;
  return (
    <Table size="small">
      <TableBody>
        {issues.map((i) => (
          <TableRow key={i.id}>
            <TableCell>
              <Link to={`/issues/${i.id}/show`}>{i.title}</Link>
            </TableCell>
            <TableCell>{enumLabel(translate, 'IssueState', i.state)}</TableCell>
            <TableCell>{formatDate(i.deadline)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
