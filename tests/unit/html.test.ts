import { describe, expect, it } from 'vitest';
import { appearanceTableHtml } from '@/lib/view/html/appearance-table';
import { chipsHtml } from '@/lib/view/html/chips';
import { resultsTableHtml } from '@/lib/view/html/results-table';
import { escapeHtml, html } from '@/lib/html';

describe('html templates (tables rendered as strings)', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const name = `<img src=x onerror="alert('x')"> & co`;
    expect(html`<a title="${name}">${name}</a>`.value).toBe(
      '<a title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</a>',
    );
    expect(escapeHtml('"\'<>&')).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('inserts nested templates and lists as they are, and leaves out false, null and undefined', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${false}${null}${undefined}${0}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li>0</ul>');
  });

  it('renders a results table with its caption, the columns that have data, and escaped names', () => {
    const evil = '</table><script>alert(1)</script>';
    const out = resultsTableHtml({
      sessionName: 'Qualifying',
      className: 'LMP2',
      entries: [
        { pos: 1, number: '22', team: { id: 'united', written: evil }, drivers: [{ id: 'a', written: 'A' }, { id: 'b', written: 'B', category: 'Am' }], time: { ms: 95_123, digits: 3 } },
        { pos: 2, number: '07', drivers: [], gap: { kind: 'time', ms: 456, digits: 3 } },
      ],
      nameOf: (kind, id) => (kind === 'teams' ? evil : id.toUpperCase()),
    }).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toMatch(/^<table class="results"><caption><span class="cap"><span [^>]*>LMP2<\/span> <span class="session">Qualifying<\/span><\/span><\/caption>/);
    // Pos, #, team/drivers, time and gap; no overall, car, laps or status column.
    expect(out.match(/<th /g)).toHaveLength(5);
    expect(out).toContain('<td class="n pos">1</td><td class="no"><b>22</b></td>');
    expect(out).toContain('<span class="crew"><a href="/drivers/a">A</a> / <a href="/drivers/b">B</a><small> (Am)</small></span>');
    expect(out).toContain('<td class="n t">1:35.123</td>');
    expect(out).toContain('<td class="no"><b>07</b></td><td>–</td>');
    expect(out).toContain('<td class="n">+0.456</td>');
  });

  it('renders an appearance row with its date, session link, position and overall', () => {
    const out = appearanceTableHtml({
      caption: 'Latest appearances of X',
      rows: [{ articleHref: '/articles/x', date: '2017-06-14', session: 'Qualifying 1', kind: 'provisional qualifying', counted: false, className: 'LMP1', number: '7', team: { href: '/teams/t', label: 'T & Co' }, pos: 1, overall: 1, time: '3:14.791' }],
    }).value;
    expect(out).toContain('<caption class="sr-only">Latest appearances of X</caption>');
    expect(out).toContain('<a href="/articles/x"><time datetime="2017-06-14">14 June 2017</time></a>');
    expect(out).toContain('<a href="/teams/t">T &amp; Co</a>');
    expect(out).toContain('<td class="n pos">1<span class="ovr">(1 ovr)</span></td>');
    // What the session is, and that it does not count, is said in words beside it.
    expect(out).toContain('<small class="kind uncounted">provisional qualifying, not counted</small>');
  });
});

describe('entity chips as HTML', () => {
  it('links each entity, escapes its name and shows its count', () => {
    const out = chipsHtml([{ href: '/drivers/a', label: 'Ana <B>', count: 3 }, { label: 'Oreca 07' }], 'appearances').value;
    expect(out).toBe(
      '<li><a href="/drivers/a" class="chip">Ana &lt;B&gt;<span class="count" title="appearances">3</span></a></li><li><span class="chip plain">Oreca 07</span></li>',
    );
  });
});
