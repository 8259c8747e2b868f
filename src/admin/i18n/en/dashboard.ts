import type { dashboard as da } from '../da/dashboard';

export const dashboard: typeof da = {
  beredskab: {
    dashboard: {
      title: 'Dashboard',
      heading: '%{programme} · %{label}',
      loadError: 'The dashboard could not be loaded: %{message}',
      kpi: {
        title: 'Are we on target?',
        summaryHelp: 'Status per indicator and housing area in %{label}',
        locked: 'The figures for %{year} are approved and locked after the status meeting.',
        none: 'The programme has no KPIs yet.',
        noneHelp:
          'Once indicators with a baseline year and a target exist and the year’s figures are entered, goal attainment is shown here.',
        table: 'Status of %{name} in %{label}',
        area: 'Housing area',
        baseline: 'Baseline %{year}',
        target: 'Target',
        actual: 'Actual',
        change: 'Change',
        points: 'points',
        status: 'Status',
        wholeProgramme: 'Whole programme',
        total: {
          sum: 'Total (sum of the areas)',
          weightedByHouseholds: 'Whole programme (weighted by households)',
          mean: 'Whole programme (mean)',
        },
        baselineYear: 'Baseline year %{year}',
        measuredPer: 'Measured per %{period}',
        chartLabel: 'Development of %{indicator}, %{place}',
        chartActual: 'Actual',
        chartTarget: 'Target',
        chartBaseline: 'Baseline',
      },
      statuses: { met: 'Met', notMet: 'Not met', noData: 'No data' },
      incidents: {
        title: 'Unrest in the housing areas',
        total: '%{smart_count} incident in %{label} |||| %{smart_count} incidents in %{label}',
        none: 'No incidents registered in %{label}.',
        byMonth: 'Incidents per month by level',
        byCategory: 'Incidents by category',
        byArea: 'Incidents per housing area',
        count: 'Count',
        chartHelp:
          'The levels can be told apart without colour: green is solid, yellow hatched, red checked.',
      },
      response: {
        title: 'Response meetings',
        onTime: 'Meetings held on time: %{share}',
        noneDecided: 'No meeting deadline has passed yet.',
        none: 'No yellow or red incidents in the period, so no meeting was required.',
        required: 'Meetings required',
      },
      activities: {
        title: 'Activities and success criteria (project year %{label})',
        none: 'The programme has no activities with success criteria.',
        actual: '%{actual} of %{target}',
        unregistered: 'Reported outside the log book',
        areas: '%{met} of %{total} housing areas reached the target (%{target} each)',
      },
      plans: {
        title: 'Active action plans',
        none: 'No active action plans.',
        plan: 'Action plan #%{id}',
        period: '%{from} – %{to}',
        incidents: 'Incident %{ids} |||| Incidents %{ids}',
      },
      contacts: {
        title: 'Contacts to be verified',
        none: 'Every contact was verified within the last 12 months.',
        noContacts: 'No contacts yet.',
        never: 'Never verified',
        verified: 'Last verified %{date}',
      },
    },
    period: {
      programme: 'Programme',
      year: 'Year',
      projectYear: 'Project year (%{from} – %{to})',
    },
    report: {
      download: 'Download annual report (Excel)',
      making: 'Making the annual report…',
      failed: 'The annual report could not be downloaded: %{message}',
    },
  },
};
