import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Form digests shaped like SharePoint's (`0x` + 128 hex digits + `,dd Mon yyyy HH:mm:ss -0000`).
 * The hex part is an HMAC of the user and the issue time, so a digest is tied to the user who asked
 * for it and expires FormDigestTimeoutSeconds after issue (read from the emulator clock).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}

function formatIssued(d: Date): string {
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0000`;
}

function parseIssued(s: string): number | undefined {
  const m = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]);
  if (month < 0) return undefined;
  return Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

export class DigestService {
  private readonly secret: Buffer;

  public constructor(public readonly timeoutSeconds = 1800, secret?: Buffer) {
    this.secret = secret ?? randomBytes(32);
  }

  private mac(user: string, issued: string): string {
    return createHmac('sha512', this.secret).update(`${user.toLowerCase()}|${issued}`).digest('hex').toUpperCase();
  }

  public issue(user: string, now: Date): string {
    const issued = formatIssued(now);
    return `0x${this.mac(user, issued)},${issued}`;
  }

  public isValid(digest: string | undefined, user: string, now: Date): boolean {
    if (digest === undefined) return false;
    const m = /^0x([0-9A-Fa-f]{128}),(.+)$/.exec(digest.trim());
    if (!m) return false;
    const issuedMs = parseIssued(m[2]);
    if (issuedMs === undefined) return false;
    const expected = Buffer.from(this.mac(user, m[2]), 'utf8');
    const got = Buffer.from(m[1].toUpperCase(), 'utf8');
    if (expected.length !== got.length || !timingSafeEqual(expected, got)) return false;
    const age = now.getTime() - issuedMs;
    // A digest from the future (clock moved back in a test) is refused too.
    return age >= -1000 && age < this.timeoutSeconds * 1000;
  }
}
