import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths from this file, so the freshness test (src/common/codegen.test.ts) runs it from any directory.
const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * The dashboard's typed documents (docs/graphql-conventions.md, "Typed documents"): every `graphql(...)` call in src is
 * validated against the API's committed schema and typed from it into src/gql. `npm run codegen` rewrites src/gql;
 * src/common/codegen.test.ts fails when the committed output is out of date.
 */
const config: CodegenConfig = {
  schema: here('../../packages/api/schema.graphql'),
  documents: [here('src/**/*.{ts,tsx}'), `!${here('src/gql/**')}`, `!${here('src/**/*.test.{ts,tsx}')}`],
  ignoreNoDocuments: false,
  generates: {
    [here('src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The document text travels as a string (no parsed AST in the bundle); the client posts it as is.
        documentMode: 'string',
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
      },
    },
  },
};

export default config;
