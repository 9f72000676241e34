/**
 * The Dutch municipalities by their current names (CBS gemeentelijke indeling 2025; public facts), plus the
 * names documents use for two of them ("Den Haag", "Nuenen"). A known name is read whole, so "Peel en Maas" or
 * "Valkenburg aan de Geul" is never cut at a small word; names not listed here are still read by the word rules.
 */
import { escapeRegExp } from '../names.js';

const NAMES = `
Aa en Hunze|Aalsmeer|Aalten|Achtkarspelen|Alblasserdam|Albrandswaard|Alkmaar|Almelo|Almere|Alphen aan den Rijn|
Alphen-Chaam|Altena|Ameland|Amersfoort|Amstelveen|Amsterdam|Apeldoorn|Arnhem|Assen|Asten|Baarle-Nassau|Baarn|
Barendrecht|Barneveld|Beek|Beekdaelen|Beesel|Berg en Dal|Bergeijk|Bergen|Bergen op Zoom|Berkelland|Bernheze|Best|
Beuningen|Beverwijk|Bladel|Blaricum|Bloemendaal|Bodegraven-Reeuwijk|Boekel|Borger-Odoorn|Borne|Borsele|Boxtel|
Breda|Bronckhorst|Brummen|Brunssum|Bunnik|Bunschoten|Buren|Capelle aan den IJssel|Castricum|Coevorden|Cranendonck|
Culemborg|Dalfsen|Dantumadiel|De Bilt|De Fryske Marren|De Ronde Venen|De Wolden|Delft|Den Haag|'s-Gravenhage|
Den Helder|Deurne|Deventer|Diemen|Dijk en Waard|Dinkelland|Doesburg|Doetinchem|Dongen|Dordrecht|Drechterland|
Drimmelen|Dronten|Druten|Duiven|Echt-Susteren|Edam-Volendam|Ede|Eemnes|Eemsdelta|Eersel|Eijsden-Margraten|
Eindhoven|Elburg|Emmen|Enkhuizen|Enschede|Epe|Ermelo|Etten-Leur|Geertruidenberg|Geldrop-Mierlo|Gemert-Bakel|Gennep|
Gilze en Rijen|Goeree-Overflakkee|Goes|Goirle|Gooise Meren|Gorinchem|Gouda|Groningen|Gulpen-Wittem|Haaksbergen|
Haarlem|Haarlemmermeer|Halderberge|Hardenberg|Harderwijk|Hardinxveld-Giessendam|Harlingen|Hattem|Heemskerk|
Heemstede|Heerde|Heerenveen|Heerlen|Heeze-Leende|Heiloo|Hellendoorn|Helmond|Hendrik-Ido-Ambacht|Hengelo|
's-Hertogenbosch|Het Hogeland|Heumen|Heusden|Hillegom|Hilvarenbeek|Hilversum|Hoeksche Waard|Hof van Twente|
Hollands Kroon|Hoogeveen|Hoorn|Horst aan de Maas|Houten|Huizen|Hulst|IJsselstein|Kaag en Braassem|Kampen|Kapelle|
Katwijk|Kerkrade|Koggenland|Krimpen aan den IJssel|Krimpenerwaard|Laarbeek|Land van Cuijk|Landgraaf|Landsmeer|
Lansingerland|Laren|Leeuwarden|Leiden|Leiderdorp|Leidschendam-Voorburg|Lelystad|Leudal|Leusden|Lingewaard|Lisse|
Lochem|Loon op Zand|Lopik|Losser|Maasdriel|Maasgouw|Maashorst|Maassluis|Maastricht|Medemblik|Meerssen|Meierijstad|
Meppel|Middelburg|Midden-Delfland|Midden-Drenthe|Midden-Groningen|Moerdijk|Molenlanden|Montferland|Montfoort|
Mook en Middelaar|Neder-Betuwe|Nederweert|Nieuwegein|Nieuwkoop|Nijkerk|Nijmegen|Nissewaard|Noardeast-Fryslân|
Noord-Beveland|Noordenveld|Noordoostpolder|Noordwijk|Nuenen, Gerwen en Nederwetten|Nuenen|Nunspeet|Oegstgeest|
Oirschot|Oisterwijk|Oldambt|Oldebroek|Oldenzaal|Olst-Wijhe|Ommen|Oost Gelre|Oosterhout|Ooststellingwerf|Oostzaan|
Opmeer|Opsterland|Oss|Oude IJsselstreek|Ouder-Amstel|Oudewater|Overbetuwe|Papendrecht|Peel en Maas|Pekela|
Pijnacker-Nootdorp|Purmerend|Putten|Raalte|Reimerswaal|Renkum|Renswoude|Reusel-De Mierden|Rheden|Rhenen|Ridderkerk|
Rijssen-Holten|Rijswijk|Roerdalen|Roermond|Roosendaal|Rotterdam|Rozendaal|Rucphen|Schagen|Scherpenzeel|Schiedam|
Schiermonnikoog|Schouwen-Duiveland|Simpelveld|Sint-Michielsgestel|Sittard-Geleen|Sliedrecht|Sluis|Smallingerland|
Soest|Someren|Son en Breugel|Stadskanaal|Staphorst|Stede Broec|Steenbergen|Steenwijkerland|Stein|Stichtse Vecht|
Súdwest-Fryslân|Terneuzen|Terschelling|Texel|Teylingen|Tholen|Tiel|Tilburg|Tubbergen|Twenterand|Tynaarlo|
Tytsjerksteradiel|Uitgeest|Uithoorn|Urk|Utrecht|Utrechtse Heuvelrug|Vaals|Valkenburg aan de Geul|Valkenswaard|
Veendam|Veenendaal|Veere|Veldhoven|Velsen|Venlo|Venray|Vijfheerenlanden|Vlaardingen|Vlieland|Vlissingen|Voerendaal|
Voorne aan Zee|Voorschoten|Voorst|Vught|Waadhoeke|Waalre|Waalwijk|Waddinxveen|Wageningen|Wassenaar|Waterland|Weert|
West Betuwe|West Maas en Waal|Westerkwartier|Westerveld|Westervoort|Westerwolde|Westland|Weststellingwerf|Wierden|
Wijchen|Wijdemeren|Wijk bij Duurstede|Winterswijk|Woensdrecht|Woerden|Wormerland|Woudenberg|Zaanstad|Zaltbommel|
Zandvoort|Zeewolde|Zeist|Zevenaar|Zoetermeer|Zoeterwoude|Zuidplas|Zundert|Zutphen|Zwartewaterland|Zwijndrecht|Zwolle`;

