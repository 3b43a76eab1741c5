// Who sent it: a colleague (same organisation) or not, a machine or a person.
import { LANGUAGES, type Lang } from '../languages';
import type { MessageSnapshot } from '../webmail/types';
import { LEXICONS } from './lang';
import type { AnalysisContext } from './types';
import { LiteralUnion } from './literals';

const CONSUMER_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'ziggo.nl',
  'kpnmail.nl',
  'hetnet.nl',
  'planet.nl',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'op.pl',
  'online.no',
  'live.no',
  'hotmail.no',
  'yahoo.no',
  'mail.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
]);

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .replace(/>$/, '');
}

export function organisationDomains(context: AnalysisContext): string[] {
  if (context.orgDomains.length > 0) return context.orgDomains.map((d) => d.toLowerCase());
  const own = context.myAddresses.map(domainOf).filter((d) => d && !CONSUMER_DOMAINS.has(d));
  return [...new Set(own)];
}

export function isColleague(address: string, context: AnalysisContext): boolean {
  const domain = domainOf(address);
  if (!domain) return false;
  return organisationDomains(context).some((d) => domain === d || domain.endsWith('.' + d));
}

const NO_REPLY_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|notification|alerts?|alert|mailer|mailer-daemon|postmaster|newsletters?|news|marketing|updates?|billing|invoices?|invoice|receipts?|e-?faktura|faktura|faktury|fakturering|fakturowanie|facturen|factuur|facturatie|facturering|rechnung|rechnungen|rechnungsversand|powiadomienia|powiadomienie|varsel|varsling|automat|automated|system|bounce|bounces|calendar|digest|nieodpowiadaj|nie-odpowiadaj|ikke-svar|ikkesvar|geen-?antwoord|antwoord-niet|keine-?antwort|info-?noreply|jira|confluence|github|gitlab|jenkins|ci|build|builds|monitoring|security|it-?security|servicedesk|helpdesk-noreply|mailer-?bot|bot|survey|surveys|ankieta|enquete|umfrage|undersokelse|undersøkelse|sharepoint|teams|docusign|dse|echosign|adobesign)(?:[-_.+][a-z0-9._+-]*)?$/i;

const PLATFORM_DOMAIN =
  /(?:^|\.)(?:github\.com|gitlab\.com|atlassian\.net|atlassian\.com|slack\.com|microsoft\.com|teams\.microsoft\.com|office365\.com|sharepoint\.com|google\.com|zoom\.us|webex\.com|gotomeeting\.com|linkedin\.com|surveymonkey\.com|surveymonkeyuser\.com|typeform\.com|qualtrics\.com|mailchimp\.com|mcsv\.net|hubspot\.com|hubspotemail\.net|salesforce\.com|dropbox\.com|box\.com|docusign\.net|docusign\.com|echosign\.com|adobesign\.com|servicenow\.com|zendesk\.com|freshdesk\.com|asana\.com|trello\.com|notion\.so|monday\.com|calendly\.com|sendgrid\.net|amazonses\.com|mandrillapp\.com|personio\.de|workday\.com|bamboohr\.com|eventbrite\.com|paypal\.com|stripe\.com|xero\.com|intuit\.com|quickbooks\.com|freshbooks\.com|sage\.com|lexoffice\.de|sevdesk\.de|fakturownia\.pl|wfirma\.pl|ifirma\.pl|fiken\.no|tripletex\.no|moneybird\.nl|e-boekhouden\.nl)$/i;

const NO_REPLY_PART =
  /(?:no-?reply|noreply|notification|notify|newsletter|nyhetsbrev|nieuwsbrief|mailer|varsel|varsling|powiadom|alert|automat|digest|system|servicenow|concur|survey|pulse|ankiet|enquete|umfrage|alarm)/i;
const SYSTEM_NAME =
  /(?:no-?reply|notification|newsletter|nyhetsbrev|nieuwsbrief|driftsvarsel|varsel|powiadomienia|system|systeem|servicenow|concur|workday|jira|github|gitlab|docusign|teams|sharepoint|onedrive|calendar|kalender|kalendarz|survey|ankieta|umfrage|enquête|undersøkelse|pulse|digest|alert|automat|bot\b|portal|platform|platforma|plattform)/i;
