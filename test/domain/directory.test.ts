import { describe, expect, it } from 'vitest';
import {
  claimValues,
  directoryMappingSchema,
  directoryUsername,
  grantOf,
  membershipsAfterSignIn,
  type DirectoryMapping,
} from '../../src/domain/directory';

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

describe('membershipsAfterSignIn', () => {
  it("replaces the directory's memberships and keeps those granted by hand", () => {
    const current = [
      { programmeId: 1, role: 'editor' as const },
      { programmeId: 3, role: 'board' as const },
    ];
    const previous = [{ programmeId: 1, role: 'editor' as const }];
    expect(membershipsAfterSignIn(current, previous, [{ programmeId: 2, role: 'board' }])).toEqual([
      { programmeId: 2, role: 'board' },
      { programmeId: 3, role: 'board' },
    ]);
  });
  it('keeps the stronger of a hand-granted and a directory role in the same programme', () => {
    expect(
      membershipsAfterSignIn(
        [{ programmeId: 1, role: 'programmeAdmin' }],
        [],
        [{ programmeId: 1, role: 'board' }],
      ),
    ).toEqual([{ programmeId: 1, role: 'programmeAdmin' }]);
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
