import { describe, expect, it } from 'vitest';
import { gqlDocuments } from '../../vite.gql-documents';
import { graphql } from '../gql';

// The build replaces each graphql(`…`) call by its document (vite.gql-documents.ts): what it writes must be the very
// document codegen's graphql() returns at run time, for every call in src, and no file may still import src/gql.
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../gql/**', '!../**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });

function plugin() {
  const p = gqlDocuments(decodeURIComponent(new URL('../gql', import.meta.url).pathname));
  (p.buildStart as () => void).call({});
  return (code: string, id: string) => (p.transform as (code: string, id: string) => { code: string } | null).call({}, code, id);
}

describe('graphql() documents inlined at build time', () => {
  it('are, for every call in src, the document graphql() gives at run time, and src/gql is no longer imported', () => {
    const transform = plugin();
    let calls = 0;
    for (const [file, code] of Object.entries(sources)) {
      const texts = [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]!);
      if (texts.length === 0) continue;
      const out = transform(code, `/src/${file.slice(3)}`)!.code;
      for (const text of texts) {
        const document = graphql(text as never) as unknown as { toString(): string };
        expect(out, file).toContain(`new __GqlDocument(\`${document.toString()}\``);
        calls++;
      }
      expect(out, file).not.toMatch(/from '(\.\.?\/)+gql'/);
      expect(out, file).not.toMatch(/\bgraphql\(/);
    }
    expect(calls).toBeGreaterThan(200);
  });

  it('fails the build on a document codegen has not seen', () => {
    const transform = plugin();
    expect(() => transform("import { graphql } from '../gql';\nexport const Q = graphql(`query Unknown { me { id } }`);\n", '/src/x.ts')).toThrow(
      /run: npm run codegen/,
    );
  });
});
