import type { Settings } from '../../domain/settings';
import type { Change } from '../store/types';
import { diff } from '../store/audit';
import { POLICY_ROW, secondFactorPolicy } from '../identity/secondFactor';
import { auditBy, type Actor } from '../access/actor';

/** The panel's settings as stored: one row a setting. */
export const settingsOf = (state: Parameters<typeof secondFactorPolicy>[0]): Settings => ({
  secondFactor: secondFactorPolicy(state),
});

/** The system administrator's settings, audited; a new policy reaches open sessions at their next request. */
export function updateSettings(settings: Settings, actor: Actor): Change<Settings> {
  return {
    decide(state) {
      const before = settingsOf(state);
      return {
        ops: [{ op: 'put', coll: 'settings', record: { id: POLICY_ROW, value: settings.secondFactor } }],
        audit: [
          auditBy(actor, {
            action: 'settingsUpdate',
            resource: 'settings',
            recordId: null,
            changes: diff(before, settings),
          }),
        ],
        result: settings,
      };
    },
  };
}
