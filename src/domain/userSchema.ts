import { z } from 'zod';
import { optionalPhone } from './fields';
import { passwordProblem } from './passwordRules';
import { PROGRAMME_ROLES, ROLES } from './roles';

export const roleSchema = z.enum(ROLES);

/** A role in one programme; a user holds at most one per programme. */
export const membershipSchema = z.object({
  programmeId: z.number().int().positive(),
  role: z.enum(PROGRAMME_ROLES),
});

const memberships = z
  .array(membershipSchema)
  .max(500)
  .refine((list) => new Set(list.map((m) => m.programmeId)).size === list.length, {
    message: 'En helhedsplan står to gange',
  })
  .optional();

const username = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-zA-Z0-9._-]+$/);

const fullName = z.string().trim().max(120).nullish();

/** Adds the password rule's issue, with the field it belongs to; an optional one may be left empty. */
function checkPassword(field: string, optional = false) {
  return (value: { username: string } & Record<string, unknown>, ctx: z.RefinementCtx) => {
    const password = value[field];
    if (typeof password !== 'string' || (optional && password === '')) return;
    const problem = passwordProblem(value.username, password);
    if (problem) ctx.addIssue({ code: 'custom', path: [field], params: { rule: problem }, input: password });
  };
}

/** Where invitations and password links go: a local user's own address. */
const email = z
  .email()
  .max(200)
  .nullish()
  .or(z.literal('').transform(() => null));

/** Without a password the user is invited by mail to choose one: then an e-mail is needed. */
function passwordOrEmail(value: { password?: string | null; email?: string | null }, ctx: z.RefinementCtx) {
  if (!value.password && !value.email)
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      params: { rule: 'emailForInvitation' },
      input: value.email,
    });
}

export const userCreateSchema = z
  .object({
    username,
    fullName,
    email,
    /** Where an escalation texts a programme administrator (src/domain/msisdn.ts); saved as typed. */
    phone: optionalPhone,
    role: roleSchema,
    memberships,
    password: z.string().max(200).nullish(),
  })
  .superRefine(checkPassword('password', true))
  .superRefine(passwordOrEmail);

/**
 * An update names the user's username only to check a new password against it; it is never
 * changed, and a directory user's (an e-mail address) need not follow the local rule.
 */
export const userUpdateSchema = z
  .object({
    username: z.string().max(200),
    fullName,
    email,
    /** Where an escalation texts a programme administrator (src/domain/msisdn.ts); saved as typed. */
    phone: optionalPhone,
    role: roleSchema,
    memberships,
    active: z.boolean(),
    password: z.string().max(200).nullish(),
  })
  .superRefine(checkPassword('password', true));

/** A password chosen through a mailed link: the rules as for any new password. */
export const passwordLinkSchema = z
  .object({
    username: z.string().max(200),
    token: z.string().min(20).max(200),
    newPassword: z.string().max(200),
  })
  .superRefine(checkPassword('newPassword'));

export const passwordChangeSchema = z
  .object({ username, currentPassword: z.string().min(1).max(200), newPassword: z.string().max(200) })
  .superRefine(checkPassword('newPassword'));
