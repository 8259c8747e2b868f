import { Create, TextInput, useNotify, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { userCreateSchema } from '../../domain/userSchema';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { SchemaForm } from '../forms/SchemaForm';
import { AccessInputs } from './AccessInputs';
import { accessTransform } from './accessTransform';

type Created = RaRecord & { email?: string | null; invitation?: { sent: boolean; reason?: string } };

/** A new user: with a password, or invited by mail to choose one; the notice says which happened. */
export const UserCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const onSuccess = (user: Created) => {
    const invitation = user.invitation;
    if (!invitation) notify('beredskab.users.created', { type: 'success' });
    else if (invitation.sent)
      notify(translate('beredskab.users.invited', { email: user.email ?? '' }), { type: 'success' });
    else
      notify(translate('beredskab.users.notInvited', { reason: invitation.reason ?? '' }), {
        type: 'warning',
        autoHideDuration: 10_000,
      });
    redirect('show', 'users', user.id);
  };
  return (
    <Create transform={accessTransform} mutationOptions={{ onSuccess }}>
      <SchemaForm schema={userCreateSchema} defaultValues={{ role: 'editor', memberships: [] }}>
        <TextInput source="username" autoComplete="off" isRequired />
        <TextInput source="fullName" fullWidth />
        <TextInput source="email" type="email" autoComplete="off" fullWidth />
        <TextInput source="phone" type="tel" autoComplete="off" helperText="beredskab.users.phoneHelp" />
        <AccessInputs />
        <NewPasswordInput source="password" helperText="beredskab.users.invitationHelp" />
      </SchemaForm>
    </Create>
  );
};
