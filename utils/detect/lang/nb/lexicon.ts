// Norwegian Bokmål cues for requests, non-requests, automated mail and deadlines.
import { englishAskIn, type LanguageLexicon } from '../../lexicon';

// Round 101: also "betal den", "Betal fakturaen innen fredag"; round 102 "legg rammeavtalen i arkivet".
// Round 10 also imperatives of reading up and starting: "Sett deg inn i de nye rutinene", "Start på
// kalkylen i morgen", "Begynn med kapittel to", "Sett av en time til gjennomgangen".
const IMPERATIVES =
  'logg inn|logg på|sett (?:meg|oss) på (?:kopi|cc)|send|ta(?! det (?:med ro|rolig)| vare på| (?:deg|dere|meg|oss)(?![\\p{L}])| gjerne kontakt| på(?![\\p{L}]))|sjekk|søk om|søk på|få (?:det|den|dem|alt|dette)|bekreft|fyll ut|fyll inn|gjennomfør|bytt|endre|fullfør|ferdigstill|se over|se på|ta en titt|husk|installer|oppdater|godkjenn|signer|bestill|ring|svar|meld|legg inn|legg ut|legg (?:dem|den|det|alt|disse|dette) (?:inn|ut)|registrer|returner|les gjennom|book|gi|sørg for|ordne|lag|skriv|forbered|del|videresend|kontroller|tilbakemeld|avklar|finn|hent|koordiner|planlegg|print|skriv ut|rett|fiks|kontakt|ta kontakt|følg opp|last opp|påse|lever|lever inn|få inn|få tak i|få ordnet|få på plass|ta gjerne med|få en|få et|få noen|få sendt|få sjekket|få fikset|sett deg inn i|sett opp|sett av|sett i gang|start på|start med|begynn på|begynn med|stopp(?= (?:all|alle|det|den|dem|utsending|salget|leveransen|produksjonen|arbeidet)(?![\\p{L}]))|sett(?= \\p{L}+(?:et|en|ene|a)(?![\\p{L}]) (?:i|på|til|inn|opp|av|ut)(?![\\p{L}]))|tell(?= (?:opp|over|gjerne|antall|alle|hvor|også|de|det|dem)(?![\\p{L}]))|betal(?= (?:den|det|dem|fakturaen|regningen|beløpet|kontingenten|inn|gjerne|bare|nå|i dag|innen|før)(?![\\p{L}]))|legg(?= \\p{L}+(?:en|et|ene|a|ne)(?![\\p{L}]))';

