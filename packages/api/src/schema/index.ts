import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import './errors.js';
import './townships.js';
import './departments.js';
import './enterprises.js';
import './communities.js';
import './community-history.js';
import './project-managers.js';
import './auth.js';
import './users.js';
import './audit.js';
import './jobs.js';
import './reference.js';
import './issues.js';
import './inspections.js';
import './complaints.js';
import './self-checks.js';
import './inbox.js';
import './credit/index.js';
import './ratings.js';
import './public-firms.js';
import './credit-file.js';
import './kpi.js';
import './campaign.js';
import './campaign-records.js';
import './bulletins.js';
import './api-tokens.js';
import './aggregates.js';
import './committees.js';
import './random-inspections.js';
import './consequences.js';
import './developers.js';
import './residents.js';
import './improvement-plans.js';
import './leasing.js';
import './leasing-safety.js';
import './township-plans.js';
import './leasing-kpis.js';
import './special-inspections.js';
import './township-data.js';

export function buildSchema(): GraphQLSchema {
  return builder.toSchema({ sortSchema: true });
}

export function printedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}
