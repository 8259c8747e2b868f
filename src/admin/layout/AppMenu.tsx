import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import GridOnIcon from '@mui/icons-material/GridOn';
import SettingsIcon from '@mui/icons-material/Settings';
import ChecklistIcon from '@mui/icons-material/Checklist';
import { Menu, useCanAccess } from 'react-admin';
import { useGrants } from '../providers/useGrants';

/** The work of the response group first, then the programme's figures, then administration. */
const BEFORE_GRID = [
  'incidents',
  'actionPlans',
  'areas',
  'participants',
  'notifications',
  'programmes',
  'activities',
  'activityLogs',
  'indicators',
  'measurements',
  'reporters',
  'reportingRounds',
];
const AFTER_GRID = ['users', 'directoryMappings', 'auditLog', 'yearLocks'];

/**
 * Each resource's entry shows only to those who may list it; "Årets tal" to those who enter
 * figures; "Indstillinger" to the system administrator.
 */
export const AppMenu = () => {
  const { canAccess: entersFigures } = useCanAccess({ action: 'edit', resource: 'measurements' });
  const { canAccess: erases } = useCanAccess({ action: 'edit', resource: 'retention' });
  // The settings reach every programme: the system administrator's alone.
  const system = useGrants()?.role === 'admin';
  const { canAccess: setsUp } = useCanAccess({ action: 'list', resource: 'start' });
  return (
    <Menu>
      <Menu.DashboardItem />
      {setsUp && <Menu.Item to="/start" primaryText="beredskab.start.title" leftIcon={<ChecklistIcon />} />}
      {BEFORE_GRID.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {entersFigures && (
        <Menu.Item to="/kpi-grid" primaryText="beredskab.kpiGrid.title" leftIcon={<GridOnIcon />} />
      )}
      {AFTER_GRID.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {erases && (
        <Menu.Item to="/retention" primaryText="beredskab.retention.title" leftIcon={<DeleteSweepIcon />} />
      )}
      {system && (
        <Menu.Item to="/settings" primaryText="beredskab.settings.title" leftIcon={<SettingsIcon />} />
      )}
    </Menu>
  );
};
