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
    (pending ??= load().then((component) => {
      loaded = component;
    }));

  function Page(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (!loaded) void preload().then(rerender);
    }, []);
    return loaded ? createElement(loaded, props) : <Loading />;
  }
  return { Page, preload };
}
