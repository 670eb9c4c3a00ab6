import { changedContent, CONTENT_FIELDS, contentProblems, parsePrompts, serialisePrompts } from './entry';
import { content } from './testing';

describe('prompts', () => {
  it('round-trips any text, separators and line breaks included', () => {
    const prompts = ['Summarise this; keep it short', 'Line one\n\nLine two', '["not", "json"]', '  '];
    expect(parsePrompts(serialisePrompts(prompts))).toEqual(prompts.slice(0, 3));
    expect(serialisePrompts([' a ', ''])).toBe('["a"]');
  });

  it('reads what someone typed in the SharePoint form as blank-line separated prompts', () => {
    expect(parsePrompts('First prompt\nsecond line\r\n\r\nSecond prompt')).toEqual(['First prompt\nsecond line', 'Second prompt']);
    expect(parsePrompts('"just one"')).toEqual(['just one']);
    expect(parsePrompts('[1, "ok", null]')).toEqual(['ok']);
    expect(parsePrompts(null)).toEqual([]);
    expect(parsePrompts('  ')).toEqual([]);
  });
});

describe('contentProblems', () => {
  it('accepts complete content', () => {
    expect(contentProblems(content())).toEqual([]);
  });

  it('needs title, summary, how-to, force and owner to submit; a draft only a title', () => {
    const empty = content({ title: ' ', summary: '', howToHtml: '<p> </p>', force: '', ownerUpn: '' });
    expect(contentProblems(empty).map((p) => `${p.field}:${p.code}`)).toEqual(['title:required', 'summary:required', 'howToHtml:required', 'force:required', 'ownerUpn:required']);
    expect(contentProblems({ ...empty, title: 'Started' }, true)).toEqual([]);
  });

  it('refuses values outside the schema', () => {
    const bad = content({
      title: 'x'.repeat(256),
      type: 'blog' as 'faq',
      handling: 'purple' as 'red',
      measuredTask: 'typing' as 'email',
      prompts: Array.from({ length: 13 }, () => 'p'),
      estimatedMinutesPerUse: 12.5
    });
    expect(contentProblems(bad).map((p) => `${p.field}:${p.code}`)).toEqual([
      'title:tooLong',
      'type:notAnOption',
      'handling:notAnOption',
      'measuredTask:notAnOption',
      'prompts:tooMany',
      'estimatedMinutesPerUse:outOfRange'
    ]);
    expect(contentProblems(content({ prompts: ['x'.repeat(4001)], estimatedMinutesPerUse: 601 })).map((p) => p.code)).toEqual(['tooLong', 'outOfRange']);
  });
});

describe('what changed between two versions of an entry', () => {
  it('names the changed content fields in the form\u2019s order, lists and numbers compared by value', () => {
    const before = content();
    expect(changedContent(before, content())).toEqual([]);
    expect(changedContent(before, content({ prompts: [...before.prompts, 'Another.'], summary: 'New.', estimatedMinutesPerUse: 12 }))).toEqual(['summary', 'prompts', 'estimatedMinutesPerUse']);
    expect(changedContent(before, content({ measuredTask: null, departments: [] }))).toEqual(['departments', 'measuredTask']);
  });

  it('knows every content field', () => {
    expect([...CONTENT_FIELDS].sort()).toEqual(Object.keys(content()).sort());
  });
});
