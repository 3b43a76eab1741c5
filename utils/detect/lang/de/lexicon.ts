// German cues for requests, non-requests, automated mail and deadlines.
import { englishAskIn, type LanguageLexicon } from '../../lexicon';

const IMPERATIVES =
  'logg|ändere|ändert|wechsle|wechselt|logge|loggt|schick|schicke|sende|prüf|prüfe|bestätige|gib|ruf|trag|melde|schau|schaut|kümmere|kümmert|denk|denkt|vergiss|vergesst|leite|leitet|setz|setze|plane|plant|buche|bucht|unterschreib|unterschreibe|zeichne|füll|fülle|füllt|lies|lest|erledige|reich|reiche|reicht|lade|ladet|aktualisiere|korrigiere|klär|kläre|klärt|besorg|besorge|stell|stelle|stellt|nimm|nehmt|sag|sagt|antworte|antwortet|gebt|schickt|sendet|prüft|tragt|ergänze|ergänzt|installiere|bestelle|bestell|organisiere|informiere|beantworte|plan|nutz|nutze|nutzt|frag|fragt|leg|lege|legt|bring|bringt|übernimm|testet|schreibt|meldet|aktualisiert|räumt|beantwortet|bestätigt|überprüft|kontrolliert|druck|drucke|druckt|ruft|schreib|schreibe|zähl|zähle|zählt|bezahl|bezahle|bezahlt|überweis|überweise|überweist';

