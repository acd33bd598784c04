/** The built `kg` binary: dispatch, help and unknown commands. */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const kg = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

describe('kg', () => {
  it('lists its commands on --help', () => {
    const out = execFileSync(process.execPath, [kg, '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/Usage: kg COMMAND/);
  });

  it('rejects an unknown command with exit code 2 and a message', () => {
    const res = spawnSync(process.execPath, [kg, 'frobnicate'], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('unknown command "frobnicate"');
  });
});
