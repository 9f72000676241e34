import { parseAgreementNumber, toAgreementJson } from '../../core/agreement.js';
import type { AgreementRepository } from '../../core/ports.js';
import type { CliOptions } from './args.js';
import { err, formatAgreementLine, out, printJson } from './output.js';
import { UsageError } from './usage-error.js';

/** `agreements` and `agreement`: read from the repository only. */
export async function runAgreementCommand(agreements: AgreementRepository, command: string, args: string[], o: CliOptions): Promise<number> {
  if (command === 'agreements') {
    const list = await agreements.listAgreements({ municipality: o.municipality });
    if (o.json) printJson(list.map(toAgreementJson));
    else if (list.length === 0) out(o.municipality ? `Geen afspraken voor ${o.municipality}.` : 'Nog geen afspraken. Lees documenten in met: npx afsprakenbot ingest <bestand>');
    else list.forEach((a) => out(formatAgreementLine(a)));
    return 0;
  }
  const [first, second] = args;
  // Either order: "agreement Almelo 3" or "agreement 2.1 Dalvoorde"; the number as printed ("2.1", "A3").
  const numberArg = [first, second].find((x) => x && /\d/.test(x) && parseAgreementNumber(x));
  const municipality = [first, second].find((x) => x && x !== numberArg);
  if (!numberArg || !municipality) throw new UsageError('Gebruik: npx afsprakenbot agreement <gemeente> <nummer>');
  const a = await agreements.getAgreement(municipality, parseAgreementNumber(numberArg)!);
  if (!a) {
    err(`Geen afspraak ${numberArg} van ${municipality} gevonden.`);
    return 1;
  }
  if (o.json) printJson({ ...toAgreementJson(a), originalText: a.originalText, targets: a.targets });
  else {
    out(`${a.municipality} ${a.number}. ${a.title}`);
    if (a.chapterTitle) out(`${a.chapterNumber ? `Hoofdstuk ${a.chapterNumber}` : 'Thema'}: ${a.chapterTitle}${a.kind ? ` (${a.kind})` : ''}`);
    out(`Regie op realisatie: ${a.responsible.join(', ') || '—'}`);
    if (a.multiYearText) out(`\nAfspraak ${a.period.from ?? ''} t/m ${a.period.to ?? ''}:\n${a.multiYearText}`);
    if (a.yearText) out(`\nAfspraak ${a.actionYear ?? ''}:\n${a.yearText}`);
    for (const t of a.targets) out(`Doel: ${t.party} — ${t.approximate ? 'ca. ' : ''}${t.value} ${t.unit} ${t.verb}`);
  }
  return 0;
}
