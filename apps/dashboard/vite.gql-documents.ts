import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Production builds only: every `graphql(`…`)` call of the dashboard is replaced by its document itself, so each
 * chunk carries the documents it uses and the main chunk no longer holds the client preset's map of every operation
 * (`src/gql/gql.ts` and `graphql.ts`, ≈ 230 kB raw: docs/benchmarks.md "First screen"). What the codegen client
 * preset's babel plugin does, without babel. The document is the one codegen wrote (`graphql.ts`, fragments appended),
 * as the same kind of object (a String whose `toString()` is the text, with `__meta__`); types are unchanged (they
 * come from the source, which is not touched). A call whose text codegen does not know fails the build: run codegen.
 */
export function gqlDocuments(gqlDir: string): Plugin {
  let byText: Map<string, string> | null = null;
  const load = () => {
    const gql = readFileSync(join(gqlDir, 'gql.ts'), 'utf8');
    const graphqlTs = readFileSync(join(gqlDir, 'graphql.ts'), 'utf8');
    // `export const XDocument = new TypedDocumentString(`…`, {meta}) as unknown as …;`
    const constants = new Map<string, string>();
    for (const m of graphqlTs.matchAll(/^export const (\w+) = new TypedDocumentString\((`[^`]*`(?:, \{[^\n]*?\})?)\) as unknown as /gm)) {
      constants.set(m[1]!, m[2]!);
    }
    // The map `const documents: Documents = { "<source text>": types.XDocument, … }`.
    const map = new Map<string, string>();
    const start = gql.indexOf('const documents: Documents = {');
    if (start < 0) throw new Error('gqlDocuments: no document map in src/gql/gql.ts');
    for (const m of gql.slice(start).matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
      const args = constants.get(m[2]!);
      if (!args) throw new Error(`gqlDocuments: ${m[2]} is not in src/gql/graphql.ts`);
      map.set(JSON.parse(m[1]!) as string, args);
    }
    if (map.size === 0 || map.size !== constants.size) throw new Error(`gqlDocuments: ${map.size} documents mapped, ${constants.size} written`);
    return map;
  };
  return {
    name: 'wuye-gql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      byText = load();
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? DOCUMENT_CLASS : null;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      let replaced = 0;
      let out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_, text: string) => {
        const args = byText!.get(text);
        if (!args) throw new Error(`gqlDocuments: a graphql() document in ${id} is not in src/gql (run: npm run codegen)`);
        replaced++;
        return `/*#__PURE__*/ new __GqlDocument(${args})`;
      });
      if (!replaced) return null;
      // The `graphql` import from src/gql is no longer used; the document class comes from a module of a few lines.
      out = out.replace(/^import \{ graphql \} from '(?:\.\.?\/)+gql';$/m, `import { __GqlDocument } from '${VIRTUAL}';`);
      if (!out.includes(VIRTUAL)) out = `import { __GqlDocument } from '${VIRTUAL}';\n${out}`;
      return { code: out, map: null };
    },
  };
}

const VIRTUAL = 'virtual:wuye-gql-document';
const RESOLVED = '\0' + VIRTUAL;
/** The client preset's TypedDocumentString at run time (graphql.ts), without the types. */
const DOCUMENT_CLASS = `export class __GqlDocument extends String {
  constructor(value, __meta__) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }
  toString() {
    return this.value;
  }
}
`;
