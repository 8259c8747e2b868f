import { describe, expect, it } from 'vitest';
import { headingIndex, indicatorHeadings } from '../../src/domain/indicatorHeadings';

const complaints = { id: 1, code: 'K1', name: 'Beboerklagesager' };
const turnover = { id: 2, code: 'K2', name: 'Fraflytningsprocent' };

describe('indicatorHeadings', () => {
  it('heads a column with the indicator’s name, not its code', () => {
    expect(indicatorHeadings([complaints, turnover])).toEqual(['Beboerklagesager', 'Fraflytningsprocent']);
  });

  it('adds the code where the name alone would name two indicators', () => {
    const twin = { id: 3, code: 'K3', name: 'beboerklagesager ' };
    const codeLike = { id: 4, code: 'Fraflytningsprocent', name: 'Fraflytninger' };
    expect(indicatorHeadings([complaints, twin, turnover, codeLike])).toEqual([
      'Beboerklagesager (K1)',
      'beboerklagesager  (K3)',
      'Fraflytningsprocent (K2)',
      'Fraflytninger',
    ]);
  });
});

describe('headingIndex', () => {
  it('reads a name, a code or "name (code)", whatever the case and spacing', () => {
    const index = headingIndex([complaints, turnover]);
    expect(index.get('beboerklagesager')).toBe(complaints);
    expect(index.get('k1')).toBe(complaints);
    expect(index.get('fraflytningsprocent (k2)')).toBe(turnover);
  });

  it('reads every heading the template writes back to its own indicator', () => {
    const twin = { id: 3, code: 'K3', name: 'Beboerklagesager' };
    const all = [complaints, twin, turnover];
    const index = headingIndex(all);
    indicatorHeadings(all).forEach((heading, n) =>
      expect(index.get(heading.trim().toLowerCase().replace(/\s+/g, ' '))).toBe(all[n]),
    );
    // A name two indicators share names neither; their codes still do.
    expect(index.has('beboerklagesager')).toBe(false);
    expect(index.get('k3')).toBe(twin);
  });

  it('lets a code mean its own indicator even when another is named so', () => {
    const named = { id: 5, code: 'X9', name: 'K1' };
    expect(headingIndex([complaints, named]).get('k1')).toBe(complaints);
  });
});
