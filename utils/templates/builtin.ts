// Built-in templates, written natively per language: informal but friendly, acknowledge at once,
// say when the answer comes, say please and thank you, close the loop.
import { TEMPLATE_KINDS, type TemplateKind, type TemplateRow } from '../db/types';
import type { Lang } from '../languages';

type Text = { title: string; body: string };

const TEXTS: Record<Lang, Record<TemplateKind, Text>> = {
  en: {
    acknowledge: {
      title: 'Got it — answer on its way',
      body: `Hi[[ {firstName}]],

Thanks for your email[[ about "{subject}"]] — it's arrived and I'm on it. [[You'll have my answer by {dueDate}.||I'll get back to you as soon as I can.]][[ {deadlineAsk}]][[ {attachmentNote}]]

Thanks,
[[{myName}]]`,
    },
    please: {
      title: 'Could you help me with…',
      body: `Hi[[ {firstName}]],

Could you please help me with something?[[ {requestSummary}]]
[[It would be great to have it by {dueDate}.]] If that's tricky, just let me know and we'll find another way.

Thanks a lot!
[[{myName}]]`,
    },
    thanks: {
      title: 'Thank you for your help',
      body: `Hi[[ {firstName}]],

Thank you so much for your help[[ with "{subject}"]] — it made a real difference. I really appreciate it.

Cheers,
[[{myName}]]`,
    },
    progress: {
      title: 'Quick update',
      body: `Hi[[ {firstName}]],

A quick update[[ on "{subject}"]]: I'm still working on it and it's going well. [[You'll have the full answer by {dueDate}.||I'll let you know as soon as it's done.]]

Thanks for your patience,
[[{myName}]]`,
    },
    closing: {
      title: "Here's my answer",
      body: `Hi[[ {firstName}]],

Here's my answer[[ on "{subject}"]] — thanks for waiting.

[[{requestSummary}]]
[[{toSend}]]

Does this cover everything you need? If anything is missing or unclear, just tell me.

Thanks,
[[{myName}]]`,
    },
    nudge: {
      title: 'Friendly reminder',
      body: `Hi[[ {firstName}]],

Just a friendly reminder[[ about "{subject}"]] — I know you're busy.[[ I asked: "{requestSummary}"]] [[Could you let me know by {dueDate}?||Could you let me know when you'll have a moment for it?]] If you need anything from me first, just say.

Thank you!
[[{myName}]]`,
    },
  },
  nl: {
    acknowledge: {
      title: 'Goed ontvangen — antwoord volgt',
      body: `Hoi[[ {firstName}]],

Dank je voor je mail[[ over ‘{subject}’]]. Hij is goed aangekomen en ik ga ermee aan de slag. [[Je hebt uiterlijk {dueDate} mijn antwoord.||Ik laat zo snel mogelijk van me horen.]][[ {deadlineAsk}]][[ {attachmentNote}]]

Groetjes,
[[{myName}]]`,
    },
    please: {
      title: 'Zou je me kunnen helpen?',
      body: `Hoi[[ {firstName}]],

Zou je me ergens mee willen helpen?[[ {requestSummary}]]
[[Het zou fijn zijn als het uiterlijk {dueDate} lukt.]] Lukt dat niet, laat het me dan gerust weten, dan zoeken we samen een oplossing.

Alvast bedankt!
[[{myName}]]`,
    },
    thanks: {
      title: 'Bedankt voor je hulp',
      body: `Hoi[[ {firstName}]],

Heel erg bedankt voor je hulp[[ met ‘{subject}’]]. Daar heb ik echt wat aan gehad, top!

Groetjes,
[[{myName}]]`,
    },
    progress: {
      title: 'Even een tussenstand',
      body: `Hoi[[ {firstName}]],

Even een tussenstand[[ over ‘{subject}’]]: ik ben er nog mee bezig en het schiet goed op. [[Uiterlijk {dueDate} heb je het volledige antwoord.||Zodra het klaar is, hoor je het van me.]]

Bedankt voor je geduld,
[[{myName}]]`,
    },
    closing: {
      title: 'Hier is mijn antwoord',
      body: `Hoi[[ {firstName}]],

Bedankt voor het wachten! Hier is mijn antwoord[[ op ‘{subject}’]].

[[{requestSummary}]]
[[{toSend}]]

Heb je hiermee alles wat je nodig hebt? Mist er nog iets of is iets onduidelijk, laat het me gewoon weten.

Groetjes,
[[{myName}]]`,
    },
    nudge: {
      title: 'Vriendelijke herinnering',
      body: `Hoi[[ {firstName}]],

Ik weet dat je het druk hebt, maar ik wilde je even herinneren aan mijn vraag[[ over ‘{subject}’]].[[ Mijn vraag was: ‘{requestSummary}’]] [[Zou je me uiterlijk {dueDate} kunnen laten weten hoe het ervoor staat?||Zou je me kunnen laten weten wanneer je er tijd voor hebt?]] Heb je eerst nog iets van mij nodig? Zeg het maar.

Dank je wel!
[[{myName}]]`,
    },
  },
  de: {
    acknowledge: {
      title: 'Angekommen — Antwort folgt',
      body: `Hallo[[ {firstName}]],

danke für deine Mail[[ zu „{subject}“]] – sie ist angekommen und ich kümmere mich darum. [[Meine Antwort bekommst du bis {dueDate}.||Ich melde mich so bald wie möglich bei dir.]][[ {deadlineAsk}]][[ {attachmentNote}]]

Viele Grüße
[[{myName}]]`,
    },
    please: {
      title: 'Kannst du mir helfen?',
      body: `Hallo[[ {firstName}]],

kannst du mir bitte bei etwas helfen?[[ {requestSummary}]]
[[Schön wäre es bis {dueDate}.]] Falls das knapp wird, sag einfach Bescheid, dann finden wir eine andere Lösung.

Danke dir!
[[{myName}]]`,
    },
    thanks: {
      title: 'Danke für deine Hilfe',
      body: `Hallo[[ {firstName}]],

vielen Dank für deine Hilfe[[ bei „{subject}“]]! Das hat mir wirklich weitergeholfen.

Viele Grüße
[[{myName}]]`,
    },
    progress: {
      title: 'Kurzer Zwischenstand',
      body: `Hallo[[ {firstName}]],

kurz zum Stand[[ bei „{subject}“]]: Ich bin noch dran und komme gut voran. [[Die vollständige Antwort bekommst du bis {dueDate}.||Sobald ich fertig bin, melde ich mich.]]

Danke für deine Geduld
[[{myName}]]`,
    },
    closing: {
      title: 'Hier ist meine Antwort',
      body: `Hallo[[ {firstName}]],

danke fürs Warten – hier ist meine Antwort[[ zu „{subject}“]].

[[{requestSummary}]]
[[{toSend}]]

Hast du damit alles, was du brauchst? Wenn etwas fehlt oder unklar ist, sag einfach Bescheid.

Viele Grüße
[[{myName}]]`,
    },
    nudge: {
      title: 'Freundliche Erinnerung',
      body: `Hallo[[ {firstName}]],

ich weiß, du hast viel um die Ohren – ich wollte nur kurz an meine Frage[[ zu „{subject}“]] erinnern.[[ Ich hatte gefragt: „{requestSummary}“]] [[Könntest du mir bis {dueDate} Bescheid geben?||Kannst du mir sagen, wann du dazu kommst?]] Falls du vorher noch etwas von mir brauchst, melde dich gern.

Danke dir!
[[{myName}]]`,
    },
  },
  pl: {
    acknowledge: {
      title: 'Dotarło — odpowiedź w drodze',
      body: `Cześć[[ {firstName}]],

dzięki za wiadomość[[ w sprawie „{subject}”]] – dotarła i już się tym zajmuję. [[Odpowiedź prześlę Ci najpóźniej w terminie: {dueDate}.||Odezwę się najszybciej, jak to możliwe.]][[ {deadlineAsk}]][[ {attachmentNote}]]

Pozdrawiam
[[{myName}]]`,
    },
    please: {
      title: 'Czy możesz mi pomóc?',
      body: `Cześć[[ {firstName}]],

czy możesz mi w czymś pomóc?[[ {requestSummary}]]
[[Najlepiej do: {dueDate}.]] Jeśli to za krótko, daj znać – coś wymyślimy.

Z góry dzięki!
[[{myName}]]`,
    },
    thanks: {
      title: 'Dzięki za pomoc',
      body: `Cześć[[ {firstName}]],

wielkie dzięki za pomoc[[ w sprawie „{subject}”]]! Bardzo mi to ułatwiło pracę.

Pozdrawiam
[[{myName}]]`,
    },
    progress: {
      title: 'Krótka aktualizacja',
      body: `Cześć[[ {firstName}]],

krótko o tym, jak idzie[[ sprawa „{subject}”]]: wciąż nad tym pracuję i wszystko idzie dobrze. [[Pełną odpowiedź dostaniesz najpóźniej w terminie: {dueDate}.||Dam znać, jak tylko skończę.]]

Dzięki za cierpliwość
[[{myName}]]`,
    },
    closing: {
      title: 'Oto moja odpowiedź',
      body: `Cześć[[ {firstName}]],

dzięki za cierpliwość – oto moja odpowiedź[[ w sprawie „{subject}”]].

[[{requestSummary}]]
[[{toSend}]]

Czy to wszystko, czego potrzebujesz? Jeśli czegoś brakuje albo coś jest niejasne, po prostu daj znać.

Pozdrawiam
[[{myName}]]`,
    },
    nudge: {
      title: 'Przyjazne przypomnienie',
      body: `Cześć[[ {firstName}]],

wiem, że masz dużo na głowie, więc tylko delikatnie przypominam o mojej prośbie[[ w sprawie „{subject}”]].[[ Moja prośba brzmiała: „{requestSummary}”]] [[Dasz radę odpisać do: {dueDate}?||Dasz znać, kiedy znajdziesz chwilę?]] Jeśli potrzebujesz czegoś ode mnie, śmiało pisz.

Dzięki!
[[{myName}]]`,
    },
  },
  nb: {
    acknowledge: {
      title: 'Mottatt — svar kommer',
      body: `Hei[[ {firstName}]],

Takk for e-posten[[ om «{subject}»]]! Den har kommet fram, og jeg er i gang. [[Du får svar fra meg innen {dueDate}.||Jeg svarer deg så snart jeg kan.]][[ {deadlineAsk}]][[ {attachmentNote}]]

Hilsen
[[{myName}]]`,
    },
    please: {
      title: 'Kan du hjelpe meg?',
      body: `Hei[[ {firstName}]],

Kan du hjelpe meg med noe?[[ {requestSummary}]]
[[Det hadde vært fint å få det innen {dueDate}.]] Hvis det blir for knapt, er det bare å si fra, så finner vi en løsning.

Tusen takk på forhånd!
[[{myName}]]`,
    },
    thanks: {
      title: 'Takk for hjelpen',
      body: `Hei[[ {firstName}]],

Tusen takk for hjelpen[[ med «{subject}»]]! Det var til stor hjelp.

Hilsen
[[{myName}]]`,
    },
    progress: {
      title: 'Kort oppdatering',
      body: `Hei[[ {firstName}]],

En kort oppdatering[[ om «{subject}»]]: Jeg jobber fortsatt med saken, og det går fint. [[Du får det fullstendige svaret innen {dueDate}.||Jeg sier fra så snart jeg er ferdig.]]

Takk for tålmodigheten!
[[{myName}]]`,
    },
    closing: {
      title: 'Her er svaret mitt',
      body: `Hei[[ {firstName}]],

Takk for at du ventet! Her er svaret mitt[[ om «{subject}»]].

[[{requestSummary}]]
[[{toSend}]]

Har du alt du trenger nå? Hvis noe mangler eller er uklart, er det bare å si fra.

Hilsen
[[{myName}]]`,
    },
    nudge: {
      title: 'Vennlig påminnelse',
      body: `Hei[[ {firstName}]],

Jeg vet du har mye å gjøre, men ville bare minne deg på spørsmålet mitt[[ om «{subject}»]].[[ Jeg spurte: «{requestSummary}»]] [[Kan du gi meg et svar innen {dueDate}?||Kan du si fra når du har tid til å se på det?]] Trenger du noe fra meg først, er det bare å si fra.

Takk skal du ha!
[[{myName}]]`,
    },
  },
};

