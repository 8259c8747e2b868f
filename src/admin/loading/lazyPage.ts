import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on its first visit (react-admin's layout suspends while it loads), so
 * the first screen does not carry every form and its validation.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
