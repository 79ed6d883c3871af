import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/ui/markdown';

const html = (source: string) => renderToStaticMarkup(Markdown({ source }));

describe('organizer Markdown is rendered safely', () => {
  it('drops raw HTML, script and event handlers', () => {
    const out = html('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">bold</b>');
    expect(out).not.toMatch(/<script|onerror|onclick|<img/);
    expect(out).toContain('Hello');
  });

  it('neutralizes javascript: and data: links but keeps ordinary ones', () => {
    const out = html('[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](https://example.org/x)');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('data:text/html');
    expect(out).toContain('href="https://example.org/x"');
  });

  it('keeps the formatting organizers use', () => {
    expect(html('**Signed:** four agreements\n\n- one\n- two')).toMatch(/<strong>Signed:<\/strong>.*<li>one<\/li>/s);
  });
});
