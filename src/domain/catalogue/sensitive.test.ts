import { sensitiveDataHints, sensitiveKinds } from './sensitive';

describe('sensitiveDataHints', () => {
  it.each([
    ['Email jo.bloggs@kent.police.uk about it', 'email', 'jo.bloggs@kent.police.uk'],
    ['Call 07700 900123 tomorrow', 'phone', '07700 900123'],
    ['or +44 7700 900123', 'phone', '+44 7700 900123'],
    ['Lives at ME14 5AB', 'postcode', 'ME14 5AB'],
    ['NI number JT 12 34 56 C', 'niNumber', 'JT 12 34 56 C'],
    ['Vehicle AB12 CDE seen', 'vehicleRegistration', 'AB12 CDE'],
    ['Crime 42/123456/26 refers', 'referenceNumber', 'Crime 42/123456/26'],
    ['Ref 42/123456/26 refers', 'referenceNumber', '42/123456/26'],
    ['see CAD 4412 from last night', 'referenceNumber', 'CAD 4412'],
    ['Her DOB is on file', 'dateOfBirth', 'DOB'],
    ['Marked OFFICIAL-SENSITIVE', 'protectiveMarking', 'OFFICIAL-SENSITIVE']
  ])('%s → %s', (text, kind, match) => {
    const hit = sensitiveDataHints(text).filter((h) => h.kind === kind)[0];
    expect(hit).toBeDefined();
    expect(text.slice(hit.start, hit.end)).toBe(match);
  });

  it('does not flag ordinary questions', () => {
    expect(sensitiveDataHints('Can I use Copilot to summarise a published HMICFRS report? It is a secret to nobody. Version 2, 2026.')).toEqual([]);
  });

  it('keeps TOP SECRET as one marking and lists kinds once', () => {
    expect(sensitiveDataHints('TOP SECRET').map((h) => h.kind)).toEqual(['protectiveMarking']);
    expect(sensitiveKinds('a@b.co and c@d.co, AB12 CDE')).toEqual(['email', 'vehicleRegistration']);
  });
});
