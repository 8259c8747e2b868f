import type { Interpolation, Theme } from '@mui/material/styles';

/**
 * A4 on paper (seed 000: "Planen skal underskrives af de involverede parter"): 15 mm margins,
 * no screen controls, tables unscrolled, table headers repeated on each page, and no row, signature or log
 * entry split across two pages.
 */
export const printStyles: Interpolation<Theme> = {
  '@page': { size: 'A4', margin: '15mm' },
  body: { margin: 0, background: '#eceff1' },
  '.plan-document': {
    boxSizing: 'border-box',
    maxWidth: '210mm',
    margin: '16px auto',
    padding: '15mm',
    background: '#fff',
    color: '#000',
    boxShadow: '0 1px 4px rgba(0,0,0,.2)',
  },
  '.plan-document .MuiTableCell-root': { padding: '4px 6px', fontSize: '9.5pt', borderColor: '#bbb' },
  '.plan-document .MuiTableCell-head': { lineHeight: 1.3, verticalAlign: 'bottom' },
  '.plan-document thead': { display: 'table-header-group' },
  '.plan-document tr, .plan-document .timeline-item, .plan-document .signature, .plan-document .plan-text': {
    breakInside: 'avoid',
    pageBreakInside: 'avoid',
  },
  '.plan-document .plan-heading, .plan-document h3': { breakAfter: 'avoid', pageBreakAfter: 'avoid' },
  // On a phone the sheet is the screen's width and a wide table scrolls in its own box.
  '@media screen and (max-width: 599.95px)': {
    '.plan-document': { margin: 0, padding: '16px', boxShadow: 'none' },
    '.no-print .MuiButton-root': { minHeight: 44 },
  },
  '@media print': {
    body: { background: '#fff' },
    '.plan-document .plan-table-container': { overflow: 'visible' },
    '.no-print': { display: 'none !important' },
    '.plan-document': { margin: 0, padding: 0, maxWidth: 'none', boxShadow: 'none', fontSize: '10pt' },
  },
};
