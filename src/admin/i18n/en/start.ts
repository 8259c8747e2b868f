import type { start as da } from '../da/start';

export const start: typeof da = {
  beredskab: {
    start: {
      title: 'Getting started',
      intro:
        'What must be in place before the first incident can be handled: the programme, its housing areas, contacts in both response groups, users and indicators. The list follows what has been created, and leaves the dashboard once everything is ready.',
      open: 'See what is missing in the “Getting started” checklist',
      done: 'ready',
      todo: 'missing',
      ready: 'The programme is ready for its first incident.',
      allReady: 'Every programme is set up.',
      steps: {
        programme: 'Programme',
        areas: 'Housing areas',
        contacts: 'Contacts and response groups',
        users: 'Users',
        indicators: 'Indicators',
      },
      status: {
        noProgramme: 'There are no programmes yet. Begin with the first one.',
        programme: 'Created',
        areas: '%{smart_count} housing area |||| %{smart_count} housing areas',
        contacts:
          '%{smart_count} contact: %{one} in group 1, %{two} in group 2 |||| %{smart_count} contacts: %{one} in group 1, %{two} in group 2',
        users: '%{smart_count} user with access |||| %{smart_count} users with access',
        indicators: '%{smart_count} indicator |||| %{smart_count} indicators',
      },
      none: {
        areas: 'No housing areas yet.',
        contacts:
          'No contacts yet. Both response groups need at least one: group 1 is called without a police case, group 2 with one.',
        users: 'No users with access yet.',
        indicators: 'No indicators yet.',
      },
      actions: {
        programme: 'Create the first programme',
        areas: 'Create the first housing area',
        contacts: 'Create a contact',
        users: 'Give a user access',
        indicators: 'Create the first indicator',
        incident: 'Register the first incident',
      },
      demo: {
        title: 'Demo data',
        text: 'This installation holds demo data: %{names}. Remove it before going live. Programmes you created yourselves stay.',
        remove: 'Remove demo data',
        confirmTitle: 'Remove the demo data?',
        confirmContent:
          'The programmes %{names} are deleted with everything that belongs to them: housing areas, contacts, incidents, action plans, indicators and figures, activities and mails. Users lose their access to them. This cannot be undone. Programmes you created yourselves are not touched.',
        removed: 'Demo data removed: %{names}',
      },
    },
  },
};
