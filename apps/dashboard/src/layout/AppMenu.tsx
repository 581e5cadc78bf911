import FactCheckIcon from '@mui/icons-material/FactCheck';
import EventNoteIcon from '@mui/icons-material/EventNote';
import TourIcon from '@mui/icons-material/Tour';
import StorefrontIcon from '@mui/icons-material/Storefront';
import TerminalIcon from '@mui/icons-material/Terminal';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import CreditScoreIcon from '@mui/icons-material/CreditScore';
import ListAltIcon from '@mui/icons-material/ListAlt';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import NotificationsIcon from '@mui/icons-material/Notifications';
import InboxIcon from '@mui/icons-material/Inbox';
import FlagIcon from '@mui/icons-material/Flag';
import ArticleIcon from '@mui/icons-material/Article';
import KeyIcon from '@mui/icons-material/Key';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import GavelIcon from '@mui/icons-material/Gavel';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import LocalFireDepartmentIcon from '@mui/icons-material/LocalFireDepartment';
import GroupsIcon from '@mui/icons-material/Groups';
import CasinoIcon from '@mui/icons-material/Casino';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import ApartmentIcon from '@mui/icons-material/Apartment';
import CampaignIcon from '@mui/icons-material/Campaign';
import DescriptionIcon from '@mui/icons-material/Description';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import ElectricMeterIcon from '@mui/icons-material/ElectricMeter';
import PaymentsIcon from '@mui/icons-material/Payments';
import ApprovalIcon from '@mui/icons-material/Approval';
import InsightsIcon from '@mui/icons-material/Insights';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Menu, usePermissions, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { menuHides } from '../features';
import { hasTaskInbox, type Role } from '@wuye/domain';
import { hasPermission, type AppPermissions } from '../authProvider/permissions';

/**
 * An enterprise manager's menu starts with their own firm and credit; then the pages of the signed-in user's role,
 * the resources and GraphiQL (a separate page, opened in a new tab).
 */
