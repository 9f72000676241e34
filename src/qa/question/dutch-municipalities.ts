/**
 * The Dutch municipalities of 2025/2026 (342; public facts), per province. Used to recognise a
 * municipality named in a question even when the store holds no agreements of it, so the bot can say
 * so instead of answering from another one.
 */
export const DUTCH_MUNICIPALITIES = `
# Groningen
Eemsdelta; Groningen; Het Hogeland; Midden-Groningen; Oldambt; Pekela; Stadskanaal; Veendam; Westerkwartier; Westerwolde
# Friesland
Achtkarspelen; Ameland; Dantumadiel; De Fryske Marren; Harlingen; Heerenveen; Leeuwarden; Noardeast-Fryslân; Ooststellingwerf;
Opsterland; Schiermonnikoog; Smallingerland; Súdwest-Fryslân; Terschelling; Tytsjerksteradiel; Vlieland; Waadhoeke; Weststellingwerf
# Drenthe
Aa en Hunze; Assen; Borger-Odoorn; Coevorden; De Wolden; Emmen; Hoogeveen; Meppel; Midden-Drenthe; Noordenveld; Tynaarlo; Westerveld
# Overijssel
Almelo; Borne; Dalfsen; Deventer; Dinkelland; Enschede; Haaksbergen; Hardenberg; Hellendoorn; Hengelo; Hof van Twente; Kampen;
Losser; Oldenzaal; Olst-Wijhe; Ommen; Raalte; Rijssen-Holten; Staphorst; Steenwijkerland; Tubbergen; Twenterand; Wierden;
Zwartewaterland; Zwolle
# Flevoland
Almere; Dronten; Lelystad; Noordoostpolder; Urk; Zeewolde
# Gelderland
Aalten; Apeldoorn; Arnhem; Barneveld; Berg en Dal; Berkelland; Beuningen; Bronckhorst; Brummen; Buren; Culemborg; Doesburg;
Doetinchem; Druten; Duiven; Ede; Elburg; Epe; Ermelo; Harderwijk; Hattem; Heerde; Heumen; Lingewaard; Lochem; Maasdriel;
Montferland; Neder-Betuwe; Nijkerk; Nijmegen; Nunspeet; Oldebroek; Oost Gelre; Oude IJsselstreek; Overbetuwe; Putten; Renkum;
Rheden; Rozendaal; Scherpenzeel; Tiel; Voorst; Wageningen; West Betuwe; West Maas en Waal; Westervoort; Wijchen; Winterswijk;
Zaltbommel; Zevenaar; Zutphen
# Utrecht
Amersfoort; Baarn; Bunnik; Bunschoten; De Bilt; De Ronde Venen; Eemnes; Houten; IJsselstein; Leusden; Lopik; Montfoort;
Nieuwegein; Oudewater; Renswoude; Rhenen; Soest; Stichtse Vecht; Utrecht; Utrechtse Heuvelrug; Veenendaal; Vijfheerenlanden;
Wijk bij Duurstede; Woerden; Woudenberg; Zeist
# Noord-Holland
Aalsmeer; Alkmaar; Amstelveen; Amsterdam; Bergen; Beverwijk; Blaricum; Bloemendaal; Castricum; Den Helder; Diemen; Dijk en Waard;
Drechterland; Edam-Volendam; Enkhuizen; Gooise Meren; Haarlem; Haarlemmermeer; Heemskerk; Heemstede; Heiloo; Hilversum;
Hollands Kroon; Hoorn; Huizen; Koggenland; Landsmeer; Laren; Medemblik; Oostzaan; Opmeer; Ouder-Amstel; Purmerend; Schagen;
Stede Broec; Texel; Uitgeest; Uithoorn; Velsen; Waterland; Wijdemeren; Wormerland; Zaanstad; Zandvoort
# Zuid-Holland
Albrandswaard; Alblasserdam; Alphen aan den Rijn; Barendrecht; Bodegraven-Reeuwijk; Capelle aan den IJssel; Delft; Dordrecht;
Goeree-Overflakkee; Gorinchem; Gouda; 's-Gravenhage; Hardinxveld-Giessendam; Hendrik-Ido-Ambacht; Hillegom; Hoeksche Waard;
Kaag en Braassem; Katwijk; Krimpen aan den IJssel; Krimpenerwaard; Lansingerland; Leiden; Leiderdorp; Leidschendam-Voorburg;
Lisse; Maassluis; Midden-Delfland; Molenlanden; Nieuwkoop; Nissewaard; Noordwijk; Oegstgeest; Papendrecht; Pijnacker-Nootdorp;
Ridderkerk; Rijswijk; Rotterdam; Schiedam; Sliedrecht; Teylingen; Vlaardingen; Voorne aan Zee; Voorschoten; Waddinxveen;
Wassenaar; Westland; Zoetermeer; Zoeterwoude; Zuidplas; Zwijndrecht
# Zeeland
Borsele; Goes; Hulst; Kapelle; Middelburg; Noord-Beveland; Reimerswaal; Schouwen-Duiveland; Sluis; Terneuzen; Tholen; Veere;
Vlissingen
# Noord-Brabant
Alphen-Chaam; Altena; Asten; Baarle-Nassau; Bergeijk; Bergen op Zoom; Bernheze; Best; Bladel; Boekel; Boxtel; Breda;
Cranendonck; Deurne; Dongen; Drimmelen; Eersel; Eindhoven; Etten-Leur; Geertruidenberg; Geldrop-Mierlo; Gemert-Bakel;
Gilze en Rijen; Goirle; Halderberge; Heeze-Leende; Helmond; 's-Hertogenbosch; Heusden; Hilvarenbeek; Laarbeek; Land van Cuijk;
Loon op Zand; Maashorst; Meierijstad; Moerdijk; Nuenen, Gerwen en Nederwetten; Oirschot; Oisterwijk; Oosterhout; Oss;
Reusel-De Mierden; Roosendaal; Rucphen; Sint-Michielsgestel; Someren; Son en Breugel; Steenbergen; Tilburg; Valkenswaard;
Veldhoven; Vught; Waalre; Waalwijk; Woensdrecht; Zundert
# Limburg
Beek; Beekdaelen; Beesel; Bergen; Brunssum; Echt-Susteren; Eijsden-Margraten; Gennep; Gulpen-Wittem; Heerlen;
Horst aan de Maas; Kerkrade; Landgraaf; Leudal; Maasgouw; Maastricht; Meerssen; Mook en Middelaar; Nederweert; Peel en Maas;
Roerdalen; Roermond; Simpelveld; Sittard-Geleen; Stein; Vaals; Valkenburg aan de Geul; Venlo; Venray; Voerendaal; Weert
`;

