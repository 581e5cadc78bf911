import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

// src/gql is committed so a fresh clone typechecks without running codegen; it must be what codegen makes now from
// packages/api/schema.graphql and the documents in src (`npm run codegen` in apps/dashboard rewrites it).
const committed = import.meta.glob<string>('../gql/*.ts', { query: '?raw', import: 'default', eager: true });

describe('the typed documents in src/gql', () => {
  it('are up to date with the schema and the documents', async () => {
    const outputs = await generate({ ...config, silent: true, errorsOnly: true }, false);
    const generated = Object.fromEntries(
      outputs.map(({ filename, content }: { filename: string; content: string }) => [`../gql/${filename.split('/').pop()}`, content]),
    );
    expect(Object.keys(generated).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(generated)) {
      expect(committed[file], `src/gql/${file.slice(7)} is stale: run npm run codegen in apps/dashboard`).toBe(content);
    }
  }, 60_000);
});
