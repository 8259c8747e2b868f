import type { a11y as da } from '../da/a11y';

export const a11y: typeof da = {
  beredskab: {
    a11y: {
      userMenu: '%{name}, profile',
      pagination: 'Pagination',
      scrollRegion: '%{name} (scrollable)',
      showTable: 'Show as table',
      showChart: 'Show as chart',
      autocomplete: {
        clear: 'Clear',
        close: 'Close',
        open: 'Open',
        loading: 'Loading …',
        noOptions: 'No options',
      },
      close: 'Close',
      chart: { month: 'Month', category: 'Category', year: 'Year' },
      expandPath: 'Show path',
    },
  },
};
