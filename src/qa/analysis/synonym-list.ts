/**
 * The maintained synonym list for prestatieafspraken: one group per line, terms separated by commas;
 * a term may be a phrase, and a phrase may contain question words ("hoe lang"). Inflections need no
 * entry (stemming and verb morphology cover them); add words that differ, not forms of one word.
 * English terms let English questions find Dutch text. Users add their own groups via SYNONYMS_FILE.
 */
export const SYNONYM_LIST = `
# Looptijd en wijziging van de afspraken
looptijd, periode, duur, hoe lang, hoeveel jaar, voor hoeveel jaar, tot wanneer, einddatum, aflopen, term, duration
bijstelling, bijstellen, aanpassing, aanpassen, wijziging, wijzigen, herziening, herzien, actualisatie, actualiseren, herijken, amend, change
opzeggen, opzegging, beeindigen, beeindiging, ontbinden, ontbinding, opheffen, uitstappen, terminate, cancel
tussentijds, voortijdig, vroegtijdig, eerder, interim
percentage, procent, percent, aandeel
maximaal, maximum, ten hoogste, hoogstens, niet meer dan, plafond, bovengrens, at most
minimaal, minimum, ten minste, tenminste, minstens, ondergrens, at least
evaluatie, evalueren, tussentijdse evaluatie, evaluate, review
besluit, besluiten, beslissen, beslissing, besluitvorming, decision, decide
geschil, geschillen, conflict, geschilbeslechting, ruzie, onenigheid, er niet uitkomen, verschil van mening, dispute, disputes

# Voorraad: bouwen, verkopen, slopen
verkoop, verkopen, vervreemden, vervreemding, van de hand doen, van de hand, sale, sell, selling
aankoop, aankopen, terugkopen, purchase, buy
nieuwbouw, bouwen, opleveren, oplevering, bouwproductie, woningbouw, neerzetten, realiseren, toevoegen, toevoeging, bijkomen, erbij komen, new construction, newly built, build, built
hofje, woonhof, hofjeswoningen, knarrenhof, courtyard homes
fundering, funderingsherstel, funderingsproblemen, verzakking, verzakken, paalrot, rotte palen, foundation
sloop, slopen, platgooien, afbreken, neerhalen, demolition, demolish
transformatie, transformeren, ombouwen, conversion
optoppen, optopping, extra verdieping, extra woonlaag, woonlaag erop, adding storeys
liberaliseren, liberalisatie, vrije sector, geliberaliseerd, deregulate
hospitaverhuur, onderverhuur, kamerverhuur, kamer verhuren, inwoning, lodger
woning, huis, wooneenheid, home, homes, house, houses, dwelling, dwellings
appartement, apartment, flat
flexwoning, tijdelijke woning, flexibele woning, noodwoning, woonunit, unit, containerwoning, flexible housing, temporary housing
middenhuur, middeldure huur, middensegment, mid-rent, middle rent
sociale huurwoning, sociale huur, social housing, social rent
voorraad, woningvoorraad, bezit, housing stock

# Doelgroepen
statushouder, vergunninghouder, nieuwkomer, verblijfsvergunning, verblijfsstatus, asielzoeker, status holder, refugee
urgent, urgentie, voorrang, urgency, priority
spoedzoeker, spoed, spoedzoekend, met spoed, urgent woningzoekende, dak boven het hoofd, dak boven hun hoofd, acuut woonruimte, emergency seeker
ouderen, senioren, bejaarden, 65-plussers, gepensioneerden, elderly, seniors
jongeren, jongvolwassenen, jonge mensen, twintigers, young people, youth
arbeidsmigrant, arbeidsmigratie, buitenlandse werknemers, buitenlandse arbeidskrachten, buitenlandse werknemer, seizoenarbeiders, seizoenswerkers, labour migrant, migrant worker
woonwagen, standplaats, caravan, pitch
dakloosheid, dakloos, daklozen, thuisloos, thuislozen, dak- en thuislozen, zonder vaste woonplaats, zonder vaste woon- of verblijfplaats, zonder vast adres, op straat slapen, housing first, homeless, homelessness
uitstroom, uitstromen, uitstromers, outflow
huurder, bewoner, tenant, tenants, resident, residents
huurdersorganisatie, huurdersvereniging, huurdersraad, huurdersadviesraad, huurdersbelangenvereniging, huurdersplatform, tenant organisation
corporatie, woningcorporatie, toegelaten instelling, woningbouwvereniging, housing association, housing corporation
gemeente, municipality

# Betaalbaarheid
huurverhoging, huurstijging, huuraanpassing, huurprijsaanpassing, huur omhoog, rent increase
verhogen, verhoging, omhoog, stijgen, stijging, increase
huisvesten, huisvesting, onderdak, onderbrengen, plaatsen, accommodate
huisuitzetting, uitzetting, ontruiming, ontruimen, op straat, eviction
huurbevriezing, huurstop, bevriezen, bevriezing, rent freeze
betalingsachterstand, betalingsproblemen, huurschuld, betaalproblemen, huurachterstand, huur niet betalen, huur niet kunnen betalen, huur niet meer betalen, huur niet meer kunnen betalen, niet kunnen ophoesten, payment arrears, arrears
grondprijs, grondkosten, bouwgrond, kavel, bouwkavel, kavels, land price, building plot
betaalbaarheid, betaalbaar, woonlasten, goedkoop, goedkope, affordability, affordable
energiekosten, energierekening, energielasten, stookkosten, stroomrekening, gasrekening, energienota, energy costs, energy bill
energiearmoede, energiefixteam, energy poverty
inkomensafhankelijk, income-dependent
inkomensafhankelijke huurverhoging, hogere inkomens, meer verdienen, extra huurverhoging, income-related rent increase
huur, rent
geldzaken, financien, geldcoach, budgetcoach, schuldhulp, schuldhulpverlening, geldproblemen, schulden, money matters, debt
wachttijd, wachtlijst, inschrijfduur, inschrijftijd, zoektijd, waiting list, waiting time
toewijzing, toewijzen, woningtoewijzing, woonruimteverdeling, allocation

# Duurzaamheid
energielabel, label, slecht geisoleerd, slecht geisoleerde, energy label
verduurzaming, verduurzamen, duurzaamheid, energiezuinig, energiezuiniger, zuinig, zuiniger, energiebesparend, sustainability, sustainable
isolatie, isoleren, geisoleerd, geisoleerde, insulation
renovatie, renoveren, opknappen, opgeknapt, groot onderhoud, verbouwen, verbouwing, renovation
instemming, instemmen, akkoord, toestemming, goedkeuring, ja zeggen, consent
warmtetransitie, aardgasvrij, aardgasloos, gasloos, energietransitie, heat transition
zonnepaneel, zonnepanelen, pv-panelen, solar panel, solar panels
vocht, vochtig, vochtplekken, vochtproblemen, natte muur, natte muren, damp, humidity
schimmel, beschimmeld, schimmelvorming, schimmelplekken, zwarte plekken, zwarte vlekken, mould, mold
tocht, tochtig, tochtklachten, draught
netcongestie, stroomnet, grid congestion
hittestress, hitte, koel, verkoeling, heat stress
klimaatadaptatie, klimaatbestendig, climate adaptation
vergroenen, groen, groenvoorziening, biodiversiteit, ontstenen, ontegelen, tegelwippen, tegels eruit, stenen eruit, stenen uit tuinen, planten, greening

# Leefbaarheid, zorg en samenwerking
bewonersinitiatief, bewonersinitiatieven, buurtinitiatief, buurtinitiatieven, initiatievenbudget, buurtbudget, wijkbudget, leefbaarheidsbudget, leefbaarheidsfonds, zelf iets organiseren, residents' initiative
budget, fonds, potje, pot, geldpot, fund
leefbaarheid, liveability
overlast, hinder, nuisance
buurtbemiddeling, bemiddelaar, bemiddelen, burenruzie, burenruzies, ruzie met de buren, burenconflict, burenconflicten, mediation
zorg, care
mantelzorg, mantelzorger, mantelzorgers, zorg voor mijn vader, zorg voor mijn moeder, zorg voor mijn ouders, zorg voor mijn partner, verzorgen, informal carer
bijdrage, bijdragen, spekken, spekt, meebetalen, meebetaalt, subsidie, subsidies, subsidieren, contribution, subsidy, grant
melding, meldingen, klacht, klachten, complaint
contact opnemen, contact, bellen, belt, gebeld, telefonisch, telefoontje, benaderen, call
woonfraude, adresfraude, illegale onderhuur, stiekem onderverhuren, illegaal onderverhuren, housing fraud
reparatie, reparaties, reparatieverzoek, storing, kapot, defect, doet het niet, lekkage, repair
verwarming, cv, cv-ketel, ketel, heating
scootmobiel, mobility scooter
doorstroming, doorstromen, doorstroom, moving on
verhuiscoach, verhuisbegeleiding, hulp bij verhuizen, verhuishulp, relocation help
verhuisvergoeding, verhuispremie, verhuisbijdrage, verhuiskostenvergoeding, removal allowance
gelijkvloers, nultredenwoning, nultreden, zonder trap, traploos, levensloopgeschikt, levensloopbestendig, step-free
overleg, bestuurlijk overleg, om tafel, aan tafel, bij elkaar komen, bijeenkomen, bijeen, bijeenkomst, vergaderen, consultation
bestuurder, bestuurlijk, bestuur, directie, board
monitoring, monitoren, voortgang, progress, monitor
vertraagd, vertraging, achter op de planning, loopt achter, achterstand op schema, delayed
trekker, regiehouder, regie, verantwoordelijke, lead
jaarschijf, actieprogramma, werkagenda, uitvoeringsagenda, jaarplan, annual plan
`;
