import { Suspense, lazy, type ComponentType, type ReactElement } from 'react';
import { LoadingBox } from '../common/states';

/**
 * A resource view loaded on first use: its code (and the GraphQL documents it carries) goes to a chunk of its own,
 * out of the main one the home waits for (vite.bundle-report.ts, docs/benchmarks.md "First screen").
 */
export function lazyView<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  const View = lazy(() => load().then((m) => ({ default: pick(m) })));
  const LazyView = () => (
    <Suspense fallback={<LoadingBox />}>
      <View />
    </Suspense>
  );
  return LazyView;
}

/** A page element loaded on first use (same reason), with the loading box meanwhile. */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactElement {
  const Page = lazyView(load, pick);
  return <Page />;
}
