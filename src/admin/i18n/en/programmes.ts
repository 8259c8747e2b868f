import type { programmes as da } from '../da/programmes';

export const programmes: typeof da = {
  resources: {
    programmes: {
      name: 'Programme |||| Programmes',
      fields: {
        id: 'Id',
        name: 'Name',
        municipality: 'Municipality',
        periodStart: 'Period start',
        periodEnd: 'Period end',
        funding: 'Funding',
        'funding.lbf': 'Landsbyggefonden (DKK thousand)',
        'funding.municipality': 'Municipality (DKK thousand)',
        'funding.local': 'Local co-funding (DKK thousand)',
        projectYearStartMonth: 'Project year starts in',
        retentionMonths: 'Erase confidential details after (months)',
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
    },
  },
};
