import { html, trusted, type SafeHtml } from './html.js';
import { webTexts as t } from './texts.js';

export type NavKey = 'chat' | 'documents' | 'themes' | 'agreements' | 'dashboard' | null;

const NAV: Array<{ key: Exclude<NavKey, null>; href: string; label: string }> = [
  { key: 'chat', href: '/', label: t.nav.chat },
  { key: 'agreements', href: '/agreements', label: t.nav.agreements },
  { key: 'themes', href: '/themes', label: t.nav.themes },
  { key: 'documents', href: '/documents', label: t.nav.documents },
  { key: 'dashboard', href: '/dashboard', label: t.nav.dashboard },
];

/** The page shell shared by every console page: head, navigation bar, main content. */
export function renderLayout(page: { title: string; active: NavKey; body: SafeHtml; script?: boolean; wide?: boolean; nav?: boolean; scripts?: string[] }): string {
  const nav = NAV.map(
    (item) =>
      html`<li><a href="${item.href}"${item.key === page.active ? trusted(' aria-current="page"') : ''}>${item.label}</a></li>`,
  );
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t.appName}</title>
<link rel="stylesheet" href="/assets/console.css">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23155e75'/%3E%3Cpath d='M3 8l5-4 5 4v5H3z' fill='%23fff'/%3E%3C/svg%3E">
</head>
<body>
<a class="skip" href="#inhoud">${t.skipToContent}</a>
<header class="topbar">
  <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">⌂</span><span>${t.appName}</span><small>${t.tagline}</small></a>
  ${page.nav === false ? '' : html`<nav aria-label="Hoofdmenu"><ul>${nav}</ul></nav>`}
</header>
<main id="inhoud" class="${page.wide ? 'main main-wide' : 'main'}" tabindex="-1">
${page.body}
</main>
${page.script ? trusted('<script type="module" src="/assets/console.js"></script>') : ''}
${(page.scripts ?? []).map((name) => html`<script type="module" src="/assets/${name}"></script>`)}
</body>
</html>
`.value;
}
