import type { common as da } from '../da/common';

export const common: typeof da = {
  beredskab: {
    appName: 'Beredskab',
    appTagline: 'Preparedness in social housing and the programme’s KPIs',
    yes: 'Yes',
    no: 'No',
    access: {
      noMemberships: 'You are not a member of any programme yet. Ask an administrator for access.',
    },
    empty: {
      title: 'No %{name} yet',
      readOnly: 'Nothing has been registered here yet.',
      next: {
        programmes: 'Create the first programme',
        areas: 'Create the first housing area',
        participants: 'Create the first contact',
        incidents: 'Register the first incident',
        actionPlans: 'Create the first action plan',
        indicators: 'Create the first indicator',
        measurements: 'Create the first measurement',
        activities: 'Create the first activity',
        activityLogs: 'Write the first log book entry',
      },
      noAreas: 'The programme has no housing areas yet.',
      noProgrammes: 'There are no programmes yet.',
      noAreaChoices: 'No housing area matches. New housing areas are created under Housing areas.',
      noProgrammeChoices: 'No programme matches.',
    },
    conflict: {
      title: 'Someone else has changed this record',
      intro: 'Someone else saved this record while you were editing it. They changed:',
      yours: 'Your input',
      now: 'Now',
      none: 'None of the shown fields has changed.',
      notSaved:
        'Your changes are not saved. “Keep my changes” keeps what you typed and takes over their changes in fields you left alone; then save again. “Load the new version” discards what you typed.',
      keepMine: 'Keep my changes',
      loadTheirs: 'Load the new version',
    },
  },
};
