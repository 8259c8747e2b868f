import { expect, it } from 'vitest';
import { situationOf } from '../../src/domain/planSituation';

it('takes over the incidents’ situation: descriptions joined, involved added up, the highest risk', () => {
  expect(
    situationOf([
      { description: ' Knallerter på stien ', involvedCount: 6, escalationRisk: 'medium' },
      { description: 'Ild i container', involvedCount: 3, escalationRisk: 'high' },
      { description: '', involvedCount: null, escalationRisk: 'low' },
    ]),
  ).toEqual({
    description: 'Knallerter på stien\n\nIld i container',
    involvedCount: 9,
    escalationRisk: 'high',
  });
  expect(situationOf([{ description: null }])).toEqual({
    description: null,
    involvedCount: null,
    escalationRisk: null,
  });
});
