import StorefrontIcon from '@mui/icons-material/Storefront';
import TerminalIcon from '@mui/icons-material/Terminal';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Menu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import type { AppPermissions } from '../authProvider/permissions';

/** An enterprise manager's menu starts with their own firm; GraphiQL is a separate page, opened in a new tab. */
export const AppMenu = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const ownEnterprise = permissions?.role === 'ENTERPRISE' ? permissions.enterprise : null;
  return (
    <Menu>
      {ownEnterprise && (
        <Menu.Item to={`/enterprises/${ownEnterprise.id}/show`} primaryText="app.menu.myEnterprise" leftIcon={<StorefrontIcon />} />
      )}
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <MenuItem component="a" href="/graphiql" target="_blank" rel="noopener" title={translate('app.menu.graphiql')}>
        <ListItemIcon sx={{ minWidth: 40 }}>
          <TerminalIcon fontSize="small" />
        </ListItemIcon>
        {open && <ListItemText primary={translate('app.menu.graphiql')} />}
      </MenuItem>
    </Menu>
  );
};
