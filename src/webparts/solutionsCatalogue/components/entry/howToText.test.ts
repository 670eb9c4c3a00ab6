/** @jest-environment jsdom */
import { sanitiseHowTo } from '../../../../domain/catalogue/sanitise';
import { contentFromDraft, draftFromContent, emptyDraft, minutesOf, sensitiveFields } from './entryDraft';
import { howToFromText, howToToText } from './howToText';
import { content } from '../../../../domain/catalogue/testing';
import { contentProblems } from '../../../../domain/catalogue/entry';

describe('the how-to editor text', () => {
  it('makes paragraphs, numbered and bulleted lists and links, escaping everything else', () => {
    expect(howToFromText('Open Copilot Chat.\n\n1. Paste the bulletin.\n2. Ask for <five> bullets & check them.\n\n- Never names\n- See https://intranet.example/aup.')).toBe(
      '<p>Open Copilot Chat.</p><ol><li>Paste the bulletin.</li><li>Ask for &lt;five&gt; bullets &amp; check them.</li></ol><ul><li>Never names</li><li>See <a href="https://intranet.example/aup">https://intranet.example/aup</a>.</li></ul>'
    );
  });

  it('keeps an introduction line and its list in one block apart, a list that starts later, and continuation lines', () => {
    expect(howToFromText('Steps:\n3) Third\n   still the third\n4) Fourth\nThanks')).toBe('<p>Steps:</p><ol start="3"><li>Third<br>still the third</li><li>Fourth</li></ol><p>Thanks</p>');
    expect(howToFromText('   \n\n  ')).toBe('');
  });

  it('never lets markup through: what is typed is text', () => {
    const html = howToFromText('<img src=x onerror=alert(1)> javascript:alert(1) <script>alert(2)</script>');
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1) &lt;script&gt;alert(2)&lt;/script&gt;</p>');
    expect(sanitiseHowTo(html)).toBe(html);
  });

  it('reads stored HTML back as the same text, so editing other fields round-trips', () => {
    const text = 'Open Copilot Chat.\n\n1. Paste the bulletin.\n2. Ask for five bullets.\n\n- Never names';
    expect(howToToText(howToFromText(text))).toBe(text);
    expect(howToToText('<ol><li>One</li><li>Two <strong>bold</strong></li></ol><p>See <a href="https://x.example/a">the policy</a></p>')).toBe('1. One\n2. Two bold\n\nSee the policy (https://x.example/a)');
  });

  it('reads hostile stored HTML only after sanitising it', () => {
    expect(howToToText('<p>Hi<script>alert(1)</script></p><img src=x onerror=alert(1)><table><tr><td>a</td><td>b</td></tr></table>')).toBe('Hi\n\na | b');
  });
});

describe('the form draft', () => {
  it('keeps the stored how-to HTML when its text was not edited, and rebuilds it when it was', () => {
    const stored = content({ howToHtml: '<p><strong>Bold</strong> step</p>' });
    const text = howToToText(stored.howToHtml);
    const draft = draftFromContent(stored, text);
    const origin = { howToHtml: stored.howToHtml, howToText: text };
    expect(contentFromDraft(draft, origin).howToHtml).toBe('<p><strong>Bold</strong> step</p>');
    expect(contentFromDraft({ ...draft, howToText: 'New step' }, origin).howToHtml).toBe('<p>New step</p>');
    expect(contentFromDraft({ ...draft, title: ' Changed ' }, origin)).toEqual({ ...stored, title: 'Changed' });
  });

  it('starts a new entry from the person: their force, department and sign-in name, and no label chosen', () => {
    const draft = emptyDraft({ upn: 'Tomasz.Nowak@Kent.Police.UK', force: 'Kent', department: 'Intelligence and analysis' });
    expect(draft).toMatchObject({ force: 'Kent', departments: ['Intelligence and analysis'], ownerUpn: 'tomasz.nowak@kent.police.uk', handling: '', prompts: [''] });
    const problems = contentProblems(contentFromDraft(draft, undefined)).map((p) => `${p.field}:${p.code}`);
    expect(problems).toEqual(['title:required', 'summary:required', 'howToHtml:required', 'whenNotToUse:required', 'handling:notAnOption']);
  });

  it('reads minutes as typed: empty is none, anything but a plain number is refused by the content rules', () => {
    expect(minutesOf('')).toBeNull();
    expect(minutesOf(' 15 ')).toBe(15);
    expect(minutesOf('15 mins')).toBeNaN();
    const draft = { ...draftFromContent(content(), ''), minutesText: 'ten', howToText: 'Step' };
    expect(contentProblems(contentFromDraft(draft, undefined)).map((p) => p.field)).toEqual(['estimatedMinutesPerUse']);
    expect(contentProblems(contentFromDraft({ ...draft, minutesText: '7.5' }, undefined)).map((p) => p.field)).toEqual(['estimatedMinutesPerUse']);
  });

  it('drops empty prompts and names the fields that look like personal or operational data', () => {
    const draft = { ...draftFromContent(content(), 'Ring 07700 900123'), prompts: ['', 'Summarise crime ref 42/123456/26', '  '] };
    expect(contentFromDraft(draft, undefined).prompts).toEqual(['Summarise crime ref 42/123456/26']);
    expect(sensitiveFields(draft)).toEqual([
      { field: 'howToHtml', kinds: ['phone'] },
      { field: 'prompts', kinds: ['referenceNumber'] }
    ]);
  });
});
