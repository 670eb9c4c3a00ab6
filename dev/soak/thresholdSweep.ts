import { startSuiteEmulator } from '../../src/data/testing/suiteEmulator';
import { emulatorList, emulatorSite, type RunningEmulatorLike } from '../../src/data/testing/emulator';
import { createItem } from '../../src/data/writes';
import type { DataSite } from '../../src/data/sp';
import { TrainingRepository } from '../../src/data/TrainingRepository';
import { TrainingModuleRepository } from '../../src/data/TrainingModuleRepository';
import { PeopleRepository } from '../../src/data/PeopleRepository';
import { CatalogueRepository } from '../../src/data/CatalogueRepository';
import { RiskRepository } from '../../src/data/RiskRepository';
import { BoardRepository } from '../../src/data/BoardRepository';
import { SurveyRepository, surveyRights } from '../../src/data/SurveyRepository';
import { loadDashboard, trainingRights } from '../../src/data/trainingDashboard';
import { completionsOfMany, loadTeam } from '../../src/data/teamTraining';
import { loadPeopleTraining } from '../../src/data/trainingPeople';
import { readChampionsDirectory } from '../../src/data/championsDirectory';
import { catalogueTrainingModules, catalogueViewer, latestPublishedResults } from '../../src/data/catalogueViewer';
import { exportSubjectData } from '../../src/data/subjectAccess';
import { ALL_LISTS, PeopleList, SurveysList, TrainingModulesList, type ListDefinition } from '../../src/lists';
import type { FieldDef } from '../../src/lists/fields';
import type { RunningEmulator } from '../emulator/server';
import { risk as riskFixture } from '../../src/domain/risks/testing';
import { meetingContent } from '../../src/domain/board/testing';
import { copilotTemplate } from '../../src/domain/survey/template';
import type { IWave } from '../../src/domain/survey/types';

/**
 * Every read the suite's data layer makes, against lists far past SharePoint's list view threshold (5,000),
 * with the threshold enforced as SharePoint does: the lists that grow with the workforce (people, training
 * records, survey responses, votes) hold `workforceItems` items, every other list `otherItems`. Filler items
 * are old and settled (created 2019, the last choice of every choice column: closed, triaged, answered) and
 * never match a person or key asked for, so every query must find its few items among many. Reports each read
 * that failed and every answer the emulator refused with the threshold (a read that recovered from one,
 * e.g. by falling back to Id windows, still counts: the target is none at all).
 */
export interface IThresholdSweepOptions {
  workforceItems: number;
  otherItems: number;
}

export interface IThresholdSweepResult {
  /** Lists filled, and the largest list's item count. */
  lists: number;
  largest: number;
  /** Reads made (each a repository or loader call) and the GET requests they sent. */
  reads: number;
  requests: number;
  /** "call: error" for each read that failed. */
  failures: string[];
  /** Requests the emulator answered with the threshold refusal (or any other 500). */
  thresholdErrors: string[];
  seconds: number;
}

