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
      fundingHelp: 'Amounts in thousands of kroner.',
      areas: 'Housing areas',
    },
  },
};
