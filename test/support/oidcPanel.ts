import { expect } from 'vitest';
import { startIdp, type TestIdp } from './idp';
import { startServer, type Client, type TestServer } from './server';

export interface DirectoryMapping {
  claimValue: string;
  programmeId: number | null;
  role: string;
}

/** The groups the sign-in tests' accounts are given, as the system administrator maps them. */
export const GROUP_MAPPINGS: DirectoryMapping[] = [
  { claimValue: 'grp-viborg-redaktoer', programmeId: 1, role: 'editor' },
  { claimValue: 'grp-viborg-admin', programmeId: 1, role: 'programmeAdmin' },
  { claimValue: 'grp-randers-bestyrelse', programmeId: 2, role: 'board' },
  { claimValue: 'grp-it-admin', programmeId: null, role: 'admin' },
];

export interface OidcPanel {
  idp: TestIdp;
  server: TestServer;
  admin: Client;
  close(): Promise<void>;
}

/**
 * A server whose users sign in at a test identity provider (oidc-provider on 127.0.0.1) named
 * "Randers Kommune", access read from `claim` through `mappings`.
 */
export async function startOidcPanel(
  claim: 'groups' | 'roles',
  mappings: DirectoryMapping[],
): Promise<OidcPanel> {
  const idp = await startIdp();
  const server = await startServer({
    oidc: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      name: 'Randers Kommune',
      claim,
    },
  }).catch(async (err: unknown) => {
    await idp.close();
    throw err;
  });
  idp.registerPanel(server.url);
  const admin = await server.as('admin');
  for (const mapping of mappings)
    expect((await admin.post('/api/directoryMappings', mapping)).status).toBe(201);
  return {
    idp,
    server,
    admin,
    async close() {
      await server.close();
      await idp.close();
    },
  };
}
