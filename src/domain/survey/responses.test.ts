import { countedResponses, isWaveOpen, ownResponse, submittedOn } from './responses';
import { copilotTemplate } from './template';
import { copilotAnswers, response, wave } from './testing';

const template = copilotTemplate();
const W = wave(); // month1: opens 2026-11-02, closes 2026-11-20

describe('which responses a wave counts', () => {
  it('counts one submitted response per person', () => {
    const counted = countedResponses([response(), response({ respondentUpn: 'kent.pc@policing.example' })], W, template);
    expect(counted.map((r) => r.respondentUpn)).toEqual(['essex.callhandler@policing.example', 'kent.pc@policing.example']);
  });

  it('never counts drafts, even the latest', () => {
    const counted = countedResponses([response({ status: 'draft', submittedAt: undefined }), response({ status: 'draft', submittedAt: '2026-11-12T10:00:00Z' })], W, template);
    expect(counted).toEqual([]);
  });

  it('counts a person\u2019s latest submission when SharePoint holds two, whatever the list order', () => {
    const first = response({ submittedAt: '2026-11-10T09:00:00Z', answers: copilotAnswers({ impactFaster: 2 }) });
    const second = response({ respondentUpn: 'ESSEX.CallHandler@policing.example ', submittedAt: '2026-11-11T09:00:00Z', answers: copilotAnswers({ impactFaster: 5 }) });
    for (const list of [[first, second], [second, first]]) {
      const counted = countedResponses(list, W, template);
      expect(counted).toHaveLength(1);
      expect(counted[0].answers.impactFaster).toBe(5);
    }
  });

  it('ignores a resubmission after the close day and keeps the one before it', () => {
    const before = response({ submittedAt: '2026-11-20T22:59:00Z', answers: copilotAnswers({ impactFaster: 2 }) });
    const after = response({ submittedAt: '2026-11-21T00:00:00Z', answers: copilotAnswers({ impactFaster: 5 }) });
    const counted = countedResponses([before, after], W, template);
    expect(counted.map((r) => r.answers.impactFaster)).toEqual([2]);
  });

  it('judges the close day in UK time (23:30 GMT on the close day counts; in summer 23:30 UTC is already the next day)', () => {
    expect(countedResponses([response({ submittedAt: '2026-11-20T23:30:00Z' })], W, template)).toHaveLength(1);
    const summer = wave({ id: 'baseline', kind: 'baseline', opensOn: '2026-06-01', closesOn: '2026-06-30' });
    expect(countedResponses([response({ waveId: 'baseline', submittedAt: '2026-06-30T22:59:00Z' })], summer, template)).toHaveLength(1);
    expect(countedResponses([response({ waveId: 'baseline', submittedAt: '2026-06-30T23:30:00Z' })], summer, template)).toHaveLength(0);
  });

  it('counts only the wave asked for', () => {
    expect(countedResponses([response({ waveId: 'month3' })], W, template)).toEqual([]);
  });

  it('ignores a submitted response with no or an unreadable stamp', () => {
    expect(countedResponses([response({ submittedAt: undefined }), response({ respondentUpn: 'b@x', submittedAt: 'yesterday' })], W, template)).toEqual([]);
  });

  it('drops answers to questions hidden by branching, so they are never counted', () => {
    const stale = response({ answers: { frequency: 'never', impactFaster: 5, 'minutesSaved.drafting': 60 } });
    expect(countedResponses([stale], W, template)[0].answers).toEqual({ frequency: 'never' });
  });
});

describe('a respondent\u2019s own response', () => {
  const draft = response({ status: 'draft', submittedAt: undefined, answers: { frequency: 'weekly' } });
  const later = response({ submittedAt: '2026-11-12T09:00:00Z', answers: { frequency: 'daily' } });
  const earlier = response({ submittedAt: '2026-11-11T09:00:00Z', answers: { frequency: 'weekly' } });

  it('is their latest submission, else their latest draft, and nobody else\u2019s', () => {
    expect(ownResponse([later, draft, earlier], 'essex.callhandler@policing.example', 'month1')).toBe(later);
    expect(ownResponse([draft], 'Essex.CallHandler@policing.example', 'month1')).toBe(draft);
    expect(ownResponse([draft, later], 'kent.pc@policing.example', 'month1')).toBeUndefined();
    expect(ownResponse([later], 'essex.callhandler@policing.example', 'month3')).toBeUndefined();
  });
});

describe('wave dates', () => {
  it.each([
    ['2026-11-01', false],
    ['2026-11-02', true],
    ['2026-11-20', true],
    ['2026-11-21', false]
  ])('on %s the wave is open: %s', (day, open) => {
    expect(isWaveOpen(W, day)).toBe(open);
  });

  it('reads the submission day in UK time', () => {
    expect(submittedOn(response({ submittedAt: '2026-07-01T23:30:00Z' }))).toBe('2026-07-02');
    expect(submittedOn(response({ status: 'draft' }))).toBeUndefined();
  });
});
