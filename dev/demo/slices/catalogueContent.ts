/**
 * The words of the demo catalogue: families of use cases from DEMO_DATA.md "Catalogue use cases by
 * department" (and the everyday ones every force has), each with variants, and the FAQs champions are
 * asked most. Plain police-workplace wording; every entry says what data it is safe with and when not to
 * use it, following DEMO_DATA "Handling rules" (never personal, case, intelligence or evidential material;
 * no AI-prepared court or criminal-justice documents while the national pause of June 2026 stands).
 * Minutes are estimates in DEMO_DATA's ranges.
 */
import type { HandlingLabel, TaskKey } from '../../../src/domain/catalogue/types';

export interface IUseCaseFamily {
  key: string;
  /** Empty: every department. */
  departments: readonly string[];
  roles: readonly string[];
  products: readonly string[];
  handling: HandlingLabel;
  task: TaskKey | null;
  /** Estimated minutes saved per use: low and high. */
  minutes: readonly [number, number];
  module: string;
  /** Joint units (Serious Crime Directorate, Support Services) publish as Joint. */
  joint: boolean;
  /** Two phrasings of the title, so the two forces' versions of one idea read differently. */
  titles: readonly [(v: string) => string, (v: string) => string];
  variants: readonly string[];
  summary: (v: string) => string;
  problem: string;
  steps: (v: string) => readonly string[];
  prompts: (v: string) => readonly string[];
  whenNotToUse: string;
}

const CHECK = 'Check every fact, name, date and figure against the source before you use the output.';
const RECORD = 'Record that Copilot helped, as force policy asks, and keep the final version in the right place (MoPI applies if it becomes police information).';

