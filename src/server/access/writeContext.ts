import type { WriteContext } from '../../domain/records';
import { recordsOf } from '../store/records';
import type { ReadState } from '../store/types';
import type { Actor } from './actor';
import { visibleTo } from './programmeAccess';

/** What the domain's rules may look at besides the record they check: only what the user can see. */
export const writeContext = (state: ReadState, actor: Actor, now: Date): WriteContext => ({
  now,
  username: actor.username,
  all: (resource) => recordsOf(state, resource),
  find: visibleTo(state, actor),
});
