const incidentShow = () => import('../incidents/IncidentShow');

/**
 * The code of the page a link opens, fetched beside the panel's own instead of after it: the
 * dashboard after the login, and the pages staff open from a link at the scene.
 */
const PAGES: [RegExp, () => Promise<unknown>][] = [
  [/^(#\/?)?(\?.*)?$/, () => import('../dashboard/Dashboard')],
  [/^#\/incidents\/create\b/, () => import('../incidents/IncidentCreate')],
  [/^#\/incidents\/[^/?]+\/show\b/, incidentShow],
  [/^#\/incidents\/(?!create\b)[^/?]+\/?(\?.*)?$/, () => import('../incidents/IncidentEdit')],
];

export function fetchPageAhead(hash: string): void {
  const page = PAGES.find(([route]) => route.test(hash));
  if (page) void page[1]().catch(() => undefined);
}

/** The login form comes first only on the start page: a link to any other page is a signed-in user's. */
export const opensOnLoginOrStart = (hash: string) => /^(#\/?|#\/login\b.*)?$/.test(hash);

/** The incident's page, where the quick form (QuickIncident) leads once it is registered. */
export const incidentPageAhead = () => void incidentShow().catch(() => undefined);
