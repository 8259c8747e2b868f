import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import type { StaleContact } from '../api/dashboard';
import { useFormatDate } from '../formatting/useFormatDate';
import { CreateLink } from '../nextSteps/CreateLink';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';

interface Props {
  contacts: StaleContact[];
  /** All the programme's contacts: none at all is not "all verified". */
  total: number;
  programmeId: number;
}

/** Contacts not verified within 12 months: to be checked before someone needs to call them. */
export const StaleContactsCard = ({ contacts, total, programmeId }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { day } = useFormatDate();
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.contacts.${key}`, args);
  return (
    <DashboardCard title={t('title')}>
      {total === 0 ? (
        <>
          <EmptyNote>{t('noContacts')}</EmptyNote>
          <CreateLink
            resource="participants"
            label="beredskab.empty.next.participants"
            record={{ programmeId }}
            variant="outlined"
          />
        </>
      ) : contacts.length === 0 ? (
        <EmptyNote>{t('none')}</EmptyNote>
      ) : (
        <Stack component="ul" gap={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {contacts.map((contact) => (
            <li key={contact.id}>
              <MuiLink
                component={LinkBase}
                to={createPath({ resource: 'participants', id: contact.id, type: 'show' })}
                fontWeight={600}
              >
                {contact.name}
              </MuiLink>
              <Typography variant="body2" color="text.secondary">
                {[contact.title, contact.organisation].filter(Boolean).join(', ')}
              </Typography>
              <Typography variant="body2" color="warning.dark">
                {contact.lastVerifiedAt
                  ? t('verified', { date: day(contact.lastVerifiedAt.slice(0, 10)) })
                  : t('never')}
              </Typography>
            </li>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
};
