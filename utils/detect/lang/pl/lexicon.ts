// Polish cues for requests, non-requests, automated mail and deadlines.
import { englishAskIn, type LanguageLexicon } from '../../lexicon';

/** Ordinal stems of the days of the month: "piętnast" gives "piętnastego" and "piętnastym". */
const DAY_STEMS: [string, number][] = [
  ['pierwsz', 1],
  ['drugi', 2],
  ['trzeci', 3],
  ['czwart', 4],
  ['piąt', 5],
  ['szóst', 6],
  ['siódm', 7],
  ['ósm', 8],
  ['dziewiąt', 9],
  ['dziesiąt', 10],
  ['jedenast', 11],
  ['dwunast', 12],
  ['trzynast', 13],
  ['czternast', 14],
  ['piętnast', 15],
  ['szesnast', 16],
  ['siedemnast', 17],
  ['osiemnast', 18],
  ['dziewiętnast', 19],
  ['dwudziest', 20],
  ['trzydziest', 30],
];
const DAY_WORDS: Record<string, number> = Object.fromEntries(
  DAY_STEMS.flatMap(([stem, day]) => [
    [`${stem}ego`, day],
    [stem.endsWith('i') ? `${stem}m` : `${stem}ym`, day],
  ]),
);

// Round 56: "wystaw" only before what is issued or put out ("wystaw fakturę"), not the exhibitions of
// "sali wystaw czasowych". Round 105: also "odeślij". Round 112: "nie zapomnij".
const IMPERATIVES =
  'nie zapomnij|nie zapomnijcie|przyjedź|przyjedz|odeślij|odeslij|odeślijcie|przyjdź|przyjdz|podjedź|podjedz|wpadnij|zajrzyj|prześlij|przeslij|wyślij|wyslij|sprawdź|sprawdz|potwierdź|potwierdz|przygotuj|zatwierdź|zaakceptuj|podeślij|uzupełnij|wypełnij|zadzwoń|zerknij|popraw|dodaj|zarezerwuj|zamów|podpisz|odpisz|przekaż|daj|zgłoś|zajmij się|ustal|skontaktuj się|odezwij się|pamiętaj|rzuć okiem|zrób|napisz|wprowadź|zaktualizuj|przejrzyj|oddzwoń|wydrukuj|załatw|zorganizuj|umów(?= (?:się|spotkanie|spotkania|termin|wizytę|rozmowę|call|calla|kuriera|salę|mi|nam|nas|z|ze))|dopilnuj|weź|wrzuć|podaj|odbierz|zweryfikuj|przeanalizuj|ogarnij|oddaj|wystaw(?= (?:fakturę|fakture|faktury|korektę|korekte|notę|note|rachunek|paragon|zaświadczenie|zaswiadczenie|certyfikat|dokument|dokumenty|zlecenie|proformę|proforme|ocenę|opinię|ją|je|go|to|tę|te|ten|na|przed))|wyrzuć|posprzątaj|wyjmij|zanieś|przynieś|przestaw|uprzątnij|pomóż|prześlijcie|wyślijcie|sprawdźcie|potwierdźcie|przygotujcie|uzupełnijcie|wypełnijcie|dajcie|zgłoście|odpiszcie|zabierz|zabierzcie|pamiętajcie|przekażcie|podpiszcie|zróbcie|policz|policzcie|przelicz|przeliczcie|zamknij|zamknijcie|otwórz|otworz|otwórzcie|włącz|wlacz|włączcie|wyłącz|wylacz|wyłączcie|zgaś|zgas|zgaście|zapisz|zanotuj|wpisz|dopisz|zmień|zmien|usuń|usun|przenieś|przenies|wymień|wymien|napraw|podłącz|podlacz|odłącz|odlacz|przypomnij|poinformuj|powiadom|zapytaj|wgraj|zablokuj|odblokuj|zapłać|zaplac|zapłaćcie|opłać|oplac|opłaćcie|przelej|przelejcie|ureguluj|uregulujcie';

