import type { kpiGrid as da } from '../da/kpiGrid';

export const kpiGrid: typeof da = {
  beredskab: {
    kpiGrid: {
      title: 'The year’s figures',
      intro:
        'Enter the year’s figure for every housing area and indicator. An empty field removes the figure. Arrow keys and Enter move between the fields.',
      readOnly: 'You can read the figures but not change them.',
      area: 'Housing area',
      wholeProgramme: 'Whole programme',
      cellLabel: '%{indicator}, %{place}',
      notHere: 'Not entered here',
      notANumber: 'Not a number',
      save: 'Save',
      changed: '%{smart_count} changed figure |||| %{smart_count} changed figures',
      invalid:
        'Correct the marked field before saving |||| Correct the %{smart_count} marked fields before saving',
      saved: 'Saved: %{smart_count} figure(s)',
      discard: 'You have unsaved changes. Discard them?',
      noIndicators: 'The programme has no indicators yet.',
      units: { count: 'count', percent: '%' },
      locked: 'The year %{year} is locked after the status meeting',
      lockReason: 'Reason: %{reason}',
      changedMeanwhile: 'Changed by someone else meanwhile, to %{value}. Save again to overwrite.',
    },
    yearLock: {
      lock: 'Lock the year',
      unlock: 'Unlock the year',
      lockTitle: 'Lock %{year}',
      unlockTitle: 'Unlock %{year}',
      reason: 'Reason',
      lockHelp: 'E.g.: The figures were approved at the status meeting on 12.06.2019.',
      unlockHelp: 'Why must the figures be changeable again?',
      dirty: 'Save or discard the changes before locking the year.',
      locked: 'The year %{year} is locked',
      unlocked: 'The year %{year} is unlocked',
    },
    kpiImport: {
      template: 'Download template',
      templateFailed: 'The template could not be downloaded: %{message}',
      button: 'Import from file',
      reading: 'Reading the file…',
      title: 'Preview of %{file}',
      intro:
        'Nothing is saved yet. “Copy to the grid” copies the valid figures into the grid; then save them with Save.',
      summary: '%{valid} figure(s) can be copied · %{errors} with errors',
      row: 'Row in the file',
      unknownRow: 'Unknown housing area',
      unknownColumn: 'Unknown indicator',
      transfer: 'Copy to the grid',
      transferred: '%{smart_count} figure(s) copied to the grid. Remember to save.',
      tooLarge: 'The file is too large (at most 700 kB)',
      failed: 'The file could not be read: %{message}',
      empty: 'The file holds no figures that could be recognised.',
    },
  },
};
