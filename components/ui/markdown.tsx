import ReactMarkdown from 'react-markdown';

/** Markdown from organizers, rendered without raw HTML; react-markdown drops unsafe URLs such as javascript:. */
export function Markdown({ source, lang }: { source: string; lang?: string }) {
  return (
    <div className="prose" lang={lang}>
      <ReactMarkdown skipHtml>{source}</ReactMarkdown>
    </div>
  );
}
