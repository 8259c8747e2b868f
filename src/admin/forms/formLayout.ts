/** Inputs that share a row, each at least 220 px wide, wrapping on narrow screens. */
export const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' } as const;
export const cell = { fullWidth: false, sx: { flex: '1 1 220px' } } as const;

/**
 * react-admin shows a row's move and remove buttons only on mouse hover, which leaves them
 * out of reach of the keyboard (hidden elements take no focus): here they are always shown.
 */
export const iteratorSx = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } } as const;
