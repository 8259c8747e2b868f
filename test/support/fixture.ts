/** A small store for the HTTP tests: two programmes, areas, a deputy chain, and incidents with confidential notes. */
export const fixture = {
  programmes: [
    {
      id: 1,
      name: 'Helhedsplan Viborg Øst',
      municipality: 'Viborg',
      periodStart: '2017-04-01',
      periodEnd: '2021-03-31',
      funding: { lbf: 2919, municipality: null, local: 1991 },
      projectYearStartMonth: 4,
    },
    {
      id: 2,
      name: 'Boligsocial helhedsplan Randers',
      municipality: 'Randers',
      periodStart: '2025-01-01',
      periodEnd: '2029-12-31',
      funding: { lbf: null, municipality: null, local: null },
      projectYearStartMonth: 1,
    },
  ],
  areas: [
    { id: 1, name: 'Ellekonebakken', programmeId: 1, housingOrganisation: 'Boligselskabet Viborg', departmentNumber: '12', households: 210, residents: 480 },
    { id: 2, name: 'Østervang', programmeId: 1, housingOrganisation: 'Viborg Andelsboligforening', departmentNumber: '7', households: 120, residents: 260 },
    { id: 3, name: 'Åbakken', programmeId: 1, housingOrganisation: 'Boligselskabet Viborg', departmentNumber: null, households: null, residents: null },
    { id: 4, name: 'Zinkgården', programmeId: 1, housingOrganisation: 'Boligselskabet Viborg', departmentNumber: null, households: null, residents: null },
    { id: 5, name: 'Vangdalen', programmeId: 2, housingOrganisation: 'RandersBolig', departmentNumber: '3', households: 300, residents: 700 },
  ],
  participants: [
    { id: 1, programmeId: 2, name: 'Mette Lund', title: 'Politikommissær', organisation: 'Østjyllands Politi', phone: '40 11 22 33', email: 'mette.lund@example.dk', responseGroups: [2], deputyOfId: null, pressContact: false, signsPlan: true, convener: false, lastVerifiedAt: '2026-06-01' },
    { id: 2, programmeId: 2, name: 'Jonas Krog', title: 'Politiassistent', organisation: 'Østjyllands Politi', phone: '40 44 55 66', email: null, responseGroups: [2], deputyOfId: 1, pressContact: false, signsPlan: false, convener: false, lastVerifiedAt: '2024-01-10' },
    { id: 3, programmeId: 2, name: 'Sara Holm', title: 'SSP-konsulent', organisation: 'Randers Ungdomsskole', phone: '40 77 88 99', email: 'sara.holm@example.dk', responseGroups: [1, 2], deputyOfId: null, pressContact: false, signsPlan: true, convener: false, lastVerifiedAt: null },
  ],
  incidents: [
    {
      id: 1, programmeId: 1, areaId: 1, occurredAt: '2019-03-04T18:00:00.000Z', level: 'yellow', levelSetAt: '2019-03-04T19:00:00.000Z',
      category: 'vandalism', policeCase: false, activatedBy: 'secretariat', exercise: false, involvedCount: 6, escalationRisk: 'medium',
      description: 'Hærværk på legeplads og opgange', confidentialNotes: 'Hemmeligsagsnummer 4711 kendt af politiet',
      meetingHeldAt: '2019-03-06T08:00:00.000Z', status: 'closed', responseDeadline: '2019-03-07T22:59:59.999Z',
    },
    {
      id: 2, programmeId: 1, areaId: 2, occurredAt: '2019-12-31T22:30:00.000Z', level: 'red', levelSetAt: '2019-12-31T22:40:00.000Z',
      category: 'arson', policeCase: true, activatedBy: 'police', exercise: false, involvedCount: 3, escalationRisk: 'high',
      description: 'Bilbrand nytårsaften ved blok 3', confidentialNotes: null,
      meetingHeldAt: null, status: 'open', responseDeadline: '2020-01-01T22:40:00.000Z',
    },
    {
      id: 3, programmeId: 2, areaId: 5, occurredAt: '2025-05-01T10:00:00.000Z', level: 'green', levelSetAt: '2025-05-01T10:00:00.000Z',
      category: 'other', policeCase: false, activatedBy: 'housingOrganisation', exercise: true, involvedCount: null, escalationRisk: 'low',
      description: 'Øvelse i beredskabsgruppen', confidentialNotes: null,
      meetingHeldAt: null, status: 'closed', responseDeadline: null,
    },
  ],
};
