import { DEMO_DOMAIN, PERSONAS, type Force, type IPersona } from './personas';
import { Rng } from './rng';

/**
 * The synthetic workforce of the two forces (never real people): ranks, grades, departments and line
 * managers shaped by DEMO_DATA.md. Deterministic for a seed; `scale` multiplies the headcount (the national
 * benchmark uses ≈ 16 to reach ≈ 240,000 people).
 */

export type WorkerType = 'Officer' | 'Staff' | 'PCSO' | 'Special';

export interface IDemoPerson {
  upn: string;
  displayName: string;
  force: Force;
  department: string;
  jobTitle: string;
  grade: string;
  workerType: WorkerType;
  managerUpn: string | undefined;
  /** ISO date (yyyy-mm-dd). */
  startDate: string;
  leaveDate: string | undefined;
  /** The persona this person is, if any (their role in the suite). */
  persona?: IPersona;
}

export const FORCE_DEPARTMENTS: readonly string[] = [
  'Neighbourhood policing',
  'Response',
  'Contact management',
  'CID / local investigation',
  'Public protection',
  'Criminal justice and custody',
  'Operational support',
  'Intelligence and analysis',
  'Professional standards and vetting',
  'Corporate services'
];

/** Collaborated units run jointly by Kent and Essex since 2007–2010; staff stay employed by one force. */
export const JOINT_DEPARTMENTS: readonly string[] = ['Serious Crime Directorate', 'Support Services'];

type Mix = Record<WorkerType, number>;

// Headcount per force (DEMO_DATA.md: ≈ 4,000 officers, ≈ 2,400–2,900 staff, ≈ 100 PCSOs, ≈ 300 specials).
const MIX: Record<Force, Mix> = {
  Kent: { Officer: 4200, Staff: 2900, PCSO: 95, Special: 300 },
  Essex: { Officer: 3900, Staff: 2900, PCSO: 99, Special: 300 }
};

const OFFICER_DEPARTMENTS: Record<string, number> = {
  Response: 28, 'Neighbourhood policing': 21, 'CID / local investigation': 12, 'Public protection': 10,
  'Operational support': 8, 'Serious Crime Directorate': 7, 'Contact management': 4, 'Criminal justice and custody': 4,
  'Intelligence and analysis': 3, 'Professional standards and vetting': 2, 'Corporate services': 1
};

const STAFF_DEPARTMENTS: Record<string, number> = {
  'Contact management': 24, 'Support Services': 22, 'Criminal justice and custody': 12, 'Intelligence and analysis': 10,
  'Corporate services': 10, 'Serious Crime Directorate': 7, 'Public protection': 6, 'CID / local investigation': 5,
  'Professional standards and vetting': 2, 'Operational support': 2
};

// Rank distribution of officers (most are constables), most senior last.
const RANKS: Array<[string, number]> = [
  ['Constable', 780], ['Sergeant', 140], ['Inspector', 50], ['Chief Inspector', 18], ['Superintendent', 8], ['Chief Superintendent', 4]
];
const STAFF_BANDS: Array<[string, number]> = [
  ['Band 3', 200], ['Band 4', 300], ['Band 5', 220], ['Band 6', 140], ['Band 7', 80], ['Band 8', 40], ['Band 9', 15], ['Band 10', 5]
];

const OFFICER_TITLES: Record<string, string> = {
  Response: 'Response officer', 'Neighbourhood policing': 'Neighbourhood officer', 'CID / local investigation': 'Detective',
  'Public protection': 'Public protection investigator', 'Operational support': 'Roads policing officer',
  'Serious Crime Directorate': 'Serious crime investigator', 'Contact management': 'Control room officer',
  'Criminal justice and custody': 'Custody officer', 'Intelligence and analysis': 'Intelligence officer',
  'Professional standards and vetting': 'Professional standards investigator', 'Corporate services': 'Staff officer'
};

