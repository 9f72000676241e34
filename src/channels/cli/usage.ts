export const USAGE = `Afsprakenbot — prestatieafspraken doorzoekbaar, voortgang in de chat.

Gebruik: npx afsprakenbot <opdracht> [opties]      (globaal: --db <map|postgres://…>, --json)

  serve                                   start console (http://localhost:3000), Slack, Teams en planner
  ingest <bestand…> [--municipality M] [--title T]
                                          lees documenten in (.txt .md .html .pdf .docx); toont wat er gevonden is.
                                          --municipality/--title gelden voor alle bestanden en winnen van het document
  agreements [--municipality M]           lijst van afspraken
  agreement <gemeente> <nummer>           één afspraak volledig
  agreement edit <gemeente> <nummer> [--number N] [--title T] [--theme T] [--kind focus|regulier|meerjarig|jaarafspraak|geen] [--responsible "A, B"] [--as wie]
                                          corrigeer wat het inlezen vond; blijft bewaard bij een nieuwe versie
  documents [--municipality M]            documenten met hun controle-status
  document <gemeente> [--title T]         wat er in een document gevonden is, met de correcties
  document reviewed <gemeente> [--title T] [--as wie]   markeer het document als gecontroleerd
  search "<vraag>" [--limit N]            zoek afspraken
  ask "<vraag>"                           stel een vraag
  directory import <bestand>              importeer personen en rollen (YAML of CSV)
  directory list                          toon de personen en rollen
  progress start|status|export --municipality M --quarter 2026-Q3 [--format csv]
  digest --municipality M --kind weekly|meeting [--format md|html|json|csv] [--send]
  digest channel --municipality M [--slack C123] [--teams <gesprek>]   waar digests van M heen gaan
  meetings list|add|remove|import …       overleggen: list [--municipality M]; add --municipality M --title T --date 12-03-2026 [--time 10:00]; remove <code>; import <bestand>
  schedule                                geplande taken met laatste en volgende run
`;
