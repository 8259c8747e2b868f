/**
 * Programmes, areas and response groups of the demo data. Roles and organisations
 * follow the seeds (001 Randers, 000/003 Viborg); every name, phone number and
 * email address is invented, the addresses at example.dk domains, so a demo with mail
 * set up never reaches a real inbox.
 */

export type ProgrammeKey = 'viborg' | 'randers';

/** Programme ids in seed.json, in this order. */
export const PROGRAMME_ORDER: readonly ProgrammeKey[] = ['viborg', 'randers'];

export const PROGRAMMES: Record<ProgrammeKey, Record<string, unknown>> = {
  viborg: {
    name: 'Helhedsplanen for Viborg 2017-2021',
    municipality: 'Viborg',
    periodStart: '2017-04-01',
    periodEnd: '2021-03-31',
    funding: { lbf: 2919, municipality: null, local: 1991 },
    projectYearStartMonth: 4,
  },
  randers: {
    name: 'Boligsocial helhedsplan Randers 2025-2029',
    municipality: 'Randers',
    periodStart: '2025-01-01',
    periodEnd: '2029-12-31',
    funding: { lbf: null, municipality: null, local: null },
    projectYearStartMonth: 1,
    boardEmail: 'bestyrelsen@boligsocial-randers.example.dk',
    adminEmail: 'sekretariatet@boligsocial-randers.example.dk',
  },
};

export interface AreaSpec {
  programme: ProgrammeKey;
  name: string;
  housingOrganisation: string;
  departmentNumber: string | null;
  households: number | null;
  residents: number | null;
}

const BSV = 'Boligselskabet Viborg';
const SCT = 'Boligselskabet Sct. Jørgen';

export const AREAS: readonly AreaSpec[] = [
  {
    programme: 'viborg',
    name: 'Egeparken',
    housingOrganisation: BSV,
    departmentNumber: '107',
    households: 174,
    residents: 392,
  },
  {
    programme: 'viborg',
    name: 'Ellekonebakken',
    housingOrganisation: BSV,
    departmentNumber: '113',
    households: 298,
    residents: 655,
  },
  {
    programme: 'viborg',
    name: 'Houlkærparken',
    housingOrganisation: BSV,
    departmentNumber: '115',
    households: 244,
    residents: 561,
  },
  {
    programme: 'viborg',
    name: 'Houlkærvænget',
    housingOrganisation: SCT,
    departmentNumber: '12',
    households: 356,
    residents: 812,
  },
  {
    programme: 'viborg',
    name: 'Rødkærparken',
    housingOrganisation: BSV,
    departmentNumber: '122',
    households: 138,
    residents: 301,
  },
  {
    programme: 'viborg',
    name: 'Vestervang',
    housingOrganisation: SCT,
    departmentNumber: '5',
    households: 402,
    residents: 884,
  },
  {
    programme: 'randers',
    name: 'Gl. Jennumparken',
    housingOrganisation: 'RandersBolig',
    departmentNumber: '4',
    households: 690,
    residents: 1745,
  },
  {
    programme: 'randers',
    name: 'Vangdalen',
    housingOrganisation: 'RandersBolig',
    departmentNumber: '18',
    households: 420,
    residents: 1030,
  },
  {
    programme: 'randers',
    name: 'Området omkring Glarbjergvej, Hermann Stillingsvej og Energivej',
    housingOrganisation: 'RandersBolig',
    departmentNumber: '21, 22, 35',
    households: 310,
    residents: 690,
  },
  {
    programme: 'randers',
    name: 'Sjællandsgadekvarteret',
    housingOrganisation: 'Lejerbo',
    departmentNumber: '1034',
    households: 260,
    residents: 520,
  },
  {
    programme: 'randers',
    name: 'Boligafdelingerne i Centrale Randers',
    housingOrganisation: 'RandersBolig',
    departmentNumber: '7, 11',
    households: 540,
    residents: 980,
  },
];

/** Short names for the Randers area with the long name, used by the incident table. */
export const GLARBJERGVEJ = 'Området omkring Glarbjergvej, Hermann Stillingsvej og Energivej';
export const CENTRALE_RANDERS = 'Boligafdelingerne i Centrale Randers';

