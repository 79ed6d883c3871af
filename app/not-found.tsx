import './globals.css';

// Requests outside every locale (the proxy's matcher skips them) land here: no locale is known, so English.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container message-page">
          <h1>Page not found</h1>
          <p><a href="/">Go to the home page</a></p>
        </main>
      </body>
    </html>
  );
}
