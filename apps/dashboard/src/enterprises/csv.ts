import type { RaRecord } from 'react-admin';
import type { CsvColumn } from '../common/csv';
import { formatDate } from '../common/dates';
import { enumLabel } from '../common/enums';

export const enterpriseCsvColumns: CsvColumn<RaRecord>[] = [
  { source: 'name' },
  { source: 'uscc' },
  { source: 'legalRepresentative' },
  { source: 'contactPerson' },
  { source: 'contactPhone' },
  { source: 'address' },
  { source: 'township.name', label: 'resources.enterprises.fields.township' },
  { source: 'status', value: (r, t) => enumLabel(t, 'EnterpriseStatus', r.status) },
  { source: 'score', value: (r) => (typeof r.score === 'number' ? r.score.toFixed(1) : '') },
  { source: 'grade', value: (r, t) => (r.grade ? enumLabel(t, 'CreditGrade', r.grade) : t('app.credit.notRated')) },
  { source: 'listStatus', value: (r, t) => enumLabel(t, 'ListStatus', r.listStatus) },
  { source: 'listUntil', value: (r) => formatDate(r.listUntil) },
  { source: 'communityCount' },
  { source: 'managerCount' },
  { source: 'createdAt', value: (r) => formatDate(r.createdAt) },
];
