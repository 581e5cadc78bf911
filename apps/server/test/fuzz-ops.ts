/**
 * Generates GraphQL requests from the committed schema (packages/api/schema.graphql): any root field of Query or
 * Mutation, with plausible or hostile argument values, as inline literals or variables, inside inline and named
 * (nested) fragments, under aliases, duplicated, next to other operations. Every choice comes from one integer seed,
 * so a request is reproduced from its seed alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema as buildSdl,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export function committedSchema(): GraphQLSchema {
  return buildSdl(readFileSync(fileURLToPath(new URL('../../../packages/api/schema.graphql', import.meta.url)), 'utf8'));
}

export interface Rng {
  int: (min: number, max: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
}

/** mulberry32: small, fast and deterministic. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}

// ---- values -----------------------------------------------------------------------------------------------------

const long = (n: number) => 'x'.repeat(n);
export const BAD_IDS: readonly unknown[] = [
  '',
  '0',
  '-1',
  '1e3',
  '0x10',
  '99999999',
  '2147483648',
  '9007199254740993',
  'abc',
  ' 1',
  '1 ',
  '1.5',
  '１',
  '1; drop table app_user',
  long(5000),
  1.5,
  -1,
  0,
  true,
];
const BAD_STRINGS: readonly unknown[] = [
  '',
  '   ',
  '\u0000',
  'a\u0000b',
  '\u0007bell',
  'line\r\nbreak',
  '\u202eevil\u202c',
  'zero\u200bwidth',
  '\ufeffbom',
  '\u2066iso\u2069',
  '𠜎😀👩‍👩‍👧',
  "'; drop table enterprise; --",
  '%_\\',
  '<script>alert(1)</script>',
  long(300),
  long(5_000),
  long(70_000),
  12,
  true,
];
const BAD_DATES: readonly unknown[] = [
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '2026-13-01',
  '2026-00-10',
  '',
  'yesterday',
  '2026-1-1',
  '20260101',
  '+275760-09-13',
  '1900-01-01',
  '2100-01-01',
  '2026-06-01T25:00:00Z',
  '2026-06-01T08:00:00',
  20260101,
  '2026-06-01\u0000',
];
const BAD_PERIODS: readonly unknown[] = [
  '0000-01',
  '0000Q1',
  '2026Q0',
  '2026Q5',
  '2026-13',
  '2026-00',
  '9999',
  '0000',
  '1970',
  '2026-03-31~2026-03-10',
  '2000-01-01~2099-12-31',
  '2026-02-30~2026-03-01',
  '~',
  '2026Q',
  '',
  'Q1 2026',
  long(500),
];
const BAD_INTS: readonly unknown[] = [2147483648, -2147483649, -1, 0, 1e9, 1.5, '1', '', true];
const VALID_PERIODS = ['2026-10', '2026-11', '2026Q3', '2026Q4', '2026', '2025', '2026-03-10~2026-03-31', '2026-11-01~2026-11-30'];
const TEXT = ['测试说明', '整改到位', '安居', 'note', '阳光花园 3 栋', '依据《物业管理条例》第三十二条'];

/** A date between 2025-01-01 and 2027-12-28. */
function date(r: Rng): string {
  return `${r.int(2025, 2027)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function plausibleString(r: Rng, name: string): string {
  const n = name.toLowerCase();
  if (n.includes('period')) return r.pick(VALID_PERIODS);
  if (n === 'quarter') return `${r.int(2025, 2026)}Q${r.int(1, 4)}`;
  if (n === 'month') return `2026-${String(r.int(1, 12)).padStart(2, '0')}`;
  if (n.includes('password')) return r.pick(['Correct-horse-42', 'wrong-password-1', 'Another-strong-pass-9']);
  if (n === 'username') return r.pick(['admin', 'regulator', 'ent1', 'nobody']);
  if (n.includes('uscc')) return r.pick(['91330100MA00000011', '91330100MA0000001X', '91330100MA00000099']);
  if (n.includes('phone')) return r.pick(['13812345678', '0571-88886666']);
  if (n.includes('code')) return `C${r.int(1, 999)}`;
  if (n === 'role') return r.pick(['ADMIN', 'ANALYST']);
  return `${r.pick(TEXT)}${r.chance(0.5) ? r.int(1, 9999) : ''}`;
}

function badFor(r: Rng, named: GraphQLNamedType, name: string): unknown {
  const n = name.toLowerCase();
  if (n.includes('period') || n === 'quarter' || n === 'month') return r.pick(BAD_PERIODS);
  switch (named.name) {
    case 'ID':
      return r.pick(BAD_IDS);
    case 'String':
      return r.pick(BAD_STRINGS);
    case 'Date':
    case 'DateTime':
      return r.pick(BAD_DATES);
    case 'Int':
      return r.pick(BAD_INTS);
    case 'Float':
      return r.pick([-1, 1e308, '1', 0, -0.0001, true]);
    case 'Boolean':
      return r.pick(['true', 1, 0]);
    case 'JSON':
      return r.pick([null, '', 'x', 1, [], {}, { items: 'x' }, { a: { b: { c: { d: [1, 2, { e: null }] } } } }, long(2000)]);
  }
  if (isEnumType(named)) return r.pick(['NOPE', '', 'admin', 1, named.getValues()[0]!.name.toLowerCase()]);
  return r.pick(['x', 1, [], null]);
}

/**
 * How hostile a request is: `hostile`, the probability that any value is of the wrong kind, size or shape; `id`,
 * `text` and `date`, that an ID, a String or a date/period is a bad value of the right GraphQL type (it passes
 * validation and reaches the resolvers).
 */
export interface Mode {
  hostile: number;
  id: number;
  text: number;
  date: number;
}
export const MODES: Record<string, Mode> = {
  plausible: { hostile: 0, id: 0, text: 0, date: 0 },
  badIds: { hostile: 0, id: 0.5, text: 0, date: 0 },
  badText: { hostile: 0, id: 0, text: 0.4, date: 0 },
  badDates: { hostile: 0, id: 0, text: 0, date: 0.6 },
  mixed: { hostile: 0.05, id: 0.1, text: 0.1, date: 0.1 },
  wrongKinds: { hostile: 0.3, id: 0, text: 0, date: 0 },
};
const PERIOD_NAME = /period|^quarter$|^month$/i;

/** A value for an input type: plausible, or of the wrong kind, size or shape as the mode says. */
export function genValue(r: Rng, type: GraphQLInputType, name: string, mode: Mode, depth = 0): unknown {
  const named = getNamedType(type);
  const hostile = mode.hostile;
  if (!isListType(isNonNullType(type) ? type.ofType : type)) {
    const strings = (xs: readonly unknown[]) => xs.filter((x) => typeof x === 'string');
    if (named.name === 'ID' && r.chance(mode.id)) return r.pick(strings(BAD_IDS));
    if (named.name === 'String' && PERIOD_NAME.test(name) && r.chance(mode.date)) return r.pick(strings(BAD_PERIODS));
    if (named.name === 'String' && r.chance(mode.text)) return r.pick(strings(BAD_STRINGS));
    if ((named.name === 'Date' || named.name === 'DateTime') && r.chance(mode.date)) return r.pick(strings(BAD_DATES));
  }
  if (r.chance(hostile)) {
    // Wrong at this level: a null where one is required, a list where a scalar is expected, or a bad scalar.
    const k = r.int(0, 9);
    if (k === 0) return null;
    if (k === 1 && !isListType(isNonNullType(type) ? type.ofType : type)) return [genValue(r, named as GraphQLInputType, name, MODES.plausible!, depth + 1)];
    if (k === 2 && isInputObjectType(named)) return mangledObject(r, named, name, mode, depth);
    if (!isInputObjectType(named)) return badFor(r, named, name);
  }
  if (!isNonNullType(type) && r.chance(0.05)) return null;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (hostile > 0 && r.chance(0.03)) return Array.from({ length: 1200 }, () => genValue(r, t.ofType, name, MODES.plausible!, depth + 1));
    return Array.from({ length: r.int(0, 3) }, () => genValue(r, t.ofType, name, mode, depth + 1));
  }
  if (isEnumType(named)) return r.pick(named.getValues()).name;
  if (isInputObjectType(named)) return depth > 4 ? {} : objectValue(r, named, mode, depth);
  switch (named.name) {
    case 'ID':
      return String(r.int(1, 14));
    case 'Int': {
      const n = name.toLowerCase();
      if (n === 'year') return r.int(2025, 2027);
      if (n === 'page') return r.int(1, 3);
      if (n === 'perpage') return r.int(1, 60);
      return r.int(0, 1000);
    }
    case 'Float':
      return r.int(0, 1_000_000) / 100;
    case 'Boolean':
      return r.chance(0.5);
    case 'Date':
      return date(r);
    case 'DateTime':
      return `${date(r)}T${String(r.int(0, 23)).padStart(2, '0')}:30:00${r.pick(['Z', '+08:00', '.000Z'])}`;
    case 'JSON':
      return r.pick([{}, { categories: [] }, { version: 2, items: [{ code: 'B1', points: 5 }] }]);
    default:
      return plausibleString(r, name);
  }
}

function objectValue(r: Rng, t: ReturnType<typeof getNamedType> & { getFields: () => Record<string, { type: GraphQLInputType }> }, mode: Mode, depth: number) {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(t.getFields())) {
    if (isNonNullType(f.type) || r.chance(0.5)) out[k] = genValue(r, f.type, k, mode, depth + 1);
  }
  return out;
}

/** Missing required fields, extra fields, or the object replaced by a scalar. */
function mangledObject(r: Rng, t: Parameters<typeof objectValue>[1], name: string, mode: Mode, depth: number): unknown {
  const o = objectValue(r, t, mode, depth) as Record<string, unknown>;
  const keys = Object.keys(o);
  const k = r.int(0, 3);
  if (k === 0 && keys.length) delete o[r.pick(keys)];
  else if (k === 1) o[r.pick(['bogus', 'id', '__proto__', 'passwordHash', 'role'])] = r.pick(['x', 1, 'ADMIN', null]);
  else if (k === 2) return r.pick(['x', 1, name]);
  else for (const key of keys) o[key] = badFor(r, getNamedType(t.getFields()[key]!.type), key);
  return o;
}

/** A GraphQL literal for a value (enum names bare where the type expects an enum). */
export function literal(v: unknown, type: GraphQLInputType | null): string {
  if (v === null || v === undefined) return 'null';
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, inner && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  if (typeof v === 'object') {
    const named = inner ? getNamedType(inner) : null;
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(v)
      .map(([k, x]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad_key'}: ${literal(x, fields[k]?.type ?? null)}`)
      .join(', ')}}`;
  }
  if (typeof v === 'string' && inner && isEnumType(getNamedType(inner)) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(v) && !['true', 'false', 'null'].includes(v))
    return v;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

// ---- operations -------------------------------------------------------------------------------------------------

export type RootKind = 'query' | 'mutation';
export interface RootEntry {
  kind: RootKind;
  field: string;
}

/** Every root field of the schema, plus the introspection entries a query may ask for. */
export function rootEntries(schema: GraphQLSchema): RootEntry[] {
  const q = Object.keys(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field }));
  const m = Object.keys(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field }));
  return [...q, { kind: 'query', field: '__schema' }, { kind: 'query', field: '__type' }, ...m];
}

export interface Generated {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  kind: RootKind;
  /** Response keys of the root fields, with the field each one runs. */
  keys: { key: string; field: string }[];
  /** How the root fields were wrapped and which values were spoilt, for the report. */
  shapes: string[];
  mode: string;
}

interface Build {
  schema: GraphQLSchema;
  r: Rng;
  mode: Mode;
  vars: string[];
  variables: Record<string, unknown>;
  fragments: string[];
  n: number;
}

function args(b: Build, defs: readonly GraphQLArgument[], optionalChance: number, allowVars: boolean): string {
  const parts: string[] = [];
  for (const a of defs) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    if (!required && !b.r.chance(optionalChance)) continue;
    // A required argument left out now and then: a validation error, never a crash.
    if (required && b.mode.hostile > 0 && b.r.chance(0.02)) continue;
    const v = genValue(b.r, a.type, a.name, b.mode);
    if (allowVars && b.r.chance(0.5)) {
      const name = `v${b.vars.length + 1}`;
      // Now and then the variable is declared with a type of its own (wrong or nullable).
      const declared = b.mode.hostile > 0 && b.r.chance(0.02) ? b.r.pick(['String', 'Int', 'ID', '[ID]', 'JSON']) : String(a.type);
      b.vars.push(`$${name}: ${declared}`);
      if (v !== undefined && !(v === null && b.r.chance(0.5))) b.variables[name] = v;
      parts.push(`${a.name}: $${name}`);
    } else {
      parts.push(`${a.name}: ${literal(v, a.type)}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** A selection set for a composite type, up to `depth` levels further down. */
