import { describe, expect, it } from 'vitest';
import { REFERENCES, referencedIds } from '../../src/domain/references';
import { RESOURCES, RESOURCE_NAMES } from '../../src/domain/resources';

describe('referencedIds', () => {
  it('reads a plain foreign key and skips null', () => {
    expect(referencedIds({ areaId: 4 }, 'areaId')).toEqual([{ id: 4, path: 'areaId' }]);
    expect(referencedIds({ deputyOfId: null }, 'deputyOfId')).toEqual([]);
  });

  it('steps into arrays with *, giving concrete paths', () => {
    const plan = { interventions: [{ participantId: 3 }, { participantId: null }, { participantId: 7 }] };
    expect(referencedIds(plan, 'interventions.*.participantId')).toEqual([
      { id: 3, path: 'interventions.0.participantId' },
      { id: 7, path: 'interventions.2.participantId' },
    ]);
    expect(referencedIds({ incidentIds: [5, 6] }, 'incidentIds.*')).toEqual([
      { id: 5, path: 'incidentIds.0' },
      { id: 6, path: 'incidentIds.1' },
    ]);
  });
});

describe('the reference table', () => {
  it('names only known resources and fields their schemas have', () => {
    for (const ref of REFERENCES) {
      expect(RESOURCE_NAMES).toContain(ref.from);
      expect(RESOURCE_NAMES).toContain(ref.to);
      expect(Object.keys(RESOURCES[ref.from].schema.shape)).toContain(ref.path.split('.')[0]);
    }
  });
});
