// The benchmark's framework ceiling: a page of about the event page's size that Next prerenders at
// build time and serves from its static output. It reads no data and is not linked from anywhere.
export const dynamic = 'force-static';

const paragraph = 'Northeast Asia trade cooperation: programme, visits, venue, registration. ';

export default function BenchCeiling() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Static ceiling</h1>
          {Array.from({ length: 150 }, (_, i) => (
            <p key={i}>{paragraph.repeat(2)}</p>
          ))}
        </main>
      </body>
    </html>
  );
}
