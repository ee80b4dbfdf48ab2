/**
 * SYNTHETIC meeting documents for tests and benchmarks: PDFs made with
 * pdf-lib (text on each page, or only a picture of text, like a scan) and
 * Word files made with docx. Every file says it is synthetic, in its text
 * and its metadata. Nothing here describes real meetings or documents.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const MARK = 'Synthetisches Testdokument';
const A4 = [595, 842] as const;

/** Cuts a paragraph into lines of at most `width` characters. */
function wrap(text: string, width = 85): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF with a text layer: one array of paragraphs per page. */
export async function syntheticPdf(title: string, pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${title} (synthetisch)`);
  pdf.setSubject(MARK);
  pdf.setProducer('scripts/synthetic/documents.ts');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((paragraphs, position) => {
    const page = pdf.addPage([...A4]);
    let y = 790;
    page.drawText(`${title} – Seite ${position + 1}`, { x: 56, y, size: 14, font });
    y -= 28;
    for (const paragraph of paragraphs) {
      for (const line of wrap(paragraph)) {
        page.drawText(line, { x: 56, y, size: 10.5, font });
        y -= 15;
      }
      y -= 10;
    }
  });
  return pdf.save();
}

/** A PDF whose pages are only pictures of text, like a scan without text recognition. */
export async function syntheticScanPdf(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const canvas = createCanvas(A4[0], A4[1]);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f7f5ef';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#222222';
  context.font = '16px sans-serif';
  let y = 70;
  context.fillText(title, 56, y);
  context.font = '11px sans-serif';
  y += 30;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph)) {
      context.fillText(line, 56, y);
      y += 15;
    }
    y += 10;
  }
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${title} (synthetisch, gescannt)`);
  pdf.setSubject(MARK);
  const image = await pdf.embedPng(await canvas.encode('png'));
  const page = pdf.addPage([...A4]);
  page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  return pdf.save();
}

/** A Word file (.docx) with a title and paragraphs. */
export async function syntheticDocx(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const document = new Document({
    title: `${title} (synthetisch)`,
    subject: MARK,
    sections: [{ children: [new Paragraph({ text: title, heading: 'Heading1' }), ...paragraphs.map((text) => new Paragraph({ text }))] }],
  });
  return Packer.toBuffer(document);
}

/** An OpenDocument text (.odt), written by officeparser from Markdown. */
export async function syntheticOdt(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const { OfficeParser, OfficeGenerator } = await import('officeparser');
  const markdown = [`# ${title}`, ...paragraphs].join('\n\n');
  const ast = await OfficeParser.parseOffice(Buffer.from(markdown), { fileType: 'md' } as never);
  const { value } = await OfficeGenerator.generate(ast, 'odt');
  return new Uint8Array(value as Uint8Array);
}

/** The documents of the synthetic meeting with documents; tests read the phrases from fixtures.json. */
export const MEETING_DOCUMENTS = {
  protocol: {
    file: '/downloads/synthetisch/ergebnisprotokoll-treffen-1.pdf',
    slug: 'ergebnisprotokoll-treffen-1',
    title: 'Ergebnisprotokoll des Netzwerktreffens (synthetisch)',
    pages: 3,
    /** Only on page 2 of the protocol, nowhere else on the synthetic site. */
    phrase: 'Leihfahrräder für die Sprachpatenschaften',
    phrasePage: 2,
  },
  scan: {
    file: '/downloads/synthetisch/teilnahmeliste-gescannt.pdf',
    slug: 'teilnahmeliste-gescannt',
    title: 'Gescannte Teilnahmeliste (synthetisch)',
  },
  word: {
    file: '/downloads/synthetisch/einladung-treffen-1.docx',
    slug: 'einladung-treffen-1',
    title: 'Einladung zum Netzwerktreffen (synthetisch)',
    phrase: 'Anreise mit der Regionalbahn bis Mühlbach',
  },
  openDocument: {
    file: '/downloads/synthetisch/arbeitsgruppen-treffen-1.odt',
    slug: 'arbeitsgruppen-treffen-1',
    title: 'Arbeitsgruppen des Netzwerktreffens (synthetisch)',
    phrase: 'Die Arbeitsgruppe Wissenstransfer tagt im Saal Drei',
  },
} as const;

/** Writes the files of MEETING_DOCUMENTS and returns the meeting's `documents.files` entries. */
export async function writeMeetingDocuments(write: (relative: string, bytes: Uint8Array) => void) {
  const { protocol, scan, word, openDocument } = MEETING_DOCUMENTS;
  write(`public${protocol.file}`, await syntheticPdf(protocol.title, [
    [`${MARK}. Begrüßung durch die Moderation; die Tagesordnung wird ohne Änderungen angenommen.`, 'Die Runde stellt sich vor und berichtet kurz aus den Städten.'],
    [`Unter Verschiedenes wird besprochen: ${protocol.phrase} sollen ab dem Frühjahr ausgeliehen werden können.`, 'Die Kasse prüft, ob dafür Mittel übrig sind.'],
    ['Verabredungen: Das nächste Treffen findet online statt.', `Ende des ${MARK}s.`],
  ]));
  write(`public${scan.file}`, await syntheticScanPdf(scan.title, [`${MARK} ohne Textebene, wie ein Scan.`, 'Name, Organisation, Stadt – erfundene Zeilen.']));
  write(`public${word.file}`, await syntheticDocx(word.title, [`${MARK}. Wir laden herzlich zum Netzwerktreffen ein.`, `${word.phrase}, von dort sind es zehn Minuten zu Fuß.`]));
  write(`public${openDocument.file}`, await syntheticOdt(openDocument.title, [`${MARK}. Übersicht der Arbeitsgruppen.`, `${openDocument.phrase}, die anderen Gruppen im Foyer.`]));
  return [
    { title: protocol.title, file: protocol.file, type: 'PDF', description: 'Erfundenes Protokoll für Tests (drei Seiten).' },
    { title: scan.title, file: scan.file, type: 'PDF', description: 'Erfundener Scan ohne Textebene für Tests.' },
    { title: word.title, file: word.file, type: 'Word', description: 'Erfundene Einladung für Tests.' },
    { title: openDocument.title, file: openDocument.file, type: 'OpenDocument', description: 'Erfundene Übersicht für Tests.' },
  ];
}
