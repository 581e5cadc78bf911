import type { ComponentType, ReactElement } from 'react';

/** The react-admin views of a resource (its folder's `index.ts`). */
export interface ResourceUi {
  list: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: never) => string);
}

/** A page of its own route; `permission` hides the route from roles without it; `public` pages need no sign-in. */
export interface FeaturePage {
  path: string;
  element: ReactElement;
  permission?: string;
  public?: boolean;
}

/**
 * A feature folder (`src/features/<feature>/`) as App assembles it: the react-admin views of its resources by name,
 * and its pages. The resources' data-provider configs are in the feature’s resources file (assembled in
 * features/resources.ts), so the data provider and the tests read them without loading any view.
 */
export interface Feature {
  name: string;
  views: Readonly<Record<string, ResourceUi>>;
  pages: readonly FeaturePage[];
}
