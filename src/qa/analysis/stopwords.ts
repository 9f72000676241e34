/** Dutch stop words (PostgreSQL/Snowball list) plus English ones, for questions in either language. */
export const STOPWORDS = new Set(
  `aan al alles volgens nauwelijks amper zowat als altijd andere anders ander ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen
geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men
met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van
was wat we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou a an and are as at be by do does
for from has have how i if is it its of on or so than that the their them then there these they this to was we were what
when where which who whom why will with would you your s en tm gaat gaan wordt worden zullen welk welke hoeveel wanneer
waar waarom hoelang hoe vaak voor veel heel mag mogen moet moeten doet kan kunt kun kunnen wil willen wilt nog eens even graag welk
hierover daarover waarvan waarbij waaraan waarvoor waarin waarmee waarop waaruit jij jullie wij hun ons onze zodat daarbij hierbij our us can could should shall about did done any may might must
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that only frame a question ("wat is afgesproken over …") and say nothing about the topic.
 * Removed from queries only, never from the index.
 */
export const QUESTION_FRAME = new Set(
  `afspraak afspraken afgesproken afspreken spraken spreken gemaakt staat staan zijn er iets vertel vertellen noem
geef gelden geldt af mee toe klaar gereed vaak lang veel geregeld vastgelegd beschreven genoemd zeggen zegt precies informatie weten
moeder vader ouders oma opa buurman buurvrouw schoonmoeder zus broer saldo wethouder raadslid gemeenteraadslid
vind vinden vergelijk vergelijken vergeleken vergelijking verschil verschillen deadline update stand status overzicht samenvatting lees lezen staat stond tegelijk tegelijkertijd allemaal eigenlijk vooral echt zeker ergens gewoon momenteel
many much often long agreement agreements agree agreed say says tell about regarding concerning
`
    .split(/\s+/)
    .filter(Boolean),
);