function selection(b: Build, type: GraphQLCompositeType, depth: number, forceTypename: boolean): string {
  const { r } = b;
  const parts: string[] = forceTypename || r.chance(0.3) ? ['__typename'] : [];
  if (isObjectType(type)) {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const composites = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    for (let i = r.int(1, 3); i > 0 && leaves.length; i--) parts.push(fieldText(b, r.pick(leaves), depth));
    if (depth > 0) for (let i = r.int(0, 2); i > 0 && composites.length; i--) parts.push(fieldText(b, r.pick(composites), depth));
  } else {
    // Union or interface: fragments on some of its possible types.
    for (const t of b.schema.getPossibleTypes(type)) if (r.chance(0.7)) parts.push(`... on ${t.name} { ${selection(b, t, depth - 1, false)} }`);
    if (!parts.includes('__typename')) parts.push('__typename');
  }
  if (parts.length === 0) parts.push('__typename');
  // Some selections travel inside fragments of their own type.
  if (r.chance(0.15)) {
    const name = `S${++b.n}`;
    b.fragments.push(`fragment ${name} on ${type.name} { ${parts.join(' ')} }`);
    return `...${name}`;
  }
  if (r.chance(0.1)) return `... on ${type.name} { ${parts.join(' ')} }`;
  return parts.join(' ');
}

