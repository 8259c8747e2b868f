import DevicesIcon from '@mui/icons-material/Devices';
import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import { UserMenuLink } from './UserMenuLink';

/** "Totrinsbekræftelse" and "Mine sessioner" in the user menu: every user's own. */
export const SignInMenuItems = () => (
  <>
    <UserMenuLink
      to="/second-factor"
      label="beredskab.secondFactor.title"
      icon={<PhonelinkLockIcon fontSize="small" />}
    />
    <UserMenuLink to="/sessions" label="beredskab.sessions.title" icon={<DevicesIcon fontSize="small" />} />
  </>
);
