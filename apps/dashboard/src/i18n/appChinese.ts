import { analystChinese } from '../features/analytics/analystMessages';
import { campaignChinese } from '../features/campaign/messages';
import { randomInspectionsChinese } from '../features/randomInspections/messages';
import { consequencesChinese } from '../features/consequences/messages';
import { developersChinese } from '../features/developers/messages';
import { managersChinese } from '../features/registry/projectManagers/messages';
import { improvementPlansChinese } from '../features/improvementPlans/messages';
import { specialInspectionsChinese } from '../features/specialInspections/messages';
import { campaignRecordsChinese } from '../features/campaignRecords/messages';
import { surveysChinese } from '../features/residents/surveyMessages';
import { residentsChinese } from '../features/residents/messages';
import { closedLoopChinese } from '../features/closedLoop/messages';
import { committeesChinese } from '../features/committees/messages';
import { leasingChinese } from '../features/leasing/messages';
import { leasingKpiChinese } from '../features/leasing/kpiMessages';
import { adminChinese } from '../features/admin/messages';
import { creditChinese } from '../features/credit/messages';
import { kpiChinese } from '../features/analytics/messages';
import { mergeMessages, type DeepStrings } from './merge';

/** Our own messages (resources, enum labels, app texts) in Simplified Chinese; `appEnglish` has the same keys. */
const baseChinese = {
  app: {
    title: '物业监管平台',
    menu: {
      myEnterprise: '我的企业',
      graphiql: 'GraphiQL 数据查询',
    },
    list: {
      /** A list whose total the server counted up to its cap (more rows match than it counted). */
      cappedRange: '第 %{offsetBegin}-%{offsetEnd} 条，共 %{total} 余条',
      cappedTotal: '%{total}+',
    },
    login: {
      title: '物业监管平台',
      subtitle: '县物业服务企业监管平台 · 请登录',
      demoAccounts: '演示账号',
      demoHint: '点击账号即可填入，演示密码均为 %{password}',
      username: '用户名',
      password: '密码',
      signIn: '登录',
      signingIn: '正在登录…',
    },
    dashboard: {
      welcome: '您好，%{name}',
      scope: '当前角色：%{role}',
      registry: '登记概况',
      gradeDistribution: '物业服务企业信用等级分布',
      enterprisesCount: '企业数',
      notRated: '未评级',
      loadingChart: '正在加载图表…',
    },
    section: {
      basic: '基本信息',
      credit: '信用情况',
      contract: '物业服务合同',
      communities: '在管小区',
      managers: '项目经理',
      appointments: '任职记录',
      history: '登记历史',
    },
    communityHistory: {
      validFrom: '起始日期',
      validTo: '截止日期',
      since: '记录之前',
      current: '至今',
    },
    credit: {
      notRated: '未评级',
      listUntil: '至 %{date}',
    },
    user: {
      newPassword: '新密码（不修改请留空）',
      scopeHint: '乡镇人员须选择乡镇/街道，部门人员须选择部门，企业管理人员须选择企业',
    },
    community: {
      enterpriseHint: '仅当服务模式为“物业企业服务”时选择',
    },
  },
  resources: {
    townships: {
      name: '乡镇/街道',
      fields: {
        id: '编号',
        name: '名称',
        code: '编码',
        communityCount: '小区数',
        enterpriseCount: '企业数',
        createdAt: '创建日期',
        updatedAt: '更新日期',
        q: '搜索',
      },
    },
    departments: {
      name: '部门',
      fields: {
        id: '编号',
        name: '部门名称',
        code: '编码',
        remit: '职责范围',
        category: '问题类别',
        createdAt: '创建日期',
        updatedAt: '更新日期',
        q: '搜索',
      },
    },
    enterprises: {
      name: '物业服务企业',
      fields: {
        id: '编号',
        name: '企业名称',
        uscc: '统一社会信用代码',
        legalRepresentative: '法定代表人',
        contactPerson: '联系人',
        contactPhone: '联系电话',
        address: '地址',
        townshipId: '注册乡镇/街道',
        township: '乡镇/街道',
        status: '状态',
        score: '信用分',
        grade: '信用等级',
        listStatus: '红黑榜',
        listUntil: '名单有效期至',
        communityCount: '在管小区数',
        managerCount: '项目经理数',
        createdAt: '登记日期',
        updatedAt: '更新日期',
        q: '搜索',
      },
    },
    projectManagers: {
      name: '项目经理',
      fields: {
        id: '编号',
        name: '姓名',
        enterpriseId: '所属企业',
        enterprise: '所属企业',
        certificateNo: '证书编号',
        phone: '电话',
        appointments: '任职记录',
        communityId: '小区',
        startDate: '任职开始日期',
        endDate: '任职结束日期',
        registeredOn: '备案日期',
        createdAt: '登记日期',
        q: '搜索',
      },
    },
    communities: {
      name: '小区',
      fields: {
        id: '编号',
        name: '小区名称',
        townshipId: '乡镇/街道',
        township: '乡镇/街道',
        address: '地址',
        type: '小区类型',
        households: '户数',
        floorArea: '建筑面积（㎡）',
        deliveryDate: '交付日期',
        serviceMode: '服务模式',
        enterpriseId: '物业服务企业',
        enterprise: '物业服务企业',
        contractStart: '合同开始日期',
        contractEnd: '合同结束日期',
        officeArea: '物业管理用房面积（㎡）',
        maintenanceFundBalance: '维修资金余额（元）',
        history: '登记历史',
        handoverDeadline: '移交期限（清出市场）',
        createdAt: '登记日期',
        updatedAt: '更新日期',
        q: '搜索',
      },
    },
    users: {
      name: '用户',
      fields: {
        id: '编号',
        username: '用户名',
        displayName: '姓名',
        role: '角色',
        password: '密码',
        townshipId: '所属乡镇/街道',
        departmentId: '所属部门',
        enterpriseId: '所属企业',
        active: '启用',
        lastLoginAt: '最近登录',
        createdAt: '创建日期',
        q: '搜索',
      },
    },
    auditLogs: {
      name: '审计日志',
      fields: {
        id: '编号',
        at: '时间',
        actorId: '操作人',
        actorName: '操作人',
        action: '操作',
        entityType: '对象类型',
        entityId: '对象编号',
        changes: '变更内容',
        ip: 'IP 地址',
        q: '搜索',
      },
    },
  },
  enums: {
    Role: {
      ADMIN: '管理员',
      REGULATOR: '监管人员',
      DEPARTMENT: '部门人员',
      TOWNSHIP: '乡镇人员',
      ENTERPRISE: '企业管理人员',
      ANALYST: '数据分析人员',
      AGENCY: '机关物业管理工作组',
    },
    EnterpriseStatus: {
      ACTIVE: '正常',
      SUSPENDED: '暂停',
      EXPELLED: '清出',
    },
    ListStatus: {
      NONE: '无',
      RED: '红榜',
      BLACK: '黑名单',
    },
    CreditGrade: {
      AAA: 'AAA',
      AA: 'AA',
      A: 'A',
      B: 'B',
      C: 'C',
    },
    CommunityType: {
      NEW_RESIDENTIAL: '新建住宅',
      OLD: '老旧小区',
      OTHER: '其他',
    },
    ServiceMode: {
      ENTERPRISE: '物业企业服务',
      BASIC_SERVICE: '基础物业服务（乡镇兜底）',
      SELF_MANAGED: '业主自管',
      NONE: '无物业',
    },
    IssueCategory: {
      ILLEGAL_CONSTRUCTION: '违法建设',
      SANITATION: '环境卫生',
      SAFETY_HAZARD: '安全隐患',
      FIRE: '消防',
      ELEVATOR: '电梯',
      PARKING_SECURITY: '停车/安防',
      SERVICE_QUALITY: '物业服务',
      FEES: '收费',
      MAINTENANCE_FUND: '维修资金',
      OWNERS_COMMITTEE: '业主委员会',
      ELDERLY_CARE: '养老服务',
      BUILDING_QUALITY: '房屋质量保修',
      UNLICENSED_OPERATOR: '无资质/未备案经营者',
    },
  },
};

export const appChinese = mergeMessages(
  mergeMessages(
    mergeMessages(
      mergeMessages(
        mergeMessages(mergeMessages(mergeMessages(mergeMessages(baseChinese, creditChinese), closedLoopChinese), campaignChinese), analystChinese),
        kpiChinese,
      ),
      committeesChinese,
    ),
    randomInspectionsChinese,
  ),
  mergeMessages(
    mergeMessages(mergeMessages(mergeMessages(consequencesChinese, residentsChinese), mergeMessages(leasingChinese, leasingKpiChinese)), adminChinese),
    mergeMessages(
      mergeMessages(managersChinese, developersChinese),
      mergeMessages(mergeMessages(mergeMessages(improvementPlansChinese, specialInspectionsChinese), surveysChinese), campaignRecordsChinese),
    ),
  ),
);

/** The shape `appEnglish` must have (same keys, string leaves). */
export type AppMessages = DeepStrings<typeof appChinese>;
export type BaseMessages = DeepStrings<typeof baseChinese>;
