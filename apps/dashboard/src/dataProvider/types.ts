import type { TypedDocumentString } from '../gql/graphql';

/** A page of a list query: `<resources>(page, perPage, sortField, sortOrder, filter) { items { … } total }`. */
export interface ListPage {
  items: readonly { id: string }[];
  total: number;
  /** Lists that grow with the province count up to a cap (10,000): true when more rows match than `total`. */
  totalCapped?: boolean;
}

/**
 * A typed document (src/gql) as the generic provider holds it. Its variables are checked where the document is written;
 * the provider fills them from react-admin's parameters (`inputs.ts`, `listVariables`), so here they are `never`.
 */
type Document<R> = TypedDocumentString<R, never>;

/**
 * The documents of one resource, each from `graphql()` in the resource's `fields.ts`, so a selection that does not match
 * packages/api/schema.graphql fails the typecheck. Each selects one root field.
 */
export interface ResourceDocuments<K extends string = string, S extends string = string> {
  /** `<resource>(…) { items { … } total }`. */
  list: Document<{ [P in K]: ListPage | null }>;
  /** `<single>(id: $id) { … }`; absent when the API has no single-record field (`objection(id)`): getOne reads the list. */
  one?: Document<{ [P in S]: { id: string } | null }>;
  /** `create<Type>(input: $input)` (or the resource's own, e.g. `proposeCreditRecord`): a mutation result union. */
  create?: Document<object>;
  /** `update<Type>(id: $id, input: $input)`: a mutation result union. */
  update?: Document<object>;
}

/**
 * What the generic GraphQL data provider needs to know about one react-admin resource. Each resource folder
 * declares its own (`src/<resource>/fields.ts`) following docs/graphql-conventions.md.
 */
export interface ResourceConfig<K extends string = string, S extends string = string> {
  /** react-admin resource name = list query field, e.g. `enterprises`. */
  resource: K;
  /** single-record query field, e.g. `enterprise`; `EnterpriseFilter`, `EnterpriseSortField`… derive from it. */
  single: S;
  documents: ResourceDocuments<NoInfer<K>, NoInfer<S>>;
  /** Input fields a create may send; everything else in the form record (ids, nested objects, counts…) is dropped. */
  createInput?: readonly string[];
  /** Input fields an update may send; only changed ones are sent. */
  updateInput?: readonly string[];
  /** Filter fields besides `q` and `ids`. */
  filters?: readonly string[];
  /** The API's filter has no `q` (no text search, e.g. `SelfCheckFilter`): it is never sent. */
  noSearch?: boolean;
  /** Values of the `<Type>SortField` enum. */
  sortFields?: readonly string[];
  /** Permission prefix when not `single` (credit records, objections and repairs are all `credit:read`). */
  permissionPrefix?: string;
  /** Permission for creating when not `<prefix>:create` (proposing a credit record is `credit:propose`). */
  createPermission?: string;
  /** Permission for editing when not `<prefix>:update` (the developer registry is `developer:manage`). */
  updatePermission?: string;
}

/** A resource's config, its documents checked against its `resource` and `single` field names. */
export const defineResource = <const K extends string, const S extends string>(config: ResourceConfig<K, S>): ResourceConfig<K, S> => config;

export type ResourceRegistry = Readonly<Record<string, ResourceConfig>>;

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface FieldErrorShape {
  field: string;
  message: string;
}

/** A create/update result union member, as the resources' documents select it. */
export interface MutationResultShape {
  __typename: string;
  data?: Record<string, unknown> | null;
  message?: string;
  fieldErrors?: FieldErrorShape[];
}
