// A serving workload over HTTP: console questions (search, answers, follow-ups) and the browse and dashboard
// pages, so memory is measured on a bot that has done what a day of use does, not on one that only started.
const QUESTIONS = [
  'Hoeveel woningen gaat Sint Joseph in 2026 verkopen?',
  'wat spraken we af over verduurzaming?',
  'Wat doet Ymere aan middenhuur in Almere?',
  'en in Almelo?',
  'welke afspraken zijn er over woonwagens?',
  'hoe zit het met de huuraanpassing?',
  'statushouders huisvesten',
  'afspraak 3 Almelo',
];

/** Sessions from the local user picker, as a browser on this computer gets them (people the directory knows). */
async function signIn(url: string, users: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const user of users) {
    const res = await fetch(`${url}/api/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ user }) });
    await res.arrayBuffer();
    const cookie = res.ok ? res.headers.getSetCookie()[0]?.split(';')[0] : undefined;
    if (cookie) cookies.push(cookie);
  }
  if (!cookies.length) throw new Error('no console session: the local user picker refused every user');
  return cookies;
}

async function get(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`${url}: ${res.status}`);
}

/** Sends `questions` console messages and visits every page kind, for the given municipalities. */
export async function exercise(url: string, municipalities: string[], questions = 40): Promise<void> {
  const cookies = await signIn(url, ['almelo-coord', 'gast']);
  for (let i = 0; i < questions; i++) {
    const res = await fetch(`${url}/api/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, cookie: cookies[i % cookies.length]! },
      body: JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`console message: ${res.status}`);
  }
  const cookie = cookies[0]!;
  for (const path of ['/', '/documents', '/themes', '/agreements', '/dashboard']) await get(`${url}${path}`, cookie);
  for (const m of municipalities) {
    const name = encodeURIComponent(m);
    await get(`${url}/agreements?municipality=${name}`, cookie);
    await get(`${url}/agreements/${name}/3`, cookie);
    await get(`${url}/dashboard/${name}`, cookie);
  }
}
