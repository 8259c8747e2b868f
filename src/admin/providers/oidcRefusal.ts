const REFUSALS = [
  'unmapped',
  'overage',
  'localUser',
  'inactive',
  'noUsername',
  'expired',
  'failed',
  'cancelled',
  'busy',
  'unreachable',
] as const;

export type OidcRefusal = (typeof REFUSALS)[number];

/** Why the identity provider's round trip ended back here, as the server named it (`?oidc=`). */
export function oidcRefusal(): OidcRefusal | undefined {
  const code = new URLSearchParams(window.location.search).get('oidc');
  return REFUSALS.find((r) => r === code);
}
