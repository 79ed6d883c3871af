/** A letter PDF as a download: never cached (it holds passport data). */
export const pdfResponse = (pdf: { bytes: Buffer; reference: string }) =>
  new Response(new Uint8Array(pdf.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="invitation-letter-${pdf.reference}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