export const pl: LanguageLexicon = {
  lang: 'pl',
  commonWords: [
    'i',
    'w',
    'na',
    'z',
    'do',
    'się',
    'nie',
    'że',
    'to',
    'jest',
    'czy',
    'o',
    'jak',
    'ale',
    'za',
    'po',
    'od',
    'dla',
    'proszę',
    'dzięki',
    'dziękuję',
    'pozdrawiam',
    'mi',
    'ci',
    'jeszcze',
    'już',
    'tak',
    'może',
    'możesz',
    'mamy',
    'jutro',
    'dziś',
    'będzie',
    'oraz',
    'przez',
    'tylko',
    'tego',
    'jego',
    'ten',
    'ta',
    'są',
    'cześć',
    'bo',
  ],
  letters: /[ąęłńśźżćó]/,
  quoteIntro: '(?:w dniu|dnia)',
  quoteVerb: '(?:napisał\\(a\\)|napisała|napisał|pisze)',
  headerFields: '(?:od|wysłano|wysłane|data|do|dw|temat)',
  forwardMarker: '(?:wiadomość oryginalna|oryginalna wiadomość|przekazana wiadomość|wiadomość przekazana)',
  // Round 63: also the iPhone's own Polish footer, "Wysłane z iPhone'a".
  mobileFooter:
    '(?:wys[łl]ane z (?:mojego|aplikacji|urz[ąa]dzenia|iphone|ipada|telefonu|smartfona|outlooka?)|wys[łl]ano z)',
  greeting: '(?:cześć|czesc|dzień dobry|dzien dobry|witam|witaj|hej|szanown[ya]|szanowni|drogi|droga|drodzy)',
  signOff:
    '(?:pozdrawiam|pozdrawiam serdecznie|serdecznie pozdrawiam|pozdrowienia|pozdr|z wyrazami szacunku|z poważaniem|dzięki|dziękuję|z góry dziękuję|dzięki z góry|do usłyszenia|miłego dnia|łączę pozdrowienia)',
  titles: '(?:pan|pani|panie|panu|państwo|pana|dr|mgr)\\.?',
  groupWords:
    '(?:wszyscy|wszystkim|drodzy|zespole|zespół|państwo|kochani|moi drodzy|team|panowie|panie|koledzy|koleżanki|chłopaki|dziewczyny)',
  requests: [
    {
      // Round 14: also a duty named as one ("mają obowiązek wprowadzić", "są zobowiązani wpisać").
      re: /(?:^|\s)(?:musi|muszą|powinien|powinna|powinno|powinny|trzeba|należy)\s+(?:\S+\s+){0,3}?(?:zostać|być)(?=[\s,.!?]|$)|(?:^|\s)(?:(?:ma|mają|macie|masz|mamy) obowiązek|(?:jest|są|jesteś|jesteście|jesteśmy) (?:zobowiązan[iyaeo]|zobligowan[iyaeo]))(?=[\s,.!?]|$)/i,
      kind: 'action',
    },
    // Runda 112: co nadawca chętnie usłyszy ("Potem chętnie usłyszę, jak poszła rozmowa"; nie tło przed
    // prośbą: "Zanim się zgodzimy, chciałbym usłyszeć, jak …").
    {
      re: /^(?![\s\S]*(?:^|[\s,])zanim(?=[\s,]))[\s\S]*?(?:^|[\s,])(?:chętnie|chciał(?:a)?bym|chcielibyśmy)\s+(?:(?:potem|też|się)\s+)?(?:usłyszę|usłyszeć|posłucham|dowiem się|dowiedzieć się|się dowiem|się dowiedzieć),?\s+(?:jak|czy|co|kiedy|gdzie|który|która|które)(?=[\s,.!?]|$)/i,
      kind: 'question',
      decisive: true,
    },
    {
      re: /(?:^|\s)(?:czy mogę (?:cię |pana |panią |was )?prosić|chciał(?:a)?bym (?:cię |pana |panią |was )?(?:prosić|poprosić)|czy (?:jest|byłaby) (?:taka )?możliwość|czy udałoby się|czy dał(?:a)?byś radę|czy dacie radę|(?:dasz|dacie|dałbyś|dałabyś|dalibyście) radę(?= [^?]*\?)|jak wygląda (?:sytuacja|sprawa|status)|co z (?:tym|raportem|zestawieniem|umową))(?=[\s,.!?]|$)/i,
      kind: 'question',
    },
    {
      re: /\bczy\s+(?:mógłbyś|mogłabyś|mógłby|mogłaby|moglibyście|mogłybyście|możesz|możecie|może pan|może pani|mogą państwo|dałbyś|dałabyś|dasz|dacie|zdążysz|zdążycie|masz|macie|wiesz|wiecie|znasz|potrafisz|byłbyś|byłabyś|byłoby|jest szansa|da się|udało ci się|udało się|zerkniesz|sprawdzisz|prześlesz|wyślesz|przygotujesz|potwierdzisz)\b/i,
      kind: 'question',
      direct: true,
    },
    {
      // Round 14: also typed without diacritics in chat-like mail ("mozesz zerknac …?").
      re: /(?:^|\s)(?:mógłbyś|mogłabyś|moglibyście|mógłby pan|mogłaby pani|możesz|możecie|mozesz|mozecie|moglbys|moglabys|moglibyscie)\s/i,
      kind: 'action',
      direct: true,
    },
    {
      re: /(?:^|\s)(?:proszę|prosze|poproszę|poprosze|prosiłbym|prosiłabym|prosimy|uprzejmie proszę|bardzo proszę)(?:\s|,\s)|(?:^|\s)(?:(?:jest|są|zostaje|zostają|będzie|będą)\s+proszon[aeyi]|proszon[aeyi]\s+(?:jest|są|zostaje|zostają|będzie|będą))\s+o(?=\s)/i,
      kind: 'action',
      direct: true,
    },
    { re: new RegExp(`(?:^|[\\s,])(?:${IMPERATIVES})(?=[\\s,.!?]|$)`, 'i'), kind: 'action', direct: true },
    {
      re: /(?:^|\s)(?:daj|dajcie|dajże|proszę dać)\s+(?:mi\s+|nam\s+)?(?:proszę\s+)?(?:znać|info|odpowiedź)/i,
      kind: 'question',
      direct: true,
    },
    {
      re: /(?:^|\s)(?:będę|będziemy)\s+(?:bardzo\s+)?wdzięczn[aiy]\b|(?:^|\s)przydał(?:by|aby|oby|yby)\s+(?:(?:mi|nam)\s+się|się\s+(?:mi\s+|nam\s+)?(?:też|również|jeszcze|także))(?=[\s,.!?]|$)|(?:^|\s)byłbym wdzięczny|(?:^|\s)(?:zwracam|zwracamy) się (?:do (?:pana|pani|państwa|ciebie|was) )?z (?:(?:uprzejmą|ogromną|serdeczną|gorącą|pilną)\s+)?prośbą|(?:^|\s)byłabym wdzięczna|(?:^|\s)(?:bardzo )?(?:pomogłoby|pomoże|pomogłaby) (?:mi|nam)|(?:^|\s)(?:dobrze|fajnie|super|świetnie|idealnie|miło) (?:by było|byłoby),? (?:gdybyś|gdybyście|gdyby pan|gdyby pani|jeśli|jeżeli|gdybym (?:dostał|dostała|otrzymał|otrzymała|miał|miała)|gdybyśmy (?:dostali|otrzymali|mieli))|(?:^|\s)(?:byłoby|było by|będzie) (?:mi |nam )?(?:super|świetnie|fajnie|dobrze|idealnie|miło|wspaniale|najlepiej),? (?:gdyby(?:ś|ście)?|jeśli|jeżeli)(?=[\s,.!?]|$)/i,
      kind: 'action',
    },
    {
      re: /(?:^|\s)(?:muszę|musimy) (?:mieć|dostać|otrzymać) (?:\S+ ){0,2}?(?:odpowiedź|potwierdzenie|decyzję|akceptację|zgodę)(?=[\s,.!?]|$)|(?:^|\s)(?:potrzebuję|potrzebujemy|potrzebowałbym|potrzebowałabym|potrzebowalibyśmy|potrzebowałybyśmy|liczę na(?! (?:dalszą|kolejne|kolejną|dalsze|owocną|udaną|dobrą|przyszłą|dalszy) (?:współprac|wspólne|projekty|spotkania|kontakt)))\s|(?:^|\s)(?<!(?:bo|ponieważ|gdyż)\s)czeka(?:m|my) (?:jeszcze |nadal |wciąż |ciągle |tylko )?na (?!to(?=[\s,.!?]|$))(?![^.;]*\s(?:od (?!ciebie|was|pana|pani|państwa)|ze? (?:działu|oddziału|zespołu|firmy|biura|klienta|dostawcy|księgowości|centrali|banku|urzędu|magazynu)(?=[\s,.!?]|$)))|(?:^|\s)najlepiej (?:prześlij|przesłać|wyślij|wysłać|odeślij|odesłać|podeślij|podesłać|dostarczyć|dostarcz|uzupełnij|uzupełnić|wypełnij|wypełnić|złóż|złożyć|zgłoś|zgłosić)(?=[\s,.!?]|$)|(?:^|\s)brakuje (?:mi |nam )?(?:jeszcze |nadal )?(?:od (?:ciebie|was|pana|pani)|twoj(?:ego|ej|ych))(?=[\s,.!?]|$)|(?:^|\s)(?:jest|są|będzie|będą) (?:mi|nam) (?:pilnie |bardzo )?potrzebn(?:y|a|e|i)(?=[\s,.!?]|$)|(?:^|\s)brakuje (?:mi|nam) (?:jeszcze|wciąż|nadal|tylko)(?=\s)(?![^.;]*\s(?:od (?!ciebie|was|pana|pani|państwa)|ze? (?:działu|oddziału|zespołu|firmy|biura|klienta|dostawcy|księgowości|centrali|banku|urzędu|magazynu)(?=[\s,.!?]|$)|(?:bo|ponieważ|gdyż) (?:jeszcze |wciąż |nadal )?czeka(?:m|my) na))/i,
      kind: 'action',
    },
    // Round 55: not a reminder the sender sent someone ("…; wysłałam im przypomnienie").
    {
      re: /(?:^|\s)(?:przypominam|przypominamy|(?<!(?:^|\s)(?:wysłałam|wysłałem|wysłaliśmy|wysłałyśmy|wysłała|wysłał|wysłali|przesłałam|przesłałem|wysyłam|wysyłamy)\s[^.?!,]{0,40})przypomnienie)\b/i,
      kind: 'action',
      direct: true,
    },
    {
      re: /(?:^|\s)(?:wszyscy|wszystkie|każd[ya]|każdy z)(?=[\s,.!?]|$).{0,100}(?:^|\s)(?:muszą|musi|powinni|powinny|powinien|powinna|mają obowiązek)(?=[\s,.!?]|$)|(?:^|\s)(?:(?:uprzejma )?prośba (?:do|o)|musisz|musicie|należy|trzeba(?!\s+było(?=[\s,.!?]|$))|powinieneś|powinnaś|powinniście|wszyscy muszą|każdy musi|obowiązkowo)\s(?![^?]*(?:^|\s)(?:ale|lecz)\s+(?:tym\s+|to\s+)?(?:zajmę się|zajmiemy się|zrobię|zrobimy|załatwię|załatwimy)(?=[\s,.!?]|$))/i,
      kind: 'action',
    },
    { re: /(?:^|\s)(?:zaakceptuj|akceptacja|akceptację|zgoda|zgodę|zatwierdzenie)\b.*\?/i, kind: 'approval' },
    // "Przygotujesz wersję dla klienta?", "Zerkniecie na to?": a question that opens with what the
    // reader would do (a second-person verb) asks for it.
    {
      re: /^(?:(?:a|i|to|więc|czy)\s+)?(?:[a-ząćęłńóśźż]{2,}(?:esz|isz|ysz|niecie|icie|ecie))(?:\s+(?:mi|nam|to|go|je|ją|się))?(?=[\s,])[^?]*\?\s*$/i,
      kind: 'action',
    },
    // "Muszę wiedzieć, czy …", "Muszę się dowiedzieć, kiedy …": the sender needs an answer from the reader,
    // as explicit as "let me know whether …".
    {
      re: /(?:^|\s)(?:muszę|musimy|potrzebuję|potrzebujemy) (?:(?:się )?dowiedzieć|wiedzieć)(?:,)? (?:czy|kiedy|kto|co|gdzie|ile|jak|jaki|jaka|jakie|który|która|które)(?=[\s,.!?]|$)/i,
      kind: 'question',
      direct: true,
    },
    {
      // Round 7. Gratitude or a wish for an ask is as explicit as "proszę": "Będę wdzięczny za
      // krótką informację", "Byłabym wdzięczna, gdybyś …", "Dobrze by było, gdybyś też …" (also when
      // it follows another ask). Round 83: also with "więc", "zatem" after the verb ("Byłabym więc wdzięczna, …").
      re: /(?:^|\s)(?:(?:dobrze|fajnie|super|świetnie|idealnie|miło) (?:by było|byłoby)|(?:byłoby|było by) (?:mi |nam )?(?:super|świetnie|fajnie|dobrze|idealnie|miło|wspaniale|najlepiej)),? (?:gdybyś|gdybyście|gdyby pan|gdyby pani)(?=[\s,.!?]|$)|(?:^|\s)(?:będę|będziemy|byłbym|byłabym|bylibyśmy|byłybyśmy)\s+(?:(?:więc|zatem|też|również|naprawdę)\s+)?(?:(?:ci|wam|panu|pani|państwu)\s+)?(?:(?:bardzo|ogromnie|niezmiernie)\s+)?wdzięczn(?:y|a|i|e)(?=[\s,.!?]|$)/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 8. A duty put on the group with "niech": "Niech każdy przyniesie laptop", "Kto jeszcze nie
      // oddał kluczy, niech odda je do piątku", "Każdy, kto prowadzi zajęcia, niech wpisze godziny".
      re: /(?:^|\s)niech(?:aj)?\s+(?:(?:\S+\s+){0,3}?(?:każdy|każda|wszyscy|ktoś|każdy z was|ktoś z was)|pan|pani|państwo)(?=[\s,.!?]|$)|(?:^|\s)(?:każdy|każda|wszyscy|kto|ci|te osoby|osoby)(?=[\s,])[^.?!]{0,100},\s*niech(?:aj)?\s(?!(?:to szlag|żyje|żyją)(?=[\s,.!?]|$))/i,
      kind: 'action',
    },
    {
      // Round 42. The formal ask and the formal thanks in advance are as explicit as "proszę o":
      // "Zwracam się z uprzejmą prośbą o przygotowanie oferty …", "Będę zobowiązana za przesłanie
      // oferty do 15 maja", "Bylibyśmy zobowiązani, gdyby Pan …" (not "Jesteśmy zobowiązani do …");
      // and what the sender wants to hear from the reader: "Zależy nam także na informacji, czy …".
      // Round 44: "Do Pani mam prośbę o potwierdzenie …", "Mam prośbę: …".
      re: /(?:^|\s)(?:(?:do|od) (?:pana|pani|państwa|ciebie|was|ciebie) )?mam (?:(?:wielką|ogromną|małą|jedną|taką|jeszcze jedną|uprzejmą)\s+)?prośbę(?=[\s,.!?:]|$)|(?:^|\s)zależy (?:mi|nam) (?:(?:także|też|również|bardzo|szczególnie|jeszcze)\s+)?na (?:(?:szybkiej|krótkiej|pilnej|pisemnej)\s+)?(?:informacji|odpowiedzi|potwierdzeniu|opinii|wycenie|ofercie|decyzji)(?=[\s,.!?]|$)|(?:^|\s)(?:zwracam|zwracamy) się (?:do (?:pana|pani|państwa|ciebie|was) )?z (?:(?:uprzejmą|ogromną|serdeczną|gorącą|pilną|wielką)\s+)?prośbą(?=[\s,.!?]|$)|(?:^|\s)(?:będę|będziemy|byłbym|byłabym|bylibyśmy|byłybyśmy)\s+(?:(?:panu|pani|państwu|ci|wam)\s+)?(?:(?:bardzo|niezmiernie|ogromnie)\s+)?zobowiązan(?:y|a|i|e)(?=,?\s+(?:za|gdyby(?:ś|ście)?|jeśli|jeżeli)\s)/i,
      kind: 'action',
      decisive: true,
      direct: true,
    },
    englishAskIn('a|i|przy okazji|btw|quick question'),
    {
      // Round 44. A question put to all who know ("Er det noen som vet hvor hulltanga er?", "Does
      // anyone know where the key is?"): the reader is one of them.
      re: /^(?:(?:a|i|przy okazji|btw|pytanie)[,:]?\s+)?czy\s+(?:ktoś|ktos)(?:\s+z\s+(?:was|państwa))?\s+(?:wie|orientuje się)(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 46. Who has a thing or where it is ("Wie heeft de reservesleutel van sloep 7?", "Who
      // has the spare key?"): a fact the reader may know.
      re: /^(?:(?:a|i|pytanie)[,:]?\s+)?(?:kto\s+ma|gdzie\s+(?:jest|są|leży|leżą|stoi|stoją))(?![\p{L}])[^?]*\?\s*$/iu,
      kind: 'question',
    },
    {
      // Round 82 (the "… of you" forms are the model's). Who will take a task ("Kto może upiec ciasto albo przynieść gofry?"):
      // each reader is asked; not a rhetorical "Kto to może wiedzieć?".
      re: /^(?:(?:a|i|jeszcze)[,:]?\s+)?kto\s+(?:może|mógłby|mogłaby|chce|chciałby|chciałaby|da radę|zgłosi się|przyniesie|upiecze|weźmie)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:wiedzieć|powiedzieć|zgadnąć|zrozumieć|wytłumaczyć|lepsz\p{L}*|pomyśleć|wymarzyć)(?![\p{L}]))[^?]*\?\s*$/iu,
      kind: 'question',
    },
    { re: /\?\s*$/, kind: 'question' },
  ],
  notRequests: [
    // Round 46. What the sender will send, with no ask in the line ("Ofertę … prześlę najpóźniej do 18
    // marca – czekamy jeszcze na nowe notowania z LME").
    new RegExp(
      `^(?![^?]*(?:^|[\\s,])(?:czy|proszę|prosimy|prosze|możesz|możecie|mógłbyś|mogłabyś|pan|pani|państwo|daj|dajcie|${IMPERATIVES})(?=[\\s,.!?]|$))[^?]*(?:^|\\s)(?:prześlę|wyślę|przekażę|dostarczę|podeślę|prześlemy|wyślemy|przekażemy|dostarczymy|podeślemy)(?=[\\s,.!?]|$)[^?]*$`,
      'i',
    ),
    // "Należy Ci się kawa" (you deserve a coffee); "Czy to nie ironia, że…?" (rhetorical).
    /(?:^|\s)proszę,?\s+oto(?=[\s,.!?:]|$)|(?:^|\s)należy (?:ci|wam|panu|pani|tobie) się(?=[\s,.!?]|$)|(?:^|\s)czy to nie (?:ironia|zabawne|śmieszne|piękne|wspaniałe|ironiczne)(?=[\s,.!?]|$)/i,
    // "Gdybyś miał jakieś pytania, daj znać": a courtesy offer, whichever comes first.
    /(?:^|\s)(?:gdyby(?:ś|ście)?|jeśli|jeżeli|w razie)(?=[\s,.!?]|$).{0,50}(?:^|\s)(?:pyta(?:nia|ń)|wątpliwości|problem(?:y|ów|u)?|kłopot(?:y|ów)?|trudności|niejasn(?:e|a|y|ości)|niezrozumiał(?:e|a|y))(?=[\s,.!?]|$)/i,
    /(?:^|\s)kto by(?=[\s,.!?]|$).{0,40}(?:^|\s)(?:pomyślał|przypuszczał)(?=[\s,.!?]|$)/i,
    /(?:^|\s)(?:adresatem tej wiadomości|otrzymał(?:a|eś|aś)? tę wiadomość przez pomyłkę|zamierzonym odbiorcą)/i,
    /^(?:a )?(?:jak (?:tam |minął |minęł[ay] |było |był |się udał[ay]? )?(?:tw[oó]j |twoje |twoja )?(?:urlop|weekend|wakacje|wyjazd|podróż|konferencja|przeprowadzka|dzień)|jak się (?:masz|macie|czujesz)|co (?:tam )?słychać)/i,
    /(?:^|\s)(?:gratulacje|gratuluję|dobra wiadomość|nie trzeba nic|nic nie trzeba|nie trzeba niczego|nic od (?:ciebie|was|pana|pani) nie potrzebuj\S*|nie ma potrzeby|dam (?:ci |wam |znać)|będę informować|odezwę się)(?=[\s,.!?]|$)/i,
    /^(?:ja\s+|my\s+)?(?:jutro\s+|dziś\s+|w piątek\s+|zaraz\s+|potem\s+)?(?:prześlę|wyślę|przygotuję|zrobię|sprawdzę|dam znać|odezwę się|zadzwonię|podeślę|załatwię|zajmę się|wrócę|przekażę|dokończę|zgłoszę|zamówię|przyślę|dostarczę|wyślemy|prześlemy|przygotujemy|zrobimy|sprawdzimy)(?=[\s,.!?]|$)/i,
    /\b(?:daj(?:cie)?|dajże)\s+(?:mi\s+|nam\s+)?znać,?\s+(?:jeśli|jeżeli|gdyby|gdybyś|gdybyście|jakby|jakbyś|jakbyście|w razie)\b|(?:^|\s)w razie (?:pytań|wątpliwości|czego|problemów)|(?:^|\s)jeśli (?:masz|macie|będziesz miał|będziesz miała) (?:jakieś )?pytania|(?:^|\s)służę pomocą|(?:^|\s)jestem do dyspozycji/i,
    /(?:^|\s)(?:proszę (?:(?:też|także|również) )?(?:zauważyć|zwrócić uwagę)|(?:proszę|prosimy) o zwrócenie uwagi|prosimy zwrócić uwagę|(?:uprzejmie )?informuj(?:ę|emy)(?![^?]*(?:obowiąz|zobowiązan|zobligowan|muszą|musicie|należy|proszę))|dla informacji|(?<!(?:daj|dajcie|dać|dodaj|dodajcie)\s(?:(?:mnie|mi|nas)\s)?(?:tylko\s)?)do wiadomości|fyi|nie wymaga (?:żadnych )?działań|nic nie musisz|nie musicie nic|nie musisz nic|w ramach informacji)/i,
    /(?:^|\s)kto by (?:(?:w ogóle|kiedykolwiek|wtedy) )?(?:pomyślał|przypuszczał|się spodziewał|uwierzył|zgadł)|(?:^|\s)kto (?:mógł|mógłby|by mógł) (?:się spodziewać|przypuszczać|przewidzieć)|(?:^|\s)dlaczego (?:to )?zawsze|(?:^|\s)czy wyobrażacie sobie|(?:^|\s)uwierzycie|(?:^|\s)czy to nie (?:piękn|wspania|świetn|super)|(?:^|\s)czego chcieć więcej/i,
    /(?:^|\s)w załącz(?:eniu|niku)\s+(?:przesyłam|przesyłamy|znajdziesz|wysyłam)/i,
    // "Czy mogliśmy trafić lepiej?": a rhetorical question about what we did.
    /(?:^|\s)czy (?:mogli(?:śmy|byśmy)|mogły(?:śmy|byśmy)|mogł(?:em|am)|można (?:było|by)|mogło (?:być|pójść))(?=[\s,.!?]|$).{0,40}(?:lepiej|lepsz\S*|więcej|gorzej)(?=[\s,.!?]|$)/i,
    // "W tych dniach możecie korzystać z windy w bloku A": what the reader may do, not an ask.
    /^(?:w|we|na|od|po|przez|podczas|przy|w czasie|w trakcie)\s[^,?]{0,60}\s(?:możesz|możecie|może pan|może pani|mogą państwo)\s[^?]*$/i,
    // Round 6. An ask taken back: "Zapomnij o moim pytaniu", "Moja prośba jest już nieaktualna".
    /^(?:(?:sorry|ok|aha|przepraszam),?\s+)?(?:zapomnij|zapomnijcie|zignoruj|zignorujcie|pomiń)\s+(?:o\s+)?(?:moj\S*|t\S*|poprzedni\S*|wczorajsz\S*)\s+(?:\S+\s+)?(?:pytani\S*|prośb\S*|mail\S*|wiadomoś\S*)(?![^?]*(?:^|\s)(?:zamiast tego|czy możesz|czy mógłbyś|czy mogłabyś)(?=[\s,.!?]|$))[^?]*$|^(?:moje|moja)\s+(?:pytanie|prośba)\s[^?]*(?:nieaktualn\S*|już rozwiązan\S*|już załatwion\S*)[^?]*$/,
    // What the news lets the reader do: "Wtedy możesz zaplanować pierwszą wizytę."
    /^(?:wtedy|dzięki temu|w ten sposób|tym samym)\s+(?:możesz|możecie|będziesz mógł|będziesz mogła|będziecie mogli)\s+(?:\S+\s+)?(?:zaplanować|planować|przygotować|rozpocząć|zacząć|ustalić|spokojnie)(?=[\s,.!?]|$)[^?]*$/,
    // Round 7. What need not be done: "Certyfikat generuje się sam, nie trzeba go nigdzie wysyłać",
    // "Nie musisz nic drukować", "Nie musicie się zapisywać" (not "…, wystarczy, że prześlesz PDF").
    /(?:^|\s)(?<!(?:^|[\s,])czy\s)(?:nie trzeba|nie musisz|nie musicie|nie ma potrzeby)(?=\s)(?![^?]*(?:^|\s)(?:ale|lecz|tylko|wystarczy|natomiast|za to|zamiast tego)(?=[\s,.!?]|$))[^?]*$/,
    // Round 7. A courtesy offer with the condition first: "Gdyby coś było niejasne, daj znać",
    // "Jeśli zmienią się terminy, dajcie znać od razu" (not "Jeśli możesz, daj znać do piątku").
    /^(?:(?:a|i)\s+)?(?:gdyby|jeśli|jeżeli|jakby|w razie gdyby)\s(?!(?:możesz|możecie|dasz radę|dacie radę|to możliwe|masz chwilę|znajdziesz chwilę)(?=[\s,.!?]|$))[^?]{0,100},\s*(?:to\s+)?(?:(?:daj|dajcie|dajże)\s+(?:mi\s+|nam\s+)?znać|napisz|zadzwoń|odezwij się)(?!\s+(?:do|przed|najpóźniej|dziś|dzisiaj|jutro)(?=[\s,.!?]|$))[^?]*$/,
    // Round 48. Help offered on a condition: "…, więc gdybyś potrzebowała drugiej pary rąk,
    // wystarczy dać znać", "Jakbyś czegoś potrzebował, po prostu napisz".
    /(?:^|\s)(?:gdyby(?:ś|ście)?|jeśli|jeżeli|jakby(?:ś|ście)?)\s+(?:\S+\s+){0,2}?(?:potrzebował\S*|chciał\S*)(?=[\s,.!?]|$)[^?]{0,80},\s*(?:to\s+)?(?:(?:wystarczy|po prostu|śmiało)\s+)?(?:daj(?:cie)?\s+(?:mi\s+|nam\s+)?znać|dać znać|napisz|napisać|zadzwoń|zadzwonić|odezwij się|odezwać się|krzyknij)(?=[\s,.!?]|$)[^?]*$/,
    // Courtesy offers: "Zadzwoń śmiało, jeśli chcesz to omówić."
    /^(?:(?:i|a)\s+)?(?:zadzwoń|dzwoń|napisz|pisz|odezwij się)\s+(?:do mnie\s+)?(?:śmiało|spokojnie|bez wahania|zawsze)(?=[\s,.!?]|$)[^?]*(?:jeśli|jeżeli|gdyby|gdybyś|kiedy)\s[^?]*(?:chcesz|chciał\S*|potrzebujesz|masz ochotę|masz pytania)(?=[\s,.!?]|$)[^?]*$/,
    // Round 8. Small talk about the group's time off: "Ktoś się wybrał na narty?", "Ktoś z was był
    // na koncercie w sobotę?", "Czy ktoś oglądał wczoraj mecz?"
    /^(?:(?:a|i|no|czy)\s+)*(?:ktoś|ktokolwiek|ktoś z was|któreś z was)\s+(?:się\s+)?(?:wybrał|był|była|pojechał|pojechała|oglądał|oglądała|widział|widziała|zdążył|zdążyła|skoczył|poszedł|poszła)\s[^?]{0,60}?(?:nart|koncer|mecz|urlop|wakacj|weekend|majówk|gór|morz|kin|festiwal|wycieczk|sylwest|świąt|teatr|basen|rower|spacer|jarmark|wystaw)[^?]*\?/u,
    // Round 10. Rhetorical doubt about good news: "Czy ktoś jeszcze wątpi, że warto było?", "Czy ktoś
    // miał wątpliwości, że damy radę?", "Kto teraz wątpi, że to był dobry pomysł?"
    /(?:^|\s)(?:czy\s+)?(?:ktoś|ktokolwiek|ktoś z was|kto)\s+(?:(?:jeszcze|nadal|wciąż|teraz|tu|w ogóle)\s+)?(?:wątpi|wątpił|wątpiła|wątpiłby|ma wątpliwości|miał wątpliwości|miała wątpliwości),?\s+(?:że|iż|czy warto)(?=[\s,.!?]|$)/,
    // Round 10. A meeting, visit or booking confirmed, as news: "Spotkanie z dostawcą potwierdzone –
    // zaczynamy o 10:00", "Wizyta audytora została potwierdzona na czwartek" (not with "proszę", an
    // imperative or a question: "Termin potwierdzony, prześlij proszę agendę"). The word itself is
    // looked for first: the check for an imperative anywhere is slow on every other sentence.
    new RegExp(
      `^(?=[^?]*potwierdzon)(?![^?]*(?:^|[\\s,–—])(?:proszę|prosimy|${IMPERATIVES})(?=[\\s,.!?]|$))(?:[^\\s?]+\\s+){0,6}?(?:(?:jest|został[aoy]?|zostały|już)\\s+){0,2}potwierdzon[aeyi](?=[\\s,.!:;–—]|$)[^?]*$`,
    ),
    // Round 9. Praise, not a duty: "Możecie być z siebie dumni", "Powinniście być naprawdę dumni".
    /(?:^|\s)(?:możesz|możecie|może pan|może pani|mogą państwo|powinieneś|powinnaś|powinniście|powinnyście|powinien pan|powinna pani|powinni państwo)\s+(?:\S+\s+){0,2}?być\s+(?:\S+\s+){0,3}?(?:dumn|zadowolen|zadowolon|szczęśliw)\S*(?:\s+z\s+[^,;?]{0,50})?[\s.!]*$/,
    // Round 13. A reminder that lets the reader off: "Jeśli już to zrobiłeś, zignoruj tę wiadomość",
    // "Osoby, które już wysłały, proszę o zignorowanie tego maila".
    /(?:^|\s)(?:zignoruj|zignorujcie|proszę zignorować|proszę o zignorowanie|można zignorować|pomiń|proszę pominąć)\s+(?:t[ęąe]|tego|tej|niniejsz\p{L}*)\s+(?:wiadomoś\p{L}*|mail\p{L}*|e-?mail\p{L}*|przypomnieni\p{L}*)(?![\p{L}])(?:(?<=(?<![\p{L}])(?:jeśli|jeżeli|gdyby|już|którzy|które)(?![\p{L}])[^?]{0,160})|(?=[^?]{0,120}?(?<![\p{L}])(?:jeśli|jeżeli|gdyby|już|którzy|które)(?![\p{L}])))(?<!\?[^?]*)(?![^?]*\?)/iu,
    // Round 15. An exclamation put as a question: "Czy to nie wspaniały wynik?", "Czy to nie jest
    // świetne?".
    /^(?:(?:i|a|no),?\s+)?(?:czy )?(?:to|nie jest to) nie (?:jest |był |było )?(?:\S+ ){0,3}?(?:wspaniał|świetn|fantastyczn|super|piękn|niesamowit|rewelacyjn|imponując)\S*[^?]*\?\s*$/u,
    // Round 15. "Prosimy mieć na uwadze, że filie będą zamknięte": bear in mind, no duty after it.
    /(?:^|\s)(?:prosimy|proszę|uprzejmie prosimy)\s+(?:\S+\s+)?mieć na uwadze,?\s+że(?![^?]*(?:należy|trzeba|musi|muszą|prosimy o|proszę o))[^?]*$/u,
    // Round 93. Czas potrzebny samemu nadawcy, powód terminu: "Zarząd omawia ją 14., więc potrzebuję
    // trochę czasu, żeby ją przeczytać" (nie obok "proszę", "czy możesz").
    /^(?![^?]*(?<![\p{L}])(?:proszę|prosimy|możesz|możecie|mógłbyś|mogłabyś|może pan|może pani|wyślij|prześlij|najpóźniej|w ciągu)(?![\p{L}]))[^?]*(?<![\p{L}])(?:potrzebuję|potrzebujemy|będę potrzebować|będę potrzebował|będę potrzebowała) (?:trochę |nieco |więcej |kilku dni |dnia |dwóch dni |chwili )?czasu,? (?:żeby|aby|na)(?![\p{L}])[^?]*$/u,
    // Round 97. Przeprosiny w trybie rozkazującym: "Proszę wybaczyć opóźnienie", "Prosimy wybaczyć
    // utrudnienia".
    /^(?:(?:i|a|jeszcze raz)[,]?\s+)?(?:proszę|prosimy)\s+(?:mi\s+|nam\s+)?wybaczyć\s+(?:\p{L}+\s+)?(?:opóźnienie|zamieszanie|utrudnienia|odpowiedź|kłopot|niedogodności|pomyłkę|literówki|zwłokę)(?![\p{L}])[^?]*$/iu,
    // Round 97. "Czy to nie fajnie tu pracować?": zachwyt, nie pytanie.
    /^(?:(?:a|i|no)[,]?\s+)?czy (?:to )?nie (?:jest )?(?:fajnie|super|świetnie|pięknie|cudownie|wspaniale|miło)(?![\p{L}])[^?]*\?\s*$/iu,
  ],
  outOfOffice:
    /(?:^|\s)(?:jestem nieobecn[ay]|poza biurem|na urlopie|automatyczna odpowiedź|ograniczony dostęp do poczty|nie mam dostępu do poczty)/i,
  restatement:
    /^(?:potrzebuję|potrzebujemy)\s+(?:tego|ich|go|jej|wszystkiego|tych|\p{L}{3,})\s+(?:najpóźniej\s+)?(?:do|przed|jutro|dziś|dzisiaj|na|w ciągu)(?![\p{L}])/iu,
  ownTask: /^(?:ja\s+|my\s+)?(?:muszę|musimy|jestem|jesteśmy|mam|mamy)(?=[\s,.!?]|$)/i,
  // Diminutives and their vocatives ("Kasiu, czy możesz…" is Katarzyna).
  nicknames: {
    kasia: 'katarzyna',
    kasiu: 'katarzyna',
    kaśka: 'katarzyna',
    ania: 'anna',
    aniu: 'anna',
    anka: 'anna',
    gosia: 'małgorzata',
    gosiu: 'małgorzata',
    basia: 'barbara',
    basiu: 'barbara',
    asia: 'joanna',
    asiu: 'joanna',
    joasia: 'joanna',
    joasiu: 'joanna',
    kuba: 'jakub',
    kubo: 'jakub',
    bartek: 'bartosz',
    bartku: 'bartosz',
    wojtek: 'wojciech',
    wojtku: 'wojciech',
    ola: 'aleksandra',
    olu: 'aleksandra',
    zosia: 'zofia',
    zosiu: 'zofia',
    piotrek: 'piotr',
    piotrku: 'piotr',
    krzysiek: 'krzysztof',
    krzysiu: 'krzysztof',
    staszek: 'stanisław',
    staszku: 'stanisław',
    gosieńko: 'małgorzata',
    madzia: 'magdalena',
    madziu: 'magdalena',
    ela: 'elżbieta',
    elu: 'elżbieta',
    jola: 'jolanta',
    jolu: 'jolanta',
    kamilu: 'kamil',
    michale: 'michał',
    pawle: 'paweł',
    marcinie: 'marcin',
    // Round 63: more of the everyday forms ("Aga, nie pali sie, ale … zamow prosze …" to agnieszka.dudek@).
    aga: 'agnieszka',
    agu: 'agnieszka',
    agusia: 'agnieszka',
    agusiu: 'agnieszka',
    gośka: 'małgorzata',
    gosiek: 'małgorzata',
    iza: 'izabela',
    izo: 'izabela',
    ula: 'urszula',
    ulu: 'urszula',
    hania: 'hanna',
    haniu: 'hanna',
    marysia: 'maria',
    marysiu: 'maria',
    werka: 'weronika',
    natalka: 'natalia',
    natalko: 'natalia',
    dorotka: 'dorota',
    dorotko: 'dorota',
    martusia: 'marta',
    janek: 'jan',
    janku: 'jan',
    jasiu: 'jan',
    maciek: 'maciej',
    maćku: 'maciej',
    maciusiu: 'maciej',
    grzesiek: 'grzegorz',
    grześku: 'grzegorz',
    grzesiu: 'grzegorz',
    jurek: 'jerzy',
    jurku: 'jerzy',
    rysiek: 'ryszard',
    rysiu: 'ryszard',
    zbyszek: 'zbigniew',
    zbyszku: 'zbigniew',
    józek: 'józef',
    józku: 'józef',
    antek: 'antoni',
    antku: 'antoni',
    franek: 'franciszek',
    franku: 'franciszek',
    mirek: 'mirosław',
    mirku: 'mirosław',
    darek: 'dariusz',
    darku: 'dariusz',
    sławek: 'sławomir',
    sławku: 'sławomir',
    heniek: 'henryk',
    heniu: 'henryk',
    waldek: 'waldemar',
    waldku: 'waldemar',
    czarek: 'cezary',
    czarku: 'cezary',
    radek: 'radosław',
    radku: 'radosław',
    przemek: 'przemysław',
    przemku: 'przemysław',
    jędrek: 'andrzej',
    jędrku: 'andrzej',
    adaś: 'adam',
    adasiu: 'adam',
  },
  automated: [
    /(?:^|\s)(?:zapisał\S* się do newslettera|subskrybujesz (?:nasz )?newsletter|wypisz się|wypisać się|nie chcesz (?:już )?otrzymywać|zrezygnować z otrzymywania|rezygnacja z subskrypcji|zrezygnuj z subskrypcji|zarządzaj (?:powiadomieniami|subskrypcją)|ustawienia powiadomień|wersja w przeglądarce)/i,
    /(?:^|\s)(?:prosimy nie odpowiadać|nie odpowiadaj na|wiadomość (?:została )?(?:wysłana|wygenerowana) automatycznie|wiadomość automatyczna|(?:wy)?generowan[aye] automatycznie|wygenerowano automatycznie|to jest automatyczna|wiadomość (?:została )?wygenerowana przez|odpowiedzi na ten adres nie są (?:monitorowane|czytane|odczytywane))/i,
    /(?:^|\s)(?:otrzymujesz tę wiadomość|polityka prywatności|wszelkie prawa zastrzeżone)/i,
    /(?:^|\s)(?:twoja (?:paczka|przesyłka|faktura|subskrypcja|zamówienie)|twoje (?:zamówienie|konto|hasło)|numer przesyłki|kod odbioru)/i,
  ],
  attachmentMention: /(?:^|\s)(?:w załącz(?:eniu|niku)|załączam|załączony|załączona|załącznik)/i,
  attachmentRequest:
    /(?:^|\s)(?:prześlij|przeslij|wyślij|podeślij|załącz|przekaż|przesłanie|wysłanie)(?=\s).{0,60}(?:plik|dokument|pdf|arkusz|excel|skan|kopi|załącznik|raport|faktur|umow|prezentacj|zdjęci|zestawienie)/i,
  meeting:
    /(?:^|\s)(?:przełożyć|przesunąć|spotkajmy|spotkanie|spotkaniu|spotkania|zebranie|zebraniu|call|rozmowa|rozmowę|warsztat|lunch|kawę|dołączyć|dołączysz|zaproszenie|telekonferencj)/i,
  dates: {
    // Round 100: also the instrumental after "przed" ("przed poniedziałkiem", "przed środą").
    weekdays: [
      'niedziel[aięyą]|niedz',
      'poniedział(?:ek|ku|kiem)|pon',
      'wtor(?:ek|ku|kiem)|wt',
      'środ[aęyą]|sroda|śr',
      'czwart(?:ek|ku|kiem)|czw',
      'piąt(?:ek|ku|kiem)|piatek|pt',
      'sobot[aęyą]|sob',
    ],
    months: [
      'stycz(?:eń|nia|niu)|sty',
      'lut(?:y|ego|ym)',
      'mar(?:zec|ca|cu)',
      'kwie(?:cień|tnia|tniu)|kwi',
      'maj(?:a|u)?',
      'czerw(?:iec|ca|cu)|cze',
      'lip(?:iec|ca|cu)',
      'sierp(?:ień|nia|niu)|sie',
      'wrze(?:sień|śnia|śniu)|wrz',
      'październik(?:a|u)?|paź|paz',
      'listopad(?:a|zie)?|lis',
      'grud(?:zień|nia|niu)|gru',
    ],
    deadlinePrep: '(?:do|przed|najpóźniej(?: do)?|nie później niż|termin:?|deadline:?|w ciągu)',
    timePrep: '(?:do godz\\.?|do godziny|przed godz\\.?|o godz\\.?|o godzinie|najpóźniej do|godz\\.?|o|do|przed)',
    hourSuffix: '(?:h|-?tej|rano)',
    today: '(?:dziś|dzisiaj|jeszcze dziś|jeszcze dzisiaj|dziś po południu)',
    endOfDay: '(?:(?:do )?końca dnia(?: pracy)?|w ciągu dnia|końca dzisiejszego dnia|eod|end of (?:the )?day)',
    tomorrow: '(?:jutr[oa]|jutro rano)',
    dayAfterTomorrow: '(?:pojutrze)',
    endOfWeek: '(?:(?:do )?końca (?:tego )?tygodnia|w tym tygodniu|w ciągu tygodnia)',
    weekOfNext: '(?:w przyszłym tygodniu|przyszłego tygodnia|w następnym tygodniu|następnego tygodnia)',
    nextWeek:
      '(?:(?:do )?końca (?:przyszłego|następnego) tygodnia|w przyszłym tygodniu|w następnym tygodniu|na przyszły tydzień|przyszłego tygodnia)',
    midNextWeek: '(?:(?:w |do )?połow(?:ie|y) (?:przyszłego|następnego) tygodnia)',
    endOfMonth: '(?:(?:do )?końca (?:tego |bieżącego )?miesiąca)',
    // Round 102: also "w ciągu najbliższych trzech dni".
    inDays:
      '(?:w ciągu|za|w przeciągu|w terminie)\\s+(?:(?:najbliższych|kolejnych|następnych)\\s+)?N\\s+(?:roboczych |kolejnych )?dni(?: roboczych)?',
    numberWords: {
      jednego: 1,
      dwóch: 2,
      dwa: 2,
      trzech: 3,
      trzy: 3,
      czterech: 4,
      pięciu: 5,
      sześciu: 6,
      siedmiu: 7,
      dziesięciu: 10,
    },
    workingDay: '(?:robocz)',
    morning: '(?:rano|jutro rano)',
    ordinal: '(?:-go|-ego|-tego|\\.)',
    dayWords: DAY_WORDS,
    noon: '(?:w południe|południa|południem|południe)',
    // Round 56: not "od razu z/ze …", "together with" ("najlepiej od razu z protokołami badań").
    asap: '(?:jak najszybciej|jak najprędzej|możliwie szybko|pilnie|niezwłocznie|asap|od razu(?! ze?\\s)|natychmiast|w trybie pilnym)',
  },
};
