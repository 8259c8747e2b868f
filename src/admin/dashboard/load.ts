import { preloadable } from '../loading/preloadable';

/** The dashboard (with recharts), loaded on demand: App renders it, login fetches it early. */
export const dashboard = preloadable(() => import('./Dashboard').then((m) => m.Dashboard));
