import type { IChampion } from '../../../../data/championsDirectory';
import { textToHtml } from '../../../../domain/catalogue/sanitise';
import type { IChampionQuestion } from '../../../../domain/catalogue/types';
import {
  answeredList,
  faqContent,
  faqDraftFrom,
  faqProblems,
  filterOptions,
  firstSentence,
  groupChampions,
  myQuestions,
  openQueue,
  productsNamed,
  teamsChatLink,
  withQuestion
} from './deskModel';

function question(id: number, over: Partial<IChampionQuestion> = {}): IChampionQuestion {
  return {
    id,
    etag: `"${id}"`,
    title: `Question ${id}`,
    question: `Question ${id}`,
    askerUpn: 'a@x.example',
    force: 'Kent',
    department: 'Response',
    status: 'open',
    answer: '',
    answeredBy: '',
    answeredAt: null,
    promotedEntryId: null,
    createdAt: `2026-11-${String(10 + id).padStart(2, '0')}T09:00:00.000Z`,
    ...over
  };
}

function champion(upn: string, force: string, department: string, displayName: string): IChampion {
  return { upn, displayName, email: upn, force, department, jobTitle: '', inPeopleList: force !== '' };
}

describe('the queues', () => {
  const all = [
    question(3, { createdAt: '2026-11-01T09:00:00.000Z' }),
    question(1, { force: 'Essex', department: 'Custody' }),
    question(2, { status: 'answered', answeredAt: '2026-11-20T10:00:00.000Z', answer: 'Yes' }),
    question(4, { status: 'answered', answeredAt: '2026-11-21T10:00:00.000Z', answer: 'No', askerUpn: 'b@x.example' }),
    question(5, { department: '' })
  ];

  it('lists open questions oldest first, filtered by force and department, keeping one held back', () => {
    expect(openQueue(all, { force: '', department: '' }).map((q) => q.id)).toEqual([3, 1, 5]);
    expect(openQueue(all, { force: 'Kent', department: '' }).map((q) => q.id)).toEqual([3, 5]);
    expect(openQueue(all, { force: 'Kent', department: 'Response' }).map((q) => q.id)).toEqual([3]);
    expect(openQueue(all, { force: '', department: '' }, new Set([4])).map((q) => q.id)).toEqual([3, 1, 4, 5]);
  });

  it('lists answered questions by most recent answer, leaving out those held in the queue', () => {
    expect(answeredList(all, { force: '', department: '' }).map((q) => q.id)).toEqual([4, 2]);
    expect(answeredList(all, { force: '', department: '' }, new Set([4])).map((q) => q.id)).toEqual([2]);
  });

  it('gives the person their own questions, newest first, whatever the case of their sign-in name', () => {
    expect(myQuestions(all, 'A@X.example ').map((q) => q.id)).toEqual([5, 2, 1, 3]);
    expect(myQuestions(all, 'b@x.example').map((q) => q.id)).toEqual([4]);
  });

  it('offers the forces and departments present, departments of the chosen force only', () => {
    expect(filterOptions(all, '')).toEqual({ forces: ['Essex', 'Kent'], departments: ['Custody', 'Response'] });
    expect(filterOptions(all, 'Essex')).toEqual({ forces: ['Essex', 'Kent'], departments: ['Custody'] });
  });

  it('replaces a question by id, or adds it first', () => {
    const changed = withQuestion(all, { ...all[0], status: 'answered' });
    expect(changed[0].status).toBe('answered');
    expect(changed).toHaveLength(all.length);
    expect(withQuestion(all, question(9)).map((q) => q.id)[0]).toBe(9);
  });
});

describe('the FAQ a question becomes', () => {
  it('takes the first sentence of an answer, or its first line, shortened with an ellipsis', () => {
    expect(firstSentence('No. Notebook entries are evidential.')).toBe('No.');
    expect(firstSentence('Yes: it is published\nSecond line.')).toBe('Yes: it is published');
    expect(firstSentence('Version 2.1 is fine')).toBe('Version 2.1 is fine');
    expect(firstSentence('a'.repeat(400), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('finds the products a text names', () => {
    expect(productsNamed('Open it in Word with copilot in word, then send with Teams.')).toEqual(['Copilot in Word', 'Teams']);
  });

  it('prefills the form from the question and answer, and needs a data-handling label chosen', () => {
    const q = question(7, { question: 'Can Copilot in Excel plan the custody rota?\nWe use a shared workbook.', department: 'Criminal justice and custody', force: 'Kent' });
    const draft = faqDraftFrom(q, '  Yes, with initials only. Check the result.  ', 'Essex');
    expect(draft).toEqual({
      title: 'Can Copilot in Excel plan the custody rota?',
      summary: 'Yes, with initials only.',
      answer: 'Yes, with initials only. Check the result.',
      products: ['Copilot in Excel'],
      departments: ['Criminal justice and custody'],
      force: 'Essex',
      handling: '',
      whenNotToUse: ''
    });
    expect(faqProblems(draft)).toEqual([{ field: 'handling', problem: 'required' }]);
    expect(faqDraftFrom(q, '', '').force).toBe('Kent');
    expect(faqProblems({ ...draft, title: 'x'.repeat(256), summary: ' ', handling: 'amber' })).toEqual([
      { field: 'title', problem: 'tooLong' },
      { field: 'summary', problem: 'required' }
    ]);
  });

  it('turns the form into an FAQ whose answer is paragraphs of escaped text', () => {
    const content = faqContent(
      { title: ' Can I? ', summary: 'No.', answer: 'No.\n\nUse <b>published</b> guidance.', products: ['Copilot Chat'], departments: [], force: 'Joint', handling: 'red', whenNotToUse: '' },
      'Kent.Champion@policing.example',
      textToHtml
    );
    expect(content).toMatchObject({ type: 'faq', title: 'Can I?', howToHtml: '<p>No.</p><p>Use &lt;b&gt;published&lt;/b&gt; guidance.</p>', ownerUpn: 'kent.champion@policing.example', handling: 'red', force: 'Joint' });
  });
});

describe('the directory', () => {
  it('groups champions by force (the reader\u2019s first, unknown last), then department (unknown last), then name', () => {
    const groups = groupChampions(
      [
        champion('z@x', 'Kent', 'Response', 'Zoe'),
        champion('a@x', 'Kent', 'Response', 'Adam'),
        champion('c@x', 'Kent', '', 'Cara'),
        champion('e@x', 'Essex', 'Custody', 'Eve'),
        champion('n@x', '', '', 'Nobody'),
        champion('j@x', 'Joint', 'Corporate services', 'Jo')
      ],
      'Kent'
    );
    expect(groups.map((g) => [g.force, g.count])).toEqual([
      ['Kent', 3],
      ['Essex', 1],
      ['Joint', 1],
      ['', 1]
    ]);
    expect(groups[0].departments.map((d) => [d.department, d.champions.map((c) => c.displayName)])).toEqual([
      ['Response', ['Adam', 'Zoe']],
      ['', ['Cara']]
    ]);
  });

  it('links a Teams chat by sign-in name', () => {
    expect(teamsChatLink('liam.foster@kent.police.uk')).toBe('https://teams.microsoft.com/l/chat/0/0?users=liam.foster@kent.police.uk');
    expect(teamsChatLink("o'neil+x@x.example")).toBe("https://teams.microsoft.com/l/chat/0/0?users=o'neil%2Bx@x.example");
  });
});
