import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/process';

/**
 * The layer rules `npm run lint` holds the tree to, run on small trees made here: each broken
 * rule fails with its name, and a tree that keeps them passes.
 */

const run = promisify(execFile);
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the project's rules over a tree of `files` (path → source); the violations it names. */
async function cruise(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-layers-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  const args = ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'];
  try {
    const { stdout } = await run(DEPCRUISE, args, { cwd: dir });
    return { ok: true, output: stdout };
  } catch (err) {
    const { stdout, code } = err as { stdout: string; code: number };
    if (typeof code !== 'number') throw err;
    return { ok: false, output: stdout };
  }
}

const uses = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
const leaf = 'export const x = 1;\n';

describe('the layer rules of npm run lint', () => {
  it('pass a tree whose imports point down', async () => {
    const result = await cruise({
      'src/domain/levels.ts': leaf,
      'src/server/store/records.ts': uses('../../domain/levels'),
      'src/server/changes/records.ts': uses('../store/records'),
      'src/server/routes/resources.ts': uses('../changes/records'),
      'src/admin/incidents/LevelChip.ts': uses('../../domain/levels'),
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.ok).toBe(true);
  }, 60_000);

  it('fail an import cycle between two files, even through a type', async () => {
    const result = await cruise({
      'src/domain/a.ts': `import type { B } from './b';\nexport type A = { b?: B };\n`,
      'src/domain/b.ts': `import type { A } from './a';\nexport type B = { a?: A };\n`,
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('no-circular');
  }, 60_000);

  it('fail two folders that import each other', async () => {
    const result = await cruise({
      'src/admin/incidents/one.ts': uses('../actionPlans/two'),
      'src/admin/actionPlans/two.ts': `export { three as x } from '../incidents/three';\n`,
      'src/admin/incidents/three.ts': `export const three = 3;\n`,
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('no-circular-folders');
  }, 60_000);

  it.each([
    ['domain-stands-alone', 'src/domain/rule.ts', '../server/store/records', 'src/server/store/records.ts'],
    [
      'store-below-requests',
      'src/server/store/records.ts',
      '../routes/resources',
      'src/server/routes/resources.ts',
    ],
    [
      'changes-below-http',
      'src/server/changes/records.ts',
      '../http/sessions',
      'src/server/http/sessions.ts',
    ],
    ['report-on-domain', 'src/report/sheet.ts', '../admin/i18n/da', 'src/admin/i18n/da.ts'],
    [
      'panel-on-domain',
      'src/admin/incidents/list.ts',
      '../../server/store/records',
      'src/server/store/records.ts',
    ],
  ])(
    'fail an import up the layers (%s)',
    async (rule, from, to, target) => {
      const result = await cruise({ [from]: uses(to), [target]: leaf });
      expect(result.ok).toBe(false);
      expect(result.output).toContain(rule);
    },
    60_000,
  );
});
