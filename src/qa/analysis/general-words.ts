/**
 * Everyday Dutch words a chat question uses around its topic: adverbs of time and degree, fillers, and the
 * common verbs in their usual forms. When no agreement holds such a word ("straks", "pakt", "eigenlijk"), it is
 * no topic the documents lack: it neither refuses a question nor weighs in the search. A word the texts do hold
 * is searched as usual. General Dutch, not tied to any document or question.
 */
export const GENERAL_WORDS = new Set(
  `
leuk leuke leuks fijn fijne gezellig gezellige straks later binnenkort ooit eerst eerder daarna daarvoor daarop inmiddels voortaan alsnog opnieuw weer nu dan toen
vroeger tegenwoordig vandaag morgen gisteren nooit soms meestal steeds telkens meteen direct spoedig uiteindelijk
eindelijk ondertussen intussen zometeen zojuist onlangs laatst recent voorlopig tijdelijk vooraf achteraf
erg zeer heel best behoorlijk nogal redelijk ongeveer ruim bijna zowat circa genoeg teveel weinig minder meest
beetje flink enorm hartstikke ontzettend extra nog steeds grondig grondige grondiger degelijk stevig flinke
beoogd beoogde gewenst gewenste verwacht verwachte bedoeld bedoelde huisbaas huisbazen verhuurder verhuurders
eigenlijk gewoon echt wel toch even maar misschien trouwens overigens namelijk dus daarom zomaar sowieso echter
wellicht mogelijk waarschijnlijk blijkbaar kennelijk natuurlijk uiteraard ook alleen juist zelfs pas al
iemand niemand iedereen mensen dingen ding zaken zaak manier soort keer kant stuk hele gehele welk welke zulke zo'n zoiets
pakken pak pakt pakte pakten gepakt aanpakken aanpakt aanpakte aangepakt
ga gaat ging gingen gegaan doe doet deed deden gedaan zie ziet zag zagen gezien kijk kijkt keek keken gekeken
weet wist wisten geweten denk denkt dacht dachten gedacht vond vonden gevonden hoor hoort hoorde hoorden gehoord
zeg zei zeiden gezegd vraag vraagt vroeg vroegen gevraagd wilde wilden gewild kon konden moest moesten mocht mochten
hoeven hoeft hoefde laten laat liet lieten gelaten stond stonden gestaan lopen loopt liep liepen gelopen
werd werden geworden heb had hadden gehad ben was waren kom kreeg kregen gekregen gekomen zat zaten gezeten
brengen brengt bracht brachten gebracht beginnen begint begon begonnen proberen probeert probeerde geprobeerd
lukken lukt lukte gelukt betekenen betekent betekende bedoelen bedoelt bedoeld snappen snapt begrijpen begrijpt
hopen hoop hoopt verwachten verwacht rekenen reken rekent klopt kloppen
kost kostte kostten dorp dorpen kern kernen
twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend
oud oude ouwe nieuw nieuwe snel sneller snelst vlug gauw bestemd bedoeld gericht groot grote klein kleine mooi mooie goed goede fijn fijne leuk leuke lekker prima
`
    .split(/\s+/)
    .filter(Boolean),
);
