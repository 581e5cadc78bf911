import { AggregateError, aggregate, type AggregateRow } from '@wuye/db';
import { isIsoDate, messageFor } from '@wuye/domain';
import { GraphQLError } from 'graphql';
import { dataScopeOf } from '../analytics-scope.js';
import { todayOf } from '../today.js';
import { builder } from '../builder.js';
import { parseId } from '../write.js';
import { AggregateDimensionEnum, AggregateSubjectEnum, IssueCategoryEnum } from './refs/index.js';

/** Analysts' aggregates: issue, complaint, credit-record and firm counts grouped by up to two dimensions. */

const MeasureRef = builder.objectRef<{ name: string; value: number }>('AggregateMeasure').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeFloat('value') }),
});

const AggregateRowRef = builder.objectRef<AggregateRow>('AggregateRow').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    keys: t.field({
      type: ['String'],
      nullable: { list: false, items: true },
      description: 'The group’s value per groupBy dimension (ids for township/department/enterprise)',
      resolve: (r) => r.keys,
    }),
    labels: t.field({ type: ['String'], nullable: { list: false, items: true }, description: 'Names for the keys', resolve: (r) => r.labels }),
    count: t.exposeInt('count'),
    measures: t.field({
      type: [MeasureRef],
      description:
        'ISSUES: closed, overdue, flagged · COMPLAINTS: responded, collective, dissatisfied · CREDIT_RECORDS: points, negative · ENTERPRISES: avgScore, red, black',
      resolve: (r) => Object.entries(r.measures).map(([name, value]) => ({ name, value })),
    }),
  }),
});

const AggregateFilterInput = builder.inputType('AggregateFilter', {
  fields: (t) => ({
    townshipId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
    category: t.field({ type: IssueCategoryEnum, required: false }),
    state: t.string({ required: false, description: 'Issue/complaint state, record status or list status' }),
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
  }),
});

builder.queryField('aggregates', (t) =>
  t.field({
    type: [AggregateRowRef],
    description: 'Counts grouped by up to two dimensions, e.g. ISSUES by [TOWNSHIP, MONTH]; scoped like the lists',
    authScopes: { perm: 'aggregate:read' },
    args: {
      subject: t.arg({ type: AggregateSubjectEnum, required: true }),
      groupBy: t.arg({ type: [AggregateDimensionEnum], required: false }),
      filter: t.arg({ type: AggregateFilterInput, required: false }),
    },
    // One grouped statement over the subject's rows; each dimension multiplies the groups it returns.
    complexity: (a) => ({ field: 100 * (1 + 2 * (a.groupBy?.length ?? 0)) }),
    resolve: async (_r, a, ctx) => {
      const f = a.filter ?? {};
      if ((f.from && !isIsoDate(f.from)) || (f.to && !isIsoDate(f.to)))
        throw new GraphQLError(messageFor({ field: 'date', code: 'INVALID_DATE' }, ctx.locale), { extensions: { code: 'BAD_USER_INPUT' } });
      try {
        return await aggregate(ctx.em, {
          subject: a.subject,
          groupBy: a.groupBy ?? [],
          scope: dataScopeOf(ctx),
          today: todayOf(ctx),
          locale: ctx.locale,
          filter: {
            townshipId: parseId(f.townshipId),
            enterpriseId: parseId(f.enterpriseId),
            departmentId: parseId(f.departmentId),
            category: f.category ?? null,
            state: f.state ?? null,
            from: f.from ?? null,
            to: f.to ?? null,
          },
        });
      } catch (e) {
        if (e instanceof AggregateError)
          throw new GraphQLError(messageFor({ field: 'groupBy', code: 'INVALID_FORMAT' }, ctx.locale), {
            extensions: { code: 'BAD_USER_INPUT', field: 'groupBy' },
          });
        throw e;
      }
    },
  }),
);