const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T10:00:00Z`);
const OWNER = 'sweep.owner@policing.example';
const LEAD = 'sweep.lead@policing.example';
const PC = 'sweep.pc@policing.example';
const WORKFORCE_LISTS = new Set(['people', 'trainingCompletions', 'surveyResponses', 'catalogueVotes']);
const WAVE: IWave = { id: 'month1', questionnaireId: 'copilot-evaluation', kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-30' };

/** A value of the column's type that no query of the suite asks for. */
function fillerValue(field: FieldDef, i: number): unknown {
  switch (field.kind) {
    case 'Text':
      return `filler-${i}`;
    case 'Note':
      return '';
    case 'Choice': {
      // Old items in a settled state (the last choice: closed, triaged, answered…).
      const choices = (field as unknown as { choices: readonly string[] }).choices;
      return choices[choices.length - 1];
    }
    case 'Number':
    case 'Currency':
      return 900000 + i;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2019-01-01T12:00:00Z';
    default:
      return undefined;
  }
}

function fill(emu: RunningEmulatorLike, def: ListDefinition, count: number): void {
  const fields = Object.keys(def.fields).map((k) => def.fields[k]);
  const rows = Array.from({ length: count }, (_x, i) => {
    const values: Record<string, unknown> = { Title: `Filler ${i}` };
    for (const f of fields) {
      if (!f.required && f.kind !== 'Text') continue;
      const v = fillerValue(f, i);
      if (v !== undefined && f.internalName !== 'Title') values[f.internalName] = v;
    }
    return { values, authorId: 1, created: '2019-01-01T12:00:00Z' };
  });
  for (let from = 0; from < rows.length; from += 20000) emulatorList(emu, def).bulkInsert(rows.slice(from, from + 20000));
}

export async function runThresholdSweep(options: IThresholdSweepOptions): Promise<IThresholdSweepResult> {
  const started = Date.now();
  const emu = (await startSuiteEmulator({ upn: OWNER, title: 'Sweep owner' }, [
    { upn: LEAD, title: 'Sweep lead', groups: ['workforce', 'trainingLeads', 'evaluationLeads', 'champions', 'programme', 'managers'] },
    { upn: PC, title: 'Sweep constable', groups: ['workforce'] }
  ])) as unknown as RunningEmulator & RunningEmulatorLike;
  try {
    const site = (upn: string): DataSite => emulatorSite(emu, upn);
    let largest = 0;
    for (const def of ALL_LISTS) {
      const count = WORKFORCE_LISTS.has(def.key) ? options.workforceItems : options.otherItems;
      fill(emu, def, count);
      largest = Math.max(largest, emulatorList(emu, def).itemCount);
    }

    // Current content after the old filler (as in a real list): what the reads should find.
    await createItem(site(OWNER), PeopleList, { displayName: 'Sweep constable', upn: PC, force: 'Essex', department: 'Response', managerUpn: LEAD });
    await createItem(site(OWNER), PeopleList, { displayName: 'Sweep lead', upn: LEAD, force: 'Essex', department: 'Response' });
    await createItem(site(OWNER), TrainingModulesList, { title: 'Sweep module', key: 'sweep', description: 'A module.', mandatory: true, active: true, dueWithinDays: 30, assignedOn: '2026-10-01' });
    await createItem(site(OWNER), SurveysList, { title: 'Sweep evaluation', key: 'sweep-evaluation', questionnaire: JSON.stringify(copilotTemplate()), waves: JSON.stringify([WAVE]), minGroupSize: 10 });
    const risk = (await new RiskRepository(site(LEAD), { now: () => NOW }).createRisk(riskFixture({ reference: 'K-CG-90', title: 'Sweep risk' }))).risk;
    await new BoardRepository(site(LEAD), { now: () => NOW }).createMeeting(meetingContent({ meetingDate: '2026-11-19' }));

    const firstSeq = emu.log.nextSeq();
    const failures: string[] = [];
    let reads = 0;
    const read = async <T>(name: string, call: () => Promise<T>): Promise<T | undefined> => {
      reads++;
      try {
        return await call();
      } catch (e) {
        failures.push(`${name}: ${e instanceof Error ? `${e.name} ${e.message}` : String(e)}`);
        return undefined;
      }
    };

    for (const upn of [OWNER, LEAD, PC]) {
      const s = site(upn);
      const training = new TrainingRepository(s);
      const modules = (await read('training.modules', () => training.modules())) ?? [];
      await read('training.completionsOf', () => training.completionsOf(PC));
      const newest = (await read('training.newestRecordId', () => training.newestRecordId())) ?? 0;
      await read('training.deltasBetween', () => training.deltasBetween(Math.max(0, newest - 50), newest, 'Essex'));
      await read('training.latestSummaries', () => training.latestSummaries('Essex'));
      await read('trainingRights', () => trainingRights(s));
      await read('loadDashboard', () => loadDashboard(s, { force: 'Essex' }));
      await read('completionsOfMany', () => completionsOfMany(s, [PC, LEAD]));
      await read('loadTeam', () => loadTeam(s, LEAD, TODAY));
      await read('loadPeopleTraining', () => loadPeopleTraining(s, modules, { force: 'Essex', department: 'Response' }, TODAY));
      const moduleRecords = (await read('modules.list', () => new TrainingModuleRepository(s).list())) ?? [];
      if (moduleRecords.length > 0) await read('modules.get', () => new TrainingModuleRepository(s).get(moduleRecords[0].id));
      const people = new PeopleRepository(s);
      await read('people.findByUpn', () => people.findByUpn(PC));
      await read('people.reportsOf', () => people.reportsOf(LEAD));
      await read('people.readAll', () => people.readAll());

      const survey = new SurveyRepository(s, { now: () => NOW });
      await read('survey.surveys', () => survey.surveys());
      await read('survey.ownResponse', () => survey.ownResponse('sweep-evaluation', WAVE.id, PC));
      await read('survey.ownResponses', () => survey.ownResponses(PC));
      await read('survey.responsesForWave', () => survey.responsesForWave('sweep-evaluation', WAVE.id));
      const span = await read('survey.responseSpan', () => survey.responseSpan());
      await read('survey.responsesForWaves', () => survey.responsesForWaves('sweep-evaluation', [WAVE.id], span));
      await read('survey.latestSnapshot', () => survey.latestSnapshot('sweep-evaluation', 'results', WAVE.id));
      await read('survey.benefitInputs', () => survey.benefitInputs('sweep-evaluation'));
      await read('surveyRights', () => surveyRights(s));

      const catalogue = new CatalogueRepository(s);
      await read('catalogue.rights', () => catalogue.rights());
      await read('catalogue.publishedEntries', () => catalogue.publishedEntries());
      await read('catalogue.pendingEntries', () => catalogue.pendingEntries());
      await read('catalogue.entriesBy', () => catalogue.entriesBy(1));
      await read('catalogue.entry', () => catalogue.entry(1));
      await read('catalogue.helpfulVotes', () => catalogue.helpfulVotes());
      await read('catalogue.poorOutputReports', () => catalogue.poorOutputReports());
      await read('catalogue.questions', () => catalogue.questions());
      await read('catalogueViewer', () => catalogueViewer(s, upn));
      await read('latestPublishedResults', () => latestPublishedResults(s));
      await read('catalogueTrainingModules', () => catalogueTrainingModules(s));
      await read('readChampionsDirectory', () => readChampionsDirectory(s, { today: TODAY }));

      const risks = new RiskRepository(s, { now: () => NOW });
      await read('risks.rights', () => risks.rights());
      await read('risks.register', () => risks.register());
      await read('risks.latest', () => risks.latest(risk.id));
      await read('risks.detail', () => risks.detail(risk.id, { history: true }));
      await read('risks.appetites', () => risks.appetites());

      const board = new BoardRepository(s, { now: () => NOW });
      await read('board.rights', () => board.rights());
      const meetings = (await read('board.meetings', () => board.meetings())) ?? [];
      await read('board.boardMembers', () => board.boardMembers());
      await read('board.indicators', () => board.indicators());
      await read('board.reportsToTriage', () => board.reportsToTriage());
      if (meetings.length > 0) {
        await read('board.latest', () => board.latest(meetings[0].id));
        await read('board.snapshot', () => board.snapshot(meetings[0]));
        await read('board.previousSnapshot', () => board.previousSnapshot(meetings[0]));
      }
      await read('exportSubjectData', () => exportSubjectData(s, PC, { today: TODAY }));
    }

    const entries = emu.log.entries().filter((e) => e.seq >= firstSeq);
    return {
      lists: ALL_LISTS.length,
      largest,
      reads,
      requests: entries.filter((e) => e.method === 'GET').length,
      failures,
      thresholdErrors: entries.filter((e) => e.status >= 500).map((e) => `${e.status} ${e.method} ${decodeURIComponent(e.path)}`),
      seconds: Math.round((Date.now() - started) / 100) / 10
    };
  } finally {
    await emu.close();
  }
}
