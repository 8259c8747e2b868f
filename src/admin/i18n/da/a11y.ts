/** Texts only screen readers hear, and MUI's own texts (pagination, autocomplete) in Danish. */
export const a11y = {
  beredskab: {
    a11y: {
      userMenu: '%{name}, profil',
      pagination: 'Sidenavigation',
      scrollRegion: '%{name} (kan rulles)',
      showTable: 'Vis som tabel',
      showChart: 'Vis som diagram',
      autocomplete: {
        clear: 'Ryd',
        close: 'Luk',
        open: 'Åbn',
        loading: 'Henter …',
        noOptions: 'Ingen valgmuligheder',
      },
      close: 'Luk',
      chart: { month: 'Måned', category: 'Kategori', year: 'År' },
      expandPath: 'Vis hele stien',
    },
  },
};
