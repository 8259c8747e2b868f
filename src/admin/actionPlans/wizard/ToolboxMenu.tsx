import HandymanIcon from '@mui/icons-material/Handyman';
import { ListSubheader, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { TOOLBOX } from '../../../domain/toolbox';
import { toolboxParties } from '../../choices/planChoices';

/** "Tilføj fra værktøjskassen": the typical interventions per party (seed 000), as a keyboard menu. */
export const ToolboxMenu = ({ onPick }: { onPick(action: string): void }) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pick = (action: string) => {
    setAnchor(null);
    onPick(action);
  };
  return (
    <>
      <LabelledButton
        label="beredskab.actionPlans.toolbox.open"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'toolbox-menu' : undefined}
        variant="outlined"
      >
        <HandymanIcon />
      </LabelledButton>
      <Menu
        id="toolbox-menu"
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': translate('beredskab.actionPlans.toolbox.open') } }}
      >
        {toolboxParties.flatMap((party) => [
          <ListSubheader key={party}>{translate(`beredskab.toolbox.${party}`)}</ListSubheader>,
          ...TOOLBOX[party].map((action) => (
            <MenuItem key={`${party}:${action}`} onClick={() => pick(action)}>
              {action}
            </MenuItem>
          )),
        ])}
      </Menu>
    </>
  );
};
