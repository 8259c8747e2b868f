import AddIcon from '@mui/icons-material/Add';
import type { MouseEvent } from 'react';
import { Button, useSimpleFormIterator } from 'react-admin';

/** How long the new row's programme picker may take to appear (its choices load first). */
const PATIENCE_MS = 2_000;

/** The class of a membership row's programme picker. */
export const PROGRAMME_PICKER = 'membership-programme';

/** The programme picker of the iterator's last row: the new row's. */
const newRowPicker = (button: HTMLElement) =>
  button
    .closest('.RaSimpleFormIterator-buttons')
    ?.parentElement?.querySelector<HTMLElement>(
      `:scope > ul > li:last-child .${PROGRAMME_PICKER} [role="combobox"]`,
    );

/**
 * Adds a membership row and moves the keyboard focus to its programme. The form would focus
 * the row's first registered input, the role: the programme registers once its choices are in.
 */
export const AddMembershipButton = () => {
  const { add } = useSimpleFormIterator();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const button = event.currentTarget;
    add();
    const until = Date.now() + PATIENCE_MS;
    const focus = () => {
      // Until its choices are in, the row has no programme picker yet.
      const picker = newRowPicker(button);
      picker?.focus();
      if (document.activeElement !== picker && Date.now() < until) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  };
  return (
    <Button label="beredskab.users.addMembership" onClick={onClick} variant="outlined">
      <AddIcon />
    </Button>
  );
};
