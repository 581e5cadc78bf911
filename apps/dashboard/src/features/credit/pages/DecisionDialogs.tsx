import GavelIcon from '@mui/icons-material/Gavel';
import HealingIcon from '@mui/icons-material/Healing';
import type { ReactElement } from 'react';
import { useRunAction } from '../../../common/api';
import { ActionDialogButton, type DialogField } from '../../../common/ActionDialog';
import { DECIDE_OBJECTION, DECIDE_REPAIR } from './operations';

/** A yes/no decision with the written reasons due process requires (`<prefix>.decision`, `<prefix>.<note>`). */
export function decisionFields(prefix: string, yes: string, no: string, note: string): DialogField[] {
  return [
    {
      name: 'decision',
      label: `${prefix}.decision`,
      kind: 'select',
      required: true,
      choices: [
        { id: 'yes', name: `${prefix}.${yes}` },
        { id: 'no', name: `${prefix}.${no}` },
      ],
    },
    { name: 'note', label: `${prefix}.${note}`, kind: 'multiline', required: true },
  ];
}

const OBJECTION_FIELDS = decisionFields('app.objection', 'uphold', 'accept', 'note');
const REPAIR_FIELDS = decisionFields('app.repair', 'approve', 'refuse', 'reasons');

const DecisionButton = ({
  label,
  icon,
  fields,
  decide,
}: {
  label: string;
  icon: ReactElement;
  fields: DialogField[];
  decide: (yes: boolean, note: string) => Promise<unknown>;
}) => <ActionDialogButton label={label} icon={icon} fields={fields} onSubmit={(v) => decide(v.decision === 'yes', String(v.note))} />;

/** A reviewer upholds the record (objection rejected) or accepts the objection (record revoked). */
export const ObjectionDecisionButton = ({ objectionId }: { objectionId: string }) => {
  const run = useRunAction();
  return (
    <DecisionButton
      label="app.objection.decide"
      icon={<GavelIcon />}
      fields={OBJECTION_FIELDS}
      decide={(upholdRecord, note) => run(DECIDE_OBJECTION, { objectionId, upholdRecord, note }, 'decideObjection')}
    />
  );
};

/** A regulator approves (record REPAIRED from today) or refuses a repair application, with reasons either way. */
export const RepairDecisionButton = ({ applicationId }: { applicationId: string }) => {
  const run = useRunAction();
  return (
    <DecisionButton
      label="app.repair.decide"
      icon={<HealingIcon />}
      fields={REPAIR_FIELDS}
      decide={(approve, reasons) => run(DECIDE_REPAIR, { applicationId, approve, reasons }, 'decideRepair')}
    />
  );
};
