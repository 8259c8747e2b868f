import { describe, expect, it } from 'vitest';
import {
  claimValues,
  directoryMappingSchema,
  directoryUsername,
  grantOf,
  handGrantAfterEdit,
  handGrantOf,
  heldGrant,
  type DirectoryGrant,
  type DirectoryMapping,
} from '../../src/domain/directory';
import type { Membership } from '../../src/domain/access';

const mappings: DirectoryMapping[] = [
  { id: 1, claimValue: 'viborg-board', programmeId: 1, role: 'board' },
  { id: 2, claimValue: 'viborg-editor', programmeId: 1, role: 'editor' },
  { id: 3, claimValue: 'randers-admin', programmeId: 2, role: 'programmeAdmin' },
  { id: 4, claimValue: 'it', programmeId: null, role: 'admin' },
];

describe('grantOf', () => {
  it('gives the strongest role per programme, in programme order, and nothing for unknown values', () => {
    expect(grantOf(mappings, ['randers-admin', 'viborg-board', 'viborg-editor', 'andet'])).toEqual({
      memberships: [
        { programmeId: 1, role: 'editor' },
        { programmeId: 2, role: 'programmeAdmin' },
      ],
      admin: false,
    });
    expect(grantOf(mappings, ['andet'])).toEqual({ memberships: [], admin: false });
    expect(grantOf(mappings, ['it']).admin).toBe(true);
  });
});

describe('claimValues', () => {
  it('reads a list or a single value of the configured claim', () => {
    expect(claimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ roles: 'editor' }, 'roles')).toEqual(['editor']);
    expect(claimValues({}, 'groups')).toEqual([]);
  });
  it('says overage when Entra ID names the claim in _claim_names instead of sending it', () => {
    expect(claimValues({ _claim_names: { groups: 'src1' } }, 'groups')).toBe('overage');
    // Another claim's overage does not matter to app roles.
    expect(claimValues({ _claim_names: { groups: 'src1' }, roles: ['r'] }, 'roles')).toEqual(['r']);
  });
});

const grant = (admin: boolean, ...memberships: Membership[]): DirectoryGrant => ({ memberships, admin });
const editorIn1: Membership = { programmeId: 1, role: 'editor' };
const adminIn1: Membership = { programmeId: 1, role: 'programmeAdmin' };
const boardIn2: Membership = { programmeId: 2, role: 'board' };

describe('heldGrant', () => {
  it('holds both, the stronger role where both give one, and nothing but administrator when either makes one', () => {
    expect(heldGrant(grant(false, editorIn1), grant(false, adminIn1, boardIn2))).toEqual(
      grant(false, adminIn1, boardIn2),
    );
    expect(heldGrant(grant(false, adminIn1), grant(false, { programmeId: 1, role: 'board' }))).toEqual(
      grant(false, adminIn1),
    );
    expect(heldGrant(grant(true), grant(false, boardIn2))).toEqual(grant(true));
    expect(heldGrant(grant(false, boardIn2), grant(true))).toEqual(grant(true));
  });

  it('keeps what was granted by hand once the directory stops granting the same or a stronger role there', () => {
    const byHand = grant(false, editorIn1);
    // Programme administrator in 1 from a group, editor in 1 by hand: the group goes.
    expect(heldGrant(byHand, grant(false, adminIn1))).toEqual(grant(false, adminIn1));
    expect(heldGrant(byHand, grant(false))).toEqual(grant(false, editorIn1));
    // The same role both ways: the group goes.
    expect(heldGrant(byHand, grant(false, editorIn1))).toEqual(grant(false, editorIn1));
    expect(heldGrant(byHand, grant(false, boardIn2))).toEqual(grant(false, editorIn1, boardIn2));
    // A system administrator made by hand stays one when the directory's administrator group goes.
    expect(heldGrant(grant(true), grant(true))).toEqual(grant(true));
    expect(heldGrant(grant(true), grant(false))).toEqual(grant(true));
    // Made one by the directory alone, the hand grants are there again when it stops.
    expect(heldGrant(grant(false, boardIn2), grant(false))).toEqual(grant(false, boardIn2));
  });
});

describe('handGrantOf', () => {
  it("reads a user stored before hand grants were kept apart as what they hold less the directory's", () => {
    expect(handGrantOf(grant(false, editorIn1, boardIn2), grant(false, editorIn1))).toEqual(
      grant(false, boardIn2),
    );
    expect(handGrantOf(grant(true), grant(true))).toEqual(grant(false));
    expect(handGrantOf(grant(true), grant(false, boardIn2))).toEqual(grant(true));
    // A local user: everything was granted by hand.
    expect(handGrantOf(grant(false, editorIn1))).toEqual(grant(false, editorIn1));
  });
});

describe('handGrantAfterEdit', () => {
  const fromDirectory = grant(false, adminIn1);
  const byHand = grant(false, editorIn1);
  const before = heldGrant(byHand, fromDirectory);

  it('keeps the hand grants as they were when the administrator sends back what they were shown', () => {
    expect(handGrantAfterEdit(byHand, before, before)).toEqual(byHand);
    expect(handGrantAfterEdit(grant(false), before, before)).toEqual(grant(false));
  });

  it('makes a role given or altered a hand grant, and drops a programme taken away', () => {
    expect(handGrantAfterEdit(byHand, before, grant(false, adminIn1, boardIn2))).toEqual(
      grant(false, editorIn1, boardIn2),
    );
    expect(handGrantAfterEdit(byHand, before, grant(false, { programmeId: 1, role: 'board' }))).toEqual(
      grant(false, { programmeId: 1, role: 'board' }),
    );
    expect(handGrantAfterEdit(byHand, before, grant(false, boardIn2))).toEqual(grant(false, boardIn2));
  });

  it("makes a system administrator by hand, but leaves one the directory made the directory's", () => {
    expect(handGrantAfterEdit(byHand, before, grant(true))).toEqual(grant(true, editorIn1));
    expect(handGrantAfterEdit(byHand, grant(true), grant(true))).toEqual(grant(false, editorIn1));
    expect(handGrantAfterEdit(grant(true), grant(true), grant(false, boardIn2))).toEqual(
      grant(false, boardIn2),
    );
  });
});

describe('directoryUsername', () => {
  it('takes preferred_username, else email', () => {
    expect(directoryUsername({ preferred_username: ' mette@randers.dk ', email: 'x@y' })).toBe(
      'mette@randers.dk',
    );
    expect(directoryUsername({ email: 'jonas@randers.dk' })).toBe('jonas@randers.dk');
    expect(directoryUsername({ name: 'Uden navn' })).toBeUndefined();
  });
});

describe('directoryMappingSchema', () => {
  it('ties the system administrator to no programme, and every other role to one', () => {
    expect(
      directoryMappingSchema.safeParse({ claimValue: 'it', programmeId: null, role: 'admin' }).success,
    ).toBe(true);
    expect(
      directoryMappingSchema.safeParse({ claimValue: 'it', programmeId: 1, role: 'admin' }).success,
    ).toBe(false);
    expect(
      directoryMappingSchema.safeParse({ claimValue: 'x', programmeId: null, role: 'editor' }).success,
    ).toBe(false);
    expect(
      directoryMappingSchema.safeParse({ claimValue: ' ', programmeId: 1, role: 'editor' }).success,
    ).toBe(false);
  });
});
