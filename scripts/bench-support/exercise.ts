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

async function get(url: string): Promise<void> {
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`${url}: ${res.status}`);
}

/** Sends `questions` console messages and visits every page kind, for the given municipalities. */
export async function exercise(url: string, municipalities: string[], questions = 40): Promise<void> {
  for (let i = 0; i < questions; i++) {
    const res = await fetch(`${url}/api/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: i % 2 ? 'gast' : 'almelo-coord', text: QUESTIONS[i % QUESTIONS.length] }),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`console message: ${res.status}`);
  }
  for (const path of ['/', '/documents', '/themes', '/agreements', '/dashboard']) await get(`${url}${path}`);
  for (const m of municipalities) {
    const name = encodeURIComponent(m);
    await get(`${url}/agreements?municipality=${name}`);
    await get(`${url}/agreements/${name}/3`);
    await get(`${url}/dashboard/${name}`);
  }
}
