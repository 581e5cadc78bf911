import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button } from 'react-admin';

/**
 * An action the API offers on an item (`availableActions`): the server applies the rules and the caller's
 * permissions, and says why an offered action cannot be taken now. Each domain has its own generated type
 * (`CreditRecordAvailableAction`, `BulletinAvailableAction`…), selected `{ action available reason }` in its typed
 * documents; all of them fit this shape.
 */
export interface AvailableAction {
  action: string;
  available: boolean;
  reason?: string | null;
}

export function offeredAction(actions: readonly AvailableAction[] | null | undefined, action: string): AvailableAction | undefined {
  return (actions ?? []).find((a) => a.action === action);
}

/**
 * Renders `children` (the action's button) when the API offers the action and it can be taken now; when it is
 * offered but blocked, the button disabled with the API's reason beside it, so the user learns it before submitting;
 * nothing when it is not offered.
 */
export const OfferedAction = ({
  actions,
  action,
  label,
  children,
}: {
  actions: readonly AvailableAction[] | null | undefined;
  action: string;
  label: string;
  children: ReactNode;
}) => {
  const offered = offeredAction(actions, action);
  if (!offered) return null;
  if (offered.available) return <>{children}</>;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Button label={label} disabled size="small" variant="outlined" />
      <Typography variant="caption" color="text.secondary">
        {offered.reason}
      </Typography>
    </Stack>
  );
};
