/**
 * Command-line flags, the one rule the CLI and the server's options share: a negative number
 * after a flag that takes a value (`--max-size -1`, `--port -5`, `-p -5`) is that flag's value.
 * `node:util` parseArgs reads a value starting with a dash as a flag ("argument is ambiguous");
 * attached (`--port=-5`), the flag's own check refuses it and says what the flag accepts.
 */

/** The part of parseArgs' option table this rule reads. */
export type FlagTable = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/** `argv` with every negative number after a string flag attached to it (`--port=-5`). */
export function attachNegativeValues(argv: readonly string[], options: FlagTable): string[] {
  const shorts = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.short) shorts.set(option.short, name);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const name = arg.startsWith('--')
      ? arg.slice(2)
      : /^-[^-]$/.test(arg)
        ? shorts.get(arg.slice(1))
        : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
