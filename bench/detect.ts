// Times analyzeEmail over generated ~5 KB emails in all five languages (synthetic text, no real mail).
import { analyzeEmail } from '../utils/detect';
import type { AnalysisContext } from '../utils/detect/types';
import type { MessageSnapshot } from '../utils/webmail/types';

const PARTS: Record<string, { greet: string; filler: string[]; ask: string[]; sign: string; quote: string }> = {
  en: {
    greet: 'Hi Alex,',
    filler: [
      'The warehouse team finished the stock count on the second floor yesterday afternoon.',
      'We moved the pallet racks closer to the loading bay, which should save some walking time.',
      'The new scanners arrived and most of them are already configured for the night shift.',
    ],
    ask: [
      'Could you send me the updated supplier list by Friday 3pm?',
      'Please check the invoice totals before the end of the week.',
    ],
    sign: 'Best regards,\nSam',
    quote: 'On Mon, 2 Mar 2026 at 09:12, Alex Morgan <alex@example.com> wrote:\n> Thanks, noted.',
  },
  nl: {
    greet: 'Hoi Joost,',
    filler: [
      'Het team heeft gisteren de voorraadtelling op de tweede verdieping afgerond.',
      'We hebben de stellingen dichter bij het laadperron gezet, dat scheelt loopwerk.',
      'De nieuwe scanners zijn binnen en de meeste zijn al ingesteld voor de nachtploeg.',
    ],
    ask: [
      'Kun je me de bijgewerkte leverancierslijst vóór donderdag 12.00 uur sturen?',
      'Graag de facturen controleren voor het einde van de week.',
    ],
    sign: 'Groeten,\nDaan',
    quote: 'Op ma 2 mrt 2026 om 09:12 schreef Joost de Vries <joost@example.nl>:\n> Dank, genoteerd.',
  },
  de: {
    greet: 'Hallo Katrin,',
    filler: [
      'Das Lagerteam hat gestern Nachmittag die Inventur im zweiten Stock abgeschlossen.',
      'Wir haben die Regale näher an die Laderampe gestellt, das spart Laufwege.',
      'Die neuen Scanner sind angekommen und größtenteils für die Nachtschicht eingerichtet.',
    ],
    ask: [
      'Kannst du mir bis Mittwoch, 14 Uhr die aktuelle Lieferantenliste schicken?',
      'Bitte prüfe die Rechnungen bis Ende der Woche.',
    ],
    sign: 'Viele Grüße\nJan',
    quote: 'Am Mo., 2. März 2026 um 09:12 Uhr schrieb Katrin Vogel <katrin@example.de>:\n> Danke, notiert.',
  },
  pl: {
    greet: 'Cześć Magda,',
    filler: [
      'Zespół magazynu zakończył wczoraj po południu inwentaryzację na drugim piętrze.',
      'Przesunęliśmy regały bliżej rampy załadunkowej, co oszczędzi trochę chodzenia.',
      'Nowe skanery już dotarły i większość jest skonfigurowana dla nocnej zmiany.',
    ],
    ask: [
      'Czy mogłabyś przesłać mi aktualną listę dostawców do piątku do 15:00?',
      'Proszę o sprawdzenie faktur do końca tygodnia.',
    ],
    sign: 'Pozdrawiam,\nRobert',
    quote: 'W dniu 2.03.2026 o 09:12, Magdalena Zielińska <magda@example.pl> napisała:\n> Dzięki, przyjęłam.',
  },
  nb: {
    greet: 'Hei Erik,',
    filler: [
      'Lagerteamet ble ferdig med varetellingen i andre etasje i går ettermiddag.',
      'Vi har flyttet pallreolene nærmere lasterampen, det sparer litt gåing.',
      'De nye skannerne har kommet, og de fleste er allerede satt opp for nattskiftet.',
    ],
    ask: [
      'Kan du sende meg den oppdaterte leverandørlisten innen torsdag kl. 14?',
      'Sjekk fakturaene i løpet av uken.',
    ],
    sign: 'Hilsen\nMagnus',
    quote: 'Den man. 2. mars 2026 kl. 09:12 skrev Erik Larsen <erik@example.no>:\n> Takk, notert.',
  },
};

/**
 * A ~5 KB email as they come: new text of 0.4–4.5 KB (most short), a signature, and the quoted
 * earlier messages making up the rest.
 */
function makeEmail(lang: string, seed: number, targetBytes = 5000): MessageSnapshot {
  const p = PARTS[lang]!;
  const lines: string[] = [p.greet, ''];
  let i = seed;
  let size = 0;
  const newBytes = [400, 700, 1000, 1500, 2500, 4500][seed % 6]!;
  const askAt = 1 + (seed % 4);
  let n = 0;
  while (size < newBytes) {
    const s = n === askAt ? p.ask[seed % p.ask.length]! : p.filler[i++ % p.filler.length]!;
    lines.push(s);
    if (n % 3 === 2) lines.push('');
    size += s.length + 1;
    n++;
  }
  lines.push('', p.sign, '', p.quote);
  size = lines.join('\n').length;
  while (size < targetBytes) {
    const s = '> ' + p.filler[i++ % p.filler.length]!;
    lines.push(s);
    size += s.length + 1;
  }
  return {
    messageId: `bench-${lang}-${seed}`,
    threadId: `bench-${lang}-${seed}`,
    from: { name: 'Colleague', email: 'colleague@example.com' },
    to: [{ name: 'Reader', email: 'reader@example.com' }],
    cc: [],
    sentAt: '2026-03-02T10:00:00+01:00',
    subject: 'Bench',
    bodyText: lines.join('\n'),
    hasAttachments: false,
    isFromMe: false,
  };
}

function percentile(sorted: number[], q: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx]!;
}

export async function benchDetect(): Promise<{ analyze_ms_per_email_p50: number; analyze_ms_per_email_p99: number }> {
  const langs = Object.keys(PARTS);
  const emails = Array.from({ length: 500 }, (_, i) => makeEmail(langs[i % langs.length]!, i));
  const context: AnalysisContext = {
    now: new Date('2026-03-02T10:00:00+01:00'),
    myAddresses: ['reader@example.com'],
    myName: 'Reader',
    orgDomains: [],
  };
  for (let r = 0; r < 6; r++) for (const e of emails) analyzeEmail(e, context);
  const times: number[] = [];
  for (let r = 0; r < 4; r++) {
    for (const e of emails) {
      const t0 = performance.now();
      analyzeEmail(e, context);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    analyze_ms_per_email_p50: round(percentile(times, 0.5)),
    analyze_ms_per_email_p99: round(percentile(times, 0.99)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDetect()));
}
