/**
 * @jest-environment jsdom
 */
import { safeHref, sanitiseHowTo, textToHtml } from './sanitise';

interface IHostileModule {
  HOSTILE_CORPUS: readonly string[];
}
// eslint-disable-next-line @typescript-eslint/no-var-requires, @typescript-eslint/no-require-imports -- the e2e corpus lives outside the SPFx compilation root; loaded by path as src/data/testing/emulator.ts does
const { HOSTILE_CORPUS } = require('../../../e2e/harness/hostile') as IHostileModule;

/** Classic XSS vectors (OWASP cheat sheet and mutation-XSS families) on top of the shared corpus. */
const VECTORS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)" onmouseover=alert(1)>click</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example/">x</a>',
  '<a href="\\\\evil.example\\x">x</a>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<style>@import "//evil.example/x.css"; p { color: red }</style><p>after</p>',
  '<svg onload=alert(1)><circle r=10 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name=q value=secret><button formaction=javascript:alert(1)>Go</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<textarea><script>alert(1)</script></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<div id="__proto__" name="cookie" class="x">clobber</div>',
  '<form id="test"><input name="attributes"></form>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<body onload=alert(1)>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<a href="https://example.org/" onclick=alert(1) style="color:red" target=_self>ok</a>',
  '<table><tr><td colspan="2" onmouseover=alert(1)>cell</td></tr></table>',
  '<p>unclosed <b>bold <i>italic',
  '<ul><li>one<li>two</ul>'
];

