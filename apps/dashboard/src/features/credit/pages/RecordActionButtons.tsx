import CampaignIcon from '@mui/icons-material/Campaign';
import UndoIcon from '@mui/icons-material/Undo';
import HealingIcon from '@mui/icons-material/Healing';
import FeedbackIcon from '@mui/icons-material/Feedback';
import { Stack, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { useGql, useRunAction } from '../../../common/api';
import { ActionDialogButton, type DialogField } from '../../../common/ActionDialog';
import { APPLY_FOR_REPAIR, FILE_OBJECTION, PUBLICIZE_RECORD, REVOKE_RECORD, STANDARD_QUERY } from './operations';
import { ObjectionDecisionButton } from './DecisionDialogs';
import { OfferedAction, offeredAction } from '../../../common/OfferedAction';
import type { CreditRecordListFieldsFragment } from '../../../gql/graphql';

/**
 * What the buttons read of a credit record: the data provider's list selection (creditRecords/fields.ts); the credit
 * file passes what its breakdown selects (id and availableActions).
 */
export type ActionableRecord = Pick<CreditRecordListFieldsFragment, 'id' | 'availableActions'> &
  Partial<
    Pick<
      CreditRecordListFieldsFragment,
      'enterpriseId' | 'subjectType' | 'managerId' | 'communityId' | 'objectionDeadline' | 'objectionDaysLeft' | 'objections'
    >
  >;

const RevokeButton = ({ record }: { record: ActionableRecord }) => {
  const run = useRunAction();
  const { data } = useGql(['standard'], STANDARD_QUERY);
  const subject = record.subjectType ?? 'ENTERPRISE';
  const items = (data?.scoringStandard.items ?? [])
    .filter((i) => i.subject === subject)
    .map((i) => ({ id: i.code, name: `${i.code} ${i.label}（${i.points > 0 ? '+' : ''}${i.points}）` }));
  const fields: DialogField[] = [
    { name: 'reason', label: 'app.creditRecord.revokeReason', kind: 'multiline', required: true },
    { name: 'reissueItemCode', label: 'app.creditRecord.reissueItem', kind: 'select', choices: items, helperText: 'app.creditRecord.reissueHint' },
    { name: 'reissueEffectiveFrom', label: 'app.creditRecord.reissueEffectiveFrom', kind: 'date' },
    { name: 'reissueReason', label: 'app.creditRecord.reissueReason', kind: 'multiline' },
  ];
  return (
    <ActionDialogButton
      label="app.creditRecord.revoke"
      icon={<UndoIcon />}
      color="error"
      fields={fields}
      onSubmit={(v) => {
        const reissue = v.reissueItemCode
          ? {
              subjectType: subject,
              enterpriseId: subject === 'ENTERPRISE' ? record.enterpriseId : undefined,
              managerId: subject === 'MANAGER' ? record.managerId : undefined,
              communityId: record.communityId ?? undefined,
              itemCode: v.reissueItemCode as string,
              effectiveFrom: v.reissueEffectiveFrom as string,
              reason: (v.reissueReason ?? v.reason) as string,
            }
          : undefined;
        return run(REVOKE_RECORD, { id: record.id, reason: v.reason as string, reissue }, 'revokeCreditRecord');
      }}
    />
  );
};

const RepairButton = ({ record }: { record: ActionableRecord }) => {
  const run = useRunAction();
  return (
    <ActionDialogButton
      label="app.creditRecord.applyRepair"
      icon={<HealingIcon />}
      fields={[{ name: 'commitment', label: 'app.creditRecord.commitment', kind: 'multiline', required: true, helperText: 'app.creditRecord.commitmentHint' }]}
      onSubmit={(v) => run(APPLY_FOR_REPAIR, { recordId: record.id, commitment: v.commitment as string }, 'applyForRepair', 'app.creditRecord.repairFiled')}
    />
  );
};

/**
 * Credit repair as the API offers it: the form when it may be filed; otherwise the button disabled with the first day
 * it may be (`availableFrom`) and every reason it may not yet (`reasons`), so the firm learns it before writing.
 */
export const RepairOffer = ({ record }: { record: ActionableRecord }) => {
  const translate = useTranslate();
  const offered = offeredAction(record.availableActions, 'APPLY_REPAIR') as ActionableRecord['availableActions'][number] | undefined;
  if (!offered) return null;
  if (offered.available) return <RepairButton record={record} />;
  const reasons = offered.reasons?.length ? offered.reasons : [offered.reason ?? ''];
  return (
    <Stack spacing={0.5} data-testid="repair-blocked">
      <Stack direction="row" spacing={1} alignItems="center">
        <Button label="app.creditRecord.applyRepair" disabled size="small" variant="outlined" />
        {offered.availableFrom && (
          <Typography variant="caption" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            {translate('app.creditGuidance.repairFrom', { date: offered.availableFrom })}
          </Typography>
        )}
      </Stack>
      {reasons.map((r) => (
        <Typography key={r} variant="caption" color="text.secondary" component="div">
          {r}
        </Typography>
      ))}
    </Stack>
  );
};

/** The lifecycle actions the API offers the user on one record (`availableActions`), blocked ones with their reason. */
export const RecordActionButtons = ({ record }: { record: ActionableRecord }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const actions = record.availableActions;
  if (actions.length === 0) return null;
  const pending = (record.objections ?? []).find((o) => o.status === 'PENDING');
  const daysLeft = record.objectionDaysLeft ?? null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
      <OfferedAction actions={actions} action="PUBLICIZE" label="app.creditRecord.publicize">
        <ActionDialogButton
          label="app.creditRecord.publicize"
          icon={<CampaignIcon />}
          fields={[]}
          onSubmit={() => run(PUBLICIZE_RECORD, { id: record.id }, 'publicizeCreditRecord')}
        >
          <Typography variant="body2">{translate('app.creditRecord.publicizeHint')}</Typography>
        </ActionDialogButton>
      </OfferedAction>
      <OfferedAction actions={actions} action="OBJECT" label="app.creditRecord.object">
        <ActionDialogButton
          label="app.creditRecord.object"
          icon={<FeedbackIcon />}
          variant="contained"
          fields={[
            { name: 'statement', label: 'app.creditRecord.statement', kind: 'multiline', required: true },
            { name: 'evidence', label: 'app.creditRecord.evidence', kind: 'multiline' },
          ]}
          onSubmit={(v) =>
            run(
              FILE_OBJECTION,
              { recordId: record.id, statement: v.statement as string, evidence: v.evidence as string | undefined },
              'fileObjection',
              'app.creditRecord.objectionFiled',
            )
          }
        >
          {daysLeft !== null && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.creditRecord.objectionWindow', { date: record.objectionDeadline, days: daysLeft })}
            </Typography>
          )}
        </ActionDialogButton>
      </OfferedAction>
      <OfferedAction actions={actions} action="DECIDE_OBJECTION" label="app.objection.decide">
        {pending?.id && <ObjectionDecisionButton objectionId={pending.id} />}
      </OfferedAction>
      <RepairOffer record={record} />
      <OfferedAction actions={actions} action="REVOKE" label="app.creditRecord.revoke">
        <RevokeButton record={record} />
      </OfferedAction>
    </Stack>
  );
};
