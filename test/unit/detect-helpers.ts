// One email from Ola Nord to the reader, analysed: the detection tests' common way to ask about a
// body in a language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeEmail } from '../../utils/detect';
import type { Lang } from '../../utils/languages';

/** Wednesday 6 May 2026, 09:30: when the emails of these tests are sent. */
export const SENT = '2026-05-06T09:30:00+01:00';

export type People = {
  to?: string[];
  cc?: string[];
  me?: { name: string; email: string };
  /** The sender, Ola Nord at the reader's company unless given. */
  from?: { name: string; email: string };
};

/** One email from Ola (or `from`) to the reader (Eva Lund unless `me` says otherwise), addresses without names. */
export function analyzeFromOla(body: string, lang: Lang, people: People = {}) {
  const me = people.me ?? { name: 'Eva Lund', email: 'eva.lund@firma.example' };
  const address = (email: string) => ({ name: email === me.email ? me.name : '', email });
  return analyzeEmail(
    {
      messageId: 'm',
      threadId: 't',
      from: people.from ?? { name: 'Ola Nord', email: 'ola.nord@firma.example' },
      to: people.to ? people.to.map(address) : [me],
      cc: (people.cc ?? []).map(address),
      sentAt: SENT,
      subject: '',
      bodyText: body,
      hasAttachments: false,
      isFromMe: false,
    },
    { now: new Date(SENT), myAddresses: [me.email], myName: me.name, orgDomains: [], defaultLanguage: lang },
  );
}

/** The labeled sentences of a language (English: the Enron sentences), as the models are trained on them. */
export function sentencesOfLanguage(lang: string): string[] {
  const file = join(
    import.meta.dirname,
    '..',
    'data',
    lang === 'en' ? 'requests-en-dev.jsonl' : `requests-${lang}-train.jsonl`,
  );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String((JSON.parse(line) as { text: unknown }).text));
}
