/**
 * A wiki page's or web page's navigation: breadcrumbs ("3. [Prestatieafspraken](Prestatieafspraken_41288722.md)")
 * and contents links ("- [Achtergrond](#achtergrond)"), a link and nothing else. Never a title nor an agreement,
 * numbered as a breadcrumb may be.
 */
const LINK_ONLY = /^(?:\d{1,2}[.)]\s+|[-*•]\s+)?\[[^\]]+\]\([^)\s]*\)$/;

export const isNavigationLink = (line: string) => LINK_ONLY.test(line.trim());
