import { GlobalStyles } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { copenhagenDate } from '../../../domain/copenhagenDay';
import { useFormatDate } from '../../formatting/useFormatDate';

const cssString = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * On every printed page: the plan's title, the day it was printed and "Side X af Y", in the
 * page's bottom margin (CSS margin boxes, Chromium 131 and later), so loose pages find their place.
 */
export const PageFooter = ({ plan }: { plan: RaRecord }) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const [before, between, after] = translate('beredskab.actionPlans.print.footer', {
    title: translate('beredskab.actionPlans.print.title', { id: plan.id }),
    // The day in Copenhagen: at 00.30 on 7 December the UTC date is still the 6th.
    date: format.day(copenhagenDate(new Date())),
    page: '\u0000',
    pages: '\u0000',
  }).split('\u0000');
  const content = [
    cssString(before ?? ''),
    'counter(page)',
    cssString(between ?? ''),
    'counter(pages)',
    cssString(after ?? ''),
  ].join(' ');
  return (
    <GlobalStyles
      styles={{
        '@page': {
          '@bottom-center': {
            content,
            fontFamily: 'Roboto, Helvetica, Arial, sans-serif',
            fontSize: '8pt',
            color: '#444',
          },
        },
      }}
    />
  );
};