export const de: LanguageLexicon = {
  lang: 'de',
  commonWords: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'ich',
    'du',
    'sie',
    'wir',
    'nicht',
    'mit',
    'für',
    'auf',
    'den',
    'dem',
    'ein',
    'eine',
    'bitte',
    'danke',
    'kannst',
    'können',
    'könntest',
    'zu',
    'von',
    'es',
    'noch',
    'bis',
    'uns',
    'mir',
    'dir',
    'ihr',
    'auch',
    'schon',
    'wie',
    'was',
    'hast',
    'haben',
    'wird',
    'sind',
    'grüße',
    'gruß',
    'viele',
    'im',
    'am',
    'des',
  ],
  letters: /[ßäöü]/,
  quoteIntro: '(?:am)',
  quoteVerb: '(?:schrieb|hat geschrieben)',
  headerFields: '(?:von|gesendet|datum|an|cc|betreff)',
  forwardMarker:
    '(?:ursprüngliche nachricht|weitergeleitete nachricht|originalnachricht|anfang der weitergeleiteten nachricht)',
  mobileFooter: '(?:von meinem iphone gesendet|gesendet von meinem|gesendet von outlook für|von meinem)',
  greeting:
    '(?:hallo|hi|hey|liebe|lieber|liebes|guten morgen|guten tag|sehr geehrte|sehr geehrter|servus|moin|grüß dich|grüezi)',
  signOff:
    '(?:grüße|gruß|viele grüße|beste grüße|liebe grüße|lg|vg|mfg|mit freundlichen grüßen|freundliche grüße|schöne grüße|herzliche grüße|danke|vielen dank|danke dir|danke schön|besten dank|bis dann|bis später|ciao|tschüss)',
  titles: '(?:herr|frau|hr|fr|dr|prof)\\.?',
  groupWords: '(?:alle|allerseits|zusammen|team|kolleginnen|kollegen|ihr beiden|leute)',
  requests: [
    {
      // Obligations announced to a group that includes the reader.
      re: /\b(?:alle|sämtliche)\b.{0,80}\b(?:müssen|sollen)\b|\b(?:müssen|sollen) (?:alle|sämtliche|jede[rs]?)\b/i,
      kind: 'action',
    },
    {
      // "Ich bräuchte …", "ich hätte gern …" (not "ohne dich hätten wir das nicht geschafft").
      re: /\b(?:brauche|brauch|benötige|bräuchte|bräucht|bräuchten|brauchen|benötigen) (?:ich|wir)\b(?!\s+(?:\S+\s+){0,2}?(?:nicht|nichts|kein|keine|keinen)\b)|\b(?:ersuche|ersuchen) (?:ich |wir )?(?:sie|dich|euch)\b|\b(?:sie|du|ihr) (?:müssten|müsstest|müsstet) (?:uns|mir|noch|bitte|dann|bis)\b(?![^?,;]*\s(?:haben|sein|worden)[.!,]?(?:\s|$))(?![^?,;]*\b(?:nicht|kein|keine|keinen)\b)|\b(?:ich|wir) (?:ersuche|ersuchen)\b|\bwäre (?:es )?(?:(?:dir|ihnen|euch|sehr|echt|wirklich)\s+)?(?:hilfreich|super|toll|schön|gut|nett|prima|klasse|froh|dankbar),? wenn (?:du|sie|ihr)\b|\b(?:hätte|hätten) (?:ich|wir)\b.{0,30}\bgerne?\b|^(?!(?:ich|wir)\b)(?:(?!\b(?:ich|wir) (?:muss|müssen)\b).)*?(?:^|\s)(?:muss|müssen|soll|sollen)\b.{0,60}\b(?:werden|erledigt sein|fertig sein|vorliegen|abgeschlossen sein)\b(?!\s+können)/i,
      kind: 'action',
    },
    // Round 112: what the sender would like to hear ("Danach höre ich gern, wie das Gespräch lief",
    // "Ich würde gern hören, ob …").
    {
      re: /^(?![\s\S]*(?:^|[\s,])(?:bevor|ehe) (?:wir|ich)(?=[\s,]))[\s\S]*?(?:^|[\s,])(?:höre ich|ich höre|würde ich|ich würde|möchte ich|ich möchte)\s+(?:(?:dann|danach|auch|sehr|total|wirklich)\s+)?gerne?(?:\s+(?:hören|wissen))?\s*,?\s*(?:wie|ob|was|wann|wo|welche|welcher|welches)(?=[\s,.!?]|$)/i,
      kind: 'question',
      decisive: true,
    },
    {
      re: /\b(?:wäre es (?:dir |ihnen |euch )?möglich|ist es (?:dir |ihnen |euch )?möglich|darf ich (?:dich|sie|euch) bitten|ich möchte (?:dich|sie|euch) bitten|(?:ich|wir) (?:wollte|wollten|möchte|möchten|würde|würden) (?:dich|sie|euch) (?:(?:mal|kurz|noch|gern|gerne|höflich)\s+)*fragen,? ob (?:du|sie|ihr)|(?:ich|wir) (?:wollte|wollten|möchte|möchten|würde|würden) (?:(?:daher|deshalb|hiermit|gerne|gern|höflich|kurz|nun|auch)\s+)*(?:anfragen|nachfragen),? ob (?:du|sie|ihr)|ich hätte gern(?:e)?|ich bräuchte|wir bräuchten|(?:sie|ihr) werden gebeten|wie ist der (?:aktuelle )?stand|gibt es (?:schon|bereits) (?:neuigkeiten|news|einen stand)|hast du (?:schon )?(?:zeit|gelegenheit|die möglichkeit))\b/i,
      kind: 'question',
    },
    {
      re: /\b(?:kannst|könntest|würdest|könnt|könntet|würdet|magst|willst)\s+(?:du|ihr)\b|\b(?:können|könnten|würden|möchten)\s+sie\b/i,
      kind: 'action',
      direct: true,
    },
    { re: /\b(?:wärst du|wären sie|wärt ihr)\s+so\s+(?:nett|freundlich|lieb)\b/i, kind: 'action', direct: true },
    { re: /\bbitte\b/i, kind: 'action', direct: true },
    {
      // "Wir bitten Sie um …", and with the verb before its subject after a fronted phrase: "Deshalb
      // bitte ich Sie um …", "… möchten wir Sie um die Ausleihe … bitten".
      re: /\b(?:ich|wir)\s+bitten?\s+(?:um|dich|sie|euch)\b|\bbitten? (?:ich|wir) (?:(?:dich|sie|euch)\b|um\b)|\b(?:(?:möchte|möchten|würde|würden|darf|dürfen) (?:ich|wir)|(?:ich|wir) (?:möchte|möchten|würde|würden)) (?:dich|sie|euch)\s.{0,120}\sbitten\b/i,
      kind: 'action',
    },
    {
      // Round 65. The whole group asked, or whoever of it can: "Ich bitte jeden, der an dem Tag ein paar
      // Stunden mithelfen kann, sich in die Liste … einzutragen", "Wir bitten alle, die …, um …".
      re: /\b(?:ich|wir)\s+bitten?\s+(?:alle|jeden|jede|jede[:*/_]r)(?:,\s*(?:der|die|welche)\s[^.?!]{1,120},)?\s+(?:um|sich|ihre?|sein\p{L}*|bis|heute|morgen|noch|kurz|rechtzeitig|die|das|den)(?![\p{L}])/iu,
      kind: 'action',
      decisive: true,
    },
    {
      re: new RegExp(
        // Round 8 also after a softener with "aber": "Nicht dringend, aber schau sie dir mal an".
        `^(?:(?:und|auch|also|außerdem|übrigens|noch was|ach ja|ps|dann)[,:]?\\s+)*(?:${IMPERATIVES})\\b(?!\\s+(?:ich|wir)\\b)|(?:^|[,;:–—-]\\s*)aber\\s+(?:${IMPERATIVES})\\s+(?:sie|es|ihn|das|die|den|dir|mir|uns|bitte|doch|mal|kurz|einfach|gern|gerne)\\b`,
        'i',
      ),
      kind: 'action',
      direct: true,
    },
    {
      re: /\b(?:gib|gebt|geben sie|sag|sagt|sagen sie)\s+(?:mir|uns)?\s*(?:bitte\s+)?(?:kurz\s+)?bescheid\b|\b(?:lass|lasst|lassen sie)\s+(?:mich|uns)\s+(?:bitte\s+)?(?:kurz\s+)?wissen\b/i,
      kind: 'question',
      direct: true,
    },
    {
      re: /\b(?:ich|wir)\s+(?:wäre|wär|wären)\s+(?:dir|ihnen|euch)\s+(?:(?:sehr|echt|wirklich|total|so)\s+)?dankbar\b|\b(?:wäre|wären) (?:ich|wir) (?:dir|ihnen|euch) (?:sehr |wirklich |außerordentlich )?dankbar\b|\bfehl(?:t|en) (?:mir |uns )?(?:(?:nur|jetzt|eigentlich|leider|aktuell) ){0,2}noch (?:dein|deine|deinen|deiner|euer|eure|euren)\b|\b(?:es wäre|wäre|wär|wär's|wärs) (?:super|toll|gut|hilfreich|schön|prima|klasse|nett)(?:,)? (?:wenn|falls) (?:du|ihr|sie)\b|\bes wäre (?:super|toll|gut|hilfreich|schön|prima|klasse|nett)\b|\bfehl(?:t|en) (?:noch|immer noch) (?:von dir|von euch|von ihnen)\b|\bes würde (?:mir|uns) (?:sehr |wirklich )?helfen\b|\bwenn (?:du|ihr|sie) (?:mir|uns) (?:bitte |kurz )?(?:sagst|sagt|sagen|schickst|schickt|schicken|mitteilst|mitteilen|gibst)\b/i,
      kind: 'action',
    },
    {
      re: /\b(?:ich|wir)\s+(?:brauche|brauch|brauchen|benötige|benötigen)\b(?!\s+(?:noch\s+)?(?:etwas\s+)?(?:zeit|mehr zeit))(?!\s+(?:\S+\s+){0,2}?(?:nicht|nichts|kein|keine|keinen)\b)/i,
      kind: 'action',
    },
    { re: /\b(?:ich|wir)\s+(?:warte|warten)\s+(?:noch\s+)?auf\b/i, kind: 'action' },
    // Round 60: also the gender forms "Jede:r", "Mitarbeiter*innen". Round 63: also with an aside
    // between commas ("Jeder, auch die Technik und die Gastro, muss …").
    {
      re: /\b(?:du|ihr|sie|alle|jeder|jede|jede[:*/_]r|alle mitarbeitenden|alle mitarbeiter(?:[:*/_]?innen)?)\s+(?:musst|müsst|müssen|muss|sollst|sollt|sollen|sollten)\b|\b(?:jeder|jede|jedes|jede[:*/_]r)(?:\s+(?:\S+\s+){1,3}?|,\s[^.?!,]{1,80},\s*)(?:muss|soll|sollte)\b|\b(?:musst|müsst|sollst|solltest)\s+(?:du|ihr)\b/i,
      kind: 'action',
    },
    {
      re: /\b(?:erinnerung|erinnere|denk(?:t)? (?:bitte )?daran|nicht vergessen|vergiss nicht)\b/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 45. The verb before "du" opens a question ("Hast du die Schlüssel?"); after a fronted
      // phrase it is a statement ("Sonntag hast du frei") unless the line asks.
      re: /^(?:(?:und|oder|aber|übrigens|ach ja),?\s+)?(?:(?:weißt|hast|siehst|kennst|findest)\s+du|(?:wisst|habt)\s+ihr|(?:wissen|haben)\s+sie)\b|(?:\b(?:weißt|hast|siehst|kennst|findest)\s+du|\b(?:wisst|habt)\s+ihr|\b(?:wissen|haben)\s+sie)\b(?=[^?]*\?)/i,
      kind: 'question',
    },
    {
      // An obligation said with "sein + zu" and a deadline: "Der Online-Teil ist bis 15.12.
      // abzuschließen", "Die Formulare sind spätestens Freitag einzureichen" (not "ist … zu rechnen"),
      // also before a further clause ("…, der praktische Teil folgt im Januar").
      re: /\b(?:ist|sind)\s(?:.{0,60}\s)?(?:bis|spätestens|vor)\s.{0,60}(?:\szu (?!rechnen\b)[a-zäöüß]+en|\s[a-zäöüß]+zu[a-zäöüß]{3,}en)(?:\s*[.!]?\s*$|,\s)/i,
      kind: 'action',
    },
    {
      // An imperative softened with "doch": "schau doch bei Gelegenheit mal drüber", "ruf doch kurz an".
      re: /\b(?<!\b(?:ich|er|es|man) )(?:schau|guck|schick|ruf|gib|sag|nimm|lies|leg|bring|frag|probier|denk|trag|prüf|wirf|sprich|melde dich|meld dich|schaut|ruft|gebt|schickt|meldet euch) (?:(?:mir|uns|dir) )?doch\b/i,
      kind: 'action',
      direct: true,
    },
    {
      // A status question about work: "Sind die Befunde schon ans Gesundheitsamt gemeldet?"
      re: /^(?:(?:und|so|übrigens|kurze frage:?)[,:]?\s+)?(?:ist|sind|wurde|wurden|hat|haben|habt|hast)\s.{3,}\s(?:schon|bereits|inzwischen|mittlerweile)\s(?!wieder\b)[^?]*\?\s*$/i,
      kind: 'question',
    },
    {
      // A question announced as such: "Eine Frage hätte ich noch: …?"
      re: /\b(?:frage hätte ich|(?:ich )?hätte (?:da )?(?:noch )?(?:eine|zwei|eine kurze) fragen?)\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    { re: /\b(?:freigabe|freigeben|genehmigung|genehmigen|okay|ok|einverstanden|zustimmung)\b.*\?/i, kind: 'approval' },
    {
      // Round 7. Gratitude or a wish for an ask is as explicit as "bitte": "Ich wäre dir dankbar,
      // wenn …", "Für eine kurze Rückmeldung wären wir Ihnen sehr dankbar", "Es wäre super, wenn du
      // auch …" (also when it follows another ask).
      re: /\b(?:(?:wäre|wär|wär's|wärs) (?:es )?(?:super|toll|gut|hilfreich|schön|prima|klasse|nett|großartig|ideal),? (?:wenn|falls) (?:du|ihr|sie)|(?:wäre|wären) (?:ich|wir) (?:dir |ihnen |euch )?(?:sehr |wirklich |außerordentlich )?dankbar|(?:ich|wir) (?:wäre|wären) (?:dir |ihnen |euch )?(?:sehr |wirklich )?dankbar)\b/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 10. Gratitude tied to what the reader is to do asks as surely as "bitte", also as a
      // further ask after the first: "Außerdem wäre ich dankbar, wenn Sie den Raum buchen", "Zudem
      // wären wir Ihnen dankbar, falls Sie …", "Ich wäre dir sehr dankbar, wenn du …". Round 84: also
      // spoken "Ich wär dir echt dankbar, wenn du …".
      // Round 42: also help named as the reader's part ("Es wäre mir eine große Hilfe, wenn du …",
      // "Es würde uns sehr helfen, wenn Sie …", "Mir wäre sehr geholfen, wenn ihr …").
      re: /\b(?:(?:wäre|wär|wären) (?:ich|wir)|(?:ich|wir) (?:wäre|wär|wären)) (?:dir |ihnen |euch )?(?:sehr |wirklich |echt |total |außerordentlich |auch )?(?:dankbar|froh),? (?:wenn|falls) (?:du|ihr|sie)\b|\b(?:wäre|wär|würde) (?:es )?(?:mir|uns) (?:(?:auch|eine|sehr|echt|wirklich|enorm|total|schon)\s+){0,2}(?:(?:große|riesige|echte|enorme|tolle|wirkliche)\s+)?(?:hilfe|helfen),? (?:wenn|falls) (?:du|ihr|sie)\b|\b(?:mir|uns) wäre (?:damit )?(?:sehr |schon |echt |enorm |wirklich )?geholfen,? (?:wenn|falls) (?:du|ihr|sie)\b/i,
      kind: 'action',
      decisive: true,
      direct: true,
    },
    {
      // Round 12. A wish tied to what the reader is to do: "Ich würde mich sehr freuen, wenn du einen
      // Blick darauf werfen könntest", "Wir würden uns freuen, wenn Sie uns bis Freitag …", "Es würde
      // mich freuen, wenn ihr …" (not "Ich würde mich freuen, wenn es klappt").
      re: /\b(?:(?:ich|wir) (?:würde|würden) (?:mich|uns)|(?:es )?würde (?:mich|uns)) (?:sehr |riesig |wirklich |total )?freuen,? (?:wenn|falls) (?:du|ihr|sie)\b/i,
      kind: 'action',
      decisive: true,
      direct: true,
    },
    {
      // Round 12. A need with the subject left out, at the start of a sentence: "Brauche die Zahlen
      // für Q4 bis morgen", "Bräuchte noch deine Unterschrift", "Benötige bitte die Liste heute noch";
      // round 63: also "brauch" ("brauch noch dein OK für den Stoff beim Auftrag Weber").
      re: /^(?:(?:und|also|noch|kurz)\s+)?(?:brauche|brauch|bräuchte|benötige)(?!\s+(?:\S+\s+){0,2}?(?:nicht|nichts|kein|keine|keinen|keiner)\b)\s+(?:die|das|den|dein|deine|deinen|ihre|ihren|eure|euren|noch|bitte|dringend|mal|kurz|bis|heute|morgen|von)\b/i,
      kind: 'action',
    },
    englishAskIn('und|auch|übrigens|btw|quick question'),
    {
      // Round 44. A question put to all who know ("Er det noen som vet hvor hulltanga er?", "Does
      // anyone know where the key is?"): the reader is one of them.
      re: /^(?:(?:und|übrigens|btw|kurze frage)[,:]?\s+)?(?:weiß|weiss)\s+(?:(?:zufällig|einer|eine)\s+)?(?:jemand|einer|eine|wer)(?:\s+von euch)?(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 45. What the sender would be glad to get ("Über eine grobe Kostenschätzung würden wir
      // uns sehr freuen"; not the closing "Ich freue mich auf Ihre Antwort"), and whether a thing
      // is possible, asked of the reader ("Wäre es denkbar, dass Ihre Werkstatt so etwas baut?").
      re: /^(?:(?:und|auch)\s+)?über\s[^.?!]{1,80}?\s(?:würde|würden)\s+(?:ich|wir)\s+(?:mich|uns)\s+(?:(?:sehr|riesig|besonders|ebenfalls|auch)\s+)*freuen\b|^(?:\S+\s+){0,2}?(?:wäre|ist)\s+es\s+(?:(?:eventuell|vielleicht|denn|grundsätzlich|allenfalls)\s+)?(?:möglich|denkbar|machbar|realistisch)\b[^?]*\?\s*$/i,
      kind: 'question',
      decisive: true,
      direct: true,
    },
    {
      // Round 46. Who has a thing or where it is ("Wie heeft de reservesleutel van sloep 7?", "Who
      // has the spare key?"): a fact the reader may know.
      re: /^(?:(?:und|übrigens|kurze frage)[,:]?\s+)?(?:wer|wo)\s+(?:hat|haben|ist|sind|liegt|liegen|steht|stehen)\s+(?:der|die|das|den|unser|unsere|mein|meine)(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 81. What, when or how it is at the reader's place ("Ab welchem Alter kann man bei Ihnen
      // eintreten?", "Was kostet bei euch ein Jahresabo?"): asked of whoever is there.
      re: /^(?:(?:und|noch|kurze frage)[,:]?\s+)?(?:(?:ab|bis|an|in|zu|um|seit|für)\s+)?(?:wann|wie|wo|was|welche\p{L}*|wieviel\p{L}*)(?![\p{L}])[^?]*(?<![\p{L}])bei (?:ihnen|euch|dir)(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 82 (the "… of you" forms are the model's). Who will take a task ("Wer kann einen Kuchen backen oder Waffeln
      // mitbringen?"): each reader is asked; not a rhetorical "Wer kann das schon sagen?".
      re: /^(?:(?:und|also|noch|kurze frage)[,:]?\s+)?wer\s+(?:kann|könnte|hat lust|hätte lust|möchte|will|würde|übernimmt|bringt|backt|meldet sich)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:schon|sagen|wissen|ahnen|glauben|verstehen|erklären|wünschen|gedacht|geahnt|besser\p{L}*)(?![\p{L}]))[^?]*\?\s*$/iu,
      kind: 'question',
    },
    { re: /\?\s*$/, kind: 'question' },
  ],
  notRequests: [
    // Round 50. A wish put as a question that answers itself: "Wäre es nicht toll, wenn die Orgel zum
    // Konzert wieder spielt?".
    /^(?:(?:und|aber)\s+)?(?:wäre|wär|ist|war) (?:es|das) nicht (?:\S+\s+)?(?:toll|schön|großartig|fantastisch|super|herrlich|genial|klasse|wunderbar|cool)\S*[^?]*\?\s*$/i,
    /\b(?:richtige adressat|irrtümlich erhalten|nicht der beabsichtigte empfänger)\b/i,
    /^(?:und )?(?:wie (?:war|waren|ist|lief) (?:dein|deine|euer|eure|ihr|ihre|der|die|das)\b.{0,25}\b(?:urlaub|wochenende|reise|ferien|messe|konferenz|flug|umzug|tag)\b|wie geht(?:'s| es (?:dir|euch|ihnen))|alles gut bei (?:dir|euch))/i,
    /\b(?:gute nachrichten|herzlichen glückwunsch|glückwunsch|ich halte (?:dich|euch|sie) auf dem laufenden|ich gebe (?:dir|euch|ihnen) bescheid|(?:du musst|ihr müsst|sie müssen) nichts)\b/i,
    /\b(?:du musst|ihr müsst|sie müssen)\b.{0,30}\b(?:nichts|nix)\b|\bnichts (?:weiter )?zu tun\b|\bkeine (?:aktion|maßnahme|rückmeldung) (?:nötig|notwendig|erforderlich)\b/i,
    /\bwer hätte\b.{0,40}\b(?:gedacht|geahnt)\b/i,
    // The sender's own commitment with the verb before "ich"/"wir": "Den Zeichnungssatz schick ich
    // dir bis Freitag", "Die Zahlen reichen wir Montag nach" (a statement, no ask in it).
    /^(?!(?:[^?]*\s)?(?:bitte|kannst|könntest|können sie|könnten sie)\b)[^?,;:]{0,80}\s(?:(?:schick|schicke|send|sende|leite|gebe|geb|bringe|bring|mache|mach|melde|kümmere|rufe|ruf|kläre|reiche|lege|stelle|trage|setze|buche|bestelle|erledige|übernehme|maile)(?:'|\s)ich|(?:schicken|senden|leiten|geben|bringen|machen|melden|kümmern|rufen|klären|reichen|legen|stellen|tragen|setzen|buchen|bestellen|erledigen|übernehmen|mailen)\swir)\b[^?]*$/i,
    // An obligation said not to hold: "du musst diesmal nicht mitfahren", "ihr braucht nichts mitzubringen".
    /^(?![^?]*\?)(?:.*\s)?(?:du musst|ihr müsst|musst du|müsst ihr|du brauchst|ihr braucht|brauchst du|braucht ihr)(?:\s[^\s.?!,]+){0,3}?\s(?:nicht|nichts|nix|kein|keine|keinen|nirgends|nirgendwo|nie|niemals)\b(?!\s+(?:nur|vergessen)\b)/i,
    /^(?:ich|wir)\s+(?:schicke|schicken|sende|senden|werde|werden|melde mich|melden uns|kümmere|kümmern|gebe|geben|rufe|rufen|mache|machen|kläre|klären|übernehme|übernehmen|bringe|bringen|leite|schaue|schauen)\b/i,
    /^(?:morgen|heute|nächste woche|bis freitag|am montag|am freitag)\s+(?:schicke|sende|werde|melde|kümmere|gebe|rufe|mache|kläre)\s+ich\b/i,
    /\bbei (?:weiteren |offenen )?fragen\b|\bfalls (?:du|ihr|sie) (?:noch )?fragen\b|\bwenn (?:du|ihr|sie) (?:noch )?fragen\b|\bmeld(?:e|et)? dich gerne\b|\bstehe (?:ich )?(?:gerne )?zur verfügung\b|\bgerne (?:melden|bei mir melden)\b/i,
    /\b(?:bitte (?:(?:auch|zudem|außerdem|ebenfalls) )?(?:beachten|beachte|beachtet)|bitte berücksichtige, dass|bitte berücksichtigt, dass|bitte berücksichtigen sie, dass|zur info(?:rmation)?|zur kenntnis|kein handlungsbedarf|nur zur info|fyi|ihr müsst nichts tun|du musst nichts tun|nichts zu tun)\b/i,
    /\bwer hätte (?:das )?(?:gedacht|geahnt)\b|\bwer hätte\b|^(?:warum|wieso|weshalb) (?:ist|sind|passiert) (?:das|es)? ?(?:immer|schon wieder)\b|\bkannst du (?:dir )?(?:das )?glauben\b|\bkannst du dir (?:das|so etwas|sowas) (?:nur |bloß |überhaupt )?vorstellen\b|^stell dir (?:mal )?vor\b|\bglaubt ihr\b|\bwas will man mehr\b|\bist das nicht (?:toll|super|schön|großartig)\b/i,
    /\b(?:anbei|im anhang)\s+(?:sende|schicke|findest|finden)\b/i,
    // "In dieser Zeit könnt ihr den Aufzug in Haus A nutzen": what the reader may do, not an ask.
    /^(?:in|an|ab|nach|während|bei|im|am|über|mit|dort|hier|solange|in der zwischenzeit)\s[^,?]{0,60}\s(?:kannst du|könnt ihr|können sie|darfst du|dürft ihr|dürfen sie)\s[^?]*$/i,
    // Musings, thanks and asides that only look like asks.
    /\bkönnte man (?:nicht|ja|doch|eigentlich)\b|\bbitte schön\b|\bbitte sehr\b|\bgern geschehen\b|\bkeine ursache\b/i,
    /\b(?:sag|sagt|sagen sie|gib|gebt|geben sie) (?:mir |uns )?(?:einfach )?bescheid,? (?:falls|wenn|sollte)\b|\bmeld(?:e|et)? (?:dich|euch),? (?:falls|wenn|sollte)\b/i,
    /\bwer (?:braucht|will|mag) (?:schon|denn)\b|^was für (?:ein|eine|einen)\b/i,
    /\b(?:von dir|von euch|von ihnen)\b.{0,25}\bnichts\b|\bnichts mehr\b.{0,20}\b(?:von dir|von euch|von ihnen|nötig)\b/i,
    /\b(?:habt ihr|hast du|haben sie)\b.{0,25}\b(?:gemerkt|gesehen|gehört|mitbekommen|bemerkt)\b(?![^?]*\?)/i,
    // Small talk about the reader's time off or health: "Hast du dich vom Wochenende erholt?",
    // "Seid ihr gut nach Hause gekommen?", "Hattet ihr schöne Feiertage?"
    /^(?:(?:na|und|so|hey|ach|übrigens)[,!]?\s+)?(?:(?:hast du dich|habt ihr euch|haben sie sich)\b.{0,40}\b(?:erholt|eingelebt|eingewöhnt|gut überstanden)|(?:hast du|habt ihr|haben sie)\b.{0,40}\b(?:gut überstanden|genossen)|(?:bist du|seid ihr|sind sie)\b.{0,30}\bgut\b.{0,30}\b(?:angekommen|heimgekommen|zurück|gelandet|nach hause gekommen|erholt)|(?:hattest du|hattet ihr|hatten sie)\b.{0,30}\b(?:schön|gut|erholsam|entspannt|ruhig|toll|angenehm)\w*\b.{0,30}\b(?:wochenende|urlaub|ferien|feiertage|weihnachten|ostern|start|reise|flug|abend|tag|zeit)|geht es (?:dir|euch|ihnen) (?:wieder )?besser)\b[^?]*\?\s*$/i,
    // Where the reader finds something, said as a statement: "Die Folien findest du im Teams-Ordner."
    /^(?!(?:findest|findet|finden)\b)[^?]{0,80}\s(?:findest du|findet ihr|finden sie)\b[^?]*$/i,
    // Where to turn when it is urgent: "In dringenden Fällen wende dich bitte an Jens."
    /\b(?:in dringenden fällen|bei dringenden (?:fragen|anliegen|angelegenheiten)|für dringende (?:fragen|anliegen|angelegenheiten|fälle)|in notfällen|im notfall)\b[^?]*\s(?:wende|wendet|wenden|melde|meldet|melden|ruf|ruft|rufen|kontaktiere|kontaktiert|kontaktieren|schreib|schreibt|schreiben|erreichst|erreicht|erreichen|an)\b[^?]*$/i,
    // Conditional offers: "Solltest du die alten Pläne noch brauchen: Sie liegen im Archiv."
    /^(?:falls|fallst|wenn|wenn'?st|sofern|solltest|sollten|solltet|sollte)\s[^?]{0,80}\s(?:brauchst|braucht|brauchen|benötigst|benötigt|benötigen|suchst|sucht|suchen|möchtest|möchtet|möchten|willst|wollt)(?:\s+(?:solltest|sollt|sollten|solltet|wollen|möchten))?\s*[,:]\s*(?:dann\s+)?(?:(?:sie|es|er|die|das|der|alles|alle|beides)\s+)?(?:findest|findet|finden|liegt|liegen|ist|sind|hat|haben|steht|stehen|kannst|könnt|können|bin|stehe|helfe|gibt)\b[^?]*$/i,
    // What the reader may keep doing, said as a statement: "Parken könnt ihr weiterhin wie gewohnt
    // auf dem Hof." (verb second, no question mark).
    /^(?!(?:kannst|könnt|können|könntest|könntet|könnten|darfst|dürft|dürfen)\b)[^?]{0,80}\s(?:kannst du|könnt ihr|können sie|darfst du|dürft ihr|dürfen sie)\b[^?]*\s(?:weiterhin|wie gewohnt|wie bisher|wie immer|wie üblich|nach wie vor|jederzeit|auch weiterhin|trotzdem|natürlich|selbstverständlich|ab sofort|wieder|ganz normal|wie gehabt)\b[^?]*$/i,
    // Round 113. A courtesy that opens with "gern": "Gerne können Sie sich die Uhr vorher bei uns
    // ansehen", "Gern kannst du mich anrufen" (not with a time or "bitte": "Gerne können Sie mir bis
    // Freitag …").
    /^gerne?,? (?:können|könnt|kannst|dürfen|dürft|darfst) (?:sie|ihr|du)\s(?![^?]*(?:^|\s)(?:bis|bitte|spätestens|sofort|heute|morgen)(?=[\s,.!]|$))[^?]*$/i,
    // Round 7. What the reader may use, offered: "Die Vorlage vom letzten Jahr können Sie gern
    // wiederverwenden", "Den Beamer könnt ihr gerne mitnehmen", "Du kannst gern meine Notizen nutzen".
    /^(?:[^?]{0,80}\s)?(?:kannst du|könnt ihr|können sie|darfst du|dürft ihr|dürfen sie|du kannst|ihr könnt|sie können|du darfst|ihr dürft|sie dürfen)\s+(?:[^\s?]+\s+){0,3}?gerne?\s+(?:[^\s?]+\s+){0,5}?(?:wieder|weiter|mit|be|aus|an|ein)?(?:verwenden|nutzen|nehmen|behalten|leihen|kopieren|drucken|sehen|schauen|übernehmen)\b[^?]*$/,
    // Round 6. Courtesy offers: "Ruf mich gerne an, wenn du das durchsprechen möchtest"; round 7 also
    // visits: "Schau gern mal rein, wenn du in der Nähe bist", "Komm gern vorbei, falls du Zeit hast".
    /^(?:und\s+)?(?:ruf|ruft|rufen sie|schreib|schreibt|schreiben sie|melde|meldet|melden sie|schau|schaut|schauen sie|komm|kommt|kommen sie)\s+(?:mich|mir|uns|dich|euch|sich)?\s*(?:gerne|gern|jederzeit|einfach)\b[^?]*\s(?:wenn|falls|sofern|sollte|solltest)\s[^?]*(?:bedarf|fragen|lust|interesse|möchtest|möchtet|möchten|willst|wollt|hilfe|zeit|magst|mögt|in der nähe|vorbeikommst|vorbeikommt|da bist|da seid)\b[^?]*$/,
    // An ask taken back: "Vergiss meine Frage von gestern", "Meine Bitte hat sich erledigt".
    /^(?:(?:sorry|ach|ok|okay|übrigens),?\s+)?(?:vergiss|vergesst|vergessen sie|ignorier|ignoriere|ignoriert|ignorieren sie)\s+(?:bitte\s+)?(?:meine|die|diese|meinen|den)\s+(?:[^\s,:]+\s+){0,3}?(?:frage|bitte|mail|e-mail|nachricht|anfrage)\b(?!.*\b(?:stattdessen|sondern)\b)[^?]*$|^(?:meine|die)\s+(?:frage|bitte|anfrage)\b[^?]*\shat sich\s+(?:schon\s+|bereits\s+|inzwischen\s+)?erledigt\b[^?]*$/,
    // Round 10. What the reader can do once the sender's work is done: "…, danach können Sie den
    // Raum sofort nutzen", "Anschließend könnt ihr die Küche wieder benutzen", "Im Anschluss kannst
    // du direkt loslegen" (not "Danach können Sie bitte …").
    /(?:^|[,;:–—]\s*)(?:(?:und|aber)\s+)?(?:danach|anschließend|im anschluss|ab dann|ab da|gleich danach|direkt danach)\s+(?:kannst du|könnt ihr|können sie|darfst du|dürft ihr|dürfen sie)\s(?![^?]*\bbitte\b)[^?]*\b(?:nutzen|benutzen|verwenden|beziehen|loslegen|weiterarbeiten|zugreifen|einziehen|einräumen|in betrieb nehmen)\b[^?]*$/,
    // What the news lets the reader do: "Dann kannst du den ersten Besuch danach planen."
    /^(?:dann|so|damit)\s+(?:kannst du|könnt ihr|können sie)\s[^?]*(?:planen|einplanen|disponieren|vorbereiten|loslegen|weiterarbeiten|rechnen|einstellen|beginnen|starten)\b(?!.*\bbitte\b)[^?]*$/,
    // The reader's own plan approved: "Ja, das darfst du so machen", "… und das hast du ja gemacht."
    /^(?:ja|klar|gern|gerne|natürlich|selbstverständlich|kein problem)?,?\s*(?:das|so)\s+(?:darfst du|dürft ihr|dürfen sie|kannst du|könnt ihr|können sie)\s+(?:\S+\s+){0,2}?(?:so\s+)?machen\b[^?]*$|(?:und|was)\s+das\s+(?:hast du|habt ihr|haben sie)\s+(?:ja\s+)?(?:schon\s+|bereits\s+)?(?:gemacht|getan|erledigt)\b[^?]*$/,
    // Round 8. The sender's own plan said colloquially: "Ich mach bis Freitag eine Übersicht draus",
    // "Ich schick dir die Liste heute Abend", "Ich kümmer mich drum", "Ich ruf den Kunden gleich an".
    /^(?:(?:ok|okay|gut|alles klar|passt)[,!.]?\s+)?(?:ich|wir)\s+(?:mach|schick|ruf|meld|kümmer|bring|geb|leg|setz|trag|frag|schau|guck|sag|besorg|klär|plan|buch|bestell)(?:'s)?\s(?![^?]*(?:^|\s)(?:du|ihr|sie)\s+(?:musst|müsst|müssen|kannst|könnt|können|solltest|solltet|sollten)(?![\p{L}]))[^?]*$/u,
    // Round 8. Small talk about the reader's outing: "Hast du es noch aufs Konzert geschafft?",
    // "Habt ihr es rechtzeitig zum Zug geschafft?", "Haben Sie es noch in die Ausstellung geschafft?"
    /^(?:(?:na|und|so|übrigens)[,!]?\s+)?(?:hast du|habt ihr|haben sie) es\s+(?:(?:noch|denn|doch|dann|am ende|rechtzeitig|pünktlich|auch)\s+)*(?:aufs|ins|zum|zur|in die|in den|in das|auf die|auf den|auf das|nach|bis)\s[^?,]{1,50}\s(?:geschafft|gepackt)\s*\?\s*$/u,
    // Round 8. More rhetorical openers: "Wer konnte ahnen, dass …?", "Wer rechnet schon damit, …?"
    /^(?:und\s+)?wer (?:konnte|kann|könnte) (?:das |so etwas |sowas )?(?:ahnen|wissen|vorhersehen)(?![\p{L}])|^(?:und\s+)?wer (?:rechnet|hat) (?:schon |denn )?(?:damit|mit so etwas|mit sowas) (?:gerechnet|rechnet)?/u,
    // Round 13. Reassurance, not an ask: "Fühl dich aber bitte nicht verpflichtet".
    /(?:^|\s)(?:fühl|fühlt|fühlen sie)\s+(?:dich|euch|sich)\s+(?:(?:aber|bitte|jedoch|auf keinen fall)\s+){0,3}(?:nicht|keineswegs)\s+(?:verpflichtet|gedrängt|unter druck gesetzt)(?![\p{L}])(?<!\?[^?]*)(?<!(?<![\p{L}])(?:kannst du|könntest du|können sie|könnten sie)(?![\p{L}])[^?]*)(?![^?]*(?:\?|(?<![\p{L}])(?:kannst du|könntest du|können sie|könnten sie)(?![\p{L}])))/iu,
    // Round 13. Where to get help, not an ask: "Frag Jana, wenn du nicht weiterkommst".
    /^(?:(?:und|sonst|ansonsten)\s+)?(?:frag|fragt|fragen sie|wende dich an|wendet euch an|wenden sie sich an|melde dich bei|meldet euch bei|ruf|ruft)\s+[^,?]{1,40},?\s+(?:wenn|falls|sobald|sollte(?:st)?)\s+(?:du|ihr|sie)\s+(?:(?:mal|irgendwo|noch)\s+)?(?:nicht weiterkommst|nicht weiterkommt|nicht weiterkommen|nicht weiter weißt|nicht weiter wisst|fragen hast|fragen habt|fragen haben|hilfe brauchst|hilfe braucht|unsicher bist|unsicher seid|feststeckst|festhängst|hängst)(?![\p{L}])[^?]*$/u,
    // Round 13. A reminder that lets the reader off: "Wenn du schon abgegeben hast, ignoriere diese
    // Mail einfach", "Falls bereits erledigt, betrachten Sie diese Nachricht als gegenstandslos".
    /(?:^|\s)(?:(?:ignoriere|ignoriert|ignorieren sie|betrachte|betrachtet|betrachten sie)\s+(?:diese|die|meine)\s+(?:mail|e-?mail|nachricht|erinnerung)|(?:ist|sind)\s+(?:diese|die|meine)\s+(?:mail|e-?mail|nachricht|erinnerung)\s+(?:\p{L}+\s+)?gegenstandslos)(?![\p{L}])(?:(?<=(?<![\p{L}])(?:wenn|falls|sofern|schon|bereits)(?![\p{L}])[^?]{0,160})|(?=[^?]{0,120}?(?<![\p{L}])(?:wenn|falls|sofern|schon|bereits)(?![\p{L}])))(?<!\?[^?]*)(?![^?]*\?)/iu,
    // Round 14. No duty: "Sie müssen dafür keinen Antrag stellen", "Alle anderen müssen vorerst
    // nichts tun" (not "… müssen nicht nur …, sondern auch …", nor a line that also says "bitte").
    /(?:^|\s)(?:sie|du|ihr|wir|alle(?: anderen| übrigen)?|niemand|keiner)\s+(?:\p{L}+\s+){0,2}?(?:müssen|muss|musst|müsst)\s+(?:\p{L}+\s+){0,3}?(?:nicht|nichts|kein|keine|keinen|keinem|nirgends|nirgendwo|nie|niemals)(?![\p{L}])(?<!(?:\?|nicht nur|bitte)[^?]*)(?![^?]*(?:\?|nicht nur|bitte))/iu,
    // Round 15. An exclamation put as a question: "Ist das nicht ein tolles Ergebnis?", "Ist es nicht
    // großartig, was wir geschafft haben?".
    /^(?:(?:und|aber|also|ehrlich),?\s+)?(?:ist|war|sind|waren) (?:das|es|dies) (?:doch |eigentlich )?(?:nicht|kein) (?:\S+ ){0,3}?(?:toll|großartig|super|fantastisch|klasse|spitze|wunderbar|beeindruckend|schön|genial|stark)\S*[^?]*\?\s*$/u,
    // Round 89. A courtesy offer with the trouble first: "Falls am Montag früh trotzdem irgendwas nicht
    // geht: meldet euch gerne bei mir" (not with a time for it: "…, gebt mir bis Freitag Bescheid").
    /^(?:(?:und|sonst)\s+)?(?:falls|wenn|sollte|sollten)\s[^?]{0,100}?(?:nicht\s+(?:geht|gehen|klappt|klappen|funktioniert|funktionieren|läuft|laufen|passt|passen)|probleme?|fragen|unklar|unklarheiten|schiefgeht|hakt)(?![\p{L}])[^?]{0,40}?[,:–—]\s*(?:dann\s+)?(?:meldet euch|melde dich|meld dich|melden sie sich|gebt (?:mir )?bescheid|gib (?:mir )?bescheid|sagt bescheid|sag bescheid|ruft (?:mich )?an|ruf (?:mich )?an)(?![^?]*(?<![\p{L}])(?:bis|spätestens|heute|morgen)(?![\p{L}]))[^?]*$/iu,
    // Round 89. What the reader may do, the verb put first: "Parken können Sie direkt in der Einfahrt",
    // "Abholen kannst du den Schlüssel beim Pförtner" (a statement, not "Können Sie …?").
    /^\p{L}+(?:en|ern|eln)\s+(?:können sie|kannst du|könnt ihr|dürfen sie|darfst du|dürft ihr)\s(?![^?]*(?<![\p{L}])bitte(?![\p{L}]))[^?]*$/iu,
    // Round 93. Was der Absender selbst an Zeit braucht, der Grund einer Frist: "Der Vorstand berät am 14.,
    // ich brauche also etwas Zeit, um sie zu lesen" (nicht neben "bitte", "kannst du").
    /^(?![^?]*(?<![\p{L}])(?:bitte|kannst du|können sie|könnt ihr|könntest du|könnten sie|schick\p{L}*|bis|spätestens|innerhalb)(?![\p{L}]))[^?]*(?<![\p{L}])(?:ich|wir) (?:brauche|brauchen|benötige|benötigen) (?:(?:also|noch|dann|aber|ja|dafür|selbst) ){0,2}(?:etwas |ein bisschen |ein wenig |mehr |genug |genügend |ein paar tage |einen tag )?zeit(?:,? um| für| zum)(?![\p{L}])[^?]*$/iu,
    // Round 93. Wer braucht da noch …, mit Stolz gefragt: "Wer braucht da noch Südfrankreich?", "Wer
    // braucht schon Malle?" (nicht "Wer braucht noch einen Parkausweis?").
    /^(?:(?:und|also|ehrlich)[,]?\s+)?wer braucht (?:(?:da|dann|denn) (?:noch|schon)|schon|(?:da|dann) überhaupt noch)\s[^?]{1,60}\?\s*$/iu,
    // Round 93. Was der Absender schon für den Leser bereitgelegt hat: "Für Ihren Termin im Lesesaal am
    // Dienstag … haben wir die Einwohnermeldekartei für Sie bereitgelegt" (nicht neben "bitte").
    /^(?![^?]*(?<![\p{L}])(?:bitte|könnten|können sie|würden sie|kannst du)(?![\p{L}]))[^?]*(?<![\p{L}])(?:haben wir|habe ich|hab ich|wir haben|ich habe|ich hab)\s[^?]*(?<![\p{L}])für (?:sie|dich|euch)\s+(?:\p{L}+\s+)?(?:bereitgelegt|vorbereitet|reserviert|zurückgelegt|hinterlegt|gebucht|eingetragen|bereitgestellt|zusammengestellt|ausgedruckt|freigeschaltet|angelegt)(?![\p{L}])[^?]*$/iu,
    // Round 95. Ein Versprechen dessen, worum der Leser gebeten hat: "Die sollst du haben!", "Den kriegst
    // du!" (nicht "Den kriegst du bis Freitag fertig?").
    /^(?:(?:ja|klar|gerne|gern|natürlich|sicher),?\s+)?(?:die|den|das|sie|ihn|es) (?:sollst du|sollt ihr|sollen sie|kriegst du|kriegt ihr|bekommst du|bekommt ihr|bekommen sie) (?:haben|natürlich|gerne|gern)?\s*[!.]?$/iu,
    // Round 97. Eine Entschuldigung als Imperativ: "Entschuldigen Sie bitte die Unannehmlichkeiten",
    // "Entschuldige bitte die späte Antwort".
    /^(?:(?:und|nochmals|also)[,]?\s+)?(?:bitte\s+)?(?:entschuldigen sie|entschuldige|entschuldigt|verzeihen sie|verzeih|verzeiht)(?:\s+(?:bitte|nochmals|vielmals))*\s+(?:die|den|das|meine|unsere)\s+(?:\p{L}+\s+)?(?:unannehmlichkeiten|verzögerung|verspätung|antwort|umstände|störung|verwirrung|missverständnis|mail|e-mail|tippfehler|kurzfristigkeit)(?![\p{L}])[^?]*$/iu,
  ],
  outOfOffice:
    /\b(?:abwesend|nicht im büro|außer haus|im urlaub|abwesenheitsnotiz|automatische antwort|eingeschränkt erreichbar|nicht erreichbar)\b/i,
  // Round 93: also after a clause of what for, the verb first ("Damit wir die Pfeifen noch in die
  // Planung aufnehmen können, brauche ich die Tabelle noch heute").
  restatement:
    /^(?:(?:damit|da|weil|um|sobald)\s[^,.?]{1,120},\s*)?(?:(?:ich|wir)\s+(?:brauche|brauch|brauchen|bräuchte|bräuchten|benötige|benötigen)|(?:brauche|brauch|brauchen|bräuchte|bräuchten|benötige|benötigen)\s+(?:ich|wir))\s+(?:es|das|sie|ihn|beides|alles|(?:die|den|das)\s+[\p{L}-]+)\s+(?:(?:bitte|dann|wirklich|spätestens)\s+)?(?:bis|vor|heute|morgen|am|noch|innerhalb|binnen|in den nächsten)\b|^(?:ich|wir)\s+(?:brauche|brauch|brauchen|benötige|benötigen)\s+(?:es|sie|das|die)\s+für\s+(?:die|den|das|meine|unsere|unseren|eine|einen)\s[^?,;]{1,60}[.!]?$/iu,
  ownTask: /^(?:ich|wir)\s+(?:muss|müssen|bin|sind|habe|haben)\b/i,
  automated: [
    /\b(?:keine (?:weiteren )?(?:e-?mails|nachrichten)(?: mehr)? von (?:diesem absender|uns) (?:erhalten|empfangen)|wenn sie keine (?:weiteren )?(?:e-?mails|nachrichten)(?: mehr)? (?:von uns )?(?:erhalten|empfangen) (?:möchten|wollen)|abmelden|abzumelden|abbestellen|abzubestellen|newsletter abbestellen|einstellungen verwalten|benachrichtigungseinstellungen|im browser (?:anzeigen|ansehen))\b/i,
    // Round 83: not an account set up automatically ("Dein Konto wird automatisch erstellt").
    /\b(?:nicht auf diese (?:e-?mail|nachricht) antworten|antworten sie nicht|(?<!(?:konto|zugang|account|profil|benutzerkonto|passwort|zugangsdaten)\s+(?:\S+\s+){0,2})automatisch (?:erstellt|erzeugt|generiert|versendet|versandt)e?|automatisch erzeugte|automatische (?:nachricht|benachrichtigung)|diese nachricht wurde automatisch|systemgenerierte|automatisch generierte|bitte nicht antworten|antworten sie nicht|diese (?:nachricht|e-?mail) wurde (?:automatisch )?(?:von|vom) \S+(?: \S+){0,3} (?:generiert|erzeugt|erstellt)|antworten (?:an|auf) diese (?:adresse|e-?mail) (?:werden nicht|können nicht) (?:gelesen|bearbeitet|beantwortet))\b/i,
    /\b(?:sie erhalten diese|du erhältst diese|datenschutzerklärung|impressum|alle rechte vorbehalten)\b/i,
    /\b(?:ihre|deine) (?:bestellung|sendung|rechnung|paket|abonnement|konto|passwort)\b|\bsendungsnummer\b|\brechnungsnummer\b/i,
  ],
  attachmentMention: /\b(?:anhang|anbei|angehängt|im anhang|beigefügt|anlage)\b/i,
  attachmentRequest:
    /\b(?:schick|schicke|sende|senden|schicken|weiterleiten|leite|teile|teilen|anhängen|hänge)\b.{0,60}\b(?:datei|dokument|pdf|tabelle|excel|scan|kopie|anhang|bericht|rechnung|vertrag|präsentation|fotos?|übersicht|liste)\b/i,
  // Round 65: Kaffee only as the meeting over one ("auf einen Kaffee"), not the roaster's coffee.
  meeting:
    /\b(?:verschieben|treffen wir|besprechung|meeting|termin|call|telefonat|workshop|sitzung|treffen|mittagessen|(?:einen|auf einen|zum|nen) kaffee|kaffee trinken|teilnehmen|einladung|jour fixe|runde)\b/i,
  dates: {
    weekdays: ['sonntag|so', 'montag|mo', 'dienstag|di', 'mittwoch|mi', 'donnerstag|do', 'freitag|fr', 'samstag|sa'],
    months: [
      'januar|jan|jänner',
      'februar|feb',
      'märz|mär|maerz',
      'april|apr',
      'mai',
      'juni|jun',
      'juli|jul',
      'august|aug',
      'september|sep|sept',
      'oktober|okt',
      'november|nov',
      'dezember|dez',
    ],
    deadlinePrep:
      '(?:bis|bis spätestens|spätestens|vor|bis zum|bis zur|bis ende|innerhalb|frist:?|deadline:?|noch vor)',
    timePrep: '(?:um|bis|vor|gegen|spätestens|ab)',
    hourSuffix: '(?:uhr|h)',
    // Round 57: also the spoken "heut" ("brauch die info heut noch").
    today: '(?:heute|heut|heute nachmittag|heute abend|heute vormittag|noch heute)',
    endOfDay:
      '(?:(?:zum )?ende des (?:arbeits)?tag(?:e)?s|im laufe des tages|tagesende|feierabend|dienstschluss|eod|end of (?:the )?day)',
    tomorrow: '(?:morgen|morgen früh|morgen vormittag|morgen nachmittag)',
    dayAfterTomorrow: '(?:übermorgen)',
    // Round 100: the weekend only as a limit ("bis zum Wochenende", "vor dem Wochenende"), not the time
    // of a thing ("ob die Hütte an diesem Wochenende schon geöffnet ist").
    endOfWeek:
      '(?:(?:das |zum )?ende (?:(?:der|dieser) )?woche|(?<=(?:bis zum|vor dem|bis|vor|zum) )wochenende|diese woche|dieser woche|im laufe der woche)',
    weekOfNext: '(?:(?:der )?(?:nächsten|kommenden) woche|nächster woche|kommender woche|nächste woche|kommende woche)',
    nextWeek:
      '(?:(?:im laufe der )?(?:nächsten|kommenden) woche|nächste woche|nächster woche|kommende woche|kommender woche|anfang nächster woche)',
    midNextWeek: '(?:mitte (?:der )?(?:nächsten|kommenden) woche|mitte (?:nächster|kommender) woche)',
    endOfMonth: '(?:(?:das |zum )?ende (?:des|dieses) (?:laufenden )?monats|monatsende|ende monat)',
    // Round 102: also "innerhalb der nächsten drei Tage".
    inDays:
      '(?:in|innerhalb von|innerhalb|binnen)\\s+(?:(?:der|den)\\s+)?(?:(?:nächsten|kommenden)\\s+)?N\\s+(?:arbeits|werk)?tag(?:en|e)?',
    numberWords: { einem: 1, einen: 1, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, zehn: 10 },
    workingDay: '(?:arbeits|werk)',
    morning: '(?:früh|morgen früh)',
    ordinal: '\\.',
    noon: '(?:mittag|mittags)',
    asap: '(?:so schnell wie möglich|so schnell es geht|schnellstmöglich|schnellstens|möglichst schnell|zeitnah|umgehend|dringend|asap|(?<!ab )sofort|baldmöglichst|baldigst)',
  },
};
