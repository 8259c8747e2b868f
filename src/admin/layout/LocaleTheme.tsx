import { ThemeProvider, type ComponentsProps, type Theme } from '@mui/material/styles';
import { useCallback, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * MUI's own texts — pagination, progress indicators, autocomplete buttons — in the panel's
 * language, from the i18n messages, so a Danish screen reader never hears "Go to next page".
 * They are default props: what react-admin passes itself still wins.
 */
export const LocaleTheme = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const withTexts = useCallback(
    (outer: Theme): Theme => {
      const t = (key: string, args?: object) => translate(`beredskab.a11y.${key}`, args);
      const itemLabel = (type: string, page?: number | null, selected?: boolean) => {
        if (type === 'page')
          return translate(`ra.navigation.${selected ? 'current_page' : 'page'}`, { page });
        return translate(`ra.navigation.${type}`);
      };
      const loading = { 'aria-label': translate('ra.page.loading') };
      const merge = <K extends keyof ComponentsProps>(name: K, defaultProps: ComponentsProps[K]) => {
        const own = outer.components?.[name] as { defaultProps?: object } | undefined;
        return { [name]: { ...own, defaultProps: { ...own?.defaultProps, ...defaultProps } } };
      };
      return {
        ...outer,
        components: {
          ...outer.components,
          ...merge('MuiPagination', { 'aria-label': t('pagination'), getItemAriaLabel: itemLabel }),
          ...merge('MuiTablePagination', {
            getItemAriaLabel: itemLabel,
            labelRowsPerPage: translate('ra.navigation.page_rows_per_page'),
            labelDisplayedRows: ({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count }),
          }),
          ...merge('MuiCircularProgress', loading),
          ...merge('MuiLinearProgress', loading),
          ...merge('MuiAutocomplete', {
            clearText: t('autocomplete.clear'),
            closeText: t('autocomplete.close'),
            openText: t('autocomplete.open'),
            loadingText: t('autocomplete.loading'),
            noOptionsText: t('autocomplete.noOptions'),
          }),
          ...merge('MuiAlert', { closeText: t('close') }),
          ...merge('MuiBreadcrumbs', { expandText: t('expandPath') }),
        },
      };
    },
    [translate],
  );
  return <ThemeProvider theme={withTexts}>{children}</ThemeProvider>;
};
