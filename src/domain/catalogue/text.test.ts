import { highlightRanges, htmlToText, queryTerms, tokenise } from './text';

const marked = (text: string, terms: string[]): string[] => highlightRanges(text, terms).map((r) => text.slice(r.start, r.end));

describe('tokenise', () => {
  it.each([
    ['Résumé of the café’s CCTV', ['resume', 'of', 'the', 'cafes', 'cctv']],
    ["O'Brien & Sons #1 + 50%", ['obrien', 'sons', '1', '50']],
    ['Straße, Æsir, Łódź, Søren', ['strasse', 'aesir', 'lodz', 'soren']],
    ['FOI-response drafting; e-mail', ['foi', 'response', 'drafting', 'e', 'mail']],
    ['Emoji 👮‍♀️🚓 and flags 🇬🇧', ['emoji', 'and', 'flags']],
    ['zero\u200Bwidth\u200Djoiner\uFEFF', ['zero', 'width', 'joiner']],
    ['مرحبا بالعالم — Arabic', ['مرحبا', 'بالعالم', 'arabic']],
    // Decomposed input (e + combining acute) folds like the composed one.
    ['Re\u0301sume\u0301', ['resume']],
    ["'quoted' words", ['quoted', 'words']]
  ])('%s', (text, words) => {
    expect(tokenise(text)).toEqual(words);
  });

  it('meets British and American spellings of -ise/-ize in longer words only', () => {
    expect(tokenise('Summarize, organization, prioritizing, size, prize')).toEqual(['summarise', 'organisation', 'prioritising', 'size', 'prize']);
    expect(queryTerms('summariz')).toEqual(['summaris']);
  });
});

describe('queryTerms', () => {
  it('drops stop words and repeats, unless nothing else is left', () => {
    expect(queryTerms('How do I summarise a case file for the CPS?')).toEqual(['summarise', 'case', 'file', 'cps']);
    expect(queryTerms('draft DRAFT drafts')).toEqual(['draft', 'drafts']);
    expect(queryTerms('how to')).toEqual(['how', 'to']);
    expect(queryTerms('  ')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('marks the matched prefix of each word, in the original text', () => {
    expect(marked('Drafting a FOI response from the template', ['draft', 'foi'])).toEqual(['Draft', 'FOI']);
    expect(marked('Résumé writing', ['resu'])).toEqual(['Résu']);
    expect(marked('Re\u0301sume\u0301', ['resume'])).toEqual(['Re\u0301sume\u0301']);
    expect(marked('Straße closures', ['strasse'])).toEqual(['Straße']);
    expect(marked("O'Brien's report", ['obrien'])).toEqual(["O'Brien"]);
  });

  it('takes the longest term and merges touching ranges', () => {
    expect(highlightRanges('summarising', ['sum', 'summaris'])).toEqual([{ start: 0, end: 8 }]);
    expect(highlightRanges('case file', ['case', 'file'])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 }
    ]);
    expect(highlightRanges('anything', [])).toEqual([]);
    expect(highlightRanges('Summarize it', ['summaris'])).toEqual([{ start: 0, end: 8 }]);
  });
});

describe('htmlToText', () => {
  it('keeps the words, drops tags, scripts and styles, decodes entities', () => {
    expect(htmlToText('<ol><li>Open&nbsp;Copilot</li><li>Paste&#x20;the <b>bulletin</b></li></ol>')).toBe('Open Copilot Paste the bulletin');
    expect(htmlToText('<script>alert(1)</script><style>p{}</style>Safe &amp; sound &lt;b&gt;')).toBe('Safe & sound <b>');
    expect(htmlToText('a<!-- hidden -->b')).toBe('a b');
    expect(htmlToText('&#0; &#xD800; &unknown;')).toBe('&unknown;');
  });
});
