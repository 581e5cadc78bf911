import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';

/** Whether any string inside a (nested) argument value contains a NUL character. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.values(value).some((v) => hasNul(v, depth + 1));
}

/**
 * NUL cannot be stored or even sent to either database (SQLite cuts the statement short, PostgreSQL refuses the
 * message), and no real text contains it: every field taking arguments refuses it with a clear error before it runs.
 */
export function refuseNulInArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || !field.resolve) continue;
      const resolve = field.resolve;
      field.resolve = (source, args, ctx, info) => {
        if (hasNul(args)) {
          throw new GraphQLError('输入含有不允许的空字符（U+0000）/ input contains a NUL character (U+0000)', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
