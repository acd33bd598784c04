/**
 * `--url-allow LIST` and `--refuse-private-urls`, shared by the commands that fetch URLs
 * (`kg extract`, `kg ingest`), and refused the same way (a `UsageError`: exit 2) by each.
 */
import { isKgError } from '@kg/schema/core';
import { parseUrlAllow } from '@kg/extract';
import type { UrlPolicy } from '@kg/extract';
import { UsageError } from './command.js';

/** What URLs named on the command line may reach: `--url-allow LIST`, `--refuse-private-urls`. */
export const URL_POLICY_FLAGS = {
  'url-allow': { type: 'string', multiple: true },
  'refuse-private-urls': { type: 'boolean', default: false },
} as const;

/** The help lines of `URL_POLICY_FLAGS`, the descriptions starting at column `column`. */
export function urlPolicyHelp(column: number): string {
  const pad = (flag: string) =>
    flag.length + 2 < column ? `  ${flag.padEnd(column - 2)}` : `  ${flag}\n${' '.repeat(column)}`;
  const indent = ' '.repeat(column);
  return [
    `${pad('--refuse-private-urls')}fetch only public addresses: refuse loopback, private,`,
    `${indent}link-local and other non-public ones (URL_FORBIDDEN), as kg serve does`,
    `${pad('--url-allow LIST')}with --refuse-private-urls (implied): hosts (name, *.domain),`,
    `${indent}addresses or CIDR ranges allowed although not public, comma-separated`,
  ].join('\n');
}

/**
 * The URL policy of a command-line run: a local user may fetch their own network (private
 * addresses allowed), unless `--refuse-private-urls` or `--url-allow` asks for the server's guard.
 */
export function urlPolicyFlag(values: {
  'url-allow'?: string[] | undefined;
  'refuse-private-urls'?: boolean | undefined;
}): UrlPolicy {
  const lists = values['url-allow'] ?? [];
  let allow: string[];
  try {
    allow = lists.flatMap((list) => parseUrlAllow(list, '--url-allow'));
  } catch (err) {
    if (isKgError(err)) throw new UsageError(err.message.replace(/\.$/, ''));
    throw err;
  }
  const guarded = values['refuse-private-urls'] === true || lists.length > 0;
  return { allowPrivate: !guarded, allow };
}
