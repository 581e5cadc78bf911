import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resourceRegistry } from '../features/resources';
import { chineseMessages, englishAppMessages } from './index';

/**
 * No untranslated message key anywhere: every key the sources name — string literals shaped like a key, labels,
 * titles, notifications, the labels react-admin derives from `source` (`resources.<resource>.fields.<source>`) and the
 * prefixes of keys built at run time — must exist in Chinese and in English. New folders are covered automatically.
 */

/** Every source file by its path from src (`features/closedLoop/complaints/ComplaintViews.tsx`), tests left out. */
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.slice(3), text]),
);

const KEY = /^(app|resources|enums|ra)\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/;
/** A key built at run time: its literal head, up to the last dot (`app.inbox.sections.`). */
const KEY_PREFIX = /^(app|resources|enums|ra)\.([A-Za-z0-9_]+\.)+$/;

/** Elements whose `source` becomes a visible label (inputs, table columns, fields in a labelled layout). */
const LABELLED_PARENTS = new Set([
  'FieldGrid',
  'SimpleShowLayout',
  'Tab',
  'TabbedShowLayout.Tab',
  'Labeled',
  'Datagrid',
  'DataTable',
  'SimpleList',
  'FilterList',
  'ArrayInput',
]);
const labelled = (tag: string, parent: string | undefined) =>
  tag.endsWith('Input') || tag === 'DataTable.Col' || tag === 'DataTable.NumberCol' || (parent !== undefined && LABELLED_PARENTS.has(parent));
/** Elements whose children live in the referenced resource's context. */
const REFERENCE_CONTEXTS = new Set(['ReferenceManyField', 'ReferenceArrayField', 'ReferenceOneField']);

const valueAt = (messages: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], messages);

interface Use {
  key: string;
  where: string;
  /** A prefix: something must exist below it. */
  prefix?: boolean;
}

const tagName = (node: ts.JsxOpeningLikeElement): string => node.tagName.getText();

function attribute(node: ts.JsxOpeningLikeElement, name: string): ts.JsxAttribute | undefined {
  return node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);
}

function literalAttribute(node: ts.JsxOpeningLikeElement, name: string): string | undefined {
  const a = attribute(node, name);
  if (!a?.initializer) return undefined;
  if (ts.isStringLiteral(a.initializer)) return a.initializer.text;
  if (ts.isJsxExpression(a.initializer) && a.initializer.expression && ts.isStringLiteralLike(a.initializer.expression)) return a.initializer.expression.text;
  return undefined;
}

/** The resource a file's views belong to: its folder (`features/<feature>/<resource>/…`), when that folder is a registered resource. */
function resourceOfFile(file: string): string | undefined {
  const folder = file
    .split('/')
    .slice(0, -1)
    .find((f) => f in resourceRegistry);
  return folder;
}

function usesIn(file: string, text: string): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: Use[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node, resource: string | undefined, parentTag: string | undefined) => {
    if (ts.isStringLiteralLike(node) && KEY.test(node.text)) uses.push({ key: node.text, where: where(node) });
    if (ts.isTemplateExpression(node) && KEY_PREFIX.test(node.head.text)) uses.push({ key: node.head.text.slice(0, -1), where: where(node), prefix: true });
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      ts.isStringLiteralLike(node.left) &&
      KEY_PREFIX.test(node.left.text)
    ) {
      uses.push({ key: node.left.text.slice(0, -1), where: where(node), prefix: true });
    }

    let childResource = resource;
    let childParent = parentTag;
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : undefined;
    if (opening) {
      const tag = tagName(opening);
      const src = literalAttribute(opening, 'source');
      const hasLabel = attribute(opening, 'label') !== undefined;
      // react-admin's FieldTitle: `resources.<resource>.fields.<source>` unless a label is given.
      if (src && !hasLabel && resource && labelled(tag, parentTag) && !tag.startsWith('Search')) {
        uses.push({ key: `resources.${resource}.fields.${src}`, where: where(opening) });
      }
      if (REFERENCE_CONTEXTS.has(tag)) childResource = literalAttribute(opening, 'reference') ?? resource;
      else if (literalAttribute(opening, 'resource')) childResource = literalAttribute(opening, 'resource');
      // A ReferenceField's child shows the referenced record without a label of its own.
      childParent = tag === 'ReferenceField' ? 'ReferenceField' : tag;
      if (tag === 'ReferenceField') childResource = undefined;
    }
    node.forEachChild((child) => visit(child, childResource, ts.isJsxAttribute(child) || ts.isJsxAttributes(child) ? parentTag : childParent));
  };
  visit(source, resourceOfFile(file), undefined);
  return uses;
}

const uses = Object.entries(sources).flatMap(([file, text]) => usesIn(file, text));

function missing(messages: unknown): string[] {
  return uses
    .filter((u) => {
      const value = valueAt(messages, u.key);
      return u.prefix ? typeof value !== 'object' || value === null : typeof value !== 'string';
    })
    .map((u) => `${u.key} (${u.where})`);
}