const STAFF_TITLES: Record<string, readonly string[]> = {
  'Contact management': ['Call handler', 'Dispatcher', 'Public enquiry officer'],
  'Support Services': ['HR adviser', 'Finance officer', 'IT service desk analyst', 'Procurement officer', 'Fleet coordinator', 'Learning and development adviser', 'Estates officer'],
  'Criminal justice and custody': ['Case officer', 'Detention officer', 'Witness care officer'],
  'Intelligence and analysis': ['Intelligence analyst', 'Intelligence researcher', 'Performance analyst'],
  'Corporate services': ['Communications officer', 'Information manager', 'Change analyst', 'Legal adviser', 'Records officer'],
  'Serious Crime Directorate': ['Digital forensics examiner', 'Financial investigator', 'Crime scene investigator'],
  'Public protection': ['Safeguarding officer', 'Sex offender manager'],
  'CID / local investigation': ['Investigation support officer', 'Police investigator'],
  'Professional standards and vetting': ['Vetting officer', 'Complaints officer'],
  'Operational support': ['Collision investigator', 'Resource planner']
};

const FIRST_NAMES: readonly string[] = (
  'Oliver Amelia George Isla Harry Ava Noah Mia Jack Ivy Leo Grace Arthur Freya Muhammad Lily Oscar Florence ' +
  'Charlie Emily Jacob Ella Thomas Rosie Henry Sophie William Evie James Poppy Alfie Isabella Joshua Jessica ' +
  'Daniel Sienna Samuel Chloe Theo Alice Finley Matilda Ethan Phoebe Isaac Ruby Adam Hannah Max Zara Lucas ' +
  'Aisha Mohammed Priya Tomasz Kasia Kwame Amara Connor Niamh Rhys Cerys Ryan Megan Liam Ellie Callum Abigail ' +
  'Ben Laura Sam Rachel Tom Claire Mark Sarah Paul Emma David Helen Andrew Karen Richard Joanne Stephen Nicola ' +
  'Gareth Kirsty Darren Leanne Simon Gemma Craig Natalie Lee Kelly Dean Zoe Wayne Amy'
).split(' ');

const SURNAMES: readonly string[] = (
  'Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White ' +
  'Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore ' +
  'Clark King Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips ' +
  'Richardson Mitchell Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Marshall Simpson ' +
  'Anderson Ellis Adams Wilkinson Ali Ahmed Chapman Mason Webb Rogers Gray Hussain Palmer Mills Holmes Barnes ' +
  'Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murphy Dixon Harvey Graham Pearson Ahmed Fletcher ' +
  'Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West ' +
  'Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton Hunt Okafor Nowak Kowalski Mensah Osei Ndlovu'
).split(' ');

function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weightedPick(rng: Rng, table: Array<[string, number]>): [string, number] {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (let i = 0; i < table.length; i++) {
    r -= table[i][1];
    if (r < 0) return [table[i][0], i];
  }
  return [table[table.length - 1][0], table.length - 1];
}

interface IDraft extends IDemoPerson {
  /** Seniority within the worker's ladder: 0 is the most junior. */
  level: number;
}

export interface IGenerateOptions {
  seed?: number;
  /** Multiplies the headcount; personas are always included once. */
  scale?: number;
}

