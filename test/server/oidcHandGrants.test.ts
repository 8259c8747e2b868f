import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestIdp } from '../support/idp';
import { signIn } from '../support/oidcFlow';
import { GROUP_MAPPINGS, startOidcPanel, type OidcPanel } from '../support/oidcPanel';
import type { Client, TestServer } from '../support/server';

/**
 * Memberships from the directory and memberships given by hand in the panel, kept apart: each
 * sign-in replaces the directory's and leaves the others. Both engines.
 */
let panel: OidcPanel;
let idp: TestIdp;
let server: TestServer;
let admin: Client;
beforeAll(async () => {
  panel = await startOidcPanel('groups', GROUP_MAPPINGS);
  ({ idp, server, admin } = panel);
});
afterAll(async () => {
  await panel?.close();
});

describe('what was granted by hand stays apart from what the directory grants', () => {
  /** Signs in as `sub` with `groups` and answers the memberships and role the panel gives. */
  async function signInWith(sub: string, groups: string[]) {
    idp.accounts.set(sub, { preferred_username: `${sub}@randers.dk`, groups });
    const { landed, client } = await signIn(server.url, sub);
    expect(landed).toBe('/');
    return (await client.get('/api/auth/me')).body as { id: number; role: string; memberships: unknown[] };
  }
  /** The system administrator's change of a user through the panel, as the form sends it. */
  async function editByHand(id: number, change: object) {
    const user = (await admin.get(`/api/users/${id}`)).body;
    const saved = await admin.put(`/api/users/${id}`, { ...user, ...change });
    expect(saved.status).toBe(200);
    return saved.body;
  }
  const board2 = { programmeId: 2, role: 'board' };
  const editor1 = { programmeId: 1, role: 'editor' };

  it('a role given by hand in a programme outlives a group that gave the same or a stronger role there', async () => {
    for (const [sub, group, fromGroup] of [
      ['sub-hanne', 'grp-viborg-admin', 'programmeAdmin'],
      ['sub-ib', 'grp-viborg-redaktoer', 'editor'],
    ] as const) {
      const { id } = await signInWith(sub, ['grp-randers-bestyrelse']);
      expect((await editByHand(id, { memberships: [editor1, board2] })).memberships).toEqual([
        editor1,
        board2,
      ]);
      expect((await signInWith(sub, ['grp-randers-bestyrelse', group])).memberships).toEqual([
        { programmeId: 1, role: fromGroup },
        board2,
      ]);
      // Out of the group: the directory's role in programme 1 goes, the one given by hand is there again.
      expect((await signInWith(sub, ['grp-randers-bestyrelse'])).memberships).toEqual([editor1, board2]);
      expect((await signInWith(sub, ['grp-viborg-admin'])).memberships).toEqual([
        { programmeId: 1, role: 'programmeAdmin' },
      ]);
      const stored = (await server.persisted()).users.find((u: any) => u.id === id);
      expect(stored.directory).toMatchObject({
        memberships: [{ programmeId: 1, role: 'programmeAdmin' }],
        byHand: { memberships: [editor1], admin: false },
      });
    }
  });

  it('a system administrator made by hand stays one when a group that made them one goes', async () => {
    const { id } = await signInWith('sub-vagn', ['grp-randers-bestyrelse']);
    expect((await editByHand(id, { role: 'admin', memberships: [] })).role).toBe('admin');
    expect((await signInWith('sub-vagn', ['grp-it-admin'])).role).toBe('admin');
    expect((await signInWith('sub-vagn', ['grp-randers-bestyrelse'])).role).toBe('admin');
    expect((await signInWith('sub-vagn', [])).role).toBe('admin');
  });

  it('what was given by hand is there again when a group that made the user system administrator goes', async () => {
    const { id } = await signInWith('sub-yrsa', ['grp-randers-bestyrelse']);
    await editByHand(id, { memberships: [editor1, board2] });
    expect(await signInWith('sub-yrsa', ['grp-it-admin'])).toMatchObject({ role: 'admin', memberships: [] });
    // Programme 2 was the directory's (sent back unchanged by the administrator), programme 1 was given by hand.
    expect(await signInWith('sub-yrsa', [])).toMatchObject({ role: 'editor', memberships: [editor1] });
  });

  it("a user stored before hand grants were kept apart keeps what they hold beyond the directory's last grant", async () => {
    const id = Math.max(...(server.store.all('users') as any[]).map((u: any) => u.id)) + 1;
    const stored = {
      id,
      username: 'sub-gammel@randers.dk',
      fullName: 'Gammel',
      role: 'editor',
      memberships: [editor1, board2],
      active: true,
      passwordHash: '',
      version: 3,
      source: 'oidc',
      directory: { issuer: idp.issuer, subject: 'sub-gammel', memberships: [board2], admin: false },
    };
    await server.store.commit({
      decide: () => ({ ops: [{ op: 'put', coll: 'users', record: stored }], audit: [], result: undefined }),
    });
    expect((await signInWith('sub-gammel', ['grp-viborg-admin'])).memberships).toEqual([
      { programmeId: 1, role: 'programmeAdmin' },
    ]);
    expect(await signInWith('sub-gammel', [])).toMatchObject({ id, memberships: [editor1] });
  });
});
