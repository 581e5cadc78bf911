export * from './registry.js';
export * from './accounts.js';
export * from './credit.js';
export * from './closed-loop.js';
export * from './campaign.js';
export * from './campaign-records.js';
export * from './committees.js';
export * from './random-inspections.js';
export * from './consequences.js';
export * from './developers.js';
export * from './leasing.js';
export * from './residents.js';
export * from './leasing-safety.js';
export * from './shared-state.js';
export * from './township-plans.js';
export * from './history.js';
export * from './improvement-plans.js';
export * from './special-inspections.js';
import { Community, Department, Enterprise, ManagerAppointment, ProjectManager, Township } from './registry.js';
import { AuditLog, Session, User } from './accounts.js';
import { Complaint, ComplaintEvent, EvidenceFile, Inspection, Issue, IssueEvent, SelfCheck } from './closed-loop.js';
import { ApiToken, Bulletin, Campaign, JointMeeting, Milestone, Phase, TrainingAttendance, TrainingSession, WeeklyProgress } from './campaign.js';
import {
  CommitteeCandidate,
  CommitteeElection,
  DutyReview,
  ElectionBallot,
  ElectionCounter,
  OwnersCommittee,
  OwnerUnit,
  PaperEntry,
  PreparatoryMember,
  RecallMotion,
  RollEntry,
  UnitOwner,
  VotingCode,
} from './committees.js';
import { EvidenceChunk, JobRun, RateLimitCounter } from './shared-state.js';
import { TownshipDataFiling, TownshipPlan } from './township-plans.js';
import { CommunityHistory, KpiLiveMonth, KpiLiveVersion, KpiRollup } from './history.js';
import { DrawnCommunity, DrawnInspector, PoolInspector, RandomDraw } from './random-inspections.js';
import { Expulsion, Handover } from './consequences.js';
import { CreditRecommendation, Developer, DeveloperProject } from './developers.js';
import { PublicComplaint, SatisfactionSurvey, SurveyCode } from './residents.js';
import { ImprovementPlan, PlanAssessment, PlanMeasure } from './improvement-plans.js';
import { SpecialInspection } from './special-inspections.js';
import {
  Agency,
  Bid,
  LeaseContract,
  LeaseIncome,
  LeasePayment,
  LeaseUnit,
  Meter,
  MeterLoss,
  MeterReading,
  RentInstalment,
  SpendingRequest,
  SpendingStep,
  Tender,
  UtilityStatement,
  LeaseConsent,
} from './leasing.js';
import { MeetingMinutes, PeerVisit, PeerVisitFirm, PublicityArticle, PublicityImage } from './campaign-records.js';
import { LeaseMeeting, LeaseSafetyCheck, LeaseSafetyEvent, LeaseSafetyFinding } from './leasing-safety.js';
import { CreditRecord, CreditRecordEvent, CreditVersion, ListEntry, Notification, Objection, Rating, RepairApplication, ScoringStandard } from './credit.js';

export const entities = [
  Township,
  Department,
  Enterprise,
  Community,
  ProjectManager,
  ManagerAppointment,
  User,
  Session,
  AuditLog,
  ScoringStandard,
  CreditRecord,
  CreditRecordEvent,
  Objection,
  RepairApplication,
  Rating,
  ListEntry,
  Notification,
  Inspection,
  SelfCheck,
  Issue,
  IssueEvent,
  EvidenceFile,
  Complaint,
  ComplaintEvent,
  Campaign,
  Phase,
  Milestone,
  WeeklyProgress,
  TrainingSession,
  TrainingAttendance,
  JointMeeting,
  Bulletin,
  ApiToken,
  OwnerUnit,
  UnitOwner,
  OwnersCommittee,
  CommitteeElection,
  PreparatoryMember,
  CommitteeCandidate,
  ElectionCounter,
  RollEntry,
  VotingCode,
  ElectionBallot,
  PaperEntry,
  RecallMotion,
  DutyReview,
  PoolInspector,
  RandomDraw,
  DrawnCommunity,
  DrawnInspector,
  SpecialInspection,
  Expulsion,
  Handover,
  Agency,
  LeaseUnit,
  Meter,
  Tender,
  Bid,
  LeaseContract,
  RentInstalment,
  LeasePayment,
  MeterReading,
  MeterLoss,
  UtilityStatement,
  LeaseConsent,
  LeaseIncome,
  SpendingRequest,
  SpendingStep,
  PublicComplaint,
  SatisfactionSurvey,
  SurveyCode,
  LeaseSafetyCheck,
  LeaseSafetyFinding,
  LeaseSafetyEvent,
  LeaseMeeting,
  RateLimitCounter,
  EvidenceChunk,
  JobRun,
  TownshipPlan,
  TownshipDataFiling,
  CommunityHistory,
  KpiRollup,
  KpiLiveVersion,
  KpiLiveMonth,
  CreditVersion,
  ImprovementPlan,
  PlanMeasure,
  PlanAssessment,
  Developer,
  DeveloperProject,
  CreditRecommendation,
  MeetingMinutes,
  PeerVisit,
  PeerVisitFirm,
  PublicityArticle,
  PublicityImage,
];
