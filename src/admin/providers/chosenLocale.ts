export type PanelLocale = 'da' | 'en';

/** The language chosen in the app bar, which react-admin keeps in localStorage under its store's key; Danish first. */
export function chosenLocale(): PanelLocale {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"da"') === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}
