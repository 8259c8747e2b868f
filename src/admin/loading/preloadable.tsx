import { createElement, useEffect, useReducer, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * A page whose code loads on demand but can be fetched ahead (`preload`). Unlike
 * React.lazy it does not suspend: React holds a revealed Suspense boundary back by up to
 * 300 ms, which is most of what the dashboard needs after login.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (err: unknown) => {
        pending = undefined; // asked again on the next visit
        throw err;
      },
    ));

  function Page(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const shown = loaded;
    useEffect(() => {
      // Drawn while loading: also when the code came between that draw and now, which would
      // otherwise leave the page on its spinner.
      if (!shown) void preload().then(rerender, () => undefined);
    }, [shown]);
    return shown ? createElement(shown, props) : <Loading />;
  }
  return { Page, preload };
}
