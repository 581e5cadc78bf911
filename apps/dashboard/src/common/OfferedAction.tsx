import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * An action the API offers on an item (`availableActions`): the server applies the rules and the caller's
 * permissions, and says why an offered action cannot be taken now.
 */
export interface AvailableAction {
  action: string;
  available: boolean;
  reason?: string | null;
}

/** The selection every document asks for with `availableActions`. */
export const AVAILABLE_ACTIONS = 'availableActions { action available reason }';

/**
 * Renders `children` (the action's button) when the API offers the action and it can be taken now; when it is
 * offered but blocked, the action's name and the API's reason as text (no button), so the user learns why before
 * trying; nothing when it is not offered.
 */
export const OfferedAction = ({ actions, action, label, children }: { actions: readonly AvailableAction[] | null | undefined; action: string; label: string; children: ReactNode }) => {
  const translate = useTranslate();
  const offered = (actions ?? []).find((a) => a.action === action);
  if (!offered) return null;
  if (offered.available) return <>{children}</>;
  return (
    <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
      {translate(label)}：{offered.reason}
    </Typography>
  );
};
