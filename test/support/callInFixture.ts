import { fixture } from './fixture';

const person = (id: number, name: string, fields: Record<string, unknown>) => ({
  id,
  programmeId: 2,
  name,
  title: 'Medlem',
  organisation: 'Randers Kommune',
  phone: null,
  email: null,
  responseGroups: [1, 2],
  deputyOfId: null,
  pressContact: false,
  signsPlan: false,
  convener: false,
  lastVerifiedAt: null,
  ...fields,
});

/**
 * The HTTP fixture with a response group for Randers (programme 2, Vangdalen is area 5):
 * group 2 with mail — Mette Lund, Sara Holm and the convener Anne Berg — Jonas Krog
 * without mail, Lars Dahl in group 1 only, and Ulla Vestergaard in Viborg's group 2.
 */
export const callInFixture = {
  ...fixture,
  programmes: fixture.programmes.map((p) =>
    p.id === 2
      ? { ...p, boardEmail: 'bestyrelsen@randers.example.dk', adminEmail: 'admin@randers.example.dk' }
      : p,
  ),
  participants: [
    ...fixture.participants,
    person(4, 'Anne Berg', { email: 'anne.berg@randers.example.dk', convener: true }),
    person(5, 'Lars Dahl', { email: 'lars.dahl@randers.example.dk', responseGroups: [1] }),
    person(6, 'Ulla Vestergaard', { programmeId: 1, email: 'ulla@viborg.example.dk', responseGroups: [2] }),
  ],
};

/**
 * The call-in fixture for texting and escalation: Randers posts to a Teams webhook, Ali Hassan
 * and Bo Ibsen are the deputies of Mette Lund and Sara Holm, and Carl Dam in group 1 has a
 * number that cannot be texted.
 */
export const escalationFixture = (teamsWebhookUrl: string) => ({
  ...callInFixture,
  programmes: callInFixture.programmes.map((p) => (p.id === 2 ? { ...p, teamsWebhookUrl } : p)),
  participants: [
    ...callInFixture.participants,
    person(7, 'Ali Hassan', { deputyOfId: 1, phone: '+45 22 33 44 55', responseGroups: [] }),
    person(8, 'Bo Ibsen', { deputyOfId: 3, phone: '0045 22334466', responseGroups: [] }),
    person(9, 'Carl Dam', { phone: '1234', responseGroups: [1] }),
  ],
});

/** Group 2 in Randers by SMS, and the deputies the escalation texts when nobody answers. */
export const GROUP_SMS = ['4540112233', '4540445566', '4540778899'];
export const DEPUTIES_SMS = ['4522334455', '4522334466'];

/** Who group 2 in Randers calls, by address. */
export const GROUP_2 = ['anne.berg@randers.example.dk', 'mette.lund@example.dk', 'sara.holm@example.dk'];

export const SECRET = 'FORTROLIGT: anmelder bor i opgang C';
export const DESCRIPTION = 'Unge samlet ved nr. 14, navngivet beboer involveret';

/** A yellow incident in Vangdalen with a police case, as an editor registers it. */
export const vangdalen = (fields: Record<string, unknown> = {}) => ({
  programmeId: 2,
  areaId: 5,
  occurredAt: '2026-11-23T09:00:00.000Z',
  level: 'yellow',
  category: 'vandalism',
  policeCase: true,
  activatedBy: 'police',
  description: DESCRIPTION,
  confidentialNotes: SECRET,
  ...fields,
});
