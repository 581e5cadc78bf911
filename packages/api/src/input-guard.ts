import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
} from 'graphql';
import { checkDate, checkText, messageFor, parseIdKey, type FieldIssue } from '@wuye/domain';
import type { Context } from './context.js';
import { ValidationError } from './errors.js';

/** Whether any string inside a JSON value contains a NUL character (neither database can store one). */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNul(v, depth + 1));
}

/**
 * Checks one coerced argument value against its GraphQL type, by the name of the field holding it. A nullable
 * ID given as "" means "none" and becomes null, so no resolver ever turns it into key 0.
 */
function checkValue(holder: Record<string, unknown>, key: string, field: string, type: GraphQLInputType, issues: FieldIssue[]): void {
  const value = holder[key];
  if (value == null) return;
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  if (isListType(inner)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length && issues.length < 20; i++) checkValue(list as unknown as Record<string, unknown>, String(i), field, inner.ofType, issues);
    return;
  }
  if (isInputObjectType(inner)) {
    const obj = value as Record<string, unknown>;
    for (const f of Object.values(inner.getFields())) checkValue(obj, f.name, f.name, f.type, issues);
    return;
  }
  if (!isScalarType(inner)) return;
  let issue: FieldIssue | null = null;
  switch (inner.name) {
    case 'ID':
      if (value === '' && !required) holder[key] = null;
      else if (value === '') issue = { field, code: 'REQUIRED' };
      else if (parseIdKey(value as string) === null) issue = { field, code: 'INVALID_ID', params: { id: String(value).slice(0, 40) } };
      break;
    case 'String':
      issue = checkText(field, value as string);
      break;
    case 'Date':
    case 'DateTime':
      issue = checkDate(field, value as string | Date);
      break;
    case 'JSON':
      if (hasNul(value)) issue = { field, code: 'INVALID_CHARACTERS', params: { char: 'U+0000' } };
      break;
  }
  if (issue) issues.push(issue);
}

export function checkArguments(defs: readonly GraphQLArgument[], args: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const def of defs) checkValue(args, def.name, def.name, def.type, issues);
  return issues;
}

const pluginName = 'inputGuard';

/**
 * Every field's arguments pass the input policy (packages/domain/src/input-policy.ts) before its resolver runs:
 * after authorisation, and inside the errors plugin so that a mutation answers a typed ValidationError naming
 * each field, while a query answers BAD_USER_INPUT naming the first.
 */
export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    const errors = (fieldConfig.pothosOptions as { errors?: { types?: unknown[] } }).errors;
    const typed = errors?.types?.includes(ValidationError) ?? false;
    return (parent, args, context, info) => {
      const defs = info.parentType.getFields()[info.fieldName]!.args;
      const issues = checkArguments(defs, args as Record<string, unknown>);
      if (issues.length > 0) {
        const { locale } = context as Context;
        if (typed) throw ValidationError.fromIssues(issues, locale);
        throw new GraphQLError(messageFor(issues[0]!, locale), { extensions: { code: 'BAD_USER_INPUT', field: issues[0]!.field } });
      }
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, InputGuardPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos plugins register their types in this global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

export default pluginName;
