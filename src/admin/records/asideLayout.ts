/**
 * A show or edit page's aside sits beside the main card on a wide screen and under it on a
 * phone or tablet, where beside it would squeeze the card to a sliver.
 */
export const stackedAside = {
  '& .RaShow-main, & .RaEdit-main': { flexDirection: { xs: 'column', md: 'row' } },
  '& .RaShow-card, & .RaEdit-card': { minWidth: 0 },
} as const;

/** The aside card's own place: a gap on the side it stands, full width when stacked. */
export const asideCard = {
  ml: { xs: 0, md: 2 },
  mt: { xs: 2, md: 0 },
  alignSelf: { xs: 'stretch', md: 'flex-start' },
} as const;
