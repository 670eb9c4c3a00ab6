import { dayInLondon } from '../training/days';
import type { Day, IQuestionnaire, IResponse, IWave } from './types';
import { visibleAnswers } from './validation';

function personKey(upn: string): string {
  return upn.trim().toLowerCase();
}

/** The UK calendar day a response was submitted, or undefined for drafts and unreadable stamps. */
export function submittedOn(response: IResponse): Day | undefined {
  if (response.status !== 'submitted' || response.submittedAt === undefined) return undefined;
  const instant = new Date(response.submittedAt);
  return isNaN(instant.getTime()) ? undefined : dayInLondon(instant);
}

export function isWaveOpen(wave: IWave, today: Day): boolean {
  return wave.opensOn <= today && today <= wave.closesOn;
}

/**
 * The responses a wave counts: for each person (upn, ignoring case), their latest submitted response to
 * the wave submitted on or before its close day (UK time). Drafts never count. Answers to questions hidden
 * by branching (or not in the questionnaire) are dropped, so they are never counted. Ordered by upn.
 */
export function countedResponses(responses: readonly IResponse[], wave: IWave, questionnaire: IQuestionnaire): IResponse[] {
  const latest = new Map<string, { response: IResponse; at: number }>();
  for (const r of responses) {
    const day = submittedOn(r);
    if (r.waveId !== wave.id || day === undefined || day > wave.closesOn) continue;
    const at = new Date(r.submittedAt as string).getTime();
    const key = personKey(r.respondentUpn);
    const best = latest.get(key);
    if (!best || at > best.at) latest.set(key, { response: r, at });
  }
  return Array.from(latest.keys())
    .sort()
    .map((k) => {
      const r = (latest.get(k) as { response: IResponse }).response;
      return { ...r, answers: visibleAnswers(questionnaire, r.answers) };
    });
}

/**
 * The response a person should see and carry on editing in a wave: their latest submitted one, else their
 * latest draft (list order stands in for time for drafts, which carry no submission stamp).
 */
export function ownResponse(responses: readonly IResponse[], upn: string, waveId: string): IResponse | undefined {
  const mine = responses.filter((r) => r.waveId === waveId && personKey(r.respondentUpn) === personKey(upn));
  // On a tie (a copy of one create), the first in list order: the oldest item, as every lookup takes.
  let latest: { response: IResponse; at: number } | undefined;
  for (const r of mine) {
    if (submittedOn(r) === undefined) continue;
    const at = new Date(r.submittedAt as string).getTime();
    if (latest === undefined || at > latest.at) latest = { response: r, at };
  }
  if (latest !== undefined) return latest.response;
  const drafts = mine.filter((r) => r.status === 'draft');
  return drafts[drafts.length - 1];
}
