// The please/thank-you coach (utils/coach): a table of drafts in five languages with the exact set
// of hints a native speaker would expect, scored per language and per hint; a core subset that
// must be exactly right; and robustness on hostile input.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COACH_MAX_CHARS, coachDraft, type CoachCode, type CoachHint } from '../../utils/coach';
import type { Lang } from '../../utils/languages';

interface Case {
  lang: Lang;
  text: string;
  hasAttachments: boolean;
  replyTo?: string;
  expected: CoachCode[];
  /** Must be exactly right (asserted one by one). */
  core?: boolean;
}

const CODES: CoachCode[] = ['please', 'thanks', 'date', 'attachment', 'unanswered'];

// prettier-ignore
const EN: Case[] = [
  { lang: 'en', text: 'Send me the file.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'en', text: 'Hi Sam,\n\nSend me the Q3 numbers by Friday.\n\nAnna', hasAttachments: false, expected: ['please'], core: true },
  { lang: 'en', text: 'Please send me the Q3 numbers.', hasAttachments: false, expected: ['date'], core: true },
  { lang: 'en', text: 'Could you send me the Q3 numbers by Thursday?', hasAttachments: false, expected: [], core: true },
  { lang: 'en', text: 'Can you review the draft contract?', hasAttachments: false, expected: ['date'] },
  { lang: 'en', text: "Hi Tom,\n\nWould you mind checking the slides before tomorrow's meeting?\n\nThanks,\nAnna", hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Update the spreadsheet and share it with the team ASAP.', hasAttachments: false, expected: ['please'] },
  { lang: 'en', text: 'Also, book a room for the workshop on 12 March.', hasAttachments: false, expected: ['please'] },
  { lang: 'en', text: 'I need the signed form by end of day.', hasAttachments: false, expected: ['please'] },
  { lang: 'en', text: 'Hi all,\n\nThe office will be closed on Monday for maintenance.\n\nBest,\nAnna', hasAttachments: false, expected: [], core: true },
  { lang: 'en', text: 'FYI: the new coffee machine has arrived.', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Hi Tom,\n\nAttached is the updated budget.\n\nBest,\nAnna', hasAttachments: false, expected: ['attachment'], core: true },
  { lang: 'en', text: 'Hi Tom,\n\nAttached is the updated budget.\n\nBest,\nAnna', hasAttachments: true, expected: [], core: true },
  { lang: 'en', text: "Please find attached the minutes from today's meeting.", hasAttachments: false, expected: ['attachment'] },
  { lang: 'en', text: "I've attached the invoice. Could you approve it by Wednesday?", hasAttachments: true, expected: [] },
  { lang: 'en', text: "Could you resend your attachment? It didn't come through.", hasAttachments: false, expected: ['date'] },
  { lang: 'en', text: 'Hi Tom,\n\nLooks good to me.\n\nAnna', replyTo: 'Hi Anna,\n\nHere is the report you asked for.\n\nTom', hasAttachments: false, expected: ['thanks'], core: true },
  { lang: 'en', text: 'Hi Tom,\n\nThanks, looks good to me.\n\nAnna', replyTo: 'Hi Anna,\n\nHere is the report you asked for.\n\nTom', hasAttachments: false, expected: [], core: true },
  { lang: 'en', text: "Great, I'll book it.", replyTo: 'Hi Anna,\n\nYes, the meeting room is free on Thursday afternoon.\n\nTom\n\nOn Mon, 3 Mar 2026 at 10:00, Anna <anna@example.com> wrote:\n> Is the meeting room free on Thursday?', hasAttachments: false, expected: ['thanks'] },
  { lang: 'en', text: 'Sure, here it is.', replyTo: 'Hi Anna, could you send me the budget?', hasAttachments: true, expected: [] },
  { lang: 'en', text: 'Hi Tom,\n\nThe Q3 budget is attached.\n\nAnna', replyTo: 'Hi Anna,\n\nCould you send me the budget for Q3? And when is the workshop with the client?\n\nThanks,\nTom', hasAttachments: true, expected: ['unanswered'], core: true },
  { lang: 'en', text: 'Hi Tom,\n\nThe Q3 budget is attached, and the workshop with the client is on 14 May.\n\nAnna', replyTo: 'Hi Anna,\n\nCould you send me the budget for Q3? And when is the workshop with the client?\n\nThanks,\nTom', hasAttachments: true, expected: [], core: true },
  { lang: 'en', text: "The invoice is correct. I'll update the plan tonight.", replyTo: 'Can you check the invoice? Did the contractor call you back? Also, please update the project plan.', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'en', text: 'Send me the file.\n\nOn Tue, 4 Mar 2026 at 09:12, Tom <tom@example.com> wrote:\n> Thanks! Please find attached everything.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'en', text: 'Let me know what you think.', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Thanks for the update! Send me the final version by Monday.', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Do you know where the signed contract is?', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Are you coming to the team lunch on Friday?', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Hey, could you give me a call when you have a minute?', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Fill in the attached form and return it to HR.', hasAttachments: false, expected: ['please', 'date', 'attachment'] },
  { lang: 'en', text: "Good morning Sam,\n\nI hope you had a nice weekend. Can you share the slides from Friday's presentation?\n\nCheers,\nAnna", hasAttachments: false, expected: ['date'] },
  { lang: 'en', text: 'Hi Tom,\n\nThey look great!\n\nThanks,\nAnna', replyTo: 'Hi Anna, attached are the photos from the event. Tom', hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Call the client back.', hasAttachments: false, expected: ['please', 'date'] },
];

// prettier-ignore
const NL: Case[] = [
  { lang: 'nl', text: 'Stuur me het bestand.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'nl', text: 'Hoi Sanne,\n\nStuur me vóór vrijdag de cijfers van Q3.\n\nGroet,\nPieter', hasAttachments: false, expected: ['please'], core: true },
  { lang: 'nl', text: 'Kun je me de cijfers van Q3 sturen?', hasAttachments: false, expected: ['date'], core: true },
  { lang: 'nl', text: 'Zou je de offerte vóór donderdag willen controleren?', hasAttachments: false, expected: [], core: true },
  { lang: 'nl', text: 'Wil je alsjeblieft de presentatie nakijken?', hasAttachments: false, expected: ['date'] },
  { lang: 'nl', text: 'Hoi Sanne,\n\nWil je de slides nog even bekijken vóór de vergadering van morgen?\n\nDank je,\nPieter', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Werk de spreadsheet bij en deel hem zo snel mogelijk met het team.', hasAttachments: false, expected: ['please'] },
  { lang: 'nl', text: 'Boek ook een zaal voor de workshop op 12 maart.', hasAttachments: false, expected: ['please'] },
  { lang: 'nl', text: 'Ik heb het getekende formulier nodig vóór het einde van de dag.', hasAttachments: false, expected: ['please'] },
  { lang: 'nl', text: 'Hallo allemaal,\n\nMaandag is het kantoor gesloten wegens onderhoud.\n\nGroeten,\nPieter', hasAttachments: false, expected: [], core: true },
  { lang: 'nl', text: 'Ter info: de nieuwe koffiemachine staat in de keuken.', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Hoi Sanne,\n\nIn de bijlage vind je de bijgewerkte begroting.\n\nGroet,\nPieter', hasAttachments: false, expected: ['attachment'], core: true },
  { lang: 'nl', text: 'Hoi Sanne,\n\nIn de bijlage vind je de bijgewerkte begroting.\n\nGroet,\nPieter', hasAttachments: true, expected: [], core: true },
  { lang: 'nl', text: 'Bijgevoegd het verslag van de vergadering.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'nl', text: 'Kun je je bijlage nog een keer sturen? Hij kwam niet door.', hasAttachments: false, expected: ['date'] },
  { lang: 'nl', text: 'Hoi Sanne,\n\nZiet er goed uit.\n\nPieter', replyTo: 'Hoi Pieter,\n\nHier is het rapport waar je om vroeg.\n\nGroet,\nSanne', hasAttachments: false, expected: ['thanks'], core: true },
  { lang: 'nl', text: 'Hoi Sanne,\n\nDank je, ziet er goed uit.\n\nPieter', replyTo: 'Hoi Pieter,\n\nHier is het rapport waar je om vroeg.\n\nGroet,\nSanne', hasAttachments: false, expected: [], core: true },
  { lang: 'nl', text: 'Top, dan boek ik hem.', replyTo: 'Ja, de vergaderzaal is donderdagmiddag vrij.\n\nSanne\n\nOp ma 3 mrt 2026 om 10:00 schreef Pieter <pieter@example.nl>:\n> Is de vergaderzaal donderdag vrij?', hasAttachments: false, expected: ['thanks'] },
  { lang: 'nl', text: 'Natuurlijk, hierbij.', replyTo: 'Hoi, kun je me de begroting sturen?', hasAttachments: true, expected: [] },
  { lang: 'nl', text: 'Hoi Sanne,\n\nDe begroting van Q3 zit in de bijlage.\n\nPieter', replyTo: 'Hoi Pieter,\n\nKun je me de begroting van Q3 sturen? En wanneer is de workshop met de klant?\n\nGroet,\nSanne', hasAttachments: true, expected: ['unanswered'], core: true },
  { lang: 'nl', text: 'Hoi Sanne,\n\nDe begroting van Q3 zit in de bijlage en de workshop met de klant is op 14 mei.\n\nPieter', replyTo: 'Hoi Pieter,\n\nKun je me de begroting van Q3 sturen? En wanneer is de workshop met de klant?\n\nGroet,\nSanne', hasAttachments: true, expected: [], core: true },
  { lang: 'nl', text: 'De factuur klopt. De planning pas ik vanavond aan.', replyTo: 'Kun je de factuur controleren? Heeft de aannemer je teruggebeld? Pas ook graag de planning aan.', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'nl', text: 'Stuur me het bestand.\n\nOp di 4 mrt 2026 om 09:12 schreef Sanne <sanne@example.nl>:\n> Bedankt! In de bijlage vind je alles.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'nl', text: 'Laat me weten wat je ervan vindt.', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Bedankt voor de update! Stuur me de definitieve versie vóór maandag.', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Weet jij waar het getekende contract is?', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Kom je vrijdag ook naar de teamlunch?', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Kun je me bellen als je even tijd hebt?', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Vul het formulier in de bijlage in en stuur het terug naar HR.', hasAttachments: false, expected: ['please', 'date', 'attachment'] },
  { lang: 'nl', text: "Hoi Sanne,\n\nZe zien er top uit!\n\nDank je wel,\nPieter", replyTo: "Hoi Pieter, bijgevoegd de foto's van het evenement. Sanne", hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Bel de klant terug.', hasAttachments: false, expected: ['please', 'date'] },
  { lang: 'nl', text: 'Controleer de cijfers en stuur ze morgen naar de klant.', hasAttachments: false, expected: ['please'] },
];

// prettier-ignore
const DE: Case[] = [
  { lang: 'de', text: 'Schick mir die Datei.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'de', text: 'Hallo Jonas,\n\nschick mir bis Freitag die Zahlen für Q3.\n\nGrüße\nLena', hasAttachments: false, expected: ['please'], core: true },
  { lang: 'de', text: 'Kannst du mir die Zahlen für Q3 schicken?', hasAttachments: false, expected: ['date'], core: true },
  { lang: 'de', text: 'Könntest du das Angebot bis Donnerstag prüfen?', hasAttachments: false, expected: [], core: true },
  { lang: 'de', text: 'Bitte prüf den Vertragsentwurf.', hasAttachments: false, expected: ['date'] },
  { lang: 'de', text: 'Hallo Jonas,\n\nwürdest du die Folien vor dem Meeting morgen durchsehen?\n\nDanke dir,\nLena', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Aktualisiere die Tabelle und teile sie so schnell wie möglich mit dem Team.', hasAttachments: false, expected: ['please'] },
  { lang: 'de', text: 'Außerdem buch bitte einen Raum für den Workshop am 12. März.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Ich brauche das unterschriebene Formular bis heute Abend.', hasAttachments: false, expected: ['please'] },
  { lang: 'de', text: 'Hallo zusammen,\n\nam Montag ist das Büro wegen Wartungsarbeiten geschlossen.\n\nViele Grüße\nLena', hasAttachments: false, expected: [], core: true },
  { lang: 'de', text: 'Zur Info: Die neue Kaffeemaschine ist da.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Hallo Jonas,\n\nim Anhang findest du das aktualisierte Budget.\n\nGrüße\nLena', hasAttachments: false, expected: ['attachment'], core: true },
  { lang: 'de', text: 'Hallo Jonas,\n\nim Anhang findest du das aktualisierte Budget.\n\nGrüße\nLena', hasAttachments: true, expected: [], core: true },
  { lang: 'de', text: 'Anbei das Protokoll der Besprechung.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'de', text: 'Kannst du deinen Anhang noch mal schicken? Er ist nicht angekommen.', hasAttachments: false, expected: ['date'] },
  { lang: 'de', text: 'Hallo Jonas,\n\nsieht gut aus.\n\nLena', replyTo: 'Hallo Lena,\n\nhier ist der Bericht, um den du gebeten hast.\n\nGruß\nJonas', hasAttachments: false, expected: ['thanks'], core: true },
  { lang: 'de', text: 'Hallo Jonas,\n\ndanke, sieht gut aus.\n\nLena', replyTo: 'Hallo Lena,\n\nhier ist der Bericht, um den du gebeten hast.\n\nGruß\nJonas', hasAttachments: false, expected: [], core: true },
  { lang: 'de', text: 'Super, dann buche ich ihn.', replyTo: 'Ja, der Besprechungsraum ist am Donnerstagnachmittag frei.\n\nJonas\n\nAm Mo., 3. März 2026 um 10:00 schrieb Lena <lena@example.de>:\n> Ist der Besprechungsraum am Donnerstag frei?', hasAttachments: false, expected: ['thanks'] },
  { lang: 'de', text: 'Klar, hier ist es.', replyTo: 'Hi Lena, kannst du mir das Budget schicken?', hasAttachments: true, expected: [] },
  { lang: 'de', text: 'Hallo Jonas,\n\ndas Budget für Q3 ist im Anhang.\n\nLena', replyTo: 'Hallo Lena,\n\nkannst du mir das Budget für Q3 schicken? Und wann ist der Workshop mit dem Kunden?\n\nGruß\nJonas', hasAttachments: true, expected: ['unanswered'], core: true },
  { lang: 'de', text: 'Hallo Jonas,\n\ndas Budget für Q3 ist im Anhang, und der Workshop mit dem Kunden ist am 14. Mai.\n\nLena', replyTo: 'Hallo Lena,\n\nkannst du mir das Budget für Q3 schicken? Und wann ist der Workshop mit dem Kunden?\n\nGruß\nJonas', hasAttachments: true, expected: [], core: true },
  { lang: 'de', text: 'Die Rechnung stimmt. Den Projektplan aktualisiere ich heute Abend.', replyTo: 'Kannst du die Rechnung prüfen? Hat dich der Handwerker zurückgerufen? Bitte aktualisiere auch den Projektplan.', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'de', text: 'Schick mir die Datei.\n\nAm Di., 4. März 2026 um 09:12 schrieb Jonas <jonas@example.de>:\n> Danke! Im Anhang findest du alles.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'de', text: 'Gib mir Bescheid, was du davon hältst.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Danke für das Update! Schick mir die finale Version bis Montag.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Weißt du, wo der unterschriebene Vertrag ist?', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Kommst du am Freitag auch zum Teamessen?', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Kannst du mich anrufen, wenn du Zeit hast?', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Füll das angehängte Formular aus und schick es an die Personalabteilung.', hasAttachments: false, expected: ['please', 'date', 'attachment'] },
  { lang: 'de', text: 'Hallo Jonas,\n\ndie sehen super aus!\n\nDanke dir,\nLena', replyTo: 'Hallo Lena, anbei die Fotos vom Event. Jonas', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Ruf den Kunden zurück.', hasAttachments: false, expected: ['please', 'date'] },
  { lang: 'de', text: 'Sehr geehrte Frau Weber,\n\nsenden Sie mir bitte die Unterlagen bis zum 15. April.\n\nMit freundlichen Grüßen\nLena Koch', hasAttachments: false, expected: [] },
];

// prettier-ignore
const PL: Case[] = [
  { lang: 'pl', text: 'Wyślij mi plik.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'pl', text: 'Cześć Marku,\n\nwyślij mi do piątku dane za Q3.\n\nPozdrawiam\nAnia', hasAttachments: false, expected: ['please'], core: true },
  { lang: 'pl', text: 'Czy możesz wysłać mi dane za Q3?', hasAttachments: false, expected: ['date'], core: true },
  { lang: 'pl', text: 'Czy mógłbyś sprawdzić ofertę do czwartku?', hasAttachments: false, expected: [], core: true },
  { lang: 'pl', text: 'Proszę, sprawdź projekt umowy.', hasAttachments: false, expected: ['date'] },
  { lang: 'pl', text: 'Cześć Marku,\n\nczy mógłbyś przejrzeć slajdy przed jutrzejszym spotkaniem?\n\nDzięki,\nAnia', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Zaktualizuj arkusz i jak najszybciej udostępnij go zespołowi.', hasAttachments: false, expected: ['please'] },
  { lang: 'pl', text: 'Zarezerwuj też salę na warsztat 12 marca.', hasAttachments: false, expected: ['please'] },
  { lang: 'pl', text: 'Potrzebuję podpisanego formularza do końca dnia.', hasAttachments: false, expected: ['please'] },
  { lang: 'pl', text: 'Cześć wszystkim,\n\nw poniedziałek biuro będzie zamknięte z powodu prac konserwacyjnych.\n\nPozdrawiam\nAnia', hasAttachments: false, expected: [], core: true },
  { lang: 'pl', text: 'Do wiadomości: nowy ekspres do kawy już stoi w kuchni.', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Cześć Marku,\n\nw załączniku przesyłam zaktualizowany budżet.\n\nPozdrawiam\nAnia', hasAttachments: false, expected: ['attachment'], core: true },
  { lang: 'pl', text: 'Cześć Marku,\n\nw załączniku przesyłam zaktualizowany budżet.\n\nPozdrawiam\nAnia', hasAttachments: true, expected: [], core: true },
  { lang: 'pl', text: 'Załączam protokół ze spotkania.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'pl', text: 'Czy możesz jeszcze raz wysłać swój załącznik? Nie doszedł.', hasAttachments: false, expected: ['date'] },
  { lang: 'pl', text: 'Cześć Marku,\n\nwygląda dobrze.\n\nAnia', replyTo: 'Cześć Aniu,\n\nw załączniku raport, o który prosiłaś.\n\nPozdrawiam\nMarek', hasAttachments: false, expected: ['thanks'], core: true },
  { lang: 'pl', text: 'Cześć Marku,\n\ndzięki, wygląda dobrze.\n\nAnia', replyTo: 'Cześć Aniu,\n\nw załączniku raport, o który prosiłaś.\n\nPozdrawiam\nMarek', hasAttachments: false, expected: [], core: true },
  { lang: 'pl', text: 'Super, to ją rezerwuję.', replyTo: 'Tak, sala konferencyjna jest wolna w czwartek po południu.\n\nMarek\n\nW dniu 3.03.2026 o 10:00 Ania <ania@example.pl> napisała:\n> Czy sala konferencyjna jest wolna w czwartek?', hasAttachments: false, expected: ['thanks'] },
  { lang: 'pl', text: 'Jasne, proszę bardzo.', replyTo: 'Cześć, czy możesz wysłać mi budżet?', hasAttachments: true, expected: [] },
  { lang: 'pl', text: 'Cześć Marku,\n\nbudżet na Q3 jest w załączniku.\n\nAnia', replyTo: 'Cześć Aniu,\n\nczy możesz przesłać mi budżet na Q3? I kiedy jest warsztat z klientem?\n\nPozdrawiam\nMarek', hasAttachments: true, expected: ['unanswered'], core: true },
  { lang: 'pl', text: 'Cześć Marku,\n\nbudżet na Q3 jest w załączniku, a warsztat z klientem jest 14 maja.\n\nAnia', replyTo: 'Cześć Aniu,\n\nczy możesz przesłać mi budżet na Q3? I kiedy jest warsztat z klientem?\n\nPozdrawiam\nMarek', hasAttachments: true, expected: [], core: true },
  { lang: 'pl', text: 'Faktura jest w porządku. Plan projektu zaktualizuję dziś wieczorem.', replyTo: 'Czy możesz sprawdzić fakturę? Czy wykonawca do ciebie oddzwonił? Zaktualizuj też proszę plan projektu.', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'pl', text: 'Wyślij mi plik.\n\nW dniu 4.03.2026 o 09:12 Marek <marek@example.pl> napisał:\n> Dzięki! W załączniku wszystko.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'pl', text: 'Daj znać, co o tym myślisz.', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Dzięki za aktualizację! Wyślij mi ostateczną wersję do poniedziałku.', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Wiesz, gdzie jest podpisana umowa?', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Przyjdziesz w piątek na lunch zespołu?', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Czy możesz do mnie zadzwonić, kiedy znajdziesz chwilę?', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Wypełnij formularz w załączniku i odeślij go do działu kadr.', hasAttachments: false, expected: ['please', 'date', 'attachment'] },
  { lang: 'pl', text: 'Cześć Marku,\n\nwyglądają super!\n\nDzięki,\nAnia', replyTo: 'Cześć Aniu, w załączniku zdjęcia z wydarzenia. Marek', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Zadzwoń do klienta.', hasAttachments: false, expected: ['please', 'date'] },
];

// prettier-ignore
const NB: Case[] = [
  { lang: 'nb', text: 'Send meg fila.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'nb', text: 'Hei Ola,\n\nsend meg tallene for Q3 innen fredag.\n\nHilsen\nKari', hasAttachments: false, expected: ['please'], core: true },
  { lang: 'nb', text: 'Kan du sende meg tallene for Q3?', hasAttachments: false, expected: ['date'], core: true },
  { lang: 'nb', text: 'Kunne du sett over tilbudet innen torsdag?', hasAttachments: false, expected: [], core: true },
  { lang: 'nb', text: 'Vær så snill og sjekk kontraktsutkastet.', hasAttachments: false, expected: ['date'] },
  { lang: 'nb', text: 'Hei Ola,\n\nkan du se over lysbildene før møtet i morgen?\n\nTakk,\nKari', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Oppdater regnearket og del det med teamet så snart som mulig.', hasAttachments: false, expected: ['please'] },
  { lang: 'nb', text: 'Book også et rom til workshopen 12. mars.', hasAttachments: false, expected: ['please'] },
  { lang: 'nb', text: 'Jeg trenger det signerte skjemaet innen slutten av dagen.', hasAttachments: false, expected: ['please'] },
  { lang: 'nb', text: 'Hei alle sammen,\n\npå mandag er kontoret stengt på grunn av vedlikehold.\n\nHilsen\nKari', hasAttachments: false, expected: [], core: true },
  { lang: 'nb', text: 'Til orientering: den nye kaffemaskinen har kommet.', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Hei Ola,\n\nvedlagt er det oppdaterte budsjettet.\n\nHilsen\nKari', hasAttachments: false, expected: ['attachment'], core: true },
  { lang: 'nb', text: 'Hei Ola,\n\nvedlagt er det oppdaterte budsjettet.\n\nHilsen\nKari', hasAttachments: true, expected: [], core: true },
  { lang: 'nb', text: 'Jeg legger ved referatet fra møtet.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'nb', text: 'Kan du sende vedlegget ditt en gang til? Det kom ikke fram.', hasAttachments: false, expected: ['date'] },
  { lang: 'nb', text: 'Hei Ola,\n\nser bra ut.\n\nKari', replyTo: 'Hei Kari,\n\nher er rapporten du ba om.\n\nHilsen\nOla', hasAttachments: false, expected: ['thanks'], core: true },
  { lang: 'nb', text: 'Hei Ola,\n\ntakk, ser bra ut.\n\nKari', replyTo: 'Hei Kari,\n\nher er rapporten du ba om.\n\nHilsen\nOla', hasAttachments: false, expected: [], core: true },
  { lang: 'nb', text: 'Flott, da booker jeg det.', replyTo: 'Ja, møterommet er ledig torsdag ettermiddag.\n\nOla\n\nDen man. 3. mar. 2026 kl. 10:00 skrev Kari <kari@example.no>:\n> Er møterommet ledig på torsdag?', hasAttachments: false, expected: ['thanks'] },
  { lang: 'nb', text: 'Selvfølgelig, her er det.', replyTo: 'Hei, kan du sende meg budsjettet?', hasAttachments: true, expected: [] },
  { lang: 'nb', text: 'Hei Ola,\n\nbudsjettet for Q3 ligger vedlagt.\n\nKari', replyTo: 'Hei Kari,\n\nkan du sende meg budsjettet for Q3? Og når er workshopen med kunden?\n\nHilsen\nOla', hasAttachments: true, expected: ['unanswered'], core: true },
  { lang: 'nb', text: 'Hei Ola,\n\nbudsjettet for Q3 ligger vedlagt, og workshopen med kunden er 14. mai.\n\nKari', replyTo: 'Hei Kari,\n\nkan du sende meg budsjettet for Q3? Og når er workshopen med kunden?\n\nHilsen\nOla', hasAttachments: true, expected: [], core: true },
  { lang: 'nb', text: 'Fakturaen stemmer. Prosjektplanen oppdaterer jeg i kveld.', replyTo: 'Kan du sjekke fakturaen? Har håndverkeren ringt deg tilbake? Oppdater også prosjektplanen.', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'nb', text: 'Send meg fila.\n\nDen tir. 4. mar. 2026 kl. 09:12 skrev Ola <ola@example.no>:\n> Takk! Vedlagt finner du alt.', hasAttachments: false, expected: ['please', 'date'], core: true },
  { lang: 'nb', text: 'Gi meg beskjed om hva du synes.', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Takk for oppdateringen! Send meg den endelige versjonen innen mandag.', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Vet du hvor den signerte kontrakten er?', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Kommer du på teamlunsjen på fredag?', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Kan du ringe meg når du har tid?', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Fyll ut det vedlagte skjemaet og send det til HR.', hasAttachments: false, expected: ['please', 'date', 'attachment'] },
  { lang: 'nb', text: 'Hei Ola,\n\nde ser kjempefine ut!\n\nTusen takk,\nKari', replyTo: 'Hei Kari, vedlagt er bildene fra arrangementet. Ola', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Ring kunden tilbake.', hasAttachments: false, expected: ['please', 'date'] },
];

// Written after the rules were settled and never tuned on: reported separately, with a lower bar.
// prettier-ignore
const HELD_OUT: Case[] = [
  { lang: 'en', text: 'Hi Jo,\n\nForward me the invoice from Acme.\n\nThanks!\nSam', hasAttachments: false, expected: ['date'] },
  { lang: 'en', text: 'Kindly approve the expense report by tomorrow.', hasAttachments: false, expected: [] },
  { lang: 'en', text: "We're moving to the new office next month. Nothing changes for your access badge.", hasAttachments: false, expected: [] },
  { lang: 'en', text: 'Hi Jo, the draft is enclosed.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'en', text: 'Tell the team the meeting moved to 3pm.', hasAttachments: false, expected: ['please'] },
  { lang: 'en', text: "Great, I'll take a look.", replyTo: "Hi Sam,\n\nI've uploaded the slides to the shared drive.\n\nJo", hasAttachments: false, expected: ['thanks'] },
  { lang: 'en', text: 'The budget code is 4711.', replyTo: "Hi Sam, what's the budget code for the trip? And who approves it?", hasAttachments: false, expected: ['unanswered'] },
  { lang: 'en', text: 'Would it be possible to get the figures before the board meeting on the 15th?', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Regel een taxi voor de gasten van morgen.', hasAttachments: false, expected: ['please'] },
  { lang: 'nl', text: 'Zou je het contract willen tekenen?', hasAttachments: false, expected: ['date'] },
  { lang: 'nl', text: 'Het kantoor is vrijdag dicht vanwege de verhuizing.', hasAttachments: false, expected: [] },
  { lang: 'nl', text: 'Bijgaand de offerte.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'nl', text: 'Top, ik kijk er vanmiddag naar.', replyTo: 'Hoi Pieter,\n\nIk heb de slides op de gedeelde schijf gezet.\n\nSanne', hasAttachments: false, expected: ['thanks'] },
  { lang: 'nl', text: 'De projectcode is 4711.', replyTo: 'Wat is de projectcode voor de reis? En wie moet het goedkeuren?', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'nl', text: 'Graag vóór vrijdag je uren invullen.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Leite mir bitte die Rechnung von Acme weiter.', hasAttachments: false, expected: ['date'] },
  { lang: 'de', text: 'Schick die Unterlagen an Frau Meier.', hasAttachments: false, expected: ['please', 'date'] },
  { lang: 'de', text: 'Nächste Woche ziehen wir ins neue Büro um.', hasAttachments: false, expected: [] },
  { lang: 'de', text: 'Beigefügt findest du das Angebot.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'de', text: 'Super, ich schaue sie mir heute an.', replyTo: 'Hallo Lena,\n\nich habe die Folien auf das Laufwerk hochgeladen.\n\nJonas', hasAttachments: false, expected: ['thanks'] },
  { lang: 'de', text: 'Die Kostenstelle ist 4711.', replyTo: 'Wie lautet die Kostenstelle für die Reise? Und wer muss sie genehmigen?', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'de', text: 'Könnten Sie mir die Zahlen bis Ende der Woche schicken?', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Przekaż zespołowi, że spotkanie przesunęliśmy na 15:00.', hasAttachments: false, expected: ['please'] },
  { lang: 'pl', text: 'Czy mógłbyś podpisać umowę?', hasAttachments: false, expected: ['date'] },
  { lang: 'pl', text: 'W przyszłym miesiącu przeprowadzamy się do nowego biura.', hasAttachments: false, expected: [] },
  { lang: 'pl', text: 'Przesyłam w załączeniu ofertę.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'pl', text: 'Super, zerknę na nie dziś.', replyTo: 'Cześć Aniu,\n\nwrzuciłem slajdy na wspólny dysk.\n\nMarek', hasAttachments: false, expected: ['thanks'] },
  { lang: 'pl', text: 'Numer projektu to 4711.', replyTo: 'Jaki jest numer projektu dla tej podróży? I kto musi ją zatwierdzić?', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'pl', text: 'Proszę o przesłanie raportu do piątku.', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Videresend fakturaen fra Acme til meg.', hasAttachments: false, expected: ['please', 'date'] },
  { lang: 'nb', text: 'Kan du signere kontrakten?', hasAttachments: false, expected: ['date'] },
  { lang: 'nb', text: 'Neste måned flytter vi til nye lokaler.', hasAttachments: false, expected: [] },
  { lang: 'nb', text: 'Tilbudet ligger vedlagt.', hasAttachments: false, expected: ['attachment'] },
  { lang: 'nb', text: 'Flott, jeg ser på dem i dag.', replyTo: 'Hei Kari,\n\njeg har lastet opp lysbildene på fellesområdet.\n\nOla', hasAttachments: false, expected: ['thanks'] },
  { lang: 'nb', text: 'Prosjektnummeret er 4711.', replyTo: 'Hva er prosjektnummeret for reisen? Og hvem må godkjenne den?', hasAttachments: false, expected: ['unanswered'] },
  { lang: 'nb', text: 'Send meg gjerne rapporten innen fredag.', hasAttachments: false, expected: [] },
];

const CASES: Case[] = [...EN, ...NL, ...DE, ...PL, ...NB];

function run(c: Case, withLang = false): CoachHint[] {
  return coachDraft({
    text: c.text,
    hasAttachments: c.hasAttachments,
    replyTo: c.replyTo === undefined ? null : { bodyText: c.replyTo },
    ...(withLang ? { lang: c.lang } : {}),
  });
}

const codesOf = (hints: CoachHint[]) => [...new Set(hints.map((h) => h.code))].sort();
const label = (c: Case) => `${c.lang}: ${JSON.stringify(c.text.slice(0, 70))}`;

/** Exact-match rate per language and per code, and the cases that missed. */
function score(withLang: boolean, cases: Case[] = CASES) {
  const perLang: Record<string, { n: number; exact: number }> = {};
  const perCode: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
  for (const code of CODES) perCode[code] = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: string[] = [];
  for (const c of cases) {
    const got = codesOf(run(c, withLang));
    const want = [...c.expected].sort();
    const l = (perLang[c.lang] ??= { n: 0, exact: 0 });
    l.n++;
    if (got.join() === want.join()) l.exact++;
    else misses.push(`${label(c)} want [${want}] got [${got}]`);
    for (const code of CODES) {
      const g = got.includes(code);
      const w = want.includes(code);
      const s = perCode[code]!;
      if (g && w) s.tp++;
      else if (g) s.fp++;
      else if (w) s.fn++;
      else s.tn++;
    }
  }
  return { perLang, perCode, misses };
}

describe('coach table', () => {
  const detected = score(false);
  const given = score(true);
  const heldOut = score(false, HELD_OUT);

  afterAll(() => {
    const rate = (x: { n: number; exact: number }) => (x.exact / x.n).toFixed(3);
    const lines = ['coach exact-match (language detected | language given):'];
    for (const [lang, s] of Object.entries(detected.perLang))
      lines.push(`  ${lang}  n=${s.n}  ${rate(s)} | ${rate(given.perLang[lang]!)}`);
    lines.push('per code (language detected): accuracy, precision, recall');
    for (const [code, s] of Object.entries(detected.perCode)) {
      const n = s.tp + s.fp + s.fn + s.tn;
      const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
      const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
      lines.push(
        `  ${code.padEnd(10)} acc=${((s.tp + s.tn) / n).toFixed(3)}  p=${p.toFixed(3)}  r=${r.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
      );
    }
    if (detected.misses.length) lines.push('misses:', ...detected.misses.map((m) => '  ' + m));
    const held = Object.values(heldOut.perLang).reduce((a, s) => ({ n: a.n + s.n, exact: a.exact + s.exact }), {
      n: 0,
      exact: 0,
    });
    lines.push(`held-out (never tuned on): ${held.exact}/${held.n} = ${rate(held)}`);
    for (const [lang, s] of Object.entries(heldOut.perLang)) lines.push(`  ${lang}  n=${s.n}  ${rate(s)}`);
    if (heldOut.misses.length) lines.push('held-out misses:', ...heldOut.misses.map((m) => '  ' + m));
    console.log(lines.join('\n'));
  });

  it('has at least 30 cases per language, positives and negatives for every code', () => {
    for (const lang of ['en', 'nl', 'de', 'pl', 'nb'] as const) {
      const cases = CASES.filter((c) => c.lang === lang);
      expect(cases.length).toBeGreaterThanOrEqual(30);
      for (const code of CODES) {
        expect(cases.some((c) => c.expected.includes(code))).toBe(true);
        expect(cases.some((c) => !c.expected.includes(code))).toBe(true);
      }
    }
  });

  it('gets at least 90% of the drafts exactly right in every language', () => {
    for (const s of Object.values(detected.perLang)) expect(s.exact / s.n).toBeGreaterThanOrEqual(0.9);
    for (const s of Object.values(given.perLang)) expect(s.exact / s.n).toBeGreaterThanOrEqual(0.9);
  });

  it('gets at least 75% of the held-out drafts exactly right', () => {
    const all = Object.values(heldOut.perLang);
    const exact = all.reduce((a, s) => a + s.exact, 0);
    const n = all.reduce((a, s) => a + s.n, 0);
    expect(exact / n).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps every code at 90% accuracy or better', () => {
    for (const s of Object.values(detected.perCode))
      expect((s.tp + s.tn) / (s.tp + s.fp + s.fn + s.tn)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(CASES.filter((c) => c.core).map((c) => [label(c), c] as const))('core: %s', (_, c) => {
    expect(codesOf(run(c))).toEqual([...c.expected].sort());
    expect(codesOf(run(c, true))).toEqual([...c.expected].sort());
  });
});

function applyFix(text: string, hint: CoachHint | undefined): string {
  if (!hint?.fix) return text;
  return text.slice(0, hint.fix.at) + hint.fix.text + text.slice(hint.fix.at);
}

describe('coach hints', () => {
  it.each([
    ['en', 'Send me the file.', 'Send me the file, please.'],
    [
      'en',
      'Hi Sam,\n\nAlso send me the Q3 numbers by Friday.',
      'Hi Sam,\n\nAlso please send me the Q3 numbers by Friday.',
    ],
    ['en', 'Tom, send me the numbers by Friday.', 'Tom, please send me the numbers by Friday.'],
    ['nl', 'Stuur me het bestand.', 'Stuur me graag het bestand.'],
    ['de', 'Schick mir die Datei.', 'Schick mir bitte die Datei.'],
    ['de', 'Ruf mich morgen an.', 'Ruf mich bitte morgen an.'],
    ['pl', 'Wyślij mi plik.', 'Wyślij mi proszę plik.'],
    ['nb', 'Send meg fila.', 'Send meg gjerne fila.'],
    ['nb', 'Se over dokumentet innen fredag.', 'Se gjerne over dokumentet innen fredag.'],
  ] as const)('please fix (%s): %s', (lang, text, fixed) => {
    const hint = coachDraft({ text, hasAttachments: false, lang }).find((h) => h.code === 'please');
    expect(hint?.messageKey).toBe('coachPlease');
    expect(applyFix(text, hint)).toBe(fixed);
  });

  it('points the please and date hints at the request sentence', () => {
    const text = 'Hi Sam,\n\nThe workshop went well. Send me the slides.\n\nAnna';
    const hints = coachDraft({ text, hasAttachments: false });
    for (const code of ['please', 'date'] as const) {
      const span = hints.find((h) => h.code === code)?.span;
      expect(span && text.slice(span.start, span.end)).toBe('Send me the slides.');
    }
  });

  it('points the attachment hint at the words that say so', () => {
    const text = 'Hi Tom,\n\nI think this is fine. The report is attached.';
    const span = coachDraft({ text, hasAttachments: false }).find((h) => h.code === 'attachment')?.span;
    expect(span && text.slice(span.start, span.end)).toBe('attached');
  });

  it.each([
    [
      'en',
      'Hi Tom,\n\nLooks good.',
      'Hi Anna,\n\nHere is the report.\n\nTom',
      'Hi Tom,\n\nThanks for sending this! Looks good.',
    ],
    ['en', 'Looks good.', 'Here is the report.', 'Thanks for sending this! Looks good.'],
    [
      'en',
      'Hi Tom, looks good. See you.',
      'Here is the report.',
      'Hi Tom, looks good. Thanks for sending this! See you.',
    ],
    [
      'nl',
      'Hoi Sanne,\n\nZiet er goed uit.',
      'Hier is het rapport.',
      'Hoi Sanne,\n\nBedankt voor het toesturen! Ziet er goed uit.',
    ],
    [
      'de',
      'Hallo Jonas,\n\nsieht gut aus.',
      'Anbei der Bericht.',
      'Hallo Jonas,\n\nDanke fürs Schicken! sieht gut aus.',
    ],
    [
      'pl',
      'Cześć Marku,\n\nwygląda dobrze.',
      'W załączniku raport.',
      'Cześć Marku,\n\nDzięki za przesłanie! wygląda dobrze.',
    ],
    ['nb', 'Hei Ola,\n\nser bra ut.', 'Her er rapporten.', 'Hei Ola,\n\nTakk for tilsendt! ser bra ut.'],
  ] as const)('thanks fix (%s): %s', (lang, text, reply, fixed) => {
    const hint = coachDraft({ text, hasAttachments: false, lang, replyTo: { bodyText: reply } }).find(
      (h) => h.code === 'thanks',
    );
    expect(hint?.messageKey).toBe('coachThanks');
    expect(applyFix(text, hint)).toBe(fixed);
  });

  it('counts what was asked and what the draft takes up', () => {
    const hint = coachDraft({
      text: "The invoice is correct. I'll update the plan tonight.",
      hasAttachments: false,
      replyTo: {
        bodyText: 'Can you check the invoice? Did the contractor call you back? Also, please update the project plan.',
      },
    }).find((h) => h.code === 'unanswered');
    expect(hint).toMatchObject({ messageKey: 'coachUnanswered', params: ['3', '2'] });
  });

  it('takes "yes" as the answer to one yes/no question', () => {
    const hints = coachDraft({
      text: 'Yes, and the budget is attached.',
      hasAttachments: true,
      replyTo: { bodyText: 'Are you joining the offsite? Could you send the budget?' },
    });
    expect(hints.map((h) => h.code)).not.toContain('unanswered');
  });

  it('maps offsets back past invisible characters', () => {
    const text = '\u200B\u200BSend me\u200B the file.';
    const hint = coachDraft({ text, hasAttachments: false, lang: 'en' }).find((h) => h.code === 'please');
    expect(hint?.span && text.slice(hint.span.start, hint.span.end)).toBe('Send me\u200B the file.');
    expect(applyFix(text, hint)).toBe('\u200B\u200BSend me\u200B the file, please.');
  });

  it('says nothing on empty drafts and bad input', () => {
    expect(coachDraft({ text: '', hasAttachments: false })).toEqual([]);
    expect(coachDraft({ text: '   \n\n', hasAttachments: false, replyTo: { bodyText: 'Here is the file.' } })).toEqual(
      [],
    );
    expect(coachDraft(null as never)).toEqual([]);
    expect(coachDraft({ text: 42, hasAttachments: false, replyTo: { bodyText: null } } as never)).toEqual([]);
    expect(
      coachDraft({ text: 'Send me the file.', hasAttachments: false, lang: 'xx' as never }).length,
    ).toBeGreaterThan(0);
  });
});

describe('coach robustness', () => {
  const pieces = [
    'Send me ',
    'please ',
    'Could you ',
    '?',
    '. ',
    '!',
    '\n',
    '\r\n',
    '> ',
    'On Mon, Tom wrote:\n',
    'attached ',
    'im Anhang ',
    'w załączniku ',
    'vedlagt ',
    'thanks ',
    'dziękuję ',
    'by Friday ',
    'bis 13.03. ',
    'kl. 14 ',
    '\u200B',
    '\u202E',
    '\uFEFF',
    'İ',
    'مرحبا ',
    'שלום ',
    '<b>',
    '</b>',
    '<a href="x">',
    '&nbsp;',
    '😀',
    '\uD800',
    'Hi Tom,\n',
    'Cześć Marku,\n',
    '- ',
    '1) ',
    'a'.repeat(50),
    ' '.repeat(30),
    '.'.repeat(20),
  ];
  const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));
  const anyText = fc.oneof(hostile, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
  const anyLang = fc.constantFrom(undefined, 'en', 'nl', 'de', 'pl', 'nb');

  it('never throws and keeps every offset inside the draft', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.option(anyText), anyLang, (text, hasAttachments, reply, lang) => {
        const hints = coachDraft({
          text,
          hasAttachments,
          replyTo: reply === null ? null : { bodyText: reply },
          ...(lang ? { lang } : {}),
        });
        for (const h of hints) {
          expect(CODES).toContain(h.code);
          expect(h.messageKey).toMatch(/^coach[A-Z]/);
          if (h.span) {
            expect(0 <= h.span.start && h.span.start <= h.span.end && h.span.end <= text.length).toBe(true);
          }
          if (h.fix) expect(h.fix.at >= 0 && h.fix.at <= text.length).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  // A guard against hangs (catastrophic backtracking), not a benchmark: the bound is generous.
  it('finishes on 200 KB of hostile input', () => {
    const inputs = [
      'Send me the file '.repeat(12_000),
      'a'.repeat(200_000),
      ('x'.repeat(399) + '\n').repeat(500),
      '\u200B'.repeat(200_000),
      '?'.repeat(200_000),
      ('Could you please check the invoice by Friday? ' + 'word '.repeat(40) + '\n').repeat(800),
      '<div>' + 'Can you send <b>it</b>? '.repeat(8000) + '</div>',
      ('\u202Eמרחבא ' + 'im Anhang '.repeat(5)).repeat(3000),
      fc.sample(hostile, { numRuns: 1, seed: 7 })[0]!.repeat(2000).slice(0, 200_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      const hints = coachDraft({ text, hasAttachments: false, replyTo: { bodyText: text } });
      expect(Array.isArray(hints)).toBe(true);
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expect(COACH_MAX_CHARS).toBe(20_000);
  });
});