/** Generates the workforce of both forces, personas included, with line managers assigned. */
export function generatePeople(options: IGenerateOptions = {}): IDemoPerson[] {
  const rng = new Rng(options.seed ?? 20261123);
  const scale = options.scale ?? 1;
  const usedUpns = new Set<string>(PERSONAS.map((p) => p.upn));
  const drafts: IDraft[] = [];

  const upnFor = (first: string, last: string): string => {
    const base = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    let upn = `${base}@${DEMO_DOMAIN}`;
    for (let n = 2; usedUpns.has(upn); n++) upn = `${base}${n}@${DEMO_DOMAIN}`;
    usedUpns.add(upn);
    return upn;
  };

  for (const force of ['Kent', 'Essex'] as Force[]) {
    for (const workerType of ['Officer', 'Staff', 'PCSO', 'Special'] as WorkerType[]) {
      const count = Math.round(MIX[force][workerType] * scale);
      for (let i = 0; i < count; i++) {
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(SURNAMES);
        let department: string;
        let grade: string;
        let level: number;
        let jobTitle: string;
        if (workerType === 'Officer') {
          department = rng.weighted(OFFICER_DEPARTMENTS);
          [grade, level] = weightedPick(rng, RANKS);
          jobTitle = level === 0 ? OFFICER_TITLES[department] : grade;
        } else if (workerType === 'Staff') {
          department = rng.weighted(STAFF_DEPARTMENTS);
          [grade, level] = weightedPick(rng, STAFF_BANDS);
          jobTitle = level >= 4 ? `${rng.pick(STAFF_TITLES[department])} (team leader)` : rng.pick(STAFF_TITLES[department]);
        } else {
          department = workerType === 'PCSO' ? 'Neighbourhood policing' : rng.pick(['Response', 'Neighbourhood policing']);
          grade = workerType === 'PCSO' ? 'PCSO' : 'Special Constable';
          level = 0;
          jobTitle = workerType === 'PCSO' ? 'Police community support officer' : 'Special constable';
        }
        const leaver = rng.next() < 0.03;
        drafts.push({
          upn: upnFor(first, last),
          displayName: `${first} ${last}`,
          force,
          department,
          jobTitle,
          grade,
          workerType,
          managerUpn: undefined,
          startDate: isoDate(rng, 1996, 2026),
          leaveDate: leaver ? isoDate(rng, 2026, 2026) : undefined,
          level
        });
      }
    }
  }

  for (const p of PERSONAS) {
    const ladder: ReadonlyArray<[string, number]> = p.workerType === 'Officer' ? RANKS : STAFF_BANDS;
    const level = Math.max(0, ladder.findIndex(([g]) => g === p.grade));
    drafts.push({
      upn: p.upn,
      displayName: p.displayName,
      force: p.force,
      department: p.department,
      jobTitle: p.jobTitle,
      grade: p.grade,
      workerType: p.workerType,
      managerUpn: undefined,
      startDate: '2015-04-01',
      leaveDate: undefined,
      persona: p,
      level
    });
  }

  assignManagers(drafts, rng);
  return drafts.map(({ level, ...person }) => person);
}

/** Direct reports of a persona manager, the persona in their unit included. */
const PERSONA_TEAM_SIZE = 12;

/**
 * Everyone reports to someone more senior in the same force, department and ladder (officers to a higher
 * rank, staff to a higher band); the most senior in each unit reports to the force's head of that ladder.
 * Persona managers manage the personas of their force and department, so the demo journeys line up.
 */
function assignManagers(people: IDraft[], rng: Rng): void {
  const units = new Map<string, IDraft[]>();
  for (const p of people) {
    if (p.leaveDate) continue;
    const key = `${p.force}|${p.department}|${p.workerType === 'Officer' ? 'ladder-officer' : 'ladder-staff'}`;
    const unit = units.get(key) ?? [];
    unit.push(p);
    units.set(key, unit);
  }
  const personaManagers = people.filter((p) => p.persona?.role === 'manager');
  for (const unit of units.values()) {
    const byLevel = new Map<number, IDraft[]>();
    for (const p of unit) byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p]);
    const levels = [...byLevel.keys()].sort((a, b) => a - b);
    for (const p of unit) {
      if (p.persona?.role === 'manager') continue;
      const personaManager = personaManagers.filter((m) => m.force === p.force && m.department === p.department && m.upn !== p.upn)[0];
      if (p.persona && personaManager) {
        p.managerUpn = personaManager.upn;
        continue;
      }
      const higher = levels.filter((l) => l > p.level);
      if (higher.length > 0) p.managerUpn = rng.pick(byLevel.get(higher[0]) ?? []).upn;
    }
  }
  // A persona manager leads a real team (a control room supervisor has a dozen call handlers), so the
  // manager journeys have people to chase: the first juniors of their unit move to them.
  for (const manager of personaManagers) {
    const ladder = manager.workerType === 'Officer' ? 'ladder-officer' : 'ladder-staff';
    const unit = units.get(`${manager.force}|${manager.department}|${ladder}`) ?? [];
    unit
      .filter((p) => !p.persona && p.level < manager.level)
      .slice(0, PERSONA_TEAM_SIZE - 1)
      .forEach((p) => {
        p.managerUpn = manager.upn;
      });
  }
}
