import type { programmes as da } from '../da/programmes';

export const programmes: typeof da = {
  resources: {
    programmes: {
      name: 'Programme |||| Programmes',
      fields: {
        id: 'Id',
        name: 'Name',
        municipality: 'Municipality',
        demo: 'Demo data',
        periodStart: 'Period start',
        periodEnd: 'Period end',
        funding: 'Funding',
        'funding.lbf': 'Landsbyggefonden (DKK thousand)',
        'funding.municipality': 'Municipality (DKK thousand)',
        'funding.local': 'Local co-funding (DKK thousand)',
        projectYearStartMonth: 'Project year starts in',
        retentionMonths: 'Erase confidential details after (months)',
        extraClosedDays: 'Extra closed days for deadlines',
        boardEmail: 'Board’s address',
        adminEmail: 'Administrators’ address',
        activationSteps: 'Activation steps',
        activationStep: 'Step',
      },
    },
    areas: {
      name: 'Housing area |||| Housing areas',
      fields: {
        id: 'Id',
        name: 'Name',
        programmeId: 'Programme',
        housingOrganisation: 'Housing organisation',
        departmentNumber: 'Department number',
        households: 'Households',
        residents: 'Residents',
      },
    },
  },
  beredskab: {
    programmes: {
      retentionHelp:
        'Confidential notes of closed incidents, their log entries and ended plans are erased this many months later. Empty: kept.',
      keepForever: 'Kept',
      fundingHelp: 'Amounts in thousands of kroner.',
      areas: 'Housing areas',
      boardEmailHelp: 'Receives the briefing when the step “Bestyrelsen orienteret” is reached.',
      adminEmailHelp: 'Is told when the deadline for a response meeting has passed.',
      activationStepsHelp: 'Shown as a checklist on yellow and red incidents.',
      mail: 'Mail',
      closedDaysHelp:
        'Days the secretariat is closed besides the public holidays; they do not count towards the deadline for a yellow response meeting.',
      noClosedDays: 'None besides the public holidays',
    },
    closedDays: {
      christmasEve: '24 December (Christmas Eve)',
      newYearsEve: '31 December (New Year’s Eve)',
      constitutionDay: '5 June (Constitution Day)',
    },
  },
};