/** A fresh document to check what the sanitised HTML becomes when it is actually rendered. */
function render(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

function assertInert(html: string): void {
  const host = render(html);
  const all = Array.from(host.querySelectorAll('*'));
  const allowed = ['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'CODE', 'PRE', 'KBD', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4', 'HR', 'A', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION'];
  for (const el of all) {
    expect(allowed).toContain(el.tagName);
    for (const attr of Array.from(el.attributes)) {
      expect(['href', 'target', 'rel', 'colspan', 'rowspan', 'start']).toContain(attr.name);
      if (attr.name === 'href') expect(attr.value).toMatch(/^(https?:|mailto:|\/(?!\/)|#|[^:/?#]*([/?#]|$))/i);
    }
  }
}

describe('sanitiseHowTo', () => {
  it.each(VECTORS.map((v) => [v.length > 60 ? `${v.slice(0, 60)}…` : v, v]))('neutralises %s', (_label, input) => {
    const out = sanitiseHowTo(input);
    assertInert(out);
    expect(out.toLowerCase()).not.toMatch(/<script|<svg|<math|<iframe|<style|<img|<form|<input|<object|<embed|\son\w+=|javascript:|vbscript:|data:|style=/);
    // Stable: sanitising again changes nothing, and parsing it again gives the same HTML (no mutation XSS).
    expect(sanitiseHowTo(out)).toBe(out);
    expect(render(out).innerHTML).toBe(out);
  });

  it.each(HOSTILE_CORPUS.map((v) => [v.length > 40 ? `${v.slice(0, 20)}… (${v.length} chars)` : v, v]))('survives the shared hostile corpus: %s', (_label, input) => {
    const out = sanitiseHowTo(input);
    assertInert(out);
    expect(out).not.toMatch(/<script|onerror|onload/i);
    expect(sanitiseHowTo(out)).toBe(out);
  });

  it('keeps the text of hostile input as text, exactly', () => {
    expect(sanitiseHowTo("O'Brien & Sons #1 + 50%")).toBe('O\'Brien &amp; Sons #1 + 50%');
    expect(render(sanitiseHowTo('{{constructor.constructor("x")()}}')).textContent).toBe('{{constructor.constructor("x")()}}');
    // eslint-disable-next-line no-script-url -- RATIONALE: hostile text that must stay text
    expect(render(sanitiseHowTo('javascript:window.__pwned=1')).textContent).toBe('javascript:window.__pwned=1');
    expect(render(sanitiseHowTo('<p>a &lt;script&gt; tag</p>')).textContent).toBe('a <script> tag');
  });

  it('keeps the formatting a how-to needs', () => {
    const html =
      '<h3>Steps</h3><ol start="2"><li><strong>Open</strong> Copilot Chat</li><li>Paste the <em>non-sensitive</em> text</li></ol>' +
      '<p>See <a href="https://learning.policing.example/m365/prompt-writing">prompt writing</a> or <a href="/sites/intranet/SitePages/AUP.aspx">the policy</a>.</p>' +
      '<blockquote>Check every fact.</blockquote><pre><code>Summarise this</code></pre><table><tbody><tr><th>Task</th><td rowspan="2">10</td></tr></tbody></table>';
    expect(sanitiseHowTo(html)).toBe(
      '<h3>Steps</h3><ol start="2"><li><strong>Open</strong> Copilot Chat</li><li>Paste the <em>non-sensitive</em> text</li></ol>' +
        '<p>See <a href="https://learning.policing.example/m365/prompt-writing" target="_blank" rel="noopener noreferrer">prompt writing</a> or <a href="/sites/intranet/SitePages/AUP.aspx">the policy</a>.</p>' +
        '<blockquote>Check every fact.</blockquote><pre><code>Summarise this</code></pre><table><tbody><tr><th>Task</th><td rowspan="2">10</td></tr></tbody></table>'
    );
  });

  it('unwraps unknown containers (SharePoint wraps rich text in divs) and drops dangerous ones with their content', () => {
    expect(sanitiseHowTo('<div class="ExternalClass12AB"><div><span style="color:red">Hello</span> <font>world</font></div></div>')).toBe('Hello world');
    expect(sanitiseHowTo('<p>before</p><script>alert(1)</script><iframe>frame text</iframe><p>after</p>')).toBe('<p>before</p><p>after</p>');
    expect(sanitiseHowTo('<h1>Title</h1>')).toBe('Title');
    expect(sanitiseHowTo('<a href="javascript:alert(1)" class="x">link text</a>')).toBe('<a>link text</a>');
    expect(sanitiseHowTo('<td colspan="999" rowspan="x">c</td>')).toBe('c');
    expect(sanitiseHowTo('<table><tr><td colspan="999" rowspan="x">c</td></tr></table>')).toBe('<table><tbody><tr><td>c</td></tr></tbody></table>');
  });

  it('flattens nesting deeper than the limit to text', () => {
    const deep = `${'<blockquote>'.repeat(200)}deep${'</blockquote>'.repeat(200)}`;
    const out = sanitiseHowTo(deep);
    expect((out.match(/<blockquote>/g) ?? []).length).toBe(40);
    expect(render(out).textContent).toBe('deep');
  });

  it('returns nothing for blank input', () => {
    expect(sanitiseHowTo('')).toBe('');
    expect(sanitiseHowTo('   \n ')).toBe('');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['HTTP://example.org', 'HTTP://example.org'],
    ['mailto:champions@policing.example', 'mailto:champions@policing.example'],
    ['/sites/intranet/SitePages/Home.aspx', '/sites/intranet/SitePages/Home.aspx'],
    ['#step-2', '#step-2'],
    ['page.aspx?x=1:2', 'page.aspx?x=1:2'],
    ['  https://example.org  ', 'https://example.org'],
    // eslint-disable-next-line no-script-url -- RATIONALE: a hostile link the sanitiser must refuse
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['tel:999', null],
    ['file:///c:/x', null],
    ['java\nscript:alert(1)', null],
    ['https://exa mple.org', null],
    ['//evil.example', null],
    ['\\\\evil\\share', null],
    ['', null]
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('textToHtml', () => {
  it('escapes, makes paragraphs at blank lines and keeps line breaks', () => {
    expect(textToHtml('Yes: use <Copilot> & check.\nAlways.\n\n  Second "para"  \r\n\r\n')).toBe(
      '<p>Yes: use &lt;Copilot&gt; &amp; check.<br>Always.</p><p>Second &quot;para&quot;</p>'
    );
    expect(sanitiseHowTo(textToHtml("It's <b>fine</b>"))).toBe('<p>It\'s &lt;b&gt;fine&lt;/b&gt;</p>');
  });
});
