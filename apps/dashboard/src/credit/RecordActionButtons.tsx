import CampaignIcon from '@mui/icons-material/Campaign';
import UndoIcon from '@mui/icons-material/Undo';
import HealingIcon from '@mui/icons-material/Healing';
import FeedbackIcon from '@mui/icons-material/Feedback';
import { Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import type { AppPermissions } from '../authProvider/permissions';
import { useGql, useRunAction } from '../common/api';
import { ActionDialogButton, type DialogField } from '../common/ActionDialog';
import { todayInShanghai } from '../common/dates';
import {
  APPLY_FOR_REPAIR,
  FILE_OBJECTION,
  OPEN_ISSUES_QUERY,
  PUBLICIZE_RECORD,
  REVOKE_RECORD,
  STANDARD_QUERY,
} from './operations';
import { ObjectionDecisionButton } from './DecisionDialogs';
import { creditRecordActions, objectionDaysLeft, type RecordFacts } from './recordActions';
import type { CreditSubjectType } from '../gql/graphql';

export interface ActionableRecord extends RecordFacts {
  id: string;
  subjectType?: string;
  managerId?: string | null;
  communityId?: string | null;
  itemCode?: string;
  objections?: readonly { id?: string; status: string }[] | null;
}

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
              subjectType: subject as CreditSubjectType,
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
  const translate = useTranslate();
  const { data } = useGql(['openIssues', record.enterpriseId], OPEN_ISSUES_QUERY, { enterpriseId: record.enterpriseId });
  const openIssues = data?.issues.total ?? 0;
  return (
    <ActionDialogButton
      label="app.creditRecord.applyRepair"
      icon={<HealingIcon />}
      fields={[{ name: 'commitment', label: 'app.creditRecord.commitment', kind: 'multiline', required: true, helperText: 'app.creditRecord.commitmentHint' }]}
      onSubmit={(v) => run(APPLY_FOR_REPAIR, { recordId: record.id, commitment: v.commitment as string }, 'applyForRepair', 'app.creditRecord.repairFiled')}
    >
      <Typography variant="body2" color={openIssues > 0 ? 'error' : 'text.secondary'}>
        {translate('app.creditRecord.openIssues', { count: openIssues })}
      </Typography>
    </ActionDialogButton>
  );
};

/** The lifecycle actions a user may take on one record (see `creditRecordActions`). */
export const RecordActionButtons = ({ record }: { record: ActionableRecord }) => {
  const { permissions } = usePermissions<AppPermissions>();
  const translate = useTranslate();
  const run = useRunAction();
  const today = todayInShanghai();
  const actions = creditRecordActions(record, permissions, today);
  if (actions.length === 0) return null;
  const pending = (record.objections ?? []).find((o) => o.status === 'PENDING');
  const daysLeft = objectionDaysLeft(record.objectionDeadline, today);
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
      {actions.includes('PUBLICIZE') && (
        <ActionDialogButton
          label="app.creditRecord.publicize"
          icon={<CampaignIcon />}
          fields={[]}
          onSubmit={() => run(PUBLICIZE_RECORD, { id: record.id }, 'publicizeCreditRecord')}
        >
          <Typography variant="body2">{translate('app.creditRecord.publicizeHint')}</Typography>
        </ActionDialogButton>
      )}
      {actions.includes('OBJECT') && (
        <ActionDialogButton
          label="app.creditRecord.object"
          icon={<FeedbackIcon />}
          variant="contained"
          fields={[
            { name: 'statement', label: 'app.creditRecord.statement', kind: 'multiline', required: true },
            { name: 'evidence', label: 'app.creditRecord.evidence', kind: 'multiline' },
          ]}
          onSubmit={(v) => run(FILE_OBJECTION, { recordId: record.id, statement: v.statement as string, evidence: v.evidence as string | undefined }, 'fileObjection', 'app.creditRecord.objectionFiled')}
        >
          {daysLeft !== null && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.creditRecord.objectionWindow', { date: record.objectionDeadline, days: daysLeft })}
            </Typography>
          )}
        </ActionDialogButton>
      )}
      {actions.includes('DECIDE_OBJECTION') && pending?.id && <ObjectionDecisionButton objectionId={pending.id} />}
      {actions.includes('APPLY_REPAIR') && <RepairButton record={record} />}
      {actions.includes('REVOKE') && <RevokeButton record={record} />}
    </Stack>
  );
};

