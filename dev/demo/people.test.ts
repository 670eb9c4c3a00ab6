import { generatePeople } from './people';
import { PERSONAS } from './personas';

describe('demo workforce', () => {
  const people = generatePeople();
  const byUpn = new Map(people.map((p) => [p.upn, p]));

  it('has about 15,000 people in two forces', () => {
    expect(people.length).toBeGreaterThan(14000);
    expect(people.length).toBeLessThan(16000);
    expect(new Set(people.map((p) => p.force))).toEqual(new Set(['Kent', 'Essex']));
  });

  it('is the same for the same seed and different for another', () => {
    expect(generatePeople().slice(0, 50)).toEqual(people.slice(0, 50));
    expect(generatePeople({ seed: 7 }).slice(0, 50)).not.toEqual(people.slice(0, 50));
  });

  it('gives everyone a unique sign-in name', () => {
    expect(byUpn.size).toBe(people.length);
  });

  it('has officers, staff, PCSOs and specials in the proportions of DEMO_DATA.md', () => {
    const share = (t: string): number => people.filter((p) => p.workerType === t).length / people.length;
    expect(share('Officer')).toBeGreaterThan(0.5);
    expect(share('Staff')).toBeGreaterThan(0.35);
    expect(share('PCSO')).toBeLessThan(0.02);
    expect(share('Special')).toBeLessThan(0.05);
  });

  it('has managers who exist, are in the same force and department, and are current', () => {
    const managed = people.filter((p) => p.managerUpn);
    expect(managed.length).toBeGreaterThan(people.length * 0.8);
    const wrong = managed.filter((p) => {
      const m = byUpn.get(p.managerUpn as string);
      return !m || m.force !== p.force || m.department !== p.department || m.leaveDate !== undefined;
    });
    expect(wrong.map((p) => p.upn)).toEqual([]);
  });

  it('includes every persona once, and line-manages the Essex call handler by the Essex manager', () => {
    for (const persona of PERSONAS) expect(byUpn.get(persona.upn)?.persona).toBe(persona);
    expect(byUpn.get('essex.callhandler@policing.example')?.managerUpn).toBe('essex.manager@policing.example');
  });

  it('scales up for the national benchmark', () => {
    expect(generatePeople({ scale: 2 }).length).toBeGreaterThan(people.length * 1.9);
  });
});