/**
 * A ticket system's notice: a ticket's key in the subject ("[EST-55821] Assigned to you: …") and the
 * ticket assigned in the passive ("Ticket EST-55821 has been assigned to you"), as no person writes it.
 */
const TICKET_KEY = /(?:^|[\s[(#])[A-Z][A-Z0-9]{1,9}-\d{2,}(?=[\]):\s]|$)/;
const TICKET_ASSIGNED =
  /\b(?:has been|was|is now) (?:re)?assigned to you\b|(?<![\p{L}])(?:is|werd) (?:aan (?:u|jou) )?toegewezen(?: aan (?:u|jou))?(?![\p{L}])|(?<![\p{L}])(?:wurde|ist) (?:dir|ihnen) zugewiesen(?![\p{L}])|(?<![\p{L}])(?:został[aoy]? )?przypisan[aeyo] do (?:ciebie|pana|pani)(?![\p{L}])|(?<![\p{L}])(?:er|ble) (?:tildelt|tilordnet) (?:deg|dere)(?![\p{L}])/iu;
/** Calendar-system invitations ("Invitation: Budget review @ Wed 4 Mar"). */
const CALENDAR_SUBJECT =
  /^(?:(?:updated |new )?invitation|uitnodiging|bijgewerkte uitnodiging|einladung|aktualisierte einladung|zaproszenie|zaktualizowane zaproszenie|invitasjon|oppdatert invitasjon|accepted|declined|geaccepteerd|angenommen|abgelehnt|zaakceptowano|godtatt|avslått)\s*:/i;
const CALENDAR_BODY =
  /(?:join (?:the )?microsoft teams meeting|join with google meet|join zoom meeting|meeting id:|meeting number:|meeting-kennnummer|meeting-nummer:|besprechungs-id|vergadering-id|identyfikator spotkania|møte-id|invitation from google calendar|einladung von google kalender)/i;
/**
 * The reply buttons of a calendar invitation ("Accept | Tentative | Decline", "Annehmen | Mit
 * Vorbehalt | Ablehnen", "Godta | Foreløpig | Avslå"), and the line that says who invited you:
 * a calendar system wrote it, even from a colleague's address.
 */
const RSVP_LINE =
  /^[ \t]*(?:accept|yes|accepteren|ja|annehmen|zusagen|akceptuj|tak|godta)\b[^\n]{0,60}\|[^\n]{0,60}\b(?:decline|no|weigeren|afwijzen|nee|ablehnen|absagen|nein|odrzuć|odrzuc|nie|avslå|nei)(?!\p{L})/imu;
const INVITED_LINE =
  /(?:has invited you to|invites you to (?:this|a|an) \S+ (?:meeting|event)|lädt (?:sie|dich|euch) zu (?:diesem|einem|dieser|einer) \S+ ein|nodigt (?:je|jou|u) uit voor (?:deze|een|dit) \S+|invited you to (?:a|the) (?:meeting|event)|heeft (?:je|jou|u) uitgenodigd|hat (?:sie|dich) zu (?:einer|einem) \S+ eingeladen|zaprasza (?:cię|pana|panią) na|zaprosił(?:a)? (?:cię|pana|panią)|har invitert deg til|this invitation was sent (?:by|from)|diese einladung wurde von|deze uitnodiging is verzonden|invitasjon fra (?:microsoft outlook|google))/iu;
const PERSON_LOCAL = /^[a-z\u00c0-\u024f]{2,}[._-][a-z\u00c0-\u024f]{2,}$/i;
/** A person's display name: two or three capitalised words ("Youssef Amrani", "Anna-Lena Vogt"). */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'-]+(?:\s+(?:(?:van|de|der|den|von|zu|da|di|le|la)\s+)*\p{Lu}[\p{Ll}'-]+){1,2}$/u;
/** Words of a team's name, not a person's ("Northwind Outdoor Support", "IT Servicedesk"). */
const TEAM_WORD =
  /(?<![\p{L}])(?:support|team|service|servicedesk|helpdesk|desk|office|admin|info|sales|center|centre|group|department|dienst|afdeling|abteilung|dział|avdeling|kundeservice|klantenservice|kundenservice|obsługa)(?![\p{L}])/iu;
/** A team's shared mailbox that people also write from. */
const TEAM_LOCAL =
  /^(?:servicedesk|helpdesk|support|service|it|ict|hr|facilities|facility|office|reception|planning|secretariaat|sekretariat|sekretariatet|kantoor|buero|büro|biuro|kontor)$/i;
/** "k.wolff": an initial and a surname. */
const INITIAL_LOCAL = /^([a-z\u00c0-\u024f])\.([a-z\u00c0-\u024f]{2,})$/i;

/** "k.wolff@" from "Kerstin Wolff": the initial of the first name and the surname. */
function initialAndSurname(local: string, name: string): boolean {
  const m = INITIAL_LOCAL.exec(local);
  if (!m) return false;
  const parts = nameParts(name);
  return parts.length >= 2 && parts[0]!.startsWith(m[1]!.toLowerCase()) && parts.slice(1).includes(m[2]!.toLowerCase());
}
/**
 * The footer a platform adds to mail it sends for a customer ("This email was sent via Xero",
 * "… sent by Xero on behalf of Harlow Mills"), and the preferences it offers ("To change your
 * report preferences, click here") and why the reader gets it ("U ontvangt dit bericht omdat u lid
 * bent van de groep …", "Du erhältst diese E-Mail, weil …", round 105), in the five languages.
 * Without the u flag: with it and i, V8 runs this over a body some twenty times slower.
 */
const PLATFORM_FOOTER =
  /(?:\bthis (?:e-?mail|message|invoice|notification|reminder|invitation|survey) (?:was|has been|is) sent (?:via|through|using|from|by \S+(?: \S+){0,2} on behalf of|on behalf of)\b|\b(?:change|update|manage) your (?:\S+ ){0,2}preferences\b|\byou(?:'re| are) receiving this (?:\S+ )?because\b|\b(?:u|je|jij) ontvangt? (?:dit bericht|deze (?:e-?mail|mail|melding)) (?:omdat|want)\b|\b(?:du erhältst|sie erhalten|ihr erhaltet) diese (?:e-?mail|nachricht|benachrichtigung),? weil\b|(?:^|\s)(?:otrzymujesz|otrzymujecie|otrzymują państwo|otrzymuje pan|otrzymuje pani) (?:tę|tą|niniejszą) (?:wiadomość|e-?mail\S*|powiadomienie),? (?:ponieważ|bo|gdyż)|(?:^|\s)(?:du|dere) (?:mottar|får) (?:denne|dette) (?:e-?posten|meldingen|varselet),? (?:fordi|siden)|\bdeze (?:e-?mail|mail|factuur|melding|uitnodiging|enquête) (?:is|werd|wordt) (?:verzonden|verstuurd) (?:via|met|namens)\b|\bdiese (?:e-?mail|nachricht|rechnung|einladung|umfrage|erinnerung) wurde (?:über|via|mit|im auftrag)\b|\bim auftrag von \S+(?: \S+){0,3} (?:versendet|versandt|gesendet)\b|(?:^|\s)(?:ta |to |ten )?(?:wiadomość|zaproszenie|ankieta|mail) (?:została |zostało |został )?(?:wysłana|wysłane|wysłany) (?:przez system|za pośrednictwem|z systemu|w imieniu)|(?:^|\s)(?:denne e-?posten|denne invitasjonen|denne undersøkelsen) (?:er|ble|blir) sendt (?:via|gjennom|på vegne av)|(?:^|\n)[ \t]*powered by [^\n]{1,40}(?:\n|$))/i;

/** The first `head` and last `tail` characters of a longer text (joined by a line break), or all of a shorter one. */
function ends(text: string, head: number, tail: number): string {
  return text.length > head + tail ? text.slice(0, head) + '\n' + text.slice(-tail) : text;
}

function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((p) => p.length >= 3);
}

const URL = /https?:\/\/\S+/g;

/**
 * Round 112. "Hannah Lowther via SignRoute" <envelopes@signroute.io>: a platform sending in a person's
 * name, the service named after "via" being the sender's own domain (not a mailing list's "Tom via
 * Orchard Volunteers" from googlegroups.com, whose words a person wrote).
 */
function sentViaItsDomain(name: string, domain: string): boolean {
  const via = / via ([\p{L}\d][\p{L}\d .&-]{1,40})$/u.exec(name);
  if (!via) return false;
  const service = via[1]!.replace(/[^\p{L}\d]/gu, '');
  return (
    service.length >= 3 &&
    domain
      .split('.')
      .slice(0, -1)
      .some((label) => label.replace(/-/g, '') === service)
  );
}

/**
 * All the bulk-mail wording of some languages and the calendar-invitation lines as one union (see
 * literals.ts): most mail has none, and one pass over the text says so and which of them are there.
 * Each language's expressions in turn, then CALENDAR_BODY.
 */
const BULK_WORDING = new Map<string, { union: LiteralUnion; weights: number[] }>();

/**
 * The union, and the weight of each language's expressions: the first two say it most surely, the
 * third least.
 */
function bulkWording(languages: readonly Lang[]): { union: LiteralUnion; weights: number[] } {
  const key = languages.join(' ');
  let wording = BULK_WORDING.get(key);
  if (!wording) {
    wording = {
      union: new LiteralUnion([...languages.flatMap((lang) => LEXICONS[lang].automated), CALENDAR_BODY]),
      weights: languages.flatMap((lang) => LEXICONS[lang].automated.map((_, i) => (i < 2 ? 2 : i === 2 ? 0.5 : 1))),
    };
    BULK_WORDING.set(key, wording);
  }
  return wording;
}

/** `languages`: whose bulk-mail wording to look for (default: all). */
export function isAutomated(message: MessageSnapshot, text: string, languages: readonly Lang[] = LANGUAGES): boolean {
  const address = (message.from?.email ?? '').toLowerCase();
  const at = address.lastIndexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  const domain = domainOf(address);
  let score = 0;
  if (NO_REPLY_LOCAL.test(local) || NO_REPLY_PART.test(local)) score += 2;
  if (PLATFORM_DOMAIN.test(domain)) score += 2;
  const name = (message.from?.name ?? '').toLowerCase();
  if (SYSTEM_NAME.test(name)) score += 1;
  if (sentViaItsDomain(name, domain)) score += 2;
  // Notification wording sits at the top, footers at the bottom.
  const sample = ends(text, 4000, 2000);
  const { union, weights } = bulkWording(languages);
  let calendar = false;
  for (const hit of union.matching(sample)) {
    if (hit < weights.length) score += weights[hit]!;
    else calendar = true;
  }
  // A footer is at the end (and a short mail is all footer): the ends only, which keeps a long body cheap.
  if (PLATFORM_FOOTER.test(ends(sample, 300, 1200))) score += 2;
  const subject = String(message.subject ?? '');
  if (CALENDAR_SUBJECT.test(subject)) score += 2;
  if (TICKET_KEY.test(subject) && TICKET_ASSIGNED.test(`${subject}\n${sample.slice(0, 600)}`)) score += 2;
  if (calendar) score += 1;
  // Invitations say who invited you at the top and offer the buttons near it or at the end.
  if (sample.includes('|') && RSVP_LINE.test(sample)) score += 2;
  else if (INVITED_LINE.test(ends(sample, 400, 400))) score += 1;
  // "anna.berg@" from "Anna Berg" is a person, even with a corporate footer.
  // Not "Estates Helpdesk" <estates-helpdesk@…>: a team's name read like a first and last name.
  if (
    name &&
    !SYSTEM_NAME.test(name) &&
    !TEAM_WORD.test(name) &&
    ((PERSON_LOCAL.test(local) && nameParts(name).some((p) => local.includes(p))) || initialAndSurname(local, name))
  )
    score -= 1;
  // "Youssef Amrani" <servicedesk@…>: a person writing from the team's mailbox, which alone says
  // nothing of a system (a ticket system's mail has its wording too).
  else if (
    PERSON_NAME.test(String(message.from?.name ?? '').trim()) &&
    !SYSTEM_NAME.test(name) &&
    !TEAM_WORD.test(name) &&
    TEAM_LOCAL.test(local)
  )
    score -= 1;
  const urls = sample.match(URL)?.length ?? 0;
  if (urls >= 3) score += 0.5;
  return score >= 2;
}
