import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The budget of what a browser downloads before the dashboard's first screen: the `main` entry chunk and the chunks
 * it imports statically, gzip-compressed, in bytes. About 5 % above the size measured when it was last set (381.7 kB,
 * docs/benchmarks.md "Dashboard bundle"): lazy-load what the first screen does not need; raise it deliberately, with
 * the figures, when a feature needs it.
 */
export const MAIN_INITIAL_GZIP_BUDGET = 400 * 1024;

export interface EntryReport {
  name: string;
  file: string;
  raw: number;
  gzip: number;
  /** The entry plus every chunk it imports statically: what the page loads before it can run. */
  initialRaw: number;
  initialGzip: number;
  initialFiles: string[];
  /** The largest modules of the entry chunk (rendered bytes), to see what a change added. */
  largestModules: { id: string; bytes: number }[];
}

const gzipSize = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The chunks loaded with `chunk`: itself and its static imports, transitively. */
function initialChunks(bundle: OutputBundle, chunk: OutputChunk): OutputChunk[] {
  const seen = new Map<string, OutputChunk>();
  const visit = (c: OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const file of c.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return [...seen.values()];
}

export function entryReports(bundle: OutputBundle, root: string): EntryReport[] {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (c: OutputChunk) => {
    let s = sizes.get(c.fileName);
    if (!s) {
      s = { raw: Buffer.byteLength(c.code), gzip: gzipSize(c.code) };
      sizes.set(c.fileName, s);
    }
    return s;
  };
  return Object.values(bundle)
    .filter((o): o is OutputChunk => o.type === 'chunk' && o.isEntry)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((chunk) => {
      const initial = initialChunks(bundle, chunk);
      return {
        name: chunk.name,
        file: chunk.fileName,
        ...size(chunk),
        initialRaw: initial.reduce((sum, c) => sum + size(c).raw, 0),
        initialGzip: initial.reduce((sum, c) => sum + size(c).gzip, 0),
        initialFiles: initial.map((c) => c.fileName),
        largestModules: Object.entries(chunk.modules)
          .map(([id, m]) => ({ id: id.startsWith(root) ? id.slice(root.length + 1) : id.replace(/^.*node_modules\//, ''), bytes: m.renderedLength }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 15),
      };
    });
}

/**
 * After `vite build`: prints the entry chunks' sizes (raw and gzip), writes `<outDir>/bundle-report.json`, and fails
 * the build when the main entry's initial load is over MAIN_INITIAL_GZIP_BUDGET.
 */
export function bundleReport(options: { budget?: number } = {}): Plugin {
  const budget = options.budget ?? MAIN_INITIAL_GZIP_BUDGET;
  let root = process.cwd();
  return {
    name: 'wuye-bundle-report',
    apply: 'build',
    configResolved(config) {
      root = resolve(config.root, '../..');
    },
    writeBundle(output, bundle) {
      const entries = entryReports(bundle, root);
      const rows = entries.map((e) => [e.name, e.file, kB(e.raw), kB(e.gzip), kB(e.initialRaw), kB(e.initialGzip)]);
      const header = ['entry', 'file', 'raw', 'gzip', 'initial raw', 'initial gzip'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      const main = entries.find((e) => e.name === 'main');
      console.log(
        [
          '',
          'Bundle report (entry chunks; initial = with their static imports):',
          line(header),
          ...rows.map(line),
          main ? `main initial gzip ${kB(main.initialGzip)} of a ${kB(budget)} budget` : '',
        ].join('\n'),
      );
      const dir = output.dir ?? root;
      writeFileSync(join(dir, 'bundle-report.json'), `${JSON.stringify({ budget: { mainInitialGzip: budget }, entries }, null, 2)}\n`);
      if (main && main.initialGzip > budget) {
        this.error(
          `The dashboard's initial load is ${kB(main.initialGzip)} gzip, over its ${kB(budget)} budget (vite.bundle-report.ts): lazy-load what the first screen does not need, or raise the budget with the figures in docs/benchmarks.md.`,
        );
      }
    },
  };
}