function fieldText(b: Build, f: GraphQLField<unknown, unknown>, depth: number): string {
  const named = getNamedType(f.type);
  const a = args(b, f.args, 0.25, true);
  const alias = b.r.chance(0.1) ? `a${++b.n}: ` : '';
  return isCompositeType(named) ? `${alias}${f.name}${a} { ${selection(b, named, depth - 1, false)} }` : `${alias}${f.name}${a}`;
}

const INTROSPECTION: Record<string, string> = {
  __schema: '__schema { queryType { name } types { name } }',
  __type: '__type(name: "User") { name fields { name } }',
};

/** One root field, as text, with its response key. */
function rootField(b: Build, e: RootEntry, aliasIt: boolean, directive: string): { text: string; key: string } {
  const alias = aliasIt ? `r${++b.n}` : null;
  if (e.field in INTROSPECTION)
    return { text: `${alias ? `${alias}: ` : ''}${INTROSPECTION[e.field]!.replace(' {', `${directive} {`)}`, key: alias ?? e.field };
  const root = e.kind === 'query' ? b.schema.getQueryType()! : b.schema.getMutationType()!;
  const f = root.getFields()[e.field]!;
  const named = getNamedType(f.type);
  const a = args(b, f.args, 0.5, true);
  const sel = isCompositeType(named) ? ` { ${selection(b, named, 3, true)} }` : '';
  return { text: `${alias ? `${alias}: ` : ''}${f.name}${a}${directive}${sel}`, key: alias ?? e.field };
}

export const SHAPES = ['plain', 'alias', 'inline-typed', 'inline-untyped', 'directive', 'named-fragment', 'nested-fragments', 'duplicated'] as const;

/**
 * One request: `primary` first, now and then with other root fields of the same kind, each wrapped in a shape.
 * The mode (MODES) says which values are spoilt.
 */
export function generate(schema: GraphQLSchema, seed: number, primary: RootEntry, all: readonly RootEntry[]): Generated {
  const r = rng(seed);
  const modeName = r.pick(Object.keys(MODES));
  const b: Build = { schema, r, mode: MODES[modeName]!, vars: [], variables: {}, fragments: [], n: 0 };
  const rootType = primary.kind === 'query' ? 'Query' : 'Mutation';
  const entries = [primary];
  const sameKind = all.filter((e) => e.kind === primary.kind);
  for (let i = r.chance(0.25) ? r.int(1, 2) : 0; i > 0; i--) entries.push(r.pick(sameKind));
  const parts: string[] = [];
  const keys: Generated['keys'] = [];
  const shapes: string[] = [];
  for (const e of entries) {
    const shape = r.pick(SHAPES);
    shapes.push(shape);
    const fieldDirective = shape === 'directive' && r.chance(0.5) ? ' @skip(if: false)' : '';
    const { text, key } = rootField(b, e, shape === 'alias' || (entries.length > 1 && r.chance(0.7)), fieldDirective);
    keys.push({ key, field: e.field });
    switch (shape) {
      case 'plain':
      case 'alias':
        parts.push(text);
        break;
      case 'inline-typed':
        parts.push(`... on ${rootType} { ${text} }`);
        break;
      case 'inline-untyped':
        parts.push(`... { ${text} }`);
        break;
      case 'directive':
        parts.push(fieldDirective ? text : `... @include(if: true) { ${text} }`);
        break;
      case 'named-fragment': {
        const name = `F${++b.n}`;
        b.fragments.push(`fragment ${name} on ${rootType} { ${text} }`);
        parts.push(`...${name}`);
        break;
      }
      case 'nested-fragments': {
        const outer = `F${++b.n}`;
        const inner = `F${++b.n}`;
        b.fragments.push(`fragment ${inner} on ${rootType} { ... on ${rootType} { ${text} } }`, `fragment ${outer} on ${rootType} { ...${inner} }`);
        parts.push(r.chance(0.5) ? `... { ...${outer} }` : `...${outer}`);
        break;
      }
      case 'duplicated':
        parts.push(text, r.chance(0.5) ? text : `... on ${rootType} { ${text} }`);
        break;
    }
  }
  const name = `Op${seed % 1000}`;
  const head = b.vars.length || r.chance(0.6) || primary.kind === 'mutation' ? `${primary.kind} ${name}${b.vars.length ? `(${b.vars.join(', ')})` : ''} ` : '';
  let query = `${head}{ ${parts.join(' ')} }`;
  let operationName: string | undefined = head ? name : undefined;
  if (head && r.chance(0.15)) {
    // Another operation in the same document: only the named one may run.
    query = r.chance(0.5) ? `query Other { __typename } ${query}` : `${query} mutation Other { logout }`;
  } else if (head && r.chance(0.3)) {
    operationName = undefined;
  }
  query += b.fragments.length ? ` ${b.fragments.join(' ')}` : '';
  return { query, variables: b.variables, operationName, kind: primary.kind, keys, shapes, mode: modeName };
}