/** Every name, longest first, so "Bergen op Zoom" is tried before "Bergen". */
export const MUNICIPALITY_NAMES: readonly string[] = NAMES.replace(/\s*\n\s*/g, '')
  .split('|')
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** Case, accents, hyphens and apostrophes do not count: "SUDWEST FRYSLAN" is "Súdwest-Fryslân". */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

/** One pattern for all names at the start of a text; spaces and hyphens inside a name may vary or wrap. */
const AT_START = new RegExp(
  `^(?:${MUNICIPALITY_NAMES.map((n) => escapeRegExp(fold(n)).replace(/[\s-]+/g, '[\\s-]+')).join('|')})(?![\\p{L}\\d])`,
  'u',
);
const byFolded = new Map(MUNICIPALITY_NAMES.map((n) => [fold(n).replace(/[\s-]+/g, ' '), n]));

/** The listed municipality a text starts with ("Peel en Maas, Woonstichting …" → "Peel en Maas"), or null. */
export function knownMunicipalityAt(text: string): { name: string; length: number } | null {
  // Folding keeps the length of letters (a combining mark is dropped per letter), so the match length is measured on the folded text.
  const head = text.slice(0, 60);
  const folded = fold(head);
  const m = AT_START.exec(folded);
  if (!m) return null;
  const listed = byFolded.get(m[0].replace(/[\s-]+/g, ' '));
  if (!listed) return null;
  const length = originalLength(head, m[0].length);
  return { name: asWritten(head.slice(0, length), listed), length };
}

/** The document's own spelling ("’s-Hertogenbosch"), unless it is in one case only ("PEEL EN MAAS"). */
function asWritten(written: string, listed: string): string {
  const tidy = written.replace(/\s+/g, ' ');
  return tidy === tidy.toUpperCase() || tidy === tidy.toLowerCase() ? listed : tidy;
}

/** The length in the original text of its first `foldedLength` folded characters. */
function originalLength(text: string, foldedLength: number): number {
  let folded = 0;
  let i = 0;
  for (const ch of text) {
    if (folded >= foldedLength) break;
    folded += fold(ch).length;
    i += ch.length;
  }
  return i;
}

/** A listed municipality's name as written, or its listed spelling when written in one case ("'S-HERTOGENBOSCH"); null when not listed. */
export function canonicalMunicipality(name: string): string | null {
  const listed = byFolded.get(fold(name.trim()).replace(/[\s-]+/g, ' '));
  return listed ? asWritten(name.trim(), listed) : null;
}