describe('message keys used by the sources', () => {
  it('finds the keys: literals, labels, titles, notifications, source-derived field labels, run-time prefixes', () => {
    const keys = new Set(uses.map((u) => u.key));
    expect(keys.size).toBeGreaterThan(300);
    expect(keys).toContain('ra.action.export');
    expect(keys).toContain('resources.complaints.fields.channel');
    expect(keys).toContain('app.inbox.sections');
  });

  it('exist in Chinese', () => {
    expect([...new Set(missing(chineseMessages))]).toEqual([]);
  });

  it('exist in English', () => {
    expect([...new Set(missing(englishAppMessages))]).toEqual([]);
  });
});

/** What users read but no key names: MUI's pager words, codes shown as they are. */
describe('words without keys', () => {
  it('the bare MUI pager reads "第 1-25 条，共 74 条" and "1-25 of 74", not MUI’s built-in English', async () => {
    const { tablePaginationLabels } = await import('../layout/pagination');
    const { i18nProvider } = await import('./index');
    const zh = tablePaginationLabels(i18nProvider.translate);
    expect(zh.labelDisplayedRows({ from: 1, to: 25, count: 74 })).toBe('第 1-25 条，共 74 条');
    expect(zh.labelRowsPerPage).toBe('每页行数：');
    expect(zh.getItemAriaLabel('next')).toBe('下一页');
    await i18nProvider.changeLocale('en');
    const en = tablePaginationLabels(i18nProvider.translate);
    expect(en.labelDisplayedRows({ from: 1, to: 25, count: 74 })).toBe('1-25 of 74');
    await i18nProvider.changeLocale('zh-CN');
  });

  it('every page with a bare MUI pager is rendered inside the localised theme (the dashboard layout or the public frame)', () => {
    const withPager = Object.keys(sources).filter((path) => /<TablePagination\b/.test(sources[path]!));
    expect(withPager.length).toBeGreaterThan(0);
    const publicPages = sources['features/credit/pages/PublicPages.tsx']!;
    expect(sources['layout/AppLayout.tsx']).toMatch(/MuiTablePagination:[\s\S]*tablePaginationLabels\(translate\)/);
    expect(publicPages).toMatch(/<LocalisedDefaults>/);
  });

  it('list reasons on the boards come in words from the server (reasonText), never as an item code', () => {
    const boards = sources['features/credit/pages/Boards.tsx']!;
    expect(boards).toMatch(/reasonText \?\? reasonLabel/);
    expect(sources['features/credit/pages/operations.ts']).toMatch(/fragment ListedFields on ListedFirm \{[^}]*reasonText/);
  });

  it('chart labels are words: months read 11月 / Nov, never a code such as M11', async () => {
    const { monthLabelOptions } = await import('../features/analytics/home/chartSeries');
    const { i18nProvider } = await import('./index');
    expect(i18nProvider.translate('app.kpi.chart.monthLabel', monthLabelOptions('11', 'zh-CN'))).toBe('11月');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('app.kpi.chart.monthLabel', monthLabelOptions('11', 'en'))).toBe('Nov');
    await i18nProvider.changeLocale('zh-CN');
    // Every chart and chart table labels categories through the enum labels, not the codes.
    expect(sources['features/analytics/home/charts.tsx']).toMatch(/enumLabel\(translate, 'IssueCategory', d\.category\)/);
    expect(sources['features/analytics/home/KpiHome.tsx']).toMatch(/rows\.map\(\(r\) => \[label\(r\.category\), r\.count\]\)/);
  });

  it('no list column shows a code as it is: an enum-valued column renders its words (a chip, a field, a render)', () => {
    const CODE_SOURCES =
      /^(category|state|status|kind|channel|source|role|sourceType|grade|listStatus|subjectType|action|entityType|rating|method|type|cadence|itemCode)$/;
    const bare = Object.entries(sources).flatMap(([path, text]) =>
      [...text.matchAll(/<DataTable\.Col\b([^>]*?)(\/?)>/g)]
        .filter((m) => {
          const src = /source="([^"]+)"/.exec(m[1]!)?.[1];
          return src !== undefined && CODE_SOURCES.test(src) && m[2] === '/' && !/\b(field|render)=/.test(m[1]!);
        })
        .map((m) => `${path}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });

  it('audit log codes are shown in words (list, record page and CSV)', () => {
    const list = sources['features/admin/auditLogs/AuditLogList.tsx']!;
    expect(list).toMatch(/source="action" field=\{AuditActionField\}/);
    expect(list).toMatch(/source="entityType" field=\{AuditEntityField\}/);
    expect(list).toMatch(/source: 'action', value: \(r, t\) => auditActionText/);
    expect(sources['features/admin/auditLogs/AuditLogShow.tsx']).toMatch(/<AuditActionField source="action" \/>/);
  });
});