export const USE_CASE_FAMILIES: readonly IUseCaseFamily[] = [
  {
    key: 'foi',
    departments: ['Corporate services'],
    roles: ['Corporate or support staff'],
    products: ['Copilot in Word', 'Copilot Chat'],
    handling: 'amber',
    task: 'drafting',
    minutes: [30, 60],
    module: 'data-protection',
    joint: false,
    titles: [(v) => `Draft an FOI response about ${v} from the template`, (v) => `FOI reply on ${v}: first draft from the approved template`],
    variants: ['fleet fuel costs', 'overtime spend by department', 'the use of drones', 'Microsoft 365 licence costs', 'front counter opening hours', 'body-worn video retention', 'custody suite capacity', 'spend on AI training', 'PCSO numbers by ward', 'recruitment advertising costs'],
    summary: (v) => `Copilot in Word fills the force FOI template with the figures the disclosure officer has already approved for a request about ${v}.`,
    problem: 'FOI officers retype the same template wording for every request and still miss the statutory deadline when requests peak.',
    steps: (v) => [
      'Open the force FOI response template in Word.',
      `Paste only the approved, non-personal figures about ${v} into the draft.`,
      'Ask Copilot to write the response in the template\u2019s structure and plain English.',
      'Add any exemptions yourself: Copilot must not decide what is withheld.',
      CHECK,
      'Send it to the disclosure officer for sign-off as usual.'
    ],
    prompts: (v) => [
      `Using the template structure in this document, draft a response to a Freedom of Information request about ${v}. Use only the figures below and plain English.`,
      'Rewrite this FOI response so a member of the public can understand it, keeping every figure unchanged.'
    ],
    whenNotToUse: 'Never paste the requester\u2019s details, unapproved data or anything that could be exempt. Copilot does not decide exemptions or redactions.'
  },
  {
    key: 'hrPolicy',
    departments: [],
    roles: ['Any role'],
    products: ['Copilot Chat'],
    handling: 'green',
    task: 'searching',
    minutes: [5, 10],
    module: 'acceptable-use',
    joint: false,
    titles: [(v) => `Find the answer on ${v} in the published HR policy`, (v) => `Ask Copilot what the policy says about ${v}`],
    variants: ['flexible working', 'annual leave carry-over', 'shared parental leave', 'secondary employment', 'travel and subsistence claims', 'occupational health referrals (the process)', 'menopause support', 'shift allowances'],
    summary: (v) => `Copilot Chat answers questions about ${v} from the published intranet policy and links the paragraph it used.`,
    problem: 'People phone HR or their supervisor for answers that are already in a 40-page policy.',
    steps: (v) => [
      'Open Copilot Chat from the Microsoft 365 app.',
      `Ask your question about ${v}, naming the policy, and ask for the section it comes from.`,
      'Open the linked policy page and read the paragraph yourself.',
      'If your situation is unusual, ask HR: Copilot does not know your circumstances.'
    ],
    prompts: (v) => [`What does our published ${v} policy say, and which section does the answer come from?`, `Summarise the ${v} policy in five bullet points for a new starter.`],
    whenNotToUse: 'Never describe your own or a colleague\u2019s case (health, grievance, misconduct). The policy document, not Copilot\u2019s answer, is what counts.'
  },
  {
    key: 'lessonPlan',
    departments: ['Support Services'],
    roles: ['Trainer'],
    products: ['Copilot in Word', 'Copilot in PowerPoint', 'Forms'],
    handling: 'green',
    task: 'drafting',
    minutes: [60, 120],
    module: 'prompt-writing',
    joint: true,
    titles: [(v) => `Build a lesson plan and quiz: ${v}`, (v) => `Lesson plan, slides outline and knowledge check for ${v}`],
    variants: ['stop and search refresher', 'Copilot basics for new starters', 'data protection essentials', 'first aid recertification briefing', 'domestic abuse awareness for call handlers (public guidance)', 'roads policing legislation update', 'social media and professional standards', 'prompt writing workshop'],
    summary: (v) => `Turn the approved learning outcomes for ${v} into a timed lesson plan, a slide outline and a ten-question quiz in Forms.`,
    problem: 'Trainers spend a day per module on structure and quiz writing before they can work on the content that matters.',
    steps: (v) => [
      `Paste the approved learning outcomes and source material for ${v} into Word.`,
      'Ask Copilot for a timed lesson plan with activities.',
      'Ask for ten multiple-choice questions with answers, then build them in Forms.',
      'Have a subject matter expert check every question and answer.',
      CHECK
    ],
    prompts: (v) => [`Create a 90-minute lesson plan on ${v} from these learning outcomes, with timings, activities and a recap.`, 'Write ten multiple-choice questions with four options each, marking the correct answer, from this material only.'],
    whenNotToUse: 'Do not use real incidents, victims or officers as case studies. Legislation and procedure must be checked against the source.'
  },
  {
    key: 'businessCase',
    departments: ['Support Services', 'Corporate services'],
    roles: ['Corporate or support staff', 'Senior leader'],
    products: ['Copilot in Word', 'Copilot in Excel'],
    handling: 'amber',
    task: 'drafting',
    minutes: [60, 180],
    module: 'information-security',
    joint: true,
    titles: [(v) => `Write the business case narrative for ${v}`, (v) => `Business case: narrative and options for ${v}`],
    variants: ['replacing mobile devices', 'estate energy savings', 'fleet electrification', 'expanding Copilot licences', 'custody CCTV upgrade', 'contact centre telephony'],
    summary: (v) => `Copilot drafts the strategic, economic and financial narrative for ${v} from a non-personal costing spreadsheet.`,
    problem: 'Finance business partners turn the same spreadsheet into prose for every options appraisal.',
    steps: (v) => [
      `Prepare the costing spreadsheet for ${v} with no names, salaries or personal data.`,
      'Ask Copilot in Excel to explain the main trends and totals.',
      'In Word, ask Copilot to draft the narrative in the five-case model headings.',
      'Check every figure against the spreadsheet and the finance system.',
      RECORD
    ],
    prompts: (v) => [`Draft the strategic and economic case for ${v} using the five-case model headings and only the figures in this spreadsheet.`, 'List the assumptions in this costing and the risks if each is wrong.'],
    whenNotToUse: 'Never with payroll extracts, named staff costs or commercially sensitive bids. Copilot\u2019s arithmetic must be checked; do not rely on it for totals.'
  },
  {
    key: 'itKnowledge',
    departments: ['Support Services'],
    roles: ['Corporate or support staff'],
    products: ['Copilot in Word', 'Copilot Chat', 'SharePoint'],
    handling: 'green',
    task: 'drafting',
    minutes: [20, 40],
    module: 'copilot-basics',
    joint: true,
    titles: [(v) => `Knowledge article: ${v}`, (v) => `Change request and self-help article for ${v}`],
    variants: ['setting up a Teams meeting room', 'resetting multi-factor authentication', 'mobile data terminal sign-in problems', 'requesting a SharePoint site', 'printer queue faults', 'OneDrive sync problems', 'laptop rebuild', 'shared mailbox access'],
    summary: (v) => `The service desk turns resolved tickets about ${v} into a clear self-help article and a standard change request.`,
    problem: 'The same ten questions reach the service desk every day because the fixes are buried in ticket notes.',
    steps: (v) => [
      `Copy the technical fix for ${v} from the resolved tickets, leaving out user names and device names.`,
      'Ask Copilot to write a step-by-step article for non-technical staff.',
      'Ask for a change request summary with risk, rollback and testing sections.',
      'Test the steps on a standard device before publishing.'
    ],
    prompts: (v) => [`Write a step-by-step self-help article for police staff about ${v}, from these technical notes, in plain English.`, 'Turn these notes into a standard change request: summary, impact, risk, rollback and test plan.'],
    whenNotToUse: 'Never paste credentials, IP addresses of secure systems, user names or system extracts.'
  },
  {
    key: 'minutes',
    departments: [],
    roles: ['Supervisor or manager', 'Corporate or support staff', 'Senior leader'],
    products: ['Copilot in Teams', 'Loop'],
    handling: 'green',
    task: 'meetingNotes',
    minutes: [25, 35],
    module: 'copilot-basics',
    joint: false,
    titles: [(v) => `Minutes, actions and RAID updates from the ${v}`, (v) => `Recap the ${v} with Copilot in Teams`],
    variants: ['weekly M365 programme board', 'estates project steering group', 'recruitment working group', 'digital forensics backlog meeting', 'licensing and finance update', 'training readiness check-in', 'joint change board', 'performance review meeting'],
    summary: (v) => `Copilot in Teams writes the minutes, action log and RAID updates of the ${v} from the transcript, ready for the chair to check.`,
    problem: 'Someone spends half an hour after every meeting writing up actions, and decisions still get lost.',
    steps: (v) => [
      `Start transcription at the beginning of the ${v} and tell attendees.`,
      'After the meeting open the recap and ask Copilot for decisions, actions with owners and new risks.',
      'Paste them into the minutes template and the RAID log.',
      'The chair checks them before they are circulated.',
      RECORD
    ],
    prompts: (v) => [`List the decisions, the actions with owners and due dates, and any new risks or issues from the ${v}.`, 'Draft minutes in our template headings from this transcript, neutral and concise.'],
    whenNotToUse: 'Do not transcribe meetings that discuss named individuals, operations, intelligence or misconduct. Turn transcription off for those items.'
  },
  {
    key: 'comms',
    departments: ['Corporate services'],
    roles: ['Corporate or support staff'],
    products: ['Copilot in Word', 'Copilot Chat'],
    handling: 'amber',
    task: 'drafting',
    minutes: [20, 30],
    module: 'responsible-ai',
    joint: false,
    titles: [(v) => `First draft of a press release: ${v}`, (v) => `Social posts and web copy for the ${v}`],
    variants: ['recruitment open day', 'new police station opening', 'road safety campaign', 'fraud awareness week', 'Christmas drink-drive campaign', 'volunteer specials recognition', 'knife amnesty', 'summer anti-social behaviour patrols', 'cyber crime advice for small businesses'],
    summary: (v) => `Copilot drafts a release, social posts and web copy for the ${v} from the approved facts sheet.`,
    problem: 'The communications team writes four versions of every message for different channels.',
    steps: (v) => [
      `Start from the approved facts sheet for the ${v}.`,
      'Ask Copilot for a press release, three social posts and a short web article.',
      'Edit for the force\u2019s voice and accessibility guidance.',
      'Get the usual sign-off before anything is published.'
    ],
    prompts: (v) => [`Using only these approved facts, write a 300-word press release about the ${v} and three social media posts under 280 characters.`, 'Make this message clearer for readers with a reading age of 12, without changing the facts.'],
    whenNotToUse: 'Never about live investigations, named people or anything not yet approved for release. Copilot must not invent quotes.'
  },
  {
    key: 'controlRoom',
    departments: ['Contact management'],
    roles: ['Call handler or dispatcher', 'Supervisor or manager', 'Trainer'],
    products: ['Copilot Chat', 'SharePoint'],
    handling: 'amber',
    task: 'searching',
    minutes: [2, 5],
    module: 'ai-limitations',
    joint: false,
    titles: [(v) => `Look up the procedure for ${v} (training and supervision)`, (v) => `SOP refresher: ${v}`],
    variants: ['call grading', 'THRIVE assessments', 'missing person reports', 'silent 999 calls', 'abandoned call call-backs', 'welfare check requests', 'road traffic collisions', 'alarm activations'],
    summary: (v) => `Trainers and supervisors find the published standard operating procedure for ${v} quickly, for coaching and refresher sessions.`,
    problem: 'Procedures sit in long documents; new call handlers and their coaches lose time finding the right paragraph.',
    steps: (v) => [
      `Ask Copilot Chat where the force procedure covers ${v} and for a summary.`,
      'Open the procedure document it links and read the section.',
      'Use the summary for coaching notes or a refresher quiz.'
    ],
    prompts: (v) => [`Summarise the steps in our published procedure for ${v} and give me the section reference.`, 'Write five scenario questions for a call handler refresher on this procedure.'],
    whenNotToUse: 'Not during a live call or incident: follow the procedure and the command and control system. Never paste call details or caller information.'
  },
  {
    key: 'newsletter',
    departments: ['Neighbourhood policing'],
    roles: ['Frontline officer', 'Supervisor or manager'],
    products: ['Copilot in Word', 'Copilot in Outlook'],
    handling: 'amber',
    task: 'drafting',
    minutes: [20, 45],
    module: 'acceptable-use',
    joint: false,
    titles: [(v) => `Neighbourhood newsletter for ${v}`, (v) => `Ward panel notes and priorities update: ${v}`],
    variants: ['Maidstone town centre', 'Canterbury', 'Medway towns', 'Thanet', 'Ashford', 'Chelmsford', 'Colchester', 'Southend', 'Harlow', 'Basildon'],
    summary: (v) => `The neighbourhood team turns its published priorities and crime prevention advice into a monthly newsletter for ${v}.`,
    problem: 'Neighbourhood officers write newsletters and panel notes at the end of long shifts.',
    steps: (v) => [
      `List this month\u2019s published priorities and public figures for ${v}, with no names, addresses or open investigations.`,
      'Ask Copilot for a friendly newsletter with crime prevention advice.',
      'Check facts and tone with your sergeant before sending.'
    ],
    prompts: (v) => [`Write a friendly 400-word neighbourhood newsletter for ${v} covering these published priorities and this crime prevention advice.`, 'Turn these ward panel notes into a short summary of the agreed priorities.'],
    whenNotToUse: 'Never include victims, suspects, addresses, vehicle details or anything from an open investigation.'
  },
  {
    key: 'shiftBriefing',
    departments: ['Response'],
    roles: ['Frontline officer', 'Supervisor or manager'],
    products: ['Copilot Chat', 'Copilot in Outlook'],
    handling: 'amber',
    task: 'summarising',
    minutes: [5, 10],
    module: 'ai-limitations',
    joint: false,
    titles: [(v) => `Summarise the non-sensitive bulletins for the ${v} briefing`, (v) => `${v} briefing: two-minute summary of force-wide notices`],
    variants: ['early turn', 'late turn', 'night shift', 'weekend', 'bank holiday', 'major event day'],
    summary: (v) => `Sergeants get a two-minute summary of force-wide notices (policy changes, kit recalls, training dates) for the ${v} briefing.`,
    problem: 'Sergeants read a dozen force-wide emails before every briefing.',
    steps: (v) => [
      `Collect the force-wide notices for the ${v}: policy updates, equipment notices, training dates.`,
      'Paste them into Copilot Chat and ask for five bullet points.',
      'Add the operational briefing from the proper systems yourself.'
    ],
    prompts: (v) => [`Summarise these force-wide notices as five bullet points for a ${v} briefing, most urgent first.`],
    whenNotToUse: 'Never with intelligence briefings, wanted or missing person details, or anything from the briefing system. Those stay in the secure systems.'
  },
  {
    key: 'investigationTemplate',
    departments: ['CID / local investigation', 'Public protection', 'Serious Crime Directorate'],
    roles: ['Investigator', 'Trainer'],
    products: ['Copilot Chat', 'Copilot in Word'],
    handling: 'red',
    task: 'drafting',
    minutes: [15, 30],
    module: 'copilot-investigators',
    joint: false,
    titles: [(v) => `Blank template or plain-English summary: ${v}`, (v) => `Legislation and template helper: ${v}`],
    variants: ['burglary investigation plan template', 'fraud investigation plan template', 'Theft Act 1968 section 1', 'disclosure duties under CPIA (published guidance)', 'PACE Code C detention timings', 'stalking and harassment offences', 'Modern Slavery Act offences', 'Online Safety Act offences'],
    summary: (v) => `A blank structure or plain-English explanation for ${v}, from legislation and published guidance only.`,
    problem: 'Investigators rebuild plan structures and look up the same points to prove for every new case.',
    steps: (v) => [
      `Ask Copilot Chat for a blank structure or the points to prove for ${v}, citing the legislation or guidance.`,
      'Check every point against legislation.gov.uk or the College of Policing APP.',
      'Fill the template in yourself, in the case management system.'
    ],
    prompts: (v) => [`Give me a blank structure for ${v}, with headings only and no example facts.`, `Explain the points to prove for ${v} in plain English and cite the section.`],
    whenNotToUse: 'NEVER with case material: statements, interviews, exhibits, suspect, victim or witness details, intelligence or disclosure schedules. Copilot output must not become evidence.'
  },
  {
    key: 'analysis',
    departments: ['Intelligence and analysis'],
    roles: ['Analyst'],
    products: ['Copilot in Excel', 'Copilot Chat'],
    handling: 'red',
    task: 'spreadsheetAnalysis',
    minutes: [30, 60],
    module: 'ai-limitations',
    joint: false,
    titles: [(v) => `Structure an assessment from published statistics: ${v}`, (v) => `Explain the formulas and trends: ${v}`],
    variants: ['burglary trends from police.uk', 'Crime Survey for England and Wales headlines', 'road casualty statistics', 'demand profile from published call volumes', 'XLOOKUP in a performance workbook', 'seasonal patterns in published ASB data', 'most similar group comparisons', 'PEEL grades across forces'],
    summary: (v) => `Analysts use Copilot to structure an assessment and explain formulas for ${v}, using published, non-personal data only.`,
    problem: 'Analysts spend time on structure and spreadsheet mechanics rather than judgement.',
    steps: (v) => [
      `Download the published data for ${v}; remove anything that is not public.`,
      'Ask Copilot in Excel to explain the formulas or describe the trend.',
      'Ask Copilot Chat for an assessment structure.',
      'Recalculate key figures yourself: DBT found Copilot slower and less accurate at spreadsheet analysis.',
      CHECK
    ],
    prompts: (v) => [`Explain what this formula does, step by step, for ${v}.`, `Suggest the headings of an assessment on ${v} using only published statistics.`],
    whenNotToUse: 'NEVER with intelligence, crime records, RMS or command and control extracts, or anything naming people or places of interest. Never let Copilot\u2019s figures go unchecked into a product.'
  },
  {
    key: 'estates',
    departments: ['Support Services'],
    roles: ['Corporate or support staff'],
    products: ['Copilot in Word', 'Copilot Chat'],
    handling: 'green',
    task: 'summarising',
    minutes: [30, 60],
    module: 'copilot-basics',
    joint: true,
    titles: [(v) => `Summarise the ${v}`, (v) => `Key points and actions from the ${v}`],
    variants: ['building condition survey', 'fleet utilisation report', 'energy audit', 'cleaning services tender specification', 'vehicle maintenance contract review', 'custody refurbishment tender questions'],
    summary: (v) => `Copilot turns the ${v} into a one-page summary with actions, costs and dates for the estates and fleet board.`,
    problem: 'Board members do not have time to read 80-page consultant reports.',
    steps: (v) => [
      `Open the ${v} in Word.`,
      'Ask Copilot for a one-page summary with actions, costs and dates.',
      'Check costs and dates against the report.'
    ],
    prompts: (v) => [`Summarise the ${v} in one page: key findings, recommended actions, costs and deadlines.`, 'List the questions a board member should ask about this report.'],
    whenNotToUse: 'Not with security assessments of police buildings, floor plans of secure areas or bidders\u2019 commercially sensitive information.'
  },
  {
    key: 'email',
    departments: [],
    roles: ['Any role'],
    products: ['Copilot in Outlook'],
    handling: 'green',
    task: 'email',
    minutes: [10, 20],
    module: 'copilot-basics',
    joint: false,
    titles: [(v) => `Email: ${v}`, (v) => `Copilot in Outlook to ${v}`],
    variants: ['catch up after rest days', 'draft a polite chaser', 'turn a long thread into actions', 'check the tone before writing to a partner agency', 'write an out-of-office that points to the right team'],
    summary: (v) => `Copilot in Outlook helps you ${v}, for routine business email.`,
    problem: 'Email after rest days or leave takes the first hour of the shift.',
    steps: (v) => [`Open the thread or a new message in Outlook.`, `Use Copilot to ${v}.`, 'Read the draft in full and edit it before sending.'],
    prompts: (v) => [`Help me ${v}. Keep it short and polite.`, 'Summarise this thread: what is being asked of me, by whom and by when?'],
    whenNotToUse: 'Not for emails about named members of the public, victims, suspects, complaints, misconduct or anything OFFICIAL-SENSITIVE.'
  },
  {
    key: 'recap',
    departments: [],
    roles: ['Any role'],
    products: ['Copilot in Teams'],
    handling: 'green',
    task: 'meetingNotes',
    minutes: [15, 30],
    module: 'copilot-basics',
    joint: false,
    titles: [(v) => `Teams recap of a ${v}`, (v) => `Actions from a ${v} without taking notes`],
    variants: ['team meeting', 'project stand-up', 'partnership meeting (non-operational)', 'training session Q&A'],
    summary: (v) => `Copilot in Teams captures the decisions and actions of a ${v} so you can take part instead of taking notes.`,
    problem: 'The note-taker cannot contribute, and notes differ from what was agreed.',
    steps: (v) => [`Start transcription and tell everyone at the ${v}.`, 'Ask Copilot for decisions and actions at the end.', 'Share them in the meeting chat for everyone to correct.'],
    prompts: (v) => [`What was decided in this ${v}, and who agreed to do what by when?`],
    whenNotToUse: 'Not for supervision one-to-ones, welfare conversations or anything about named individuals or operations.'
  },
  {
    key: 'criminalJustice',
    departments: ['Criminal justice and custody'],
    roles: ['Corporate or support staff', 'Supervisor or manager'],
    products: ['Copilot in Excel', 'Copilot Chat'],
    handling: 'red',
    task: 'searching',
    minutes: [10, 20],
    module: 'copilot-investigators',
    joint: false,
    titles: [(v) => `Admin help (no case data): ${v}`, (v) => `${v}: non-case admin with Copilot`],
    variants: ['court listing spreadsheet formulas', 'custody staff rota planning', 'explaining the Victims\u2019 Code to new staff', 'witness care letter wording (blank template)'],
    summary: (v) => `Copilot helps with ${v}, away from any case file or criminal-justice document.`,
    problem: 'Criminal justice teams carry heavy admin alongside case work.',
    steps: (v) => [`Use only blank templates, published codes or non-personal rota data for ${v}.`, 'Ask Copilot for the structure, wording or formula you need.', CHECK],
    prompts: (v) => [`Help me with ${v}: explain it step by step, with no example case details.`],
    whenNotToUse: 'NEVER to prepare court statements, case files or other criminal-justice documents: paused nationally since June 2026 until safeguards are proven. Never with case, victim or witness data.'
  },
  {
    key: 'standards',
    departments: ['Professional standards and vetting'],
    roles: ['Corporate or support staff', 'Trainer'],
    products: ['Copilot Chat', 'Copilot in Word'],
    handling: 'red',
    task: 'summarising',
    minutes: [15, 30],
    module: 'responsible-ai',
    joint: false,
    titles: [(v) => `Published guidance only: ${v}`, (v) => `${v} (public material, no cases)`],
    variants: ['Standards of Professional Behaviour summary', 'Code of Ethics training note', 'vetting FAQ for applicants'],
    summary: (v) => `${v}, written from published national material for awareness and training.`,
    problem: 'Staff ask the same questions about standards and vetting; answers exist in public documents.',
    steps: (v) => [`Point Copilot Chat at the published document for the ${v}.`, 'Ask for a summary or FAQ in plain English.', 'Have the PSD lead approve it before use.'],
    prompts: (v) => [`Write the ${v} from this published document in plain English for police staff.`],
    whenNotToUse: 'NEVER with complaints, conduct, misconduct, vetting or occupational-health cases or anyone\u2019s personal information.'
  },
  {
    key: 'operationalSupport',
    departments: ['Operational support'],
    roles: ['Frontline officer', 'Supervisor or manager'],
    products: ['Copilot in Word', 'Copilot Chat'],
    handling: 'amber',
    task: 'drafting',
    minutes: [15, 30],
    module: 'acceptable-use',
    joint: false,
    titles: [(v) => `Draft the ${v}`, (v) => `${v}: a tidy first draft`],
    variants: ['roads policing operation public briefing', 'dog unit kit checklist', 'marine unit seasonal safety leaflet', 'ports team visitor guidance'],
    summary: (v) => `Copilot produces a first draft of the ${v} from existing public guidance and kit lists.`,
    problem: 'Specialist teams rewrite checklists and leaflets every season.',
    steps: (v) => [`Gather the current, non-sensitive version of the ${v}.`, 'Ask Copilot to update and tidy it.', 'Have the unit lead check it.'],
    prompts: (v) => [`Update this ${v} so it is clear and complete; flag anything that looks out of date.`],
    whenNotToUse: 'Never with tactics, deployment plans, intelligence or anything about firearms operations.'
  },
  {
    key: 'leaders',
    departments: ['Corporate services'],
    roles: ['Senior leader', 'Supervisor or manager'],
    products: ['Copilot in Word', 'Copilot Chat'],
    handling: 'amber',
    task: 'summarising',
    minutes: [30, 60],
    module: 'responsible-ai',
    joint: false,
    titles: [(v) => `For leaders: ${v}`, (v) => `${v} in half the time`],
    variants: ['summarise a published HMICFRS report', 'draft a board paper cover sheet', 'prepare speaking notes for a community meeting', 'summarise anonymised consultation responses'],
    summary: (v) => `Senior leaders use Copilot to ${v}, from published or anonymised material.`,
    problem: 'Leaders\u2019 reading and preparation time is the scarcest in the force.',
    steps: (v) => [`Open the source material to ${v}.`, 'Ask Copilot for the summary or draft.', 'Read the key sections yourself before relying on it.'],
    prompts: (v) => [`Help me ${v}: key points, what it means for us, and questions to ask.`],
    whenNotToUse: 'Not with restricted board papers, named staff matters or anything OFFICIAL-SENSITIVE.'
  },
  {
    key: 'automation',
    departments: [],
    roles: ['Corporate or support staff', 'Supervisor or manager'],
    products: ['Forms', 'Power Automate'],
    handling: 'green',
    task: 'scheduling',
    minutes: [10, 30],
    module: 'copilot-basics',
    joint: false,
    titles: [(v) => `Automate it: ${v}`, (v) => `${v} with Forms and Power Automate`],
    variants: ['training evaluation survey', 'leave request reminders', 'equipment request routing', 'event sign-ups'],
    summary: (v) => `Use Copilot in Forms and Power Automate to set up ${v} without code.`,
    problem: 'Teams chase the same requests by email every week.',
    steps: (v) => [`Describe the ${v} to Copilot in Forms or Power Automate.`, 'Review the questions or flow it builds.', 'Test with a colleague before going live; name an owner for the flow.'],
    prompts: (v) => [`Create a form for ${v} with the questions a police team would need, no personal data beyond name and team.`],
    whenNotToUse: 'Not for collecting personal or sensitive data without a DPIA. Untested citizen-built flows and agents are a programme risk.'
  },
  {
    key: 'officeApps',
    departments: [],
    roles: ['Any role'],
    products: ['Copilot in PowerPoint', 'Copilot in Excel'],
    handling: 'green',
    task: 'presentations',
    minutes: [5, 15],
    module: 'prompt-writing',
    joint: false,
    titles: [(v) => `Office tip: ${v}`, (v) => `${v} (check the result)`],
    variants: ['turn a report into a slide outline', 'format a rota spreadsheet', 'pivot a published data set'],
    summary: (v) => `Copilot helps ${v}; DBT found slides and spreadsheets often take as long to fix, so start small.`,
    problem: 'Formatting work eats time, but Copilot\u2019s slides and spreadsheets need careful checking.',
    steps: (v) => [`Open the document to ${v}.`, 'Ask Copilot for an outline or a first version.', 'Fix and check it: keep the parts that work.'],
    prompts: (v) => [`Help me ${v}, keeping it simple.`],
    whenNotToUse: 'Not worth it for short or one-off pieces; never with personal data in the spreadsheet.'
  },
  {
    key: 'planning',
    departments: [],
    roles: ['Supervisor or manager', 'Corporate or support staff'],
    products: ['Planner', 'Loop', 'Copilot in OneNote'],
    handling: 'green',
    task: 'scheduling',
    minutes: [10, 20],
    module: 'copilot-basics',
    joint: false,
    titles: [(v) => `Organise: ${v}`, (v) => `${v} with Copilot`],
    variants: ['plan a project in Planner from meeting actions', 'Loop page for handover of non-operational tasks', 'summarise a OneNote training notebook'],
    summary: (v) => `Copilot helps ${v}, so nothing agreed is lost between shifts or meetings.`,
    problem: 'Actions agreed in meetings live in someone\u2019s notebook.',
    steps: (v) => [`Open the notes you want to ${v}.`, 'Ask Copilot to organise them into tasks or a summary.', 'Assign owners and dates yourself.'],
    prompts: (v) => [`Help me ${v}: list tasks with suggested owners and dates.`],
    whenNotToUse: 'Not for operational handovers: those belong in the command and control and briefing systems.'
  }
];

