import type { MeQuery } from '../gql/graphql';

/** What `me` tells the dashboard about the signed-in user (ME_QUERY); also what `getPermissions` resolves to. */
export type Me = NonNullable<MeQuery['me']>;

export type AppPermissions = Me;

export const hasPermission = (me: Pick<Me, 'permissions'> | null | undefined, permission: string): boolean => !!me?.permissions?.includes(permission);

/** react-admin actions → API permission actions; `delete` is never offered (records are not deleted). */
const ACTION_MAP: Record<string, 'read' | 'create' | 'update' | null> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  write: 'update',
  delete: null,
};

/**
 * Answers react-admin's `canAccess({ resource, action })`. `singleOf` maps a resource name (`enterprises`) to the
 * permission prefix (`enterprise`); resources it does not know (custom pages) are open to any signed-in user.
 */
export function canAccessResource(
  me: Pick<Me, 'permissions'> | null | undefined,
  singleOf: (resource: string) => string | undefined,
  resource: string,
  action: string,
  /** A resource's own name for an action's permission (`creditRecords` create → `credit:propose`), if it has one. */
  overrideOf?: (resource: string, action: 'read' | 'create' | 'update') => string | undefined,
): boolean {
  if (!me) return false;
  const single = singleOf(resource);
  if (!single) return true;
  const mapped = action in ACTION_MAP ? ACTION_MAP[action] : 'read';
  if (!mapped) return false;
  return hasPermission(me, overrideOf?.(resource, mapped) ?? `${single}:${mapped}`);
}
