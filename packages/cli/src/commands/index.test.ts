/** The command registry: each entry loads the command it names, with the same summary. */
import { describe, expect, it } from 'vitest';
import { commands } from './index.js';

describe('commands', () => {
  it.each(commands.map((entry) => [entry.name, entry] as const))(
    '%s loads its command, named and summarised alike',
    async (name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(name);
      expect(command.summary).toBe(entry.summary);
      expect(command.usage).toContain(`kg ${name}`);
    },
  );
});
