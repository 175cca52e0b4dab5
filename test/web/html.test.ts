import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, toHtmlString } from '../../web/html.js';

describe('html', () => {
  it('escapes every interpolation', () => {
    const evil = `<script>alert("x")</script>' onload='x' \``;
    expect(toHtmlString(html`<p title="${evil}">${evil}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x&#39; &#96;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x&#39; &#96;</p>',
    );
  });

  it('keeps nested html and raw markup, and escapes strings inside arrays', () => {
    const items = ['<a>', 'b&c'].map((t) => html`<li>${t}</li>`);
    expect(toHtmlString(html`<ul>${items}${raw('<li>ok</li>')}${['<x>']}</ul>`)).toBe('<ul><li>&lt;a&gt;</li><li>b&amp;c</li><li>ok</li>&lt;x&gt;</ul>');
  });

  it('renders null, undefined and false as nothing, numbers and true as text', () => {
    expect(toHtmlString(html`${null}${undefined}${false}${0}${true}`)).toBe('0true');
  });

  it('does not treat look-alike objects as safe', () => {
    const fake = { value: '<script>' } as unknown as string;
    expect(toHtmlString(html`${fake}`)).toBe('[object Object]');
  });

  it('escapes the characters that matter in text and attributes', () => {
    expect(escapeHtml(`&<>"'\``)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;');
  });
});
