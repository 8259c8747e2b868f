import { describe, expect, it } from 'vitest';
import {
  START_STEPS,
  checklistDue,
  programmeReady,
  stepDone,
  type ProgrammeStart,
} from '../../src/domain/startChecklist';

/** A programme with everything the checklist asks for. */
const ready: ProgrammeStart = {
  id: 3,
  name: 'Skovparken',
  areas: 2,
  contacts: 5,
  groupOne: 3,
  groupTwo: 2,
  users: 1,
  indicators: 4,
};
const fresh: ProgrammeStart = {
  ...ready,
  id: 4,
  name: 'Ny plan',
  areas: 0,
  contacts: 0,
  groupOne: 0,
  groupTwo: 0,
  users: 0,
  indicators: 0,
};
const demo = [{ id: 1, name: 'Viborg' }];

describe('stepDone', () => {
  it('is done when the things are there, in the order they are set up', () => {
    expect(START_STEPS).toEqual(['areas', 'contacts', 'users', 'indicators']);
    expect(START_STEPS.map((s) => stepDone(ready, s))).toEqual([true, true, true, true]);
    expect(START_STEPS.map((s) => stepDone(fresh, s))).toEqual([false, false, false, false]);
    expect(START_STEPS.map((s) => stepDone({ ...fresh, areas: 1, users: 2 }, s))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('counts the contacts done only when both response groups have someone', () => {
    expect(stepDone({ ...ready, groupTwo: 0 }, 'contacts')).toBe(false);
    expect(stepDone({ ...ready, groupOne: 0 }, 'contacts')).toBe(false);
    // Contacts in neither group do not count.
    expect(stepDone({ ...fresh, contacts: 4 }, 'contacts')).toBe(false);
    expect(stepDone({ ...fresh, contacts: 1, groupOne: 1, groupTwo: 1 }, 'contacts')).toBe(true);
  });
});

describe('programmeReady', () => {
  it('is ready only when every step is done', () => {
    expect(programmeReady(ready)).toBe(true);
    expect(programmeReady(fresh)).toBe(false);
    for (const missing of [{ areas: 0 }, { groupOne: 0 }, { groupTwo: 0 }, { users: 0 }, { indicators: 0 }])
      expect(programmeReady({ ...ready, ...missing })).toBe(false);
  });
});

describe('checklistDue', () => {
  it('is shown on a fresh install, with no programmes and no demo', () => {
    expect(checklistDue({ programmes: [], demo: [] })).toBe(true);
  });

  it('stays away on an install with the demo alone: a demo is set up as it is', () => {
    expect(checklistDue({ programmes: [], demo })).toBe(false);
  });

  it('is shown while any programme of the administrator is not set up, demo or not', () => {
    expect(checklistDue({ programmes: [fresh], demo: [] })).toBe(true);
    expect(checklistDue({ programmes: [fresh], demo })).toBe(true);
    expect(checklistDue({ programmes: [ready, { ...ready, id: 5, indicators: 0 }], demo: [] })).toBe(true);
  });

  it('goes once every programme is set up', () => {
    expect(checklistDue({ programmes: [ready], demo: [] })).toBe(false);
    expect(checklistDue({ programmes: [ready, { ...ready, id: 5 }], demo })).toBe(false);
  });
});
