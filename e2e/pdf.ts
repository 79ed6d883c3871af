import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PDFDocument, PDFName, type PDFNumber, PDFRawStream } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';

/** Every page's text, as a PDF reader extracts it (pdf.js). */
export async function pdfText(bytes: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

/** What the QR codes printed in a PDF say: each embedded RGB image decoded with jsQR, as a phone would read it. */
export async function pdfQrCodes(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  const found: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue;
    const width = (object.dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (object.dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    const raw = zlib.inflateSync(object.contents);
    if (raw.length !== width * height * 3) continue;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([raw[i * 3]!, raw[i * 3 + 1]!, raw[i * 3 + 2]!, 255], i * 4);
    const code = jsQR(rgba, width, height);
    if (code) found.push(code.data);
  }
  return found;
}
