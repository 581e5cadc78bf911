import { analystEnglish } from '../features/analytics/analystMessages';
import type { AppMessages, BaseMessages } from './appChinese';
import { campaignEnglish } from '../features/campaign/messages';
import { randomInspectionsEnglish } from '../features/randomInspections/messages';
import { consequencesEnglish } from '../features/consequences/messages';
import { developersEnglish } from '../features/developers/messages';
import { managersEnglish } from '../features/registry/projectManagers/messages';
import { improvementPlansEnglish } from '../features/improvementPlans/messages';
import { specialInspectionsEnglish } from '../features/specialInspections/messages';
import { campaignRecordsEnglish } from '../features/campaignRecords/messages';
import { surveysEnglish } from '../features/residents/surveyMessages';
import { residentsEnglish } from '../features/residents/messages';
import { closedLoopEnglish } from '../features/closedLoop/messages';
import { committeesEnglish } from '../features/committees/messages';
import { leasingEnglish } from '../features/leasing/messages';
import { leasingKpiEnglish } from '../features/leasing/kpiMessages';
import { adminEnglish } from '../features/admin/messages';
import { creditEnglish } from '../features/credit/messages';
import { kpiEnglish } from '../features/analytics/messages';
import { mergeMessages } from './merge';

const baseEnglish: BaseMessages = {
  app: {
    title: 'Property Supervision Platform',
    menu: {
      myEnterprise: 'My enterprise',
      graphiql: 'GraphiQL queries',
    },
    list: {
      cappedRange: '%{offsetBegin}-%{offsetEnd} of more than %{total}',
      cappedTotal: '%{total}+',
    },
    login: {
      title: 'Property Supervision Platform',
      subtitle: 'County supervision of property-service enterprises · please sign in',
      demoAccounts: 'Demo accounts',
      demoHint: 'Click an account to fill it in; every demo password is %{password}',
      username: 'Username',
      password: 'Password',
      signIn: 'Sign in',
      signingIn: 'Signing in…',
    },
    dashboard: {
      welcome: 'Hello, %{name}',
      scope: 'Signed in as: %{role}',
      registry: 'Registry at a glance',
      gradeDistribution: 'Credit grades of property-service enterprises',
      enterprisesCount: 'Enterprises',
      notRated: 'Not rated',
      loadingChart: 'Loading chart…',
    },
    section: {
      basic: 'Details',
      credit: 'Credit',
      contract: 'Service contract',
      communities: 'Managed communities',
      managers: 'Project managers',
      appointments: 'Appointments',
      history: 'Registry history',
    },
    communityHistory: {
      validFrom: 'From',
      validTo: 'Until',
      since: 'before records',
      current: 'now',
    },
    credit: {
      notRated: 'Not rated',
      listUntil: 'until %{date}',
    },
    user: {
      newPassword: 'New password (leave empty to keep)',
      scopeHint: 'Township staff need a township, department staff a department, enterprise managers an enterprise',
    },
    community: {
      enterpriseHint: 'Only when the service mode is "Enterprise service"',
    },
  },
  resources: {
    townships: {
      name: 'Township |||| Townships',
      fields: {
        id: 'Id',
        name: 'Name',
        code: 'Code',
        communityCount: 'Communities',
        enterpriseCount: 'Enterprises',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    departments: {
      name: 'Department |||| Departments',
      fields: {
        id: 'Id',
        name: 'Name',
        code: 'Code',
        remit: 'Remit',
        category: 'Issue category',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    enterprises: {
      name: 'Enterprise |||| Enterprises',
      fields: {
        id: 'Id',
        name: 'Name',
        uscc: 'Unified social credit code',
        legalRepresentative: 'Legal representative',
        contactPerson: 'Contact person',
        contactPhone: 'Contact phone',
        address: 'Address',
        townshipId: 'Registered township',
        township: 'Township',
        status: 'Status',
        score: 'Credit score',
        grade: 'Grade',
        listStatus: 'Red/black list',
        listUntil: 'Listed until',
        communityCount: 'Communities',
        managerCount: 'Project managers',
        createdAt: 'Registered',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    projectManagers: {
      name: 'Project manager |||| Project managers',
      fields: {
        id: 'Id',
        name: 'Name',
        enterpriseId: 'Enterprise',
        enterprise: 'Enterprise',
        certificateNo: 'Certificate no.',
        phone: 'Phone',
        appointments: 'Appointments',
        communityId: 'Community',
        startDate: 'Start date',
        endDate: 'End date',
        registeredOn: 'Registered on',
        createdAt: 'Registered',
        q: 'Search',
      },
    },
    communities: {
      name: 'Community |||| Communities',
      fields: {
        id: 'Id',
        name: 'Name',
        townshipId: 'Township',
        township: 'Township',
        address: 'Address',
        type: 'Type',
        households: 'Households',
        floorArea: 'Floor area (m²)',
        deliveryDate: 'Delivery date',
        serviceMode: 'Service mode',
        enterpriseId: 'Property-service enterprise',
        enterprise: 'Property-service enterprise',
        contractStart: 'Contract start',
        contractEnd: 'Contract end',
        officeArea: 'Management office area (m²)',
        maintenanceFundBalance: 'Maintenance fund balance (CNY)',
        history: 'Registry history',
        handoverDeadline: 'Handover deadline (expulsion)',
        createdAt: 'Registered',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        username: 'Username',
        displayName: 'Display name',
        role: 'Role',
        password: 'Password',
        townshipId: 'Township',
        departmentId: 'Department',
        enterpriseId: 'Enterprise',
        active: 'Active',
        lastLoginAt: 'Last sign-in',
        createdAt: 'Created',
        q: 'Search',
      },
    },
    auditLogs: {
      name: 'Audit log entry |||| Audit log',
      fields: {
        id: 'Id',
        at: 'Time',
        actorId: 'Actor',
        actorName: 'Actor',
        action: 'Action',
        entityType: 'Entity type',
        entityId: 'Entity id',
        changes: 'Changes',
        ip: 'IP address',
        q: 'Search',
      },
    },
  },
  enums: {
    Role: {
      ADMIN: 'Administrator',
      REGULATOR: 'Regulator',
      DEPARTMENT: 'Department staff',
      TOWNSHIP: 'Township staff',
      ENTERPRISE: 'Enterprise manager',
      ANALYST: 'Analyst',
      AGENCY: 'Agency property working group',
    },
    EnterpriseStatus: {
      ACTIVE: 'Active',
      SUSPENDED: 'Suspended',
      EXPELLED: 'Expelled',
    },
    ListStatus: {
      NONE: 'None',
      RED: 'Red list',
      BLACK: 'Black list',
    },
    CreditGrade: {
      AAA: 'AAA',
      AA: 'AA',
      A: 'A',
      B: 'B',
      C: 'C',
    },
    CommunityType: {
      NEW_RESIDENTIAL: 'New residential',
      OLD: 'Old community',
      OTHER: 'Other',
    },
    ServiceMode: {
      ENTERPRISE: 'Enterprise service',
      BASIC_SERVICE: 'Basic service (township fallback)',
      SELF_MANAGED: 'Self-managed by owners',
      NONE: 'No property service',
    },
    IssueCategory: {
      ILLEGAL_CONSTRUCTION: 'Illegal construction',
      SANITATION: 'Sanitation',
      SAFETY_HAZARD: 'Safety hazard',
      FIRE: 'Fire safety',
      ELEVATOR: 'Elevator',
      PARKING_SECURITY: 'Parking / security',
      SERVICE_QUALITY: 'Service quality',
      FEES: 'Fees',
      MAINTENANCE_FUND: 'Maintenance fund',
      OWNERS_COMMITTEE: "Owners' committee",
      ELDERLY_CARE: 'Elderly care',
      BUILDING_QUALITY: 'Building quality (warranty)',
      UNLICENSED_OPERATOR: 'Unlicensed operator',
    },
  },
};

export const appEnglish: AppMessages = mergeMessages(
  mergeMessages(
    mergeMessages(
      mergeMessages(
        mergeMessages(mergeMessages(mergeMessages(mergeMessages(baseEnglish, creditEnglish), closedLoopEnglish), campaignEnglish), analystEnglish),
        kpiEnglish,
      ),
      committeesEnglish,
    ),
    randomInspectionsEnglish,
  ),
  mergeMessages(
    mergeMessages(mergeMessages(mergeMessages(consequencesEnglish, residentsEnglish), mergeMessages(leasingEnglish, leasingKpiEnglish)), adminEnglish),
    mergeMessages(
      mergeMessages(managersEnglish, developersEnglish),
      mergeMessages(mergeMessages(mergeMessages(improvementPlansEnglish, specialInspectionsEnglish), surveysEnglish), campaignRecordsEnglish),
    ),
  ),
);
