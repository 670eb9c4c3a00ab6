/**
 * The people the local workbench's user switcher offers: one per role the suite serves, in both forces.
 * They are synthetic (never real names) and are part of the demo directory like everyone else; the demo
 * data generator gives them the group memberships their role implies.
 */
export type PersonaRole =
  | 'officer'
  | 'staff'
  | 'manager'
  | 'champion'
  | 'board'
  | 'trainingLead'
  | 'evaluationLead'
  | 'owner';

export type Force = 'Kent' | 'Essex';

export interface IPersona {
  upn: string;
  displayName: string;
  force: Force;
  role: PersonaRole;
  /** What the switcher shows beside the name. */
  description: string;
  department: string;
  jobTitle: string;
  workerType: 'Officer' | 'Staff';
  /** Rank for officers, pay band for staff. */
  grade: string;
}

export const DEMO_DOMAIN: string = 'policing.example';

function persona(local: string, displayName: string, force: Force, role: PersonaRole, department: string, jobTitle: string, grade: string, description: string): IPersona {
  const workerType = /^Band /.test(grade) ? 'Staff' : 'Officer';
  return { upn: `${local}@${DEMO_DOMAIN}`, displayName, force, role, department, jobTitle, workerType, grade, description };
}

export const PERSONAS: readonly IPersona[] = [
  persona('essex.owner', 'Priya Nair', 'Essex', 'owner', 'Corporate services', 'Digital workplace lead', 'Band 8', 'Site owner (Essex)'),
  persona('kent.owner', 'Gareth Hollis', 'Kent', 'owner', 'Corporate services', 'M365 platform owner', 'Band 8', 'Site owner (Kent)'),
  persona('essex.callhandler', 'Chloe Barnes', 'Essex', 'staff', 'Contact management', 'Call handler', 'Band 4', 'Staff: call handler (Essex)'),
  persona('kent.analyst', 'Tomasz Nowak', 'Kent', 'staff', 'Intelligence and analysis', 'Intelligence analyst', 'Band 5', 'Staff: analyst (Kent)'),
  persona('essex.pc', 'Daniel Okafor', 'Essex', 'officer', 'Response', 'Police constable', 'Constable', 'Officer: response PC (Essex)'),
  persona('kent.pc', 'Hannah Reid', 'Kent', 'officer', 'Neighbourhood policing', 'Police constable', 'Constable', 'Officer: neighbourhood PC (Kent)'),
  persona('essex.manager', 'Sarah Whitfield', 'Essex', 'manager', 'Contact management', 'Control room supervisor', 'Band 7', 'Manager (Essex)'),
  persona('kent.manager', 'Mark Denton', 'Kent', 'manager', 'Neighbourhood policing', 'Inspector', 'Inspector', 'Manager (Kent)'),
  persona('essex.champion', 'Aisha Rahman', 'Essex', 'champion', 'Criminal justice and custody', 'Case officer', 'Band 4', 'Business champion (Essex)'),
  persona('kent.champion', 'Liam Foster', 'Kent', 'champion', 'CID / local investigation', 'Detective constable', 'Constable', 'Business champion (Kent)'),
  persona('kent.board', 'Ruth Calder', 'Kent', 'board', 'Corporate services', 'Chief Superintendent', 'Chief Superintendent', 'Programme board (Kent)'),
  persona('essex.board', 'James Pike', 'Essex', 'board', 'Support Services', 'Assistant Director of IT', 'Band 10', 'Programme board (Essex)'),
  persona('essex.traininglead', 'Emma Clarke', 'Essex', 'trainingLead', 'Support Services', 'Learning and development lead', 'Band 7', 'Training lead (Essex)'),
  persona('kent.traininglead', 'Owen Price', 'Kent', 'trainingLead', 'Support Services', 'Learning and development lead', 'Band 7', 'Training lead (Kent)'),
  persona('kent.evaluationlead', 'Fatima Sheikh', 'Kent', 'evaluationLead', 'Corporate services', 'Business change analyst', 'Band 6', 'Evaluation lead (Kent)'),
  persona('essex.evaluationlead', 'Robert Ellis', 'Essex', 'evaluationLead', 'Corporate services', 'Benefits realisation manager', 'Band 8', 'Evaluation lead (Essex)')
];

/** The UPN of the persona with this role in this force (throws if the demo has none). */
export function personaUpn(role: PersonaRole, force: Force): string {
  const found = PERSONAS.find((p) => p.role === role && p.force === force);
  if (!found) throw new Error(`no ${role} persona in ${force}`);
  return found.upn;
}