export { TEMPLATE_KINDS };

export const BUILTIN_TEMPLATES: readonly TemplateRow[] = (Object.keys(TEXTS) as Lang[]).flatMap((language) =>
  TEMPLATE_KINDS.map((kind): TemplateRow => {
    const { title, body } = TEXTS[language][kind];
    return { id: `builtin:${language}:${kind}`, kind, language, title, body, builtin: true, uses: 0, updatedAt: 0 };
  }),
);

/**
 * What the acknowledgement and the answer say for the wishes a colleague did not put into words
 * ({deadlineAsk}, {attachmentNote}, {toSend}), per language.
 */
export const UNSAID_WISHES: Record<
  Lang,
  { deadlineAsk: string; attachmentNote: string; sendFile: string; sendFigures: string }
> = {
  en: {
    deadlineAsk: 'If you need it by a particular time, just tell me when.',
    attachmentNote: "One thing: the attachment you mentioned didn't come through — could you send it again, please?",
    sendFile: '[📎 Attach the file here]',
    sendFigures: '[Add the figures here]',
  },
  nl: {
    deadlineAsk: 'Heb je het op een bepaald moment nodig? Laat maar weten wanneer.',
    attachmentNote: 'Eén ding nog: de bijlage die je noemt, is niet meegekomen. Wil je die nog een keer sturen?',
    sendFile: '[📎 Bijlage hier toevoegen]',
    sendFigures: '[Cijfers hier invullen]',
  },
  de: {
    deadlineAsk: 'Brauchst du es bis zu einem bestimmten Zeitpunkt? Sag mir einfach, bis wann.',
    attachmentNote:
      'Eine Sache noch: Der Anhang, den du erwähnst, ist nicht mitgekommen – schickst du ihn mir bitte noch einmal?',
    sendFile: '[📎 Datei hier anhängen]',
    sendFigures: '[Zahlen hier einfügen]',
  },
  pl: {
    deadlineAsk: 'Jeśli potrzebujesz tego na konkretny termin, daj znać, na kiedy.',
    attachmentNote: 'Jeszcze jedno: załącznik, o którym piszesz, nie dotarł – możesz przesłać go jeszcze raz?',
    sendFile: '[📎 Tu dołącz plik]',
    sendFigures: '[Tu wpisz liczby]',
  },
  nb: {
    deadlineAsk: 'Trenger du det innen et bestemt tidspunkt, er det bare å si fra når.',
    attachmentNote: 'En ting til: Vedlegget du nevner, kom ikke med – kan du sende det på nytt?',
    sendFile: '[📎 Legg ved filen her]',
    sendFigures: '[Sett inn tallene her]',
  },
};

/** Words that say the colleague wants figures (numbers, amounts), per language. */
export const FIGURE_WORDS =
  /\b(?:figures?|numbers|amounts?|totals?|cijfers|getallen|bedragen|zahlen|beträge|summen|liczby|kwoty|dane liczbowe|tall(?:ene)?|beløp(?:ene)?)\b/iu;
