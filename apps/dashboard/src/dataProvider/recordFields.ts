import { Kind, parse, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ResourceConfig } from './types';

/** A document's operation and its one root field. */
export function rootFieldOf(document: { toString(): string }): { ast: DocumentNode; operation: OperationDefinitionNode; field: FieldNode } {
  const ast = parse(document.toString());
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!operation || !field) throw new Error(`no operation with a root field in ${document.toString()}`);
  return { ast, operation, field };
}

/** The field names a selection set selects at its own level, fragment spreads and inline fragments expanded. */
function fieldNames(ast: DocumentNode, set: SelectionSetNode | undefined): string[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldNames(ast, s.selectionSet);
    const fragment = ast.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? fieldNames(ast, fragment.selectionSet) : [];
  });
}

/** The top-level fields of a resource's record as its detail page reads it (its one document, else its list's items). */
export function recordFieldNames(config: ResourceConfig): string[] {
  const { ast, field } = rootFieldOf(config.documents.one ?? config.documents.list);
  const record = config.documents.one
    ? field.selectionSet
    : field.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'items')?.selectionSet;
  return [...new Set(fieldNames(ast, record))];
}
