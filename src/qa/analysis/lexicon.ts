/**
 * Words that may form part of a Dutch compound in housing texts. Compound splitting only splits into
 * parts found here (after stemming), so unknown words stay whole. General Dutch and volkshuisvesting
 * vocabulary; not tied to any one document.
 */
export const COMPOUND_PARTS = `
aanbod aanpak aanvraag aandacht aankoop achterstand actie activiteit advies afspraak afstemming agenda
ambitie appartement arbeid arbeidsmigrant armoede bedrijf beheer beleid belasting beoordeling beschermd
bestaand bestuur bestuurlijk betaalbaar betaalbaarheid betaling bewoner bewust bezit bijdrage bod
bouw buurt centrum corporatie crisis daklozen data doel doelgroep duur duurzaam duurzaamheid
eigenaar eigendom energie energiearmoede fonds flex gas gebied gebouw gemeente gezin grond groen
groep groei haalbaarheid herstructurering hitte hoogbouw huis huisvesting huishouden huur huurder
huurders huurprijs inkomen instroom investering jaar jongeren kamer kantoor kern klimaat koop kosten
kwaliteit kwartaal label leefbaarheid leegstand lening levensloop liberalisatie locatie markt midden
migrant monitor monitoring nieuwbouw norm onderhoud ontmoeting ontwikkeling opgave oplevering overleg
overlast partner plan plaats prestatie prijs probleem productie programma programmering project
raad regel regeling regie renovatie rijk ruimte schimmel school senioren sloop sociaal sociale
specifiek sport stad standplaats start status houder statushouder strategie stroom student subsidie
taak team terrein toewijzing transformatie transitie urgent urgentie vergunning verhuur verhuurder
verkoop verduurzaming verdeling verhoging verlaging vernieuwing voorraad voorrang voorziening
voortgang vraag vocht warmte water wijk woning woon wonen woonwagen woonzorg zorg zon zonnepaneel
paneel isolatie ventilatie vastgoed beleg belegger huurverhoging inkomensgrens wachtlijst wachttijd
inschrijf inschrijving slaag kans zoek zoeker visie verbetering aanpassing begeleiding benutting
bijstand dak dakloos dienst doorstroming eenheid energielabel gezondheid grens hulp inzet keten
leeftijd lift maatregel mobiliteit nood opvang ouderen pand plint punt rol schuld signaal
scootmobiel stalling uitvoering verbouw verkenning wet zelfstandig zorgvraag afhankelijk geschikt bestendig vriendelijk neutraal
initiatief fase gesprek contract termijn wijziging verschil waarde tijd loop wacht lijst eind starter student plek
regio dorp gas net tijdelijk verhuis verhuizing last lasten stress budget vergoeding bewaking opzegging bijstelling`;
