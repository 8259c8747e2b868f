import type { retention as da } from '../da/retention';

export const retention: typeof da = {
  beredskab: {
    retention: {
      title: 'Erasure',
      intro:
        'Confidential details are erased when the programme’s retention rule says so: on closed incidents, their log entries and mails (names, addresses and reply links), and on ended plans. It happens every night; here it can happen now. Only counts and dates are shown here, never content.',
      dueNow: 'Due now',
      dueSoon: 'Due within 30 days',
      resource: 'What',
      count: 'Count',
      item: 'Record',
      programme: 'Programme',
      dueAt: 'Erased',
      rules: 'Retention rules',
      months: '%{smart_count} month |||| %{smart_count} months',
      noRule: 'No rule: kept',
      nothingDue: 'Nothing is due within 30 days.',
      eraseNow: 'Erase now',
      confirmTitle: 'Erase confidential details now?',
      confirmContent:
        'The confidential fields of the records that are due are erased for good, in the backups too. The audit log notes how many.',
      erased:
        'Erased: %{incidents} incidents, %{incidentLogEntries} log entries, %{actionPlans} plans, %{notifications} mails (names and addresses)',
      resources: {
        incidents: 'Incidents',
        incidentLogEntries: 'Log entries',
        actionPlans: 'Action plans',
        notifications: 'Mails (names and addresses)',
      },
    },
  },
};
