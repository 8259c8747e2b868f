/** The year's figures as one grid, its import from a housing company's file, and locking the year. */
export const kpiGrid = {
  beredskab: {
    kpiGrid: {
      title: 'Årets tal',
      intro:
        'Tast årets tal for hvert boligområde og hver indikator, med decimalkomma (26,8). Et tomt felt sletter tallet. Piletaster og Enter flytter mellem felterne.',
      readOnly: 'Du kan se tallene, men ikke ændre dem.',
      area: 'Boligområde',
      wholeProgramme: 'Hele helhedsplanen',
      cellLabel: '%{indicator}, %{place}',
      notHere: 'Tastes ikke her',
      notANumber: 'Ikke et tal',
      save: 'Gem',
      changed: '%{smart_count} ændret tal |||| %{smart_count} ændrede tal',
      invalid:
        'Ret det markerede felt, før du gemmer |||| Ret de %{smart_count} markerede felter, før du gemmer',
      saved: 'Gemt: %{smart_count} tal',
      discard: 'Du har ændringer, der ikke er gemt. Vil du kassere dem?',
      noIndicators: 'Helhedsplanen har ingen indikatorer endnu. Opret dem under Indikatorer.',
      units: { count: 'antal', percent: '%' },
      locked: 'År %{year} er låst efter statusmødet',
      lockReason: 'Begrundelse: %{reason}',
    },
    yearLock: {
      lock: 'Lås året',
      unlock: 'Lås året op',
      lockTitle: 'Lås %{year}',
      unlockTitle: 'Lås %{year} op',
      reason: 'Begrundelse',
      lockHelp: 'Fx: Tallene er godkendt på statusmødet 12.06.2019.',
      unlockHelp: 'Hvorfor skal tallene kunne ændres igen?',
      dirty: 'Gem eller kassér ændringerne, før året låses.',
      locked: 'År %{year} er låst',
      unlocked: 'År %{year} er låst op',
    },
    kpiImport: {
      button: 'Importér fra fil',
      reading: 'Læser filen…',
      title: 'Forhåndsvisning af %{file}',
      intro:
        'Intet er gemt endnu. „Overfør til gitteret“ kopierer de gyldige tal ind i gitteret; gem dem derefter med Gem.',
      summary: '%{valid} tal kan overføres · %{errors} med fejl',
      row: 'Række i filen',
      unknownRow: 'Ukendt boligområde',
      unknownColumn: 'Ukendt indikator',
      transfer: 'Overfør til gitteret',
      transferred: '%{smart_count} tal er overført til gitteret. Husk at gemme.',
      tooLarge: 'Filen er for stor (højst 700 kB)',
      failed: 'Filen kunne ikke læses: %{message}',
      empty: 'Filen indeholder ingen tal, der kan genkendes.',
    },
  },
};
