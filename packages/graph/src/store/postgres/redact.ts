/**
 * A PostgreSQL URL as messages show it: the password masked. The URL is what the user typed
 * (`--db`, `KG_DB`), so nothing here may take more than linear time in its length.
 */

/** The URL as messages show it: any password masked. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return maskPassword(url);
  }
}

/** Characters that end the user name of `//user:password@`. */
function endsUser(c: number): boolean {
  return c === 0x3a || c === 0x2f || c === 0x40; // ':' '/' '@'
}

/**
 * What `url.replace(/\/\/([^:/@]+):[^@]*@/u, '//$1:***@')` gives, for a URL `new URL` refuses
 * (a bad port, say): the first `//user:password@` with its password masked. A scan: the pattern
 * tried every "//" and ran to the end of the text from each, so a long run of "//a:" without an
 * "@" took the square of its length (80,000 characters: 1.2 s of CPU).
 */
export function maskPassword(url: string): string {
  // Every match ends at an "@": none after the last one.
  const last = url.lastIndexOf('@');
  for (let i = url.indexOf('//'); i >= 0 && i < last; i = url.indexOf('//', i + 1)) {
    let j = i + 2;
    while (j < url.length && !endsUser(url.charCodeAt(j))) j++;
    // User names of different "//" never overlap (a name holds no "/"), so the scans add up to
    // the length once.
    if (j === i + 2 || url.charCodeAt(j) !== 0x3a) continue;
    // The password runs to the first "@" after the ':', which exists (`last` is after it or
    // nothing after `i` matches).
    const at = url.indexOf('@', j + 1);
    if (at < 0) return url;
    return `${url.slice(0, j)}:***@${url.slice(at + 1)}`;
  }
  return url;
}
