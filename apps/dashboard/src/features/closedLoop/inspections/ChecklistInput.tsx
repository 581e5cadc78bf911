import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { enumLabel } from '../../../common/enums';
import { QueryState } from '../../../common/states';
import { CHECKLIST_QUERY } from '../workflow/operations';
import { checklistTotals, deductionsToSend, validDeduction, type DeductionDraft } from '../workflow/checklist';
import { GRADE_COLORS } from './shared';
import { formatScore } from '../../../common/format';

/** The 100-point checklist: deductions and notes per item, the live score and grade; writes `deductions` into the form. */
export const ChecklistInput = ({ refused = false }: { refused?: boolean }) => {
  const translate = useTranslate();
  const { field } = useInput({ source: 'deductions', defaultValue: [] });
  const { data, isPending, error } = useGql(['checklist'], CHECKLIST_QUERY);
  const items = useMemo(() => data?.inspectionChecklist ?? [], [data]);
  const [drafts, setDrafts] = useState<Record<string, { points: string; note: string }>>({});

  const asDeductions = (next: Record<string, { points: string; note: string }>): DeductionDraft[] =>
    Object.entries(next)
      .filter(([, v]) => v.points.trim() !== '')
      .map(([itemId, v]) => ({ itemId, points: Number(v.points), note: v.note }));

  const update = (itemId: string, patch: Partial<{ points: string; note: string }>) => {
    const next = { ...drafts, [itemId]: { points: '', note: '', ...drafts[itemId], ...patch } };
    setDrafts(next);
    field.onChange(deductionsToSend(asDeductions(next)));
  };

  const totals = checklistTotals(items, asDeductions(drafts));
  if (refused) return <Alert severity="warning">{translate('app.inspection.refusedHint')}</Alert>;

  return (
    <QueryState isPending={isPending} error={error}>
      <Box sx={{ position: 'sticky', top: 48, zIndex: 2, bgcolor: 'background.paper', py: 1, width: '100%' }}>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
          <Typography variant="h6" component="p" aria-live="polite">
            {translate('app.inspection.liveScore', { score: formatScore(totals.score), deducted: formatScore(totals.totalDeduction) })}
          </Typography>
          <Chip color={GRADE_COLORS[totals.grade]} label={`${translate('app.inspection.grade')} ${enumLabel(translate, 'InspectionGrade', totals.grade)}`} />
          {totals.invalid.length > 0 && (
            <Chip color="error" variant="outlined" label={translate('app.inspection.invalidItems', { items: totals.invalid.join(', ') })} />
          )}
        </Stack>
      </Box>
      {totals.sections
        .filter((s) => s.max > 0)
        .map((section) => (
          <Box key={section.section} sx={{ mb: 2, width: '100%' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {enumLabel(translate, 'ChecklistSection', section.section)}（
              {translate('app.inspection.sectionTotal', { deducted: section.deducted, max: section.max })}）
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 80 }}>{translate('app.inspection.item')}</TableCell>
                  <TableCell>{translate('app.inspection.itemText')}</TableCell>
                  <TableCell sx={{ width: 80 }} align="right">
                    {translate('app.inspection.max')}
                  </TableCell>
                  <TableCell sx={{ width: 120 }}>{translate('app.inspection.deduction')}</TableCell>
                  <TableCell sx={{ width: 260 }}>{translate('app.inspection.note')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items
                  .filter((i) => i.section === section.section)
                  .map((item) => {
                    const d = drafts[item.id] ?? { points: '', note: '' };
                    const bad = d.points.trim() !== '' && !validDeduction(Number(d.points), item.maxDeduction);
                    return (
                      <TableRow key={item.id}>
                        <TableCell>{item.id}</TableCell>
                        <TableCell>{item.text}</TableCell>
                        <TableCell align="right">{item.maxDeduction}</TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            type="number"
                            value={d.points}
                            error={bad}
                            onChange={(e) => update(item.id, { points: e.target.value })}
                            slotProps={{
                              htmlInput: {
                                min: 0,
                                max: item.maxDeduction,
                                step: 0.5,
                                'aria-label': `${item.id} ${translate('app.inspection.deduction')}`,
                                name: `deduction-${item.id}`,
                              },
                            }}
                          />
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            fullWidth
                            value={d.note}
                            onChange={(e) => update(item.id, { note: e.target.value })}
                            slotProps={{ htmlInput: { name: `note-${item.id}` } }}
                          />
                        </TableCell>
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </Box>
        ))}
    </QueryState>
  );
};