export interface ParticipantSpec {
  programme: ProgrammeKey;
  key: string;
  name: string;
  title: string;
  organisation: string;
  email: string | null;
  /** Police-only members sit in group 2 (police case) only. */
  policeOnly?: boolean;
  deputyOf?: string;
  pressContact?: boolean;
  signsPlan?: boolean;
  convener?: boolean;
  lastVerifiedAt: string | null;
}

const MVJ = 'Midt- og Vestjyllands Politi';
const OJ = 'Østjyllands Politi';

export const PARTICIPANTS: readonly ParticipantSpec[] = [
  // Viborg (seed 000: the response meeting; seed 003: the coordination group)
  {
    programme: 'viborg',
    key: 'v-leder',
    name: 'Birgitte Overgaard',
    title: 'Sekretariatsleder',
    organisation: 'Boligselskabernes Fællessekretariat',
    email: 'birgitte.overgaard@faellessekretariatet-viborg.example.dk',
    convener: true,
    signsPlan: true,
    lastVerifiedAt: '2026-09-15',
  },
  {
    programme: 'viborg',
    key: 'v-ssp',
    name: 'Thomas Riis',
    title: 'SSP-konsulent',
    organisation: 'SSP Viborg, Viborg Kommune',
    email: 'thri@viborg.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-09-15',
  },
  {
    programme: 'viborg',
    key: 'v-politi',
    name: 'Flemming Damgaard',
    title: 'Politikommissær, lokalpolitiet',
    organisation: MVJ,
    email: 'fda003@politi.example.dk',
    policeOnly: true,
    signsPlan: true,
    lastVerifiedAt: '2026-03-02',
  },
  {
    programme: 'viborg',
    key: 'v-politi-supp',
    name: 'Maria Sønderby',
    title: 'Lokalbetjent (suppleant)',
    organisation: MVJ,
    email: 'mso017@politi.example.dk',
    policeOnly: true,
    deputyOf: 'v-politi',
    lastVerifiedAt: null,
  },
  {
    programme: 'viborg',
    key: 'v-bu',
    name: 'Jakob Lindhardt',
    title: 'Direktør for Børn & Unge',
    organisation: 'Viborg Kommune',
    email: 'jali@viborg.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-01-20',
  },
  {
    programme: 'viborg',
    key: 'v-jv',
    name: 'Hanne Bisgaard',
    title: 'Direktør for Job & Velfærd',
    organisation: 'Viborg Kommune',
    email: 'habi@viborg.example.dk',
    signsPlan: true,
    pressContact: true,
    lastVerifiedAt: '2026-01-20',
  },
  {
    programme: 'viborg',
    key: 'v-bsv-dir',
    name: 'Poul Erik Toft',
    title: 'Direktør',
    organisation: BSV,
    email: 'pet@boligselskabetviborg.example.dk',
    signsPlan: true,
    pressContact: true,
    lastVerifiedAt: '2026-06-11',
  },
  {
    programme: 'viborg',
    key: 'v-bsv-drift',
    name: 'Lars Hvidberg',
    title: 'Driftsforretningsfører',
    organisation: BSV,
    email: 'lhv@boligselskabetviborg.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-06-11',
  },
  {
    programme: 'viborg',
    key: 'v-sct',
    name: 'Susanne Kirkegaard',
    title: 'Driftschef',
    organisation: SCT,
    email: 'suk@sctjoergen.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2025-12-02',
  },
  {
    programme: 'viborg',
    key: 'v-brand',
    name: 'Kim Aagaard',
    title: 'Forebyggelseskonsulent',
    organisation: 'Midtjysk Brand & Redning',
    email: 'kiaa@mjbr.example.dk',
    lastVerifiedAt: '2025-06-30',
  },
  {
    programme: 'viborg',
    key: 'v-vpi',
    name: 'Dorthe Friis',
    title: 'Vicepolitiinspektør',
    organisation: MVJ,
    email: 'dfr001@politi.example.dk',
    policeOnly: true,
    pressContact: true,
    lastVerifiedAt: '2026-03-02',
  },

  // Randers (seed 001: Deltagere i beredskabet, pressekontakter, underskrift)
  {
    programme: 'randers',
    key: 'r-ssp',
    name: 'Mads Kjærgaard',
    title: 'SSP-konsulent',
    organisation: 'Randers Ungdomsskole',
    email: 'mads.kjaergaard@randers.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-04-24',
  },
  {
    programme: 'randers',
    key: 'r-politi',
    name: 'Henrik Vestergaard',
    title: 'Politikommissær',
    organisation: OJ,
    email: 'hve010@politi.example.dk',
    policeOnly: true,
    lastVerifiedAt: '2026-04-24',
  },
  {
    programme: 'randers',
    key: 'r-politi-supp',
    name: 'Rasmus Bech',
    title: 'Politikommissær (suppleant)',
    organisation: OJ,
    email: 'rbe004@politi.example.dk',
    policeOnly: true,
    deputyOf: 'r-politi',
    lastVerifiedAt: null,
  },
  {
    programme: 'randers',
    key: 'r-buc',
    name: 'Anne Mette Lund',
    title: 'Centerleder',
    organisation: 'Børne- og ungecenter, Randers Kommune',
    email: 'annemette.lund@randers.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-04-24',
  },
  {
    programme: 'randers',
    key: 'r-psyk',
    name: 'Sanne Thygesen',
    title: 'Afdelingsleder',
    organisation: 'Center for psykiatri og socialt udsatte, Randers Kommune',
    email: 'sanne.thygesen@randers.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-08-19',
  },
  {
    programme: 'randers',
    key: 'r-chef',
    name: 'Katrine Holm Ebbesen',
    title: 'Chef for bystrategisk udvikling',
    organisation: 'Bysekretariatet, Randers Kommune',
    email: 'katrine.ebbesen@randers.example.dk',
    convener: true,
    signsPlan: true,
    lastVerifiedAt: '2026-10-06',
  },
  {
    programme: 'randers',
    key: 'r-rb-insp',
    name: 'Bo Skovgaard',
    title: 'Inspektør, Møllevænget & Storgaarden',
    organisation: 'RandersBolig/driften',
    email: 'bsk@randersbolig.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2026-04-24',
  },
  {
    programme: 'randers',
    key: 'r-lej-insp',
    name: 'Tommy Dalsgaard',
    title: 'Lokalinspektør',
    organisation: 'Lejerbo',
    email: 'tda@lejerbo.example.dk',
    signsPlan: true,
    lastVerifiedAt: '2025-03-12',
  },
  {
    programme: 'randers',
    key: 'r-formand',
    name: 'Niels Erik Brandt',
    title: 'Bestyrelsesformand for helhedsplanen og direktør for Udvikling, Miljø og Teknik',
    organisation: 'Randers Kommune',
    email: 'niels.brandt@randers.example.dk',
    pressContact: true,
    lastVerifiedAt: '2026-02-10',
  },
  {
    programme: 'randers',
    key: 'r-vpi',
    name: 'Helle Ravnkilde',
    title: 'Vicepolitiinspektør',
    organisation: OJ,
    email: 'hra002@politi.example.dk',
    policeOnly: true,
    pressContact: true,
    signsPlan: true,
    lastVerifiedAt: '2026-02-10',
  },
  {
    programme: 'randers',
    key: 'r-lej-ff',
    name: 'Lone Vinther',
    title: 'Forretningsfører',
    organisation: 'Lejerbo',
    email: 'lvi@lejerbo.example.dk',
    pressContact: true,
    lastVerifiedAt: '2024-11-05',
  },
  {
    programme: 'randers',
    key: 'r-rb-dir',
    name: 'Jesper Mørch',
    title: 'Direktør/forretningsfører',
    organisation: 'RandersBolig',
    email: 'jmo@randersbolig.example.dk',
    pressContact: true,
    lastVerifiedAt: '2026-02-10',
  },
];

/** Real people's names and numbers from the seeds: must never appear in the demo data. */
export const FORBIDDEN_NAMES = [
  'Claus Hansen',
  'Lasse Bonde',
  'Allan Aarslev',
  'Morten Strange',
  'Gine Nørager',
  'Louise Hou Kragh',
  'Peter Pedersen',
  'Jørgen Lajer',
  'Jens Heslop',
  'Camilla Nielsen',
  'Pia Hesselvig',
  'Kenneth Hansen',
  'Johnni Sørensen',
  'Søren Christiansen',
  'Jørgen Kaack',
  'Jens Ravn',
  'Sofie Steensgaard',
  'Rie Andersen',
  'Karen Zacho',
  'Hrolf Langgård Petersen',
];
export const FORBIDDEN_PHONES = [
  '40867408',
  '25583249',
  '22701226',
  '30359684',
  '40356073',
  '42148600',
  '70260079',
  '30840522',
  '29136959',
  '22697772',
  '38121466',
  '50814778',
];
