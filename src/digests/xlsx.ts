/**
 * A minimal Excel workbook (one sheet) written as the zip of XML parts the Office Open XML format asks for:
 * a bold, frozen header row, numbers as numbers, text as inline strings, optional cell colours. jszip (already
 * installed with mammoth, pinned in package.json) does the zipping and is loaded only when a file is made.
 */

export type XlsxValue = string | number | null;

export interface XlsxSheet {
  name: string;
  header: string[];
  rows: XlsxValue[][];
  /** Background colour ("#2e7d32") per cell, same shape as rows; white bold text on a coloured cell. */
  fills?: Array<Array<string | null>>;
  /** Column widths in characters. */
  widths?: number[];
}

const xml = (s: string) =>
  s
    // Characters XML 1.0 does not allow (control characters from a PDF) would make the file unreadable.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** "A", "B", …, "Z", "AA" for a 0-based column. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad1';

function stylesXml(colours: string[]): string {
  const fills = colours.map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${c.replace('#', '').toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`);
  // xf 0: default, 1: bold header, 2…: white bold text on fill i (fills 0 and 1 are reserved by the format).
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...colours.map((_, i) => `<xf numFmtId="0" fontId="2" fillId="${i + 2}" borderId="0" xfId="0" applyFont="1" applyFill="1"/>`),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>' +
    `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join('')}</fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function cellXml(ref: string, value: XlsxValue, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(String(value))}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet, colourIndex: Map<string, number>): string {
  const rows = [sheet.header, ...sheet.rows].map((row, r) => {
    const cells = row.map((value, c) => {
      const fill = r === 0 ? null : (sheet.fills?.[r - 1]?.[c] ?? null);
      const style = r === 0 ? 1 : fill ? 2 + colourIndex.get(fill)! : 0;
      return cellXml(`${columnName(c)}${r + 1}`, value, style);
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const cols = sheet.widths?.length ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `${cols}<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${columnName(Math.max(0, sheet.header.length - 1))}${sheet.rows.length + 1}"/>` +
    '</worksheet>'
  );
}

/** The .xlsx file of one sheet. */
export async function writeXlsx(sheet: XlsxSheet): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const colours = [...new Set((sheet.fills ?? []).flat().filter((c): c is string => !!c))];
  const colourIndex = new Map(colours.map((c, i) => [c, i]));
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  const add = (name: string, content: string) => zip.file(name, content, { date, createFolders: false });
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets><sheet name="${xml(sheetName(sheet.name))}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xml(sheetName(sheet.name)).replace(/'/g, "''")}'!$A$1:$${columnName(Math.max(0, sheet.header.length - 1))}$${sheet.rows.length + 1}</definedName></definedNames></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  add('xl/styles.xml', stylesXml(colours));
  add('xl/worksheets/sheet1.xml', sheetXml(sheet, colourIndex));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