export const AppMenu = () => {
  const { permissions } = usePermissions<AppPermissions>();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const ownEnterprise = permissions?.role === 'ENTERPRISE' ? permissions.enterprise : null;
  const creditRead = hasPermission(permissions, 'credit:read');
  const resources = useResourceDefinitions();
  const shown = (entry: string) => !menuHides(permissions?.role, entry);
  const leaseRead = hasPermission(permissions, 'lease:read');
  // The agency's working group sees nothing of the platform's supervision: its menu is leasing only.
  if (permissions?.role === 'AGENCY') {
    return (
      <Menu>
        <Menu.Item to="/leasing/units" primaryText="app.menu.leaseUnits" leftIcon={<ApartmentIcon />} />
        <Menu.Item to="/leasing/tenders" primaryText="app.menu.leaseTenders" leftIcon={<CampaignIcon />} />
        <Menu.Item to="/leasing/contracts" primaryText="app.menu.leaseContracts" leftIcon={<DescriptionIcon />} />
        <Menu.Item to="/leasing/calendar" primaryText="app.menu.leaseCalendar" leftIcon={<CalendarMonthIcon />} />
        <Menu.Item to="/leasing/arrears" primaryText="app.menu.leaseArrears" leftIcon={<MoneyOffIcon />} />
        <Menu.Item to="/leasing/meters" primaryText="app.menu.leaseMeters" leftIcon={<ElectricMeterIcon />} />
        <Menu.Item to="/leasing/income" primaryText="app.menu.leaseIncome" leftIcon={<PaymentsIcon />} />
        <Menu.Item to="/leasing/spending" primaryText="app.menu.leaseSpending" leftIcon={<ApprovalIcon />} />
        <Menu.Item to="/leasing/safety" primaryText="app.menu.leaseSafety" leftIcon={<LocalFireDepartmentIcon />} />
        <Menu.Item to="/leasing/meetings" primaryText="app.menu.leaseMeetings" leftIcon={<GroupsIcon />} />
        <Menu.Item to="/leasing/kpis" primaryText="app.menu.leaseKpis" leftIcon={<InsightsIcon />} />
      </Menu>
    );
  }
  return (
    <Menu>
      {ownEnterprise && <Menu.Item to={`/enterprises/${ownEnterprise.id}/show`} primaryText="app.menu.myEnterprise" leftIcon={<StorefrontIcon />} />}
      {ownEnterprise && <Menu.Item to="/my-credit" primaryText="app.menu.myCredit" leftIcon={<CreditScoreIcon />} />}
      <Menu.DashboardItem />
      {hasTaskInbox(permissions?.role as Role | undefined) && <Menu.Item to="/inbox" primaryText="app.menu.inbox" leftIcon={<InboxIcon />} />}
      <Menu.Item to="/notifications" primaryText="app.menu.notifications" leftIcon={<NotificationsIcon />} />
      {creditRead && <Menu.Item to="/ranking" primaryText="app.menu.ranking" leftIcon={<LeaderboardIcon />} />}
      {creditRead && <Menu.Item to="/manager-ranking" primaryText="app.menu.managerRanking" leftIcon={<MilitaryTechIcon />} />}
      <Menu.Item to="/boards" primaryText="app.menu.boards" leftIcon={<ListAltIcon />} />
      {shown('/ratings') && <Menu.Item to="/ratings" primaryText="app.menu.ratings" leftIcon={<EmojiEventsIcon />} />}
      {hasPermission(permissions, 'campaign:read') && <Menu.Item to="/campaign" primaryText="app.menu.campaign" leftIcon={<FlagIcon />} />}
      {hasPermission(permissions, 'campaign:read') && (
        <Menu.Item to="/campaign-meetings" primaryText="app.menu.campaignMeetings" leftIcon={<EventNoteIcon />} />
      )}
      {hasPermission(permissions, 'campaign:read') && <Menu.Item to="/peer-visits" primaryText="app.menu.peerVisits" leftIcon={<TourIcon />} />}
      {hasPermission(permissions, 'publicity:manage') && <Menu.Item to="/publicity" primaryText="app.menu.publicity" leftIcon={<CampaignIcon />} />}
      {hasPermission(permissions, 'bulletin:read') && <Menu.Item to="/bulletins" primaryText="app.menu.bulletins" leftIcon={<ArticleIcon />} />}
      {hasPermission(permissions, 'consequence:read') && <Menu.Item to="/handovers" primaryText="app.menu.handovers" leftIcon={<GavelIcon />} />}
      {hasPermission(permissions, 'consequence:read') && (
        <Menu.Item to="/inspection-plan" primaryText="app.menu.inspectionPlan" leftIcon={<EventRepeatIcon />} />
      )}
      {hasPermission(permissions, 'recommendation:read') && (
        <Menu.Item to="/credit-recommendations" primaryText="app.menu.recommendations" leftIcon={<UpgradeIcon />} />
      )}
      {hasPermission(permissions, 'randomInspection:read') && (
        <Menu.Item to="/random-inspections" primaryText="app.menu.randomDraws" leftIcon={<CasinoIcon />} />
      )}
      {hasPermission(permissions, 'inspection:read') && <Menu.Item to="/surveys" primaryText="app.menu.surveys" leftIcon={<SentimentSatisfiedAltIcon />} />}
      {hasPermission(permissions, 'specialInspection:read') && (
        <Menu.Item to="/special-inspections" primaryText="app.menu.specialInspections" leftIcon={<FactCheckIcon />} />
      )}
      {hasPermission(permissions, 'improvementPlan:read') && (
        <Menu.Item to="/improvement-plans" primaryText="app.menu.improvementPlans" leftIcon={<TrendingUpIcon />} />
      )}
      {(leaseRead || permissions?.role === 'DEPARTMENT') && (
        <Menu.Item to="/leasing/safety" primaryText="app.menu.leaseSafety" leftIcon={<LocalFireDepartmentIcon />} />
      )}
      {leaseRead && <Menu.Item to="/leasing/meetings" primaryText="app.menu.leaseMeetings" leftIcon={<GroupsIcon />} />}
      {leaseRead && <Menu.Item to="/leasing/kpis" primaryText="app.menu.leaseKpis" leftIcon={<InsightsIcon />} />}
      {hasPermission(permissions, 'committee:read') && shown('/committees') && (
        <Menu.Item to="/committees" primaryText="app.menu.committees" leftIcon={<HowToVoteIcon />} />
      )}
      {Object.keys(resources)
        .filter((name) => resources[name]?.hasList && shown(name))
        .map((name) => (
          <Menu.ResourceItem key={name} name={name} />
        ))}
      {hasPermission(permissions, 'apiToken:manage') && <Menu.Item to="/api-tokens" primaryText="app.menu.apiTokens" leftIcon={<KeyIcon />} />}
      {shown('/graphiql') && (
        <MenuItem component="a" href="/graphiql" target="_blank" rel="noopener" title={translate('app.menu.graphiql')}>
          <ListItemIcon sx={{ minWidth: 40 }}>
            <TerminalIcon fontSize="small" />
          </ListItemIcon>
          {open && <ListItemText primary={translate('app.menu.graphiql')} />}
        </MenuItem>
      )}
    </Menu>
  );
};