/** Other names people use for a municipality. */
export const MUNICIPALITY_ALIASES: Record<string, string[]> = {
  "'s-Gravenhage": ['Den Haag', 'Haag'],
  "'s-Hertogenbosch": ['Den Bosch', 'Hertogenbosch'],
  'Nuenen, Gerwen en Nederwetten': ['Nuenen'],
  'Súdwest-Fryslân': ['Sudwest Fryslan', 'Zuidwest-Friesland'],
  'Noardeast-Fryslân': ['Noordoost-Friesland'],
  'Tytsjerksteradiel': ['Tietjerksteradeel'],
  'Dantumadiel': ['Dantumadeel'],
  'Edam-Volendam': ['Volendam'],
  'Sittard-Geleen': ['Sittard', 'Geleen'],
  'Leidschendam-Voorburg': ['Leidschendam', 'Voorburg'],
  Gorinchem: ['Gorcum'],
  'Echt-Susteren': ['Echt', 'Susteren'],
  'Schouwen-Duiveland': ['Schouwen'],
  'Geldrop-Mierlo': ['Geldrop', 'Mierlo'],
  'Gemert-Bakel': ['Gemert'],
};

/** Adjectives that no rule derives: the municipality they stand for. */
export const ADJECTIVE_EXCEPTIONS: Record<string, string> = {
  haagse: "'s-Gravenhage",
  bossche: "'s-Hertogenbosch",
  zaanse: 'Zaanstad',
  dordtse: 'Dordrecht',
  groninger: 'Groningen',
  osse: 'Oss',
  goudse: 'Gouda',
  alphense: 'Alphen aan den Rijn',
  bergse: 'Bergen op Zoom',
  capelse: 'Capelle aan den IJssel',
  lelystadse: 'Lelystad',
  nijmeegse: 'Nijmegen',
  arnhemse: 'Arnhem',
  gorcumse: 'Gorinchem',
  zwolse: 'Zwolle',
  delftse: 'Delft',
  leidse: 'Leiden',
  utrechtse: 'Utrecht',
  amsterdamse: 'Amsterdam',
  rotterdamse: 'Rotterdam',
};

/**
 * Names that are also ordinary Dutch words ("huizen", "leiden", "best"): they count as a municipality
 * only when capitalised or after "gemeente".
 */
export const AMBIGUOUS_NAMES = new Set(
  'best buren putten bergen huizen leiden kampen houten duiven voorst losser vaals sluis beek stein weert assen laren hoorn goes epe ede'.split(' '),
);

/** The list as names, aliases excluded. */
export function dutchMunicipalities(): string[] {
  const names = DUTCH_MUNICIPALITIES.split('\n')
    .filter((l) => !l.startsWith('#'))
    .join(';')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** Directions, regions and common words ("wijk", "loon", "echt") in longer names: no short form. */
const NO_SHORT_FORM =
  /^(?:midden|noord|zuid|oost|west|oud|ouder|neder|nieuw|sint|hendrik|ido|gooise|het|de|den|wijk|loon|echt|drenthe|betuwe|amstel|delfland|beveland|noardeast|súdwest|gravenhage|hertogenbosch)$/i;

/**
 * Short forms people use for long names: "Capelle" for Capelle aan den IJssel, "Alphen" for Alphen aan den Rijn,
 * "Bodegraven" and "Reeuwijk" for Bodegraven-Reeuwijk. A short form that is itself a municipality ("Bergen") or
 * would stand for two of them is left out; a name with "aan"/"op" wins a short form over a hyphenated one
 * ("Alphen" is Alphen aan den Rijn, not Alphen-Chaam).
 */
export function derivedAliases(names: readonly string[]): Map<string, string[]> {
  const own = new Set(names.map((n) => n.toLowerCase()));
  const byForm = new Map<string, Array<{ name: string; form: string; rank: number }>>();
  const add = (form: string, name: string, rank: number) => {
    const key = form.toLowerCase();
    if (form.length < 4 || own.has(key) || NO_SHORT_FORM.test(form)) return;
    byForm.set(key, [...(byForm.get(key) ?? []), { name, form, rank }]);
  };
  for (const name of names) {
    const prepositional = /^(\S+)\s+(?:aan|op|in|bij)\s+/.exec(name);
    if (prepositional) add(prepositional[1]!, name, 0);
    if (/^[^\s-]+-[^\s-]+$/.test(name)) for (const part of name.split('-')) add(part, name, 1);
  }
  const out = new Map<string, string[]>();
  for (const list of byForm.values()) {
    const best = Math.min(...list.map((x) => x.rank));
    const winners = list.filter((x) => x.rank === best);
    if (winners.length !== 1) continue;
    const { name, form } = winners[0]!;
    out.set(name, [...(out.get(name) ?? []), form]);
  }
  return out;
}
