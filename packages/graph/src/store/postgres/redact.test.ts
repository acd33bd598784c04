/** Masking the password of a PostgreSQL URL in messages: `new URL`, else a linear scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPassword, redactUrl } from './redact.js';

/** The pattern the scan replaces: the reference on short inputs. */
const byPattern = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/u, '//$1:***@');

describe('redactUrl', () => {
  const rows: [string, string][] = [
    ['postgres://kg:secret@db.example/kg', 'postgres://kg:***@db.example/kg'],
    ['postgresql://kg@localhost/kg', 'postgresql://kg@localhost/kg'],
    ['postgres://localhost/kg', 'postgres://localhost/kg'],
    // A port new URL refuses: the scan masks it all the same.
    ['postgres://kg:secret@db.example:99999/kg', 'postgres://kg:***@db.example:99999/kg'],
    ['postgres://kg:p@ss:w/rd@[bad/kg', 'postgres://kg:***@ss:w/rd@[bad/kg'],
  ];
  it.each(rows)('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe('maskPassword', () => {
  const rows: [string, string][] = [
    // must mask
    ['x://u:p@h', 'x://u:***@h'],
    ['x://u:@h', 'x://u:***@h'],
    ['x://u:a/b:c@h@i', 'x://u:***@h@i'],
    ['a//:b//u:p@h', 'a//:b//u:***@h'],
    ['///u:p@h', '///u:***@h'],
    // must not: no user, no ':' after the user, no '@' after the ':'
    ['x://:p@h', 'x://:p@h'],
    ['x://u@h:p', 'x://u@h:p'],
    ['x://u:p/h', 'x://u:p/h'],
    ['x://u/v:p@h', 'x://u/v:p@h'],
    ['', ''],
  ];
  it.each(rows)('%s → %s', (url, shown) => {
    expect(maskPassword(url)).toBe(shown);
    expect(maskPassword(url)).toBe(byPattern(url));
  });

  it('gives what the pattern gives on any mix of the characters that matter', () => {
    const text = fc
      .array(fc.constantFrom('/', '//', ':', '@', 'u', 'p', 'é', '\u{1F600}'), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (url) => maskPassword(url) === byPattern(url)),
      { numRuns: 3000 },
    );
  });

  it('reads a long run of "//a:" without an "@" once (the pattern took its square)', () => {
    const url = `postgres://${'//a:'.repeat(250_000)}`;
    expect(maskPassword(url)).toBe(url);
    // With an "@" at the end, the first "//a:" takes the rest as its password.
    expect(maskPassword(`${url}@h`)).toBe('postgres:////a:***@h');
  });
});
