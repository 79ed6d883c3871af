import Link from 'next/link';
import './globals.css';

// Requests outside every locale (the proxy's matcher skips them) land here: no locale is known, so English.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container message-page">
          <h1>Page not found</h1>
          <p>
            <Link href="/en">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