export const nb: LanguageLexicon = {
  lang: 'nb',
  commonWords: [
    'og',
    'i',
    'på',
    'det',
    'er',
    'som',
    'til',
    'en',
    'et',
    'av',
    'for',
    'med',
    'du',
    'jeg',
    'vi',
    'ikke',
    'har',
    'kan',
    'å',
    'den',
    'de',
    'om',
    'dere',
    'meg',
    'oss',
    'hilsen',
    'takk',
    'innen',
    'fra',
    'skal',
    'vil',
    'være',
    'hei',
    'ha',
    'så',
    'også',
    'bare',
    'hvis',
    'mvh',
    'blir',
    'når',
    'etter',
    'nå',
    'må',
    'noe',
    'dette',
  ],
  letters: /[æøå]/,
  quoteIntro: '(?:den|på|man\\.|tir\\.|ons\\.|tor\\.|fre\\.)',
  quoteVerb: '(?:skrev|skreiv)',
  headerFields: '(?:fra|sendt|dato|til|kopi|emne)',
  forwardMarker: '(?:opprinnelig melding|videresendt melding|original melding|begynnelse på videresendt melding)',
  mobileFooter: '(?:sendt fra min|sendt fra)',
  greeting: '(?:hei|hallo|heisann|god morgen|kjære|hei igjen|hi)',
  signOff:
    '(?:hilsen|vennlig hilsen|med vennlig hilsen|mvh|beste hilsen|hilsen fra|takk|tusen takk|takk på forhånd|på forhånd takk|ha en fin dag|snakkes)',
  titles: '(?:herr|fru)\\.?',
  groupWords: '(?:alle|alle sammen|alle i|dere|team|kolleger|kollegaer|folkens|begge)',
  requests: [
    {
      re: /(?:^|\s)(?:trenger|behøver) (?:jeg|vi)(?=[\s,.!?]|$)|^(?:trenger|behøver) (?!(?:du|dere|vi|jeg|ikke|ingen|ingenting|bare)(?=[\s,.!?]|$))\S|(?:^|\s)(?<!(?:jeg|vi) )(?:må|bør|skal) (?:\S+ ){0,2}?\S+(?:es|s)(?=[\s,.!?]|$)|(?:^|\s)(?<!(?:jeg|vi) )(?:må|skal) (?:\S+ ){0,3}?være (?:registrert|levert|innlevert|sendt inn|sendt|godkjent|ferdig|klar|fylt ut|signert|oppdatert|lastet opp|utført|gjennomført)(?=[\s,.!?]|$)/i,
      kind: 'action',
    },
    // Runde 112: hva avsenderen gjerne vil høre ("Etterpå vil jeg gjerne høre hvordan samtalen gikk"; ikke
    // bakgrunnen for en bønn: "Før vi svarer, vil jeg gjerne høre hva du mener …").
    {
      re: /^(?![\s\S]*(?:^|[\s,])før (?:vi|jeg)(?=[\s,]))[\s\S]*?(?:(?:^|[\s,])(?:vil|ville) (?:jeg|vi) (?:(?:veldig|svært)\s+)?gjerne (?:høre|vite),?\s+(?:hvordan|om|hva|når|hvor|hvilken|hvilke)(?=[\s,.!?]|$)|(?:^|[\s,])(?:jeg|vi) (?:vil|ville) (?:(?:veldig|svært)\s+)?gjerne (?:høre|vite),?\s+(?:hvordan|om|hva|når|hvor|hvilken|hvilke)(?=[\s,.!?]|$))/i,
      kind: 'question',
      decisive: true,
    },
    {
      re: /(?:^|\s)(?:kan jeg (?:be|få)|er det mulig|jeg (?:\S+ )?lurer på,? (?:er )?om (?:du|dere) (?:kan|kunne)|hvordan (?:går det|ligger vi an) med|(?:trenger|må ha|må få) (?:svar|tilbakemelding|bekreftelse)|har du (?:fått|rukket|hatt tid|mulighet))(?=[\s,.!?]|$)/i,
      kind: 'question',
    },
    // Round 76: also the dialects' "dokker", "dykk" ("Kunne dokker ta oss med på lista i år og?").
    { re: /\b(?:kan|kunne|vil|ville|gidder|rekker|har)\s+(?:du|dere|dokker|dykk)\b/i, kind: 'action', direct: true },
    { re: /(?:^|\s)(?:vennligst|vær så snill|vær snill og)(?=\s)/i, kind: 'action', direct: true },
    {
      re: new RegExp(
        // Not a noun before a passive: "Svar ventes i juni" (round 18).
        `^(?:(?:og|også|så|forresten|ps|apropos|for øvrig)[,:]?\\s+)*(?:${IMPERATIVES})(?=[\\s,.!?]|$)(?!\\s+\\p{L}+es(?=[\\s,.!?]|$))`,
        'i',
      ),
      kind: 'action',
      direct: true,
    },
    {
      re: /(?:^|\s)(?:gi|gir)\s+(?:meg|oss)\s+(?:gjerne\s+|kort\s+|raskt\s+)?(?:en\s+)?(?:kort\s+)?(?:beskjed|tilbakemelding|svar|lyd|innspill)\b|(?:^|\s)si (?:fra|ifra)\b/i,
      kind: 'question',
      direct: true,
    },
    {
      re: /(?:^|\s)(?:jeg|vi)\s+(?:hadde|ville|vil)\s+(?:(?:derfor|dermed|også|virkelig|altså)\s+)?(?:satt|sette|satt stor)\s+pris\s+på\b|(?:^|\s)(?:jeg|vi)\s+setter\s+(?:stor\s+)?pris\s+på\s+om\b|(?:^|\s)(?:fint|flott|supert|greit|kjekt)\s+(?:om|hvis)\s+(?:du|dere|(?:jeg|vi)\s+(?:kan\s+)?(?:får|få)\s+(?!(?:det\s+)?(?:til|lov|tid|fri|ferie)\b))\b|(?:^|\s)hadde vært (?:fint|flott|supert|greit)\b|(?:^|\s)det (?:hadde|ville) (?:hjulpet|vært til (?:(?:stor|god|veldig stor)\s+)?hjelp|vært en (?:(?:stor|god)\s+)?hjelp)\b/i,
      kind: 'action',
    },
    {
      re: /(?:^|\s)(?:jeg|vi)\s+ber\s+(?:(?:herved|med dette|derfor|samtidig|også|vennligst|pent)\s+)?(?:om|deg|dere)\b|(?:^|\s)ber (?:deg|dere) (?:om|å)\b|(?:^|[\s,])ber (?:jeg|vi) (?:(?:deg|dere|derfor|om)\s+)?(?:om|å)\b/i,
      kind: 'action',
      // Round 47: as direct as "please" ("Vi ber også om at dere bekrefter …" after the first ask).
      direct: true,
    },
    {
      re: /(?:^|\s)(?:jeg|vi)\s+(?:trenger|må ha|behøver)\s|(?:^|\s)(?:jeg|vi)\s+venter\s+(?:fortsatt\s+|ennå\s+|fremdeles\s+)?på\s(?!.*\sfra\s+(?!deg\b|dere\b))|(?:^|\s)mangler (?:fortsatt |ennå |fremdeles )?fra (?:deg|dere)(?=[\s,.!?]|$)/i,
      kind: 'action',
    },
    {
      re: /(?:^|\s)(?:du|dere|alle|alle ansatte|alle medarbeidere|hver enkelt)\s+(?:må|bør|skal|trenger å|er nødt til å)\s|(?:^|\s)hvert?(?: og en)?\s+\S+\s+(?:må|bør|skal|trenger å|er nødt til å)\s(?!(?:jeg|vi|han|hun|de)\s)|(?:^|\s)(?:må|bør|skal) (?:alle|dere|du)\s|(?:^|\s)alle(?=[\s,.!?]|$).{0,60}(?<!(?:vi|jeg) )(?:må|skal|bør)\s/i,
      kind: 'action',
    },
    { re: /(?:^|\s)(?:påminnelse|husk å|husk at|ikke glem|minner om)(?=\s)/i, kind: 'action', direct: true },
    // Round 55: not after its subject, a statement ("Jeg vet dere kommer til å ta godt imot ham").
    {
      re: /(?<!(?:^|\s)(?:jeg|vi|han|hun|man))(?:^|\s)(?:vet|veit|kjenner|ser|synes)\s+(?:du|dere)\b/i,
      kind: 'question',
    },
    { re: /(?:^|\s)(?:godkjenning|godkjenne|godkjent|ok for deg|greit for deg)\b.*\?/i, kind: 'approval' },
    // "Jeg må vite om …", "Vi må få vite hvem …": the sender needs an answer from the reader,
    // as explicit as "let me know whether …".
    {
      re: /(?:^|\s)(?:jeg|vi) (?:må|trenger å) (?:få )?vite (?:om|hva|hvem|når|hvor|hvilke[nt]?|hvordan|hvorfor)(?=[\s,.!?]|$)/i,
      kind: 'question',
      direct: true,
    },
    {
      // Round 7. Advice to the reader asks as plainly as an imperative: "Det er lurt at du tar med
      // legitimasjon", "Jeg tror det er best om du ringer kunden selv", "Det hadde vært smart om dere …".
      re: /(?:^|\s)det (?:er|hadde vært|ville vært|blir) (?:nok )?(?:lurt|best|smart|klokt) (?:at|om|hvis) (?:du|dere)(?=\s)/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 7. Gratitude or a wish for an ask is as explicit as "vennligst": "Jeg hadde satt pris
      // på om du kunne …", "Vi setter stor pris på om dere …", "Fint om du også kan …" (also when it
      // follows another ask). Round 74: also the Nynorsk "Eg hadde sett pris på om de kunne …".
      re: /(?:^|\s)(?:fint|flott|supert|greit|kjekt) (?:om|hvis) (?:du|dere)(?=\s)|(?:^|\s)(?:jeg|vi|eg)\s+(?:hadde|ville|vil)\s+(?:(?:derfor|dermed|også|òg|virkelig|altså)\s+)?(?:satt|sette|sett)\s+(?:stor\s+)?pris\s+på\s+(?:om|hvis|at|viss|dersom)(?=\s)|(?:^|\s)(?:jeg|vi)\s+setter\s+(?:stor\s+)?pris\s+på\s+om(?=\s)/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 10. A need for the reader's own part, the thing named with "din"/"deres" right after
      // "må ha": "Jeg må ha timelisten din i morgen", "Vi må ha tallene deres innen fredag", "Jeg må
      // ha inn rapporten din i dag" (not "Jeg må ha glemt passordet ditt", "Jeg må ha fri").
      re: /(?:^|\s)(?:jeg|vi) må ha (?:inn |tilbake )?\S+(?:en|et|ene|a|ne) (?:din|ditt|dine|deres)(?=[\s,.!?]|$)/i,
      kind: 'action',
      decisive: true,
    },
    englishAskIn('og|også|forresten|btw|quick question'),
    {
      // Round 44. A question put to all who know ("Er det noen som vet hvor hulltanga er?", "Does
      // anyone know where the key is?"): the reader is one of them.
      re: /^(?:(?:og|forresten|btw|spørsmål)[,:]?\s+)?(?:er det noen(?:\s+av dere)?\s+som\s+(?:vet|veit)|vet noen(?:\s+av dere)?)(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 46. Who has a thing or where it is ("Wie heeft de reservesleutel van sloep 7?", "Who
      // has the spare key?"): a fact the reader may know.
      re: /^(?:(?:og|forresten|spørsmål)[,:]?\s+)?(?:hvem\s+har|hvor\s+(?:er|ligger|står))(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 81. What, when or how it is at the reader's place ("Hva koster et årskort hos dere?",
      // "Fra hvilken alder kan man bli med hos dere?"): asked of whoever is there.
      re: /^(?:(?:og|en ting til|kort spørsmål)[,:]?\s+)?(?:(?:fra|til|på|i|for)\s+)?(?:når|hvordan|hvor|hva|hvilken|hvilke|hvilket)(?![\p{L}])[^?]*(?<![\p{L}])hos (?:dere|deg)(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 82 (the "… of you" forms are the model's). Who will take a task ("Hvem kan bake en kake eller ta med vafler?"):
      // each reader is asked; not a rhetorical "Hvem kan vel si det?".
      re: /^(?:(?:og|også|forresten|kort spørsmål)[,:]?\s+)?hvem\s+(?:kan|kunne|vil|har lyst|tar|baker|stiller|melder seg)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:vel|si|vite|skjønne|tro|forklare|ønske\p{L}*|tenkt|trodd|drømt|bedre)(?![\p{L}]))[^?]*\?\s*$/iu,
      kind: 'question',
    },
    { re: /\?\s*$/, kind: 'question' },
  ],
  notRequests: [
    /(?:^|\s)hvem (?:skulle|hadde)(?=[\s,.!?]|$).{0,40}(?:^|\s)(?:trodd|tenkt)(?=[\s,.!?]|$)/i,
    /(?:^|\s)(?:riktig mottaker|feilaktig mottatt|mottatt denne e-?posten ved en feil)/i,
    /^(?:og )?(?:hvordan (?:var|gikk) (?:ferien|helgen|turen|reisen|konferansen|flyturen|flyttingen|dagen|permisjonen)|hvordan (?:går det|har du det|står det til))/i,
    /(?:^|\s)(?:gratulerer|gode nyheter|du trenger ikke|dere trenger ikke|du behøver ikke|dere behøver ikke|ingen av dere trenger|ingen trenger|jeg gir (?:deg |dere )?beskjed|jeg holder (?:deg|dere) oppdatert)(?=[\s,.!?]|$)/i,
    /^(?:(?:i morgen|i dag|på fredag|senere)\s+)?(?:jeg|vi)\s+(?:sender|skal|kommer til å|ordner|fikser|tar|følger opp|ringer|lager|sjekker|gir|setter|legger|melder)\b(?!.*\b(?:du|dere)\s+(?:må|kan|kunne)\b)/i,
    /^(?:i morgen|i dag|på fredag|senere|etterpå)\s+(?:sender|ordner|fikser|tar|ringer|lager|sjekker|gir)\s+(?:jeg|vi)\b/i,
    /(?:^|\s)(?:gi|si)\s+(?:gjerne\s+|bare\s+)?(?:meg\s+|oss\s+)?(?:gjerne\s+|bare\s+)?(?:beskjed|fra|ifra|lyd|en\s+lyd|et\s+pip)\s+(?:(?:til|på)\s+(?:meg|oss|[a-zæøå]+)\s+)?(?:hvis|om|dersom)\s+(?:du|dere)\s+(?:har|lurer|trenger|får|støter på|møter)|(?:^|\s)ta kontakt (?:hvis|om|dersom)|(?:^|\s)ikke nøl med|(?:^|\s)(?:ved|har du|har dere) (?:eventuelle )?spørsmål/i,
    // Whole words: "til informasjonsbrevet" is no "til info".
    /(?:^|\s)(?:vær (?:også )?oppmerksom på|til orientering|til info(?:rmasjon)?|for ordens skyld|fyi|ingen tiltak|ingenting (?:mer |videre |annet )?(?:du|dere) (?:trenger|behøver|må)|ingenting mer å gjøre|trenger ikke gjøre noe|ingen handling)(?=[\s,.!?:;)]|$)/i,
    /(?:^|\s)hvem (?:skulle|hadde|ville|kunne) (?:(?:vel|egentlig|noen gang|i det hele tatt|ha) )*(?:trodd|tro|trudd|tenkt|sett for seg|forestilt seg|drømt om|visst|ant|ane)|(?:^|\s)hvem visste (?:vel )?at(?=\s)|(?:^|\s)hvem trenger (?:vel |egentlig )?[^?]{1,60}(?:når|om|hvis)(?=\s)|(?:^|\s)hvorfor er det alltid|(?:^|\s)kan dere tro\b|(?:^|\s)hva mer kan man ønske|(?:^|\s)er (?:ikke )?det (?:ikke )?(?:flott|fantastisk|herlig)\?/i,
    /(?:^|\s)vedlagt\s+(?:følger|sender|finner)/i,
    // "Hvis du har problemer med innloggingen, gi meg beskjed": a courtesy offer, the condition first.
    /^(?:og\s+)?(?:hvis|dersom|om)\s+(?:du|dere)\s+(?:har|får|støter på|møter|skulle ha|skulle få|lurer på)\s+(?:\S+\s+)?(?:spørsmål|problemer|problem|trøbbel|vansker)(?=[\s,.!?]|$)/i,
    // "Si fra om noe mangler": a courtesy offer.
    /(?:^|\s)(?:si|gi)\s+(?:meg\s+|oss\s+)?(?:beskjed\s+|fra\s+|ifra\s+|(?:et|en)\s+(?:rop|pip|lyd)\s+|lyd\s+)(?:til\s+(?:meg|oss)\s+)?(?:hvis|om|dersom)\s+(?:det\s+er\s+)?(?:noe|noen|det)\s+(?:\S+\s+)?(?:mangler|er uklart|uklart|er feil|skulle|dukker opp)/i,
    // "I disse dagene kan dere parkere i P-huset": what the reader may do, not an ask.
    /^(?:i|på|under|fra|etter|ved|via|der|her|i mellomtiden|i løpet av)\s[^,?]{0,60}\s(?:kan|kunne|får|må gjerne)\s+(?:du|dere)\s[^?]*$/i,
    // Round 6. Courtesy offers: "Si fra hvis det er noe mer du lurer på", "Ring meg gjerne hvis du vil gå gjennom det".
    /(?:^|\s)(?:si|gi)\s+(?:meg\s+|oss\s+)?(?:beskjed|fra|ifra|lyd)\s+(?:hvis|om|dersom)\s+(?:det\s+er\s+)?(?:noe|noen|mer|flere)\s+(?:mer\s+|annet\s+|andre\s+|flere\s+)?(?:du|dere)\s+(?:lurer på|vil vite|trenger|ønsker|savner)(?=[\s,.!?]|$)|^(?:og\s+)?(?:ring|send|ta kontakt|kontakt)\s+(?:meg\s+|oss\s+)?(?:gjerne|bare)\s[^?]*(?:hvis|om|dersom)\s+(?:du|dere)\s+(?:vil|ønsker|har lyst|trenger hjelp|lurer|har spørsmål|har behov)(?=[\s,.!?]|$)[^?]*$/,
    // An ask taken back: "Glem spørsmålet mitt fra i går", "Spørsmålet mitt er allerede løst".
    /^(?:(?:sorry|ok|å ja|forresten),?\s+)?(?:glem|se bort fra|bare glem)\s+(?:spørsmålet|forespørselen|mailen|e-?posten|meldingen|det jeg (?:spurte|skrev) om)(?=[\s,.!?:]|$)(?![^?]*(?:^|\s)(?:i stedet|kan du|kunne du)(?=[\s,.!?]|$))[^?]*$|^(?:spørsmålet|forespørselen)\s+(?:mitt|min)\s[^?]*(?:er|ble)\s+(?:allerede\s+|nå\s+)?(?:løst|ordnet|avklart|ikke aktuelt|ikke aktuell)(?=[\s,.!?]|$)[^?]*$/,
    // What the news lets the reader do: "Da kan du planlegge besøket ut fra det."
    /^(?:da|så|dermed|slik)\s+(?:kan|får)\s+(?:du|dere)\s[^?]*(?:planlegge|legge opp|forberede|begynne|starte|regne med|sette opp|fortsette|innrette)(?=[\s,.!?]|$)[^?]*$/,
    // Round 8. The sender offers to do more: "Si fra hvis du vil at jeg skal ta med noe mer",
    // "Gi beskjed om du ønsker at vi sender flere prøver", "Si ifra hvis jeg kan hjelpe med noe".
    /(?:^|\s)(?:si|gi)\s+(?:meg\s+|oss\s+)?(?:beskjed|fra|ifra|lyd)\s+(?:hvis|om|dersom)\s+(?:(?:du|dere)\s+(?:vil|ønsker|heller vil)\s+(?:at\s+)?(?:jeg|vi)|(?:jeg|vi)\s+(?:skal|kan|bør))(?=\s)[^?]*$/u,
    // Round 9. Praise, not a duty: "Dere bør være veldig stolte av dette".
    /(?:^|\s)(?:kan|bør|skal|må)\s+(?:\S+\s+){0,2}?være\s+(?:\S+\s+){0,2}?(?:stolt|stolte|fornøyd|fornøyde|glad|glade)(?:\s+(?:av|over|med)\s+[^,;?]{0,50})?[\s.!]*$/,
    // Round 10. Courtesy offers to call or write: "Ring hvis noe er uklart", "Ring meg gjerne om du
    // lurer på noe", "Send meg en melding hvis noe mangler", "Kontakt oss dersom du har spørsmål".
    /^(?:og\s+)?(?:ring|send|kontakt)\s+(?:(?:meg|oss)\s+)?(?:(?:en|et)\s+(?:melding|sms|mail|e-?post|ord)\s+)?(?:(?:gjerne|bare|endelig)\s+)?(?:hvis|om|dersom)\s+(?:(?:det\s+er\s+)?(?:noe|noen|det)\s+(?:\S+\s+)?(?:mangler|er uklart|uklart|er feil|skulle være|dukker opp)|(?:du|dere)\s+(?:har|lurer|trenger hjelp|får problemer|støter på|vil vite))(?=[\s,.!]|$)[^?]*$/,
    // Round 13. Where to get help, not an ask: "Ta kontakt med Siri hvis du står fast", "Spør Ola om
    // du lurer på noe".
    /^(?:(?:og|ellers)\s+)?(?:ta kontakt med|kontakt|spør|ring|snakk med|hør med)\s+[^,?]{1,40}?,?\s+(?:hvis|om|dersom|når)\s+(?:du|dere)\s+(?:står fast|sitter fast|lurer på noe|trenger hjelp|blir usikker|er usikker|blir usikre|er usikre|har spørsmål|får problemer)(?=[\s,.!?]|$)[^?]*$/iu,
    // Round 13. A reminder that lets the reader off: "Har du allerede levert, kan du se bort fra denne
    // e-posten", "Se bort fra denne meldingen hvis du har betalt".
    /(?:^|\s)(?:(?:kan|kan du|kan dere)\s+(?:du\s+|dere\s+)?(?:bare\s+)?(?:se bort fra|overse|ignorere)|se bort fra|ignorer)\s+(?:denne|dette|den|mailen|e-?posten|meldingen|påminnelsen)(?=[\s,.!?]|$)|(?:^|\s)(?:(?:kan|kan du|kan dere)\s+(?:du\s+|dere\s+)?(?:bare\s+)?betrakte|betrakt)\s+(?:denne|dette)\s+(?:mailen|e-?posten|meldingen|påminnelsen|purringen|brevet)\s+som\s+(?:ugyldig|uaktuell|ikke sendt|bortfalt)(?=[\s,.!?]|$)(?:(?<=(?<![\p{L}])(?:allerede|hvis|om|dersom|har du|har dere)(?![\p{L}])[^?]{0,160})|(?=[^?]{0,120}?(?<![\p{L}])(?:allerede|hvis|om|dersom|har du|har dere)(?![\p{L}])))(?<!\?[^?]*)(?![^?]*\?)/iu,
    // Round 13. What the reader cannot do, after a fronted phrase: "Uten godkjent attest kan dere
    // dessverre ikke stå på benken", "Før fredag kan du ikke logge inn" (not "Kan du ikke …?").
    /^(?!(?:og\s+|men\s+)?(?:kan|kunne|får)\s)[^?]*\s(?:kan|kunne|får)\s+(?:du|dere)\s+(?:\S+\s+){0,2}?ikke\s[^?]*$/iu,
    // Round 15. An exclamation put as a question: "Er det ikke fantastisk hva vi får til?", "Var ikke
    // det et flott resultat?".
    /^(?:(?:og|men|altså),?\s+)?(?:er|var) (?:det|dette|ikke det|ikke dette) (?:ikke )?(?:\S+ ){0,3}?(?:fantastisk|flott|utrolig|kjempebra|strålende|imponerende|herlig|fint|bra|rått|sterkt)\S*[^?]*\?\s*$/u,
    // Round 48. "Hvem trenger egentlig Lofoten?": a rhetorical question.
    /^(?:(?:og|men)\s+)?hvem trenger (?:vel|egentlig|liksom)\s[^?]*\?\s*$/iu,
    // Round 48. An offer the reader may take up: "bare si fra hvis du vil ha noen av dem", "… hvis noen
    // vil ha dem – bare si fra".
    /(?:^|\s)(?:bare\s+)?(?:si fra|si ifra|gi beskjed|gi en lyd)\s+(?:hvis|om|dersom)\s+(?:du|dere|noen)\s+(?:vil ha|vil|trenger|ønsker|har lyst)(?=[\s,.!?]|$)[^?]*$|(?:^|\s)(?:hvis|om|dersom)\s+(?:du|dere|noen)\s+(?:vil ha|trenger|ønsker|har lyst på)(?=[\s,.!?]|$)[^?]{0,60}[–—,-]\s*(?:så\s+)?(?:er det\s+)?(?:bare\s+)?(?:å\s+)?(?:si fra|si ifra|gi beskjed|gi en lyd)(?=[\s,.!?]|$)[^?]*$/iu,
    // Round 15. A courtesy offer after a condition: "Vil du ha en kopi av regnearket, er det bare å si
    // fra", "Hvis du trenger hjelp, er det bare å ringe".
    /^(?:hvis|om|dersom|skulle|vil|ønsker|trenger|har)\s[^?]*,\s*(?:så\s+)?er det bare å (?:si fra|si ifra|gi beskjed|gi et hint|ta kontakt|sende en (?:e-post|melding)|ringe)(?![^?]*\?)/u,
    // Round 74. Et håp stilt som spørsmål om hvordan noe gikk: "Håper dere kom dere hjem før
    // snøværet satte inn?" (ikke "Håper du kan sende meg tallene innen fredag?").
    /^(?:(?:og|men)\s+)?(?:jeg |vi )?håper (?:du|dere|alle|at|det|turen|reisen)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kan|kunne|vil|ville|rekker|har tid)(?![\p{L}]))[^?]*\?\s*$/iu,
    // Runde 93. Tid avsenderen selv trenger, grunnen til en frist: "Styret behandler saken 14. januar, så
    // jeg trenger litt tid til å lese den" (ikke ved siden av "kan du", "send").
    /^(?![^?]*(?<![\p{L}])(?:kan du|kan dere|kunne du|kunne dere|vennligst|send|gi meg|innen|senest)(?![\p{L}]))[^?]*(?<![\p{L}])(?:jeg|vi) (?:trenger|behøver) (?:(?:også|da|jo) )?(?:litt |noe |mer |nok |et par dager |en dag eller to )?tid (?:til|på|før)(?![\p{L}])[^?]*$/iu,
    // Runde 93. Hva annet kan man gjøre, spurt uten mottaker: "Hva mer kan man egentlig gjøre enn å vente
    // på kulda?", "Hva annet kan vi gjøre enn å vente?".
    /^(?:(?:og|men|ja|tja)[,]?\s+)?hva (?:mer|annet|ellers) kan (?:man|vi|jeg|en) (?:(?:egentlig|vel|nå|liksom|faktisk)\s+){0,2}gjøre (?:enn|bortsett fra|annet enn)(?![\p{L}])[^?]*\?\s*$/iu,
    // Runde 93. Håpet om hvordan noe gikk, hva enn det gjelder: "Håper resten av kvelden gikk fint etter
    // at sjåføren vår hadde vært innom?" (ikke "Håper du kan sende tallene?").
    /^(?:(?:og|men)\s+)?(?:jeg |vi )?håper (?:at )?(?:\p{L}+\s+){1,5}?(?:gikk|var|ble|kom|fikk|hadde)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kan|kunne|vil|ville|rekker|har tid)(?![\p{L}]))[^?]*\?\s*$/iu,
    // Runde 95. Et løfte om det mottakeren ba om: "Den skal du få!" (ikke "Den skal du få levert innen
    // fredag?").
    /^(?:(?:ja|jo|selvsagt|selvfølgelig|klart|absolutt),?\s+)?(?:den|det|dem|de|dette|disse) skal (?:du|dere) (?:få|ha)(?:\s+(?:selvsagt|selvfølgelig|gjerne))?\s*[!.]?$/iu,
    // Runde 97. "Er det ikke litt gøy å jobbe her, da?": begeistring, ikke spørsmål.
    /^(?:(?:og|men)[,]?\s+)?er det ikke (?:litt |ganske |helt |utrolig |veldig )?(?:gøy|fint|flott|herlig|kjekt|artig|deilig|moro|fantastisk|rart)(?![\p{L}])[^?]*\?\s*$/iu,
    // Runde 97. En endring å få beskjed om, en høflighet: "Bare si fra om antallet elever endrer seg" (ikke
    // med en frist: "Si fra innen fredag om antallet endrer seg").
    /^(?:(?:og|bare)\s+)*(?:si|gi)\s+(?:bare\s+|gjerne\s+)?(?:meg\s+|oss\s+)?(?:fra|ifra|beskjed)\s+(?:om|hvis|dersom)\s(?![^?]*(?<![\p{L}])(?:innen|før|senest)(?![\p{L}]))[^?]*(?<![\p{L}])(?:endrer seg|endres|blir endret|forandrer seg)(?![\p{L}])[^?]*$/iu,
  ],
  outOfOffice:
    /(?:^|\s)(?:fraværende|ikke på kontoret|på ferie|automatisk svar|begrenset tilgang til e-?post|borte fra kontoret|permisjon|(?:har|avvikler) (?:jule|påske|sommer|vinter|høst)?ferie|e-?post(?:en)? (?:blir|vil) ikke (?:bli )?lest)(?=[\s,.!]|$)/i,
  // Runde 93: også etter et ledd om hva det er til, verbet først ("For å rekke støpeplanen for juli
  // trenger jeg tabellen i dag").
  restatement:
    /^(?:(?:jeg|vi)\s+(?:trenger|må ha)|(?:(?:for å|siden|fordi|så)\s[^,.?]{1,120}?,?\s+)(?:trenger|må ha)\s+(?:jeg|vi))\s+(?:det|den|dem|alt|begge|\p{L}+(?:en|et|ene|a))\s+(?:på plass\s+)?(?:senest\s+)?(?:innen|før|i morgen|i dag|på)(?![\p{L}])|^(?:jeg|vi)\s+trenger\s+(?:det|den|dem|dette|disse)\s+(?:til|for)\s+[^?,;]{1,60}[.!]?$/iu,
  ownTask: /^(?:jeg|vi)\s+(?:må|skal|er|har)(?=[\s,.!?]|$)/i,
  automated: [
    /(?:^|\s)(?:du får dette nyhetsbrevet|abonnerer på (?:vårt |dette )?nyhetsbrev|meld deg av|melde deg av|ikke lenger (?:vil )?motta|avslutt abonnement|avmelding|administrer (?:varsler|abonnement)|varslingsinnstillinger|se i nettleser)/i,
    /(?:^|\s)(?:ikke svar på denne|kan ikke besvares|(?<!(?:får|fått|få|mottar|motta) (?:en )?)automatisk (?:melding|generert|e-?post|utsendelse)|dette er en automatisk|sendt automatisk|(?:sendt|send) fra et system som ikke (?:tar imot|mottar|leser) svar|generert automatisk|denne (?:meldingen|e-?posten) (?:er|ble) generert av|svar (?:på|til) denne (?:adressen|e-?posten) (?:blir|vil ikke bli) (?:ikke )?(?:lest|besvart|behandlet))/i,
    /(?:^|\s)(?:du mottar denne|personvernerklæring|alle rettigheter)/i,
    /(?:^|\s)(?:pakken din|din pakke|din faktura|fakturaen din|ordren din|din ordre|ditt passord|passordet ditt|hentekode|sporingsnummer)/i,
  ],
  attachmentMention: /(?:^|\s)(?:vedlagt|vedlegg|vedlegget|se vedlagte|legger ved)(?=[\s,.:!]|$)/i,
  attachmentRequest:
    /(?:^|\s)(?:send|sende|videresend|legg ved|del)(?=\s).{0,60}(?:fil|dokument|pdf|regneark|excel|skann|kopi|vedlegg|rapport|faktura|kontrakt|avtale|presentasjon|bilde|oversikt)/i,
  meeting:
    /(?:^|\s)(?:\S*gjennomgang\S*|starte|starter|flytte|møtes|møte|møtet|samtale|workshop|lunsj|(?:en|på|ta en) kaffe|delta|bli med|innkalling|telefonmøte|teams-møte)(?=[\s,.!?]|$)/i,
  dates: {
    weekdays: ['søndag|søn', 'mandag|man', 'tirsdag|tirs', 'onsdag|ons', 'torsdag|tors', 'fredag|fre', 'lørdag|lør'],
    months: [
      'januar|jan',
      'februar|feb',
      'mars|mar',
      'april|apr',
      'mai',
      'juni|jun',
      'juli|jul',
      'august|aug',
      'september|sep|sept',
      'oktober|okt',
      'november|nov',
      'desember|des',
    ],
    deadlinePrep: '(?:innen|innan|før|senest|frist:?|deadline:?|ikke senere enn|i løpet av)',
    timePrep: '(?:kl\\.?|klokka|klokken|innen kl\\.?|før kl\\.?|til kl\\.?|senest kl\\.?)',
    hourSuffix: '(?:h)',
    today: '(?:i dag|idag|i ettermiddag|i kveld|allerede i dag)',
    endOfDay:
      '(?:(?:før )?dagen er omme|i løpet av dagen|(?:innen |ved )?slutten av dagen|arbeidsdagens slutt|eod|end of (?:the )?day)',
    tomorrow: '(?:i morgen|imorgen|i morgen tidlig)',
    dayAfterTomorrow: '(?:i overmorgen|overimorgen)',
    endOfWeek:
      '(?:i løpet av (?:uka|uken|denne uken)|(?:innen |før )?(?:slutten|utgangen) av (?:uka|uken)|denne uken|denne uka|innen helgen|før helgen)',
    weekOfNext: '(?:(?:i )?neste uke|neste uka)',
    nextWeek: '(?:(?:innen |før )?slutten av neste uke|neste uke|til uken|i neste uke|neste uka|neste veke|neste veka)',
    midNextWeek: '(?:midt i neste uke|(?:innen |før )?midten av neste uke|midtveis i neste uke)',
    endOfMonth: '(?:(?:innen |før )?(?:utgangen|slutten) av (?:måneden|denne måneden|inneværende måned)|månedsslutt)',
    // Runde 102: også "i løpet av de neste tre dagene".
    inDays: '(?:innen|innan|i løpet av|om)\\s+(?:de\\s+(?:neste|kommende)\\s+)?N\\s+(?:virke|arbeids)?dag(?:er|ene)?',
    numberWords: { én: 1, en: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, ti: 10 },
    workingDay: '(?:virke|arbeids)',
    morning: '(?:tidlig|i morgen tidlig)',
    ordinal: '\\.',
    asap: '(?:så snart som mulig|så fort som mulig|snarest|snarest mulig|umiddelbart|straks|haster|asap|omgående|med en gang)',
  },
};
