import { describe, expect, it } from 'vitest';
import { canAccess, type Action } from '../../src/domain/roles';

const ACTIONS: Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export'];

describe('canAccess', () => {
  it.each(ACTIONS)('lets admin and editor %s domain data', (action) => {
    expect(canAccess('admin', action, 'incidents')).toBe(true);
    expect(canAccess('editor', action, 'incidents')).toBe(true);
  });

  it('lets the board read and export, never write', () => {
    expect(ACTIONS.filter((a) => canAccess('board', a, 'incidents'))).toEqual(['list', 'show', 'export']);
  });

  it('keeps users and the audit log for admins', () => {
    for (const resource of ['users', 'auditLog']) {
      expect(canAccess('admin', 'list', resource)).toBe(true);
      expect(canAccess('editor', 'list', resource)).toBe(false);
      expect(canAccess('board', 'list', resource)).toBe(false);
    }
  });

  it('denies everything without a role', () => {
    expect(canAccess(undefined, 'list', 'incidents')).toBe(false);
  });
});
