/**
 * What the generic GraphQL data provider needs to know about one react-admin resource. Each resource folder
 * declares its own (`src/<resource>/fields.ts`); operation and type names are derived from `single` following
 * docs/graphql-conventions.md.
 */
export interface ResourceConfig {
  /** react-admin resource name = list query field, e.g. `enterprises`. */
  resource: string;
  /** single-record query field, e.g. `enterprise`; `createEnterprise`, `EnterpriseFilter`… derive from it. */
  single: string;
  /** Selection set for a record (getOne and mutation results). */
  fields: string;
  /** Lighter selection for list pages, when nested lists would make list queries too costly. */
  listFields?: string;
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
  /** The API has no single-record query (`objection(id)`): getOne reads the list filtered by `ids`. */
  oneViaList?: boolean;
  /** Create mutation field and input type when not `create<Type>(input: <Type>Input!)`. */
  createMutation?: { field: string; inputType: string };
}

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

/** A create/update result union member, as selected by `buildMutation`. */
export interface MutationResultShape {
  __typename: string;
  data?: Record<string, unknown> | null;
  message?: string;
  fieldErrors?: FieldErrorShape[];
}