export interface IFaqSeed {
  question: string;
  summary: string;
  answer: readonly string[];
  handling: HandlingLabel;
  products: readonly string[];
  departments: readonly string[];
  roles: readonly string[];
  force: 'Kent' | 'Essex' | 'Joint';
  whenNotToUse: string;
  module: string;
}

const faq = (force: IFaqSeed['force'], handling: HandlingLabel, question: string, summary: string, answer: readonly string[], extra: Partial<IFaqSeed> = {}): IFaqSeed => ({
  question,
  summary,
  answer,
  handling,
  products: ['Copilot Chat'],
  departments: [],
  roles: ['Any role'],
  force,
  whenNotToUse: '',
  module: 'acceptable-use',
  ...extra
});

export const FAQ_SEEDS: readonly IFaqSeed[] = [
  faq('Joint', 'red', 'Can I paste a witness statement into Copilot to summarise it?', 'No. Statements are evidential and hold personal data.', ['No. Witness statements are evidential material and contain personal data: they must never go into Copilot.', 'Use the case management system and your own notes. If you need help with structure, ask for a blank template instead.'], { departments: ['CID / local investigation', 'Criminal justice and custody'], roles: ['Investigator'], module: 'copilot-investigators', whenNotToUse: 'Never with any statement, interview or exhibit.' }),
  faq('Joint', 'red', 'Can Copilot help me write a court statement (MG11)?', 'No. AI must not prepare court statements or criminal-justice documents.', ['No. Since June 2026 forces have been told to stop using AI to prepare court statements and other criminal-justice documents until safeguards are proven.', 'Write statements yourself, as trained.'], { roles: ['Frontline officer', 'Investigator'], module: 'copilot-investigators', whenNotToUse: 'Never for statements, case files or any other criminal-justice document.' }),
  faq('Joint', 'amber', 'What information can I put into Copilot?', 'OFFICIAL business information without personal, case or intelligence data.', ['Most OFFICIAL business information (policies, published data, your own non-sensitive drafts) is fine.', 'Never: personal data of victims, witnesses or suspects, intelligence, evidential material, vetting or misconduct cases, credentials, system extracts, or anything OFFICIAL-SENSITIVE unless a DPIA allows it.']),
  faq('Kent', 'green', 'Does Copilot learn from what I type?', 'No. Prompts stay in our Microsoft 365 tenant and do not train the model.', ['No. Your prompts and the answers stay within the forces\u2019 Microsoft 365 tenant under our contract and are not used to train the underlying models.', 'They are still subject to retention, search and disclosure like other records.']),
  faq('Essex', 'green', 'Who can see my Copilot chats?', 'You, and authorised investigators and records staff as with email.', ['Your Copilot history is stored in your mailbox and subject to the same retention, audit and disclosure rules as your email.', 'Write prompts as if they could be read later.']),
  faq('Joint', 'green', 'Why does Copilot sometimes make things up?', 'It predicts likely text; it does not look facts up unless it is grounded in a document.', ['Copilot generates likely text. When it is not grounded in a document or site, it can state things that are untrue, confidently ("hallucination").', 'Ask it to cite its source, open the source, and check. Report a poor output from the catalogue when it gets something wrong.'], { module: 'ai-limitations' }),
  faq('Kent', 'green', 'How do I get a Copilot licence?', 'Complete the mandatory training; your manager then requests it.', ['Licences go to people who have completed the mandatory training package (shown on the training tracker).', 'Your line manager requests a licence through the service desk once your training is complete.'], { module: 'copilot-basics' }),
  faq('Essex', 'green', 'How do I get a Copilot licence in Essex?', 'Finish the training; licences are allocated by department.', ['Complete the mandatory training package first.', 'Licences are allocated by department through your business champion and the digital workplace team.'], { module: 'copilot-basics' }),
  faq('Joint', 'amber', 'Can I use Copilot on my personal phone?', 'Only through the force-managed apps, signed in with your force account.', ['Only through the force-managed Microsoft 365 apps on an enrolled device, signed in with your force account.', 'Never copy force information into personal apps or consumer AI tools.']),
  faq('Joint', 'red', 'Can I use ChatGPT or another AI tool instead?', 'No. Only the force-approved Copilot tools.', ['No. Consumer AI tools are not approved for force information.', 'Use Copilot Chat signed in with your force account, which keeps data in our tenant.'], { whenNotToUse: 'Never paste force information into a consumer AI tool, even "just to test".' }),
  faq('Kent', 'green', 'What is the difference between Copilot Chat and Microsoft 365 Copilot?', 'Chat works on the web and what you paste; M365 Copilot also works with your mail, files and meetings.', ['Copilot Chat answers from the web and what you give it, with enterprise data protection.', 'Microsoft 365 Copilot (licensed) also works inside Word, Outlook, Teams, Excel and PowerPoint with files and mail you can access.']),
  faq('Essex', 'amber', 'Copilot found a document I should not be able to see. What do I do?', 'Stop, do not share it, and report it to the service desk as an oversharing risk.', ['Copilot only shows what your permissions already allow, so the document was overshared.', 'Do not open further or share it. Report the location to the service desk so the owner can fix the permissions.'], { module: 'information-security' }),
  faq('Joint', 'amber', 'Do I have to say I used Copilot?', 'Yes, where force policy asks: record AI use on anything that becomes police information.', ['Yes: record AI use as force policy asks, especially where the output becomes police information under MoPI.', 'You remain responsible for the content.'], { module: 'responsible-ai' }),
  faq('Kent', 'green', 'How do I write a good prompt?', 'Say who it is for, what you want, the source to use and the format.', ['Give context (who you are, who it is for), the task, the source to use and the format you want.', 'Then refine: "shorter", "plainer", "as a table". The prompt writing module has examples.'], { module: 'prompt-writing' }),
  faq('Essex', 'green', 'Can Copilot take notes in a Teams meeting?', 'Yes, with transcription on and everyone told.', ['Yes. Turn on transcription, tell attendees, and use the recap afterwards.', 'Do not transcribe discussions of named individuals, operations or misconduct.'], { products: ['Copilot in Teams'] }),
  faq('Joint', 'red', 'Can I use Copilot on an intelligence report?', 'No. Intelligence and covert material must never go into Copilot.', ['No. A hallucination in an intelligence product has already paused a force\u2019s Copilot use nationally.', 'Intelligence stays in the intelligence systems.'], { departments: ['Intelligence and analysis'], roles: ['Analyst'], module: 'ai-limitations', whenNotToUse: 'Never with intelligence, covert or source material, whatever its grading.' }),
  faq('Kent', 'amber', 'Can I use Copilot to answer a complaint?', 'Not with the complainant\u2019s details; you may use it for a blank structure.', ['Do not paste the complaint or anyone\u2019s details.', 'You can ask for a generic structure for a response letter and complete it yourself.'], { departments: ['Professional standards and vetting'] }),
  faq('Essex', 'green', 'Is there a limit on how long a document Copilot can read?', 'Very long documents may be summarised partly; ask about sections.', ['Copilot can miss content in very long documents.', 'Ask about one section at a time and check that nothing important is missing.'], { module: 'ai-limitations' }),
  faq('Joint', 'green', 'Does Copilot work in Welsh or other languages?', 'Yes, for many languages, but check translations with a speaker.', ['Copilot works in many languages.', 'Machine translations can be wrong: do not rely on them for anything said to the public without checking.']),
  faq('Kent', 'amber', 'Can I summarise a partner agency\u2019s report?', 'Only if it is not restricted and holds no personal data, and the sharing agreement allows it.', ['Only when the report is not restricted, holds no personal data and the data-sharing agreement allows our use.', 'Ask the information management team when unsure.'], { module: 'data-protection' }),
  faq('Essex', 'green', 'Why is Copilot slow or not responding?', 'It can be busy at peak times; try again or shorten the request.', ['Copilot can be slower at peak times. Try again, or ask a shorter question.', 'If it fails repeatedly, tell the service desk.']),
  faq('Joint', 'green', 'Who are the business champions and what do they do?', 'Colleagues who help others use Copilot well and curate this catalogue.', ['Business champions are colleagues in every department who answer questions, share good use cases and approve catalogue entries.', 'Find yours in the champions directory, or ask a champion from this page.']),
  faq('Kent', 'green', 'How do I add my own use case to the catalogue?', 'Submit it from the catalogue; a champion reviews it before it is published.', ['Use "Submit a use case". Describe the problem, the steps, example prompts, the data it is safe with and when not to use it.', 'A champion reviews it; until then only you and champions can see it.']),
  faq('Essex', 'green', 'What does the data-handling label on an entry mean?', 'Green, amber and red say how careful to be with the information you use.', ['Green: published or non-personal OFFICIAL information. Amber: internal information with care, no personal or case detail, check the output. Red: the subject is close to material that must never go into Copilot: templates and public sources only.', 'The acceptable use policy has the full rules.']),
  faq('Joint', 'amber', 'Can I use Copilot for my PDR or a colleague\u2019s?', 'For your own wording, yes; never for someone else\u2019s personal matters.', ['You may ask Copilot to help phrase your own objectives.', 'Never paste a colleague\u2019s performance, health or personal information.'], { module: 'data-protection' }),
  faq('Kent', 'green', 'Can Copilot create images?', 'Not for operational use; DBT found no time saving in images.', ['Image creation is not part of the rollout and found no savings in government trials.', 'Never create images of real people or places connected with police work.']),
  faq('Essex', 'amber', 'Can I put a spreadsheet of call volumes into Copilot?', 'Aggregated, non-personal figures: yes. Extracts with details of calls: no.', ['Aggregated counts by hour or day are fine.', 'Never an extract with incident details, caller numbers or locations.'], { departments: ['Contact management'], roles: ['Call handler or dispatcher', 'Supervisor or manager'] }),
  faq('Joint', 'green', 'How much time does Copilot really save?', 'The evaluation survey measures it; the cross-government trial reported 26 minutes a day.', ['The UK cross-government trial reported 26 minutes a day saved (self-reported). Our own evaluation survey measures time saved net of checking.', 'Catalogue entries show measured minutes where the survey has them, and estimates otherwise.']),
  faq('Kent', 'amber', 'Can I use Copilot to write a risk assessment?', 'For generic event or health-and-safety structure, yes; not for operational risk.', ['For a generic health and safety or event risk assessment structure, yes, then complete it yourself.', 'Not for operational, firearms or public-order risk assessments.']),
  faq('Essex', 'green', 'Does Copilot remember my earlier chats?', 'Within a conversation, yes; start a new chat for a new topic.', ['It uses the current conversation. Start a new chat for a new topic so earlier content does not leak into the answer.']),
  faq('Joint', 'red', 'Can I upload bodycam footage or photos to Copilot?', 'No. Digital evidence never goes into Copilot.', ['No. Body-worn video, photos and any digital evidence must stay in the evidence systems.'], { roles: ['Frontline officer', 'Investigator'], module: 'copilot-investigators', whenNotToUse: 'Never with footage, images, transcripts or any other digital evidence.' }),
  faq('Kent', 'green', 'Copilot gave me a wrong answer. What should I do?', 'Correct it, and report the poor output from the entry you used.', ['Do not use the output. Correct it yourself.', 'Use "Report a poor output" on the catalogue entry (no personal or operational data in the report) so the programme can track the risk.'], { module: 'ai-limitations' }),
  faq('Essex', 'amber', 'Can I summarise a Teams chat with a member of the public?', 'No. Conversations with the public hold personal data.', ['No. Keep such conversations out of Copilot.']),
  faq('Joint', 'green', 'What training do I need before using Copilot?', 'The mandatory package: seven short modules.', ['How to use Copilot, acceptable use, data protection, information security, responsible AI, limitations of AI outputs and prompt writing.', 'Your progress is on the training tracker.'], { module: 'copilot-basics' }),
  faq('Kent', 'green', 'Can Copilot book meetings for me?', 'It can suggest times, but scheduling showed little saving in trials.', ['Copilot can suggest times and draft invitations.', 'Government trials found little time saved in scheduling, so use it where it helps.'], { products: ['Copilot in Outlook'] }),
  faq('Essex', 'green', 'Is Copilot available in the control room systems?', 'No. It works in Microsoft 365 only, not in command and control.', ['No. Copilot works in Microsoft 365 apps only. Command and control and other operational systems are separate.'], { departments: ['Contact management'] }),
  faq('Joint', 'amber', 'Can I use Copilot to draft a DPIA?', 'For structure and wording, yes; the assessment is yours and the DPO\u2019s.', ['Copilot can help with the template\u2019s structure and plain wording.', 'The risk judgements and sign-off stay with you and the data protection officer.'], { departments: ['Corporate services'], module: 'data-protection' }),
  faq('Kent', 'green', 'Where do I find approved prompts for my role?', 'In this catalogue: filter by your department and role.', ['Use the department and role filters here, and copy a prompt with one click.']),
  faq('Essex', 'green', 'Does Copilot work offline?', 'No. It needs a connection to Microsoft 365.', ['No, it needs a network connection.']),
  faq('Joint', 'amber', 'Can I use Copilot for recruitment shortlisting?', 'No. Decisions about people must be made by people.', ['No. Shortlisting and any decision about a person must be made by people, following the NPCC Covenant for Using AI in Policing.', 'You may use it to draft a job advert from an approved role profile.'], { departments: ['Support Services'], module: 'responsible-ai' }),
  faq('Kent', 'amber', 'Can I use Copilot to prepare a neighbourhood survey?', 'Yes, for questions; never with residents\u2019 data.', ['Yes, Copilot in Forms can suggest questions.', 'Never paste residents\u2019 names, addresses or responses that identify people.'], { departments: ['Neighbourhood policing'], products: ['Forms'] }),
  faq('Essex', 'green', 'What is "grounding" and why does it matter?', 'Pointing Copilot at a trusted document so answers come from it.', ['Grounding means telling Copilot which document or site to use. Answers grounded in a trusted source are far more reliable.', 'Always check the cited passage.'], { module: 'prompt-writing' }),
  faq('Joint', 'green', 'How do I ask a champion a question?', 'Use "Ask a champion" on this page; only you, the champions and the site owners see it.', ['Use "Ask a champion". Only you, the champions and the site owners can see your question; good answers may become FAQs here (without your name).'])
];
