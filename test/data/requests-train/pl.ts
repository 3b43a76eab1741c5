// Polish sentences for the request model: written for it, blind to every evaluation set.
import type { LanguageSpec } from './engine';

const o = (n: string, a: string, g: string, jest = 'jest') => ({ n, a, g, jest });
const v = (bare: string, imp: string, wy: string, gerb: string, own: string, past: string, pastpl: string) => ({
  bare,
  inf: bare.replace('{a}', '{a}{dl}'),
  imp: imp + '{dl}',
  wy: wy + '{dl}',
  gerb,
  ger: gerb + '{dl}',
  own: own + '{dl}',
  past,
  pastpl,
  // "gdybyś przejrzał {a}": the past form without its first-person ending.
  cond: past.replace(/(?:em|am)(?= |$)/, '') + '{dl}',
});

export const pl: LanguageSpec = {
  lang: 'pl',
  objects: [
    o('raport', 'raport', 'raportu'),
    o('oferta', 'ofertę', 'oferty'),
    o('faktura', 'fakturę', 'faktury'),
    o('protokół', 'protokół', 'protokołu'),
    o('prezentacja', 'prezentację', 'prezentacji'),
    o('umowa', 'umowę', 'umowy'),
    o('kosztorys', 'kosztorys', 'kosztorysu'),
    o('zestawienie', 'zestawienie', 'zestawienia'),
    o('harmonogram', 'harmonogram', 'harmonogramu'),
    o('budżet', 'budżet', 'budżetu'),
    o('wyniki testów', 'wyniki testów', 'wyników testów', 'są'),
    o('lista zadań', 'listę zadań', 'listy zadań'),
    o('projekt umowy', 'projekt umowy', 'projektu umowy'),
    o('notatka ze spotkania', 'notatkę ze spotkania', 'notatki ze spotkania'),
    o('grafik dyżurów', 'grafik dyżurów', 'grafiku dyżurów'),
    o('dokumenty', 'dokumenty', 'dokumentów', 'są'),
    o('rozliczenie delegacji', 'rozliczenie delegacji', 'rozliczenia delegacji'),
    o('instrukcja', 'instrukcję', 'instrukcji'),
    o('nowa wersja', 'nową wersję', 'nowej wersji'),
    o('zamówienie', 'zamówienie', 'zamówienia'),
    o('slajdy', 'slajdy', 'slajdów', 'są'),
    o('specyfikacja', 'specyfikację', 'specyfikacji'),
    o('ogłoszenie o pracę', 'ogłoszenie o pracę', 'ogłoszenia o pracę'),
    o('sprawozdanie kwartalne', 'sprawozdanie kwartalne', 'sprawozdania kwartalnego'),
  ],
  verbs: [
    v(
      'przesłać {a}',
      'prześlij {a}',
      'prześlijcie {a}',
      'przesłanie {g}',
      'prześlę Ci {a}',
      'przesłałem {a}',
      'przesłaliśmy {a}',
    ),
    v(
      'sprawdzić {a}',
      'sprawdź {a}',
      'sprawdźcie {a}',
      'sprawdzenie {g}',
      'sprawdzę {a}',
      'sprawdziłem {a}',
      'sprawdziliśmy {a}',
    ),
    v(
      'zatwierdzić {a}',
      'zatwierdź {a}',
      'zatwierdźcie {a}',
      'zatwierdzenie {g}',
      'zatwierdzę {a}',
      'zatwierdziłam {a}',
      'zatwierdziliśmy {a}',
    ),
    v(
      'poprawić {a}',
      'popraw {a}',
      'poprawcie {a}',
      'poprawienie {g}',
      'poprawię {a}',
      'poprawiłam {a}',
      'poprawiliśmy {a}',
    ),
    v(
      'przejrzeć {a}',
      'przejrzyj {a}',
      'przejrzyjcie {a}',
      'przejrzenie {g}',
      'przejrzę {a}',
      'przejrzałem {a}',
      'przejrzeliśmy {a}',
    ),
    v(
      'podpisać {a}',
      'podpisz {a}',
      'podpiszcie {a}',
      'podpisanie {g}',
      'podpiszę {a}',
      'podpisałem {a}',
      'podpisaliśmy {a}',
    ),
    v(
      'zaktualizować {a}',
      'zaktualizuj {a}',
      'zaktualizujcie {a}',
      'zaktualizowanie {g}',
      'zaktualizuję {a}',
      'zaktualizowałam {a}',
      'zaktualizowaliśmy {a}',
    ),
    v(
      'przekazać {a} do działu kadr',
      'przekaż {a} do działu kadr',
      'przekażcie {a} do działu kadr',
      'przekazanie {g} do działu kadr',
      'przekażę {a} do działu kadr',
      'przekazałem {a} do działu kadr',
      'przekazaliśmy {a} do działu kadr',
    ),
    v(
      'wrzucić {a} na dysk',
      'wrzuć {a} na dysk',
      'wrzućcie {a} na dysk',
      'wrzucenie {g} na dysk',
      'wrzucę {a} na dysk',
      'wrzuciłam {a} na dysk',
      'wrzuciliśmy {a} na dysk',
    ),
    v(
      'uzupełnić {a}',
      'uzupełnij {a}',
      'uzupełnijcie {a}',
      'uzupełnienie {g}',
      'uzupełnię {a}',
      'uzupełniłem {a}',
      'uzupełniliśmy {a}',
    ),
  ],
  deadlines: [
    ' do piątku',
    ' do jutra',
    ' jeszcze dziś',
    ' do końca dnia',
    ' do czwartku do 12:00',
    ' w tym tygodniu',
    ' do poniedziałku',
    ' najpóźniej do 15 marca',
    ' jutro rano',
    ' przed wtorkowym spotkaniem',
    ' w ciągu dwóch dni',
    ' jak najszybciej',
    ' do końca miesiąca',
    ' przed 16:00',
    ' w przyszłym tygodniu',
    ' pilnie',
  ],
  slots: {
    FYIR: [
      'dostawa wyjechała dziś rano z magazynu',
      'migracja serwera poszła zgodnie z planem',
      'oferta została przyjęta w poniedziałek',
      'faktura jest opłacona',
      'sala na czwartek jest potwierdzona',
      'audyt przesunięto na przyszły miesiąc',
      'umowa wróciła podpisana',
    ],
    WHYR: [
      'koleżanka już to znalazła',
      'wszystko było we wspólnym folderze',
      'znalazłam odpowiedź w raporcie rocznym',
      'dostawca wyjaśnił to dziś rano',
      'szukałem w złym miejscu',
      'liczby jednak się znalazły',
    ],
    WHATR: [
      'pierwszą wizytę',
      'przekazanie',
      'dzień szkoleniowy',
      'inwentaryzację',
      'swój tydzień',
      'grafik',
      'kolejny sprint',
      'przeprowadzkę',
      'montaż',
    ],
    OFFERR: ['chcesz to omówić', 'potrzebujesz pomocy', 'masz pytania', 'chcesz o tym porozmawiać osobiście'],
    REMX: ['podpisie pod umową', 'rozliczeniu delegacji', 'uzupełnieniu grafiku', 'zgłoszeniu urlopu'],
    OWNFIX: ['przesunę termin', 'poprawię harmonogram', 'uprzedzę klienta', 'zmienię plan dyżurów'],
    MEET: ['spotkanie', 'przegląd kwartalny', 'odprawę', 'demo', 'rozmowę oceniającą', 'szkolenie'],
    DAYA: ['poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek'],
    DLR: ['Do piątku', 'Do poniedziałku', 'Do jutra', 'Jeszcze dziś', 'Do końca tygodnia', 'Do 1 czerwca', 'Do 12:00'],
    LEAD: [
      'Po wczorajszym incydencie',
      'Ze względu na audyt',
      'Od przyszłego tygodnia',
      'W związku z przeprowadzką',
      'Przed zamknięciem roku',
    ],
    STN: [
      'weekend',
      'urlop',
      'wyjazd w góry',
      'pierwszy tydzień',
      'maraton',
      'koncert',
      'wesele siostry',
      'wyjazd integracyjny',
    ],
    STL: ['weekendzie', 'urlopie', 'wyjeździe', 'konferencji', 'przeprowadzce', 'zwolnieniu', 'majówce', 'świętach'],
    OPEN: ['', '', 'I jak, ', 'No i ', 'Hej, ', 'Słuchaj, '],
    FAM: ['mama', 'mały', 'Twój pies', 'kolano', 'rodzina', 'Twoja córka'],
    NAME: [
      'Tomek',
      'Kasia',
      'Pan Nowak',
      'Pani Ewa',
      'Marek',
      'Agnieszka',
      'Piotr',
      'Magda',
      'Krzysztof',
      'Ola',
      'Paweł',
      'Ania',
    ],
    DAY: ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'jutro', 'w przyszłym tygodniu'],
    TIME: ['10:00', '14:30', '9:00', '11:15', '16:00'],
    SOFT: [
      'Bez pośpiechu, ale',
      'Jeśli dasz radę,',
      'Jak znajdziesz chwilę,',
      'Jeszcze jedno:',
      'Krótkie pytanie:',
      'Przy okazji,',
      'Aha, i',
      'PS',
    ],
    TEAM: ['księgowość', 'dział zakupów', 'klient', 'dostawca', 'zarząd', 'dział IT', 'biuro rachunkowe', 'prawnik'],
    TEAMG: [
      'księgowości',
      'działu zakupów',
      'klienta',
      'dostawcy',
      'zarządu',
      'działu IT',
      'biura rachunkowego',
      'prawnika',
    ],
    FUN: [
      'odpocząć',
      'pojeździć na nartach',
      'zobaczyć mecz',
      'pozwiedzać miasto',
      'wyspać się',
      'pobiegać nad morzem',
      'wyskoczyć w góry',
      'zobaczyć zorzę',
    ],
    HINT: [
      'powinien być na dysku wspólnym albo w segregatorze',
      'znajdziesz go chyba w systemie',
      'leży pewnie w szafie w biurze',
      'powinien być w folderze projektu albo w skrzynce',
      'dział zakupów też może go mieć',
    ],
    OPT: [
      'brutto czy netto',
      'z VAT-em czy bez',
      'z dojazdem czy bez',
      'za godzinę czy za dzień',
      'w złotych czy w euro',
    ],
    I: ['logowaniem', 'nowym systemem', 'formularzem', 'dostępem do dysku', 'VPN-em', 'aplikacją'],
    THING: [
      'ekspres do kawy',
      'winda',
      'drukarka na drugim piętrze',
      'parking podziemny',
      'nowy intranet',
      'wifi w sali 3',
    ],
  },
  requests: [
    ['Czy pasuje Ci, żebyśmy zaczęli {MEET} {DAY} pół godziny wcześniej?', 15],
    ['Czy możemy przenieść {MEET} na {DAYA}?', 15],
    ['Nie masz nic przeciwko, żebyśmy zrobili {MEET} {DAY} online?', 10],
    ['{DLR} trzeba {V.bare}.', 15],
    ['{LEAD} wszyscy muszą {V.inf}.', 15],
    ['{LEAD} każdy musi {V.inf}.', 10],
    ['Czy możesz {V.inf}?', 50],
    ['Możesz {V.inf}?', 30],
    ['Czy mógłbyś {V.inf}?', 40],
    ['Czy mogłabyś {V.inf}?', 30],
    ['Czy mógłby Pan {V.inf}?', 20],
    ['Czy mogłaby Pani {V.inf}?', 20],
    ['Czy moglibyście {V.inf}?', 20],
    ['{V.imp}.', 30],
    ['{V.imp}, proszę.', 20],
    ['Proszę, {V.imp}.', 0],
    ['{V.wy}.', 15],
    ['Proszę o {V.ger}.', 40],
    ['Bardzo proszę o {V.ger}.', 20],
    ['Uprzejmie proszę o {V.ger}.', 15],
    ['{SOFT} czy możesz {V.inf}?', 40],
    ['Chciałbym Cię prosić o {V.ger}.', 20],
    ['Czy mogę Cię prosić o {V.ger}?', 15],
    ['Byłbym wdzięczny, gdybyś mógł {V.inf}.', 20],
    ['Będę wdzięczna za {V.ger}.', 15],
    ['Potrzebuję {g}{dl}.', 25],
    ['Potrzebujemy od Ciebie {g}{dl}.', 15],
    ['Czekam na {a}.', 15],
    ['Czekam jeszcze na {a}{dl}.', 10],
    ['Byłoby super, gdybyś {V.cond}.', 15],
    ['Byłoby świetnie, gdybyś {V.cond}.', 10],
    ['Fajnie by było, gdybyś {V.cond}.', 10],
    ['Byłoby mi łatwiej, gdybyście {V.bare}.', 5],
    ['Czekamy jeszcze na {a} od Ciebie.', 10],
    ['Wciąż czekamy na {a}{dl}.', 10],
    ['Najlepiej {V.inf}.', 15],
    ['Sprawdzisz {a}{dl}?', 8],
    ['Przejrzysz {a}{dl}?', 8],
    ['Prześlesz mi {a}{dl}?', 8],
    ['Przygotujesz {a} dla klienta?', 8],
    ['Zerkniesz na {a}{dl}?', 8],
    ['Podpiszesz {a}?', 6],
    ['Poprawisz {a}{dl}?', 6],
    ['Uzupełnisz {a}?', 6],
    ['Pamiętaj, aby {V.inf}.', 20],
    ['Wszyscy pracownicy muszą {V.inf}.', 20],
    ['Każdy dział musi {V.inf}.', 10],
    ['Musicie {V.inf}.', 10],
    ['Musisz {V.inf}.', 10],
    ['Przypominam, że trzeba {V.inf}.', 15],
    ['Kiedy możesz {V.bare}?', 15],
    ['Udało Ci się już {V.bare}?', 20],
    ['Dasz radę {V.inf}?', 20],
    ['Czy dasz radę {V.inf}?', 15],
    ['Daj znać, czy {n} {O.jest} w porządku.', 15],
    ['Masz jakieś uwagi do {g}?', 15],
    ['Jakie masz uwagi do {g}?', 10],
    ['Masz {DAY} chwilę, żeby omówić {a}?', 15],
    ['Możemy {DAY} o {TIME} zdzwonić się w sprawie {g}?', 15],
    ['Dołączysz {DAY} o {TIME} do spotkania w sprawie {g}?', 15],
    ['Kto z Was może {V.bare}?', 15],
    ['Czy ktoś z Was wie, kto ma {a}?', 10],
    ['Please check {a}{dl}.', 10],
    ['Potwierdź proszę, że dostałeś {a}.', 10],
    ['Czy byłoby możliwe {V.ger}?', 15],
    ['Znajdziesz chwilę, żeby {V.bare}?', 15],
    ['Zerknij proszę na {a}{dl}.', 15],
    ['Rzuć okiem na {a}{dl}, dobrze?', 10],
    ['Daj mi znać, kiedy {n} {O.jest} gotowe do wysyłki.', 0],
    // Needs to know, what is still missing, and a second ask after "przy okazji" / "jeszcze".
    ['Muszę wiedzieć, czy {n} {O.jest} już gotowe.', 8],
    ['Muszę się dowiedzieć, kiedy dostanę od Ciebie {a}.', 6],
    ['Muszę wiedzieć do {DAYA}, czy {MEET} się odbędzie.', 6],
    ['Brakuje mi jeszcze {g} od Ciebie{dl}.', 10],
    ['Brakuje mi jeszcze Twojego {g}.', 0],
    ['{LEAD} brakuje mi jeszcze {g}.', 8],
    ['Przy okazji: czy {n} {O.jest} już w systemie?', 8],
    ['Przy okazji, {V.imp} też.', 8],
    ['Jeszcze jedno: czy możesz też {V.inf}?', 8],
    ['Poza tym {V.imp}.', 8],
    // Asks of everyone in a role, urgent needs, and questions that ask the reader to clarify.
    ['Proszę każdego kierownika o {V.ger}.', 10],
    ['Proszę wszystkich kierowników o {V.ger}.', 8],
    ['Potrzebuję pilnie {g}, bo {TEAM} czeka.', 8],
    ['Potrzebuję {g}{dl} — {HINT}.', 12],
    ['Chodzi Ci o kwotę {OPT}?', 8],
    ['Proszę, żebyś {V.cond}.', 12],
    ['W takim razie proszę, żebyś {V.cond}.', 6],
    ['Od Ciebie potrzebowalibyśmy jeszcze {g}{dl}.', 10],
    ['Mam liczyć {OPT}?', 6],
    // Round 6: kontrast: nowa prośba po wycofanej, pytanie o planowanie.
    ['Zapomnij o starej wersji i wyślij mi zamiast tego {a}{dl}.', 8],
    ['Czy możesz zaplanować {WHATR} pod ten termin i dać mi znać?', 8],
    // Round 7: potrzeba w stronie biernej ("jest mi potrzebne"), "brakuje mi jeszcze…", prośba po warunku z terminem.
    ['Zestawienie jest mi potrzebne{dl}.', 4],
    ['Raport jest mi potrzebny{dl}, {HINT}.', 4],
    ['Ta lista będzie mi potrzebna{dl}.', 4],
    ['Dokumenty od Ciebie są nam potrzebne{dl}.', 4],
    ['Brakuje nam tylko {g}, prześlij go{dl}.', 6],
    ['Jeśli możesz, daj znać{dl}, czy {OPT} jest w porządku.', 6],
    ['Jeśli dasz radę, prześlij {a}{dl}.', 6],
    ['Przypominam o przesłaniu {g}{dl} – bez tego nie zamkniemy rozliczenia.', 6],
    ['Przypominam o {REMX}, bez tego {TEAM} nie ruszy dalej.', 6],
  ],
  none: [
    ['{TEAM} przysłał nam {a} przed rozmowami o współpracy.', 12],
    ['{TEAM} odesłał nam swoją wersję {g} z kilkoma zmianami.', 12],
    ['{TEAM} już przejrzał {a} pod kątem formalnym.', 8],
    ['Rozmawiałam właśnie z {TEAM} w sprawie {g}.', 8],
    ['Czy mogliśmy trafić lepiej?', 3],
    ['Czy mogło pójść lepiej?', 2],
    ['{OPEN}jak minął {STN}?', 30],
    ['{OPEN}jak tam po {STL}?', 30],
    ['{OPEN}jak było na {STL}?', 15],
    ['{OPEN}odpocząłeś po {STL}?', 15],
    ['{OPEN}udał się {STN}?', 15],
    ['{OPEN}wszystko w porządku po {STL}?', 10],
    ['Jak się czuje {FAM}?', 6],
    ['{OPEN}co tam u Ciebie?', 5],
    ['Widziałeś wczoraj mecz?', 1],
    ['Kto tego nie zna?', 1],
    ['Czego chcieć więcej?', 1],
    ['Mogę jeszcze w czymś pomóc?', 1],
    ['Czy to nie wspaniałe?', 1],
    ['Kto by się spodziewał po takim {STL}?', 0],
    ['{OPEN}jak się podoba nowe biuro?', 3],
    ['Jak tam pogoda u Was?', 1],
    ['{V.own}.', 50],
    ['Jutro {V.own}.', 15],
    ['Wczoraj {V.past}.', 25],
    ['Dziś rano {V.past}.', 20],
    ['Właśnie {V.pastpl}.', 20],
    ['{V.pastpl} w zeszłym tygodniu.', 10],
    ['{O.N} {O.jest} już w systemie.', 15],
    ['{O.N} {O.jest} na dysku w folderze projektu.', 10],
    ['Do wiadomości: {V.pastpl}.', 15],
    ['FYI: {V.pastpl}.', 10],
    ['Dzięki za {a}!', 25],
    ['Dziękuję za {V.gerb}.', 20],
    ['Dziękuję bardzo za szybkie {V.gerb}.', 10],
    ['{NAME} ma {V.bare} {DAY}.', 20],
    ['{TEAM} pyta, kiedy będzie {n}.', 15],
    ['{TEAM} musi jeszcze zatwierdzić {a}.', 15],
    ['Muszę jeszcze {V.bare}.', 15],
    ['Muszę {V.inf} dla {TEAMG}.', 10],
    ['Musimy poczekać na decyzję {TEAMG} w sprawie {g}.', 10],
    ['Jeśli będziesz potrzebować {g}, wszystko jest na dysku.', 15],
    ['Daj znać, jeśli masz pytania dotyczące {g}.', 15],
    ['W razie pytań dotyczących {g} jestem do dyspozycji.', 15],
    ['Gdybyś miał pytania do {g}, pisz śmiało.', 10],
    ['Uwaga: {DAY} {THING} nie będzie działać.', 15],
    ['Informuję, że termin na {V.gerb} został przesunięty.', 10],
    ['Poniżej przesyłam wiadomość od klienta w sprawie {g}.', 10],
    ['Poprosiłem już dział IT o {V.gerb}.', 10],
    ['Poprosiłam {TEAM} o {V.gerb}.', 0],
    ['W załączniku przesyłam {a}.', 15],
    ['W załączniku {n}.', 10],
    ['Thanks za {a}!', 10],
    ['{NAME} jest w kopii do wiadomości.', 10],
    ['Zajmę się tym {DAY} i {V.own}.', 10],
    ['Trzeba będzie kiedyś {V.bare}.', 15],
    ['Może warto byłoby kiedyś {V.bare}.', 10],
    ['{TEAM} jeszcze nie zdążył {V.bare}.', 10],
    ['Nie musisz nic robić w sprawie {g}.', 10],
    // Small talk about the reader's time off, courtesy offers about trouble, what a third party
    // wants, what the reader already has, and the reason behind an ask.
    ['{OPEN}udało Ci się {FUN} na {STL}?', 14],
    ['{OPEN}czy udało Ci się {FUN} w weekend?', 10],
    ['{OPEN}dotarłeś szczęśliwie do domu po {STL}?', 6],
    ['{OPEN}zdążyłeś już się rozpakować po przeprowadzce?', 2],
    ['Jeśli będziesz mieć problemy z {I}, daj mi znać.', 10],
    ['Gdybyś miał kłopoty z {I}, dzwoń śmiało.', 8],
    ['W razie problemów z {I} napisz do {NAME}.', 0],
    ['Jeśli pojawią się trudności z {I}, jestem pod telefonem.', 6],
    ['{TEAM} chciałby dostać {a} jeszcze przed {MEET}.', 10],
    ['{TEAM} chce mieć {a} przed końcem kwartału.', 8],
    ['Login i hasło do {I} dostaliście już SMS-em.', 4],
    ['{O.N} {O.jest} w załączniku do poprzedniego maila.', 6],
    ['Chodzi głównie o {a}, więc Twoja opinia bardzo się przyda.', 6],
    ['To ważne, bo {TEAM} zamyka miesiąc w piątek.', 6],
    ['Bez tego nie zamkniemy rozliczenia z {TEAMG}.', 0],
    // Round 6: tylko informacja: wycofane pytanie, co wiadomość pozwala zaplanować, uprzejme oferty.
    ['{OPEN}zapomnij o moim pytaniu o {a}, {WHYR}.', 14],
    ['Moje pytanie o {a} jest już nieaktualne, {WHYR}.', 8],
    ['Wtedy możesz zaplanować {WHATR} pod ten termin.', 10],
    ['Dzięki temu możesz spokojnie przygotować {WHATR}.', 8],
    ['Zadzwoń śmiało, jeśli {OFFERR}.', 10],
    // Round 7: uprzejme oferty z warunkiem na początku, notatki z zadaniami innych osób.
    ['Gdyby coś się opóźniało, daj znać, to {OWNFIX}.', 10],
    ['Jeśli zmienią się terminy, dajcie znać od razu.', 1],
    ['Jakby coś było niejasne w {I}, napisz.', 6],
    ['Gdyby {TEAM} miał uwagi do {g}, daj mi znać, to {OWNFIX}.', 8],
    ['- {NAME} – {a}{dl},', 10],
    ['{O.N} generuje się automatycznie, nie trzeba {g} nigdzie przesyłać.', 6],
    ['Nie musisz nic drukować, {FYIR}.', 6],
    ['Zadania z dzisiejszego zebrania: {NAME} przygotuje {a}{dl}.', 8],
  ],
  handRequests: `Daj mi znać, czy będziesz w czwartek.
Możesz zerknąć, czy liczby się zgadzają?
Proszę o odpowiedź do piątku.
Czekam na Twoją odpowiedź.
Daj znać, czy tak może być.
Zostaw proszę klucz do archiwum w recepcji.
Możesz do mnie dziś oddzwonić?
Masz hasło do wspólnej skrzynki?
Wiesz może, kto ma klucz do sali 4?
Czy mógłbyś w tym tygodniu wdrożyć nową koleżankę?
Daj proszę znać klientowi, że dostawa będzie dzień później.
Chętnie poznam Twoją opinię o nowym logo.
Wpiszcie proszę swoją dostępność na dzień integracyjny w ankiecie.
Wypełnij do środy formularz na wigilię firmową.
Potwierdź proszę, że dostałeś nowy laptop.
Potrzebuję Twojej zgody na zamówienie do 12:00.
Czy mogę przekazać klientowi Twoje nazwisko?
Będziesz jutro w biurze?
Masz czas w przyszły wtorek na kawę, żeby przejść przez plan?
Który termin pasuje Ci najbardziej na rozmowę oceniającą?
Która z dwóch opcji bardziej Ci odpowiada?
Kto z Was przejmie dyżur w sobotę?
Proszę oddać klucze przed urlopem.
Wszyscy kierownicy zmian proszeni są o sprawdzenie grafików do końca tygodnia.
Czy możesz się tym zająć w pierwszej kolejności?
Twojej zgody potrzebuję najpóźniej jutro.
Zarezerwujesz salę na czwartek?
Sprawdzisz, czy przesyłka już dotarła?
Uprzejmie proszę o odesłanie podpisanego egzemplarza do 30 kwietnia.
Prosimy o uregulowanie faktury do końca miesiąca.
Prosimy o uzupełnienie danych w ciągu dziesięciu dni.
Zgadzasz się z proponowanym podejściem?
Masz coś przeciwko, żebyśmy zaczęli spotkanie godzinę później?
Ile palet zmieści się jeszcze w magazynie?
Możesz zrobić krótkie podsumowanie tego, co jest jeszcze otwarte?
Możesz jeszcze zrobić review slajdów przed callem?
Could you check liczby w arkuszu?
Wyślij mi proszę jeszcze raz ostatnią wersję.
Roześlesz agendę na jutro?
Wpiszcie proszę wnioski urlopowe do systemu do 1 maja.
Daj znać, jak dojedziesz.
Zerkniesz, czy jest do mnie jakaś poczta?
Czy nadgodziny za marzec są już zgłoszone?
Przypominam o raporcie – czekam na niego do piątku.
Kasiu, podeślesz mi jeszcze te dane?
Tomku, zerkniesz na to dziś?
Proszę o informację zwrotną.
Nie pali się, ale przejrzyj to proszę w wolnej chwili.
Czy mogę liczyć na Twoją pomoc przy inwentaryzacji?
Pilnie potrzebuję numeru zamówienia.
Niech każdy prześle mi swój grafik do piątku.
Niech wszyscy jeszcze raz sprawdzą listę obecności.
Kto jeszcze nie oddał kluczy do szatni, niech zrobi to do końca tygodnia.
Każdy, kto ma w tym miesiącu dyżur, niech uzupełni tabelę na dysku.
I jeszcze jedno: niech ktoś z was przejrzy protokół przed środą.
Niech pan przyśle podpisaną umowę do jutra.
Niech pani da mi znać, czy termin pasuje.
Wszyscy, którzy jadą na szkolenie, niech wpiszą się na listę do poniedziałku.
Każda osoba z zespołu niech do 15 maja zgłosi swój urlop.
Niech każdy z was przyniesie na zebranie laptopa.
Kto prowadzi zajęcia w soboty, niech wpisze godziny do arkusza do końca miesiąca.
Niech ktoś z was zadzwoni jutro rano do serwisu.
Każdy, kto korzystał ze służbowego auta, niech rozliczy kilometrówkę do piątku.
Wszyscy kierowcy niech sprawdzą ważność swoich kart do końca tygodnia.
Czy wie Pani, czy sala na piątek jest już zarezerwowana?
Pani Kasiu, czy może Pani przesłać mi fakturę do jutra?
Czy ktoś ma jeszcze wątpliwości co do nowego regulaminu?
Potwierdź proszę, czy spotkanie z dostawcą o 10:00 jest nadal aktualne.`.split('\n'),
  handNone: `Jak minął weekend?
Co słychać?
Jak się masz?
Piękna dziś pogoda, prawda?
Jak było na urlopie?
Wszystko dobrze w domu?
Mam nadzieję, że weekend był udany.
Ale to był tydzień, co?
Kto by pomyślał?
Dlaczego z tą drukarką zawsze są problemy?
Czy to nie wspaniałe, jak szybko zespół to wdrożył?
Dzięki za szybką odpowiedź!
Dziękuję za świetną współpracę.
Miłego weekendu wszystkim!
Pozdrawiam, Tomek
Z poważaniem
Cześć Kasiu,
Dzień dobry,
Szanowni Państwo,
Dziś i jutro jestem poza biurem.
Jestem na urlopie do 14 sierpnia i nie mam dostępu do poczty.
W pilnych sprawach proszę kontaktować się z Markiem Nowakiem.
Twoja wiadomość nie zostanie przekazana dalej.
Do wiadomości: stołówka w piątek jest zamknięta.
Nowy grafik obowiązuje od poniedziałku.
Remont idzie zgodnie z planem.
Wczoraj wysłaliśmy zamówienie.
Jutro prześlę Ci ostateczną wersję.
Wrócę do tematu w piątek.
Dam znać, jak tylko będę wiedział więcej.
Zajmę się tym jutro.
Daj znać, jeśli mogę w czymś pomóc.
Daj znać, jeśli masz pytania.
W razie pytań jestem do dyspozycji.
Z Twojej strony nic nie trzeba robić.
Nie musisz nic robić.
To już załatwione.
Klient był bardzo zadowolony z prezentacji.
Wtorkowe spotkanie jest odwołane.
Piotr wysłał wczoraj ofertę.
Magda pytała, czy sala konferencyjna jest wolna.
Biuro rachunkowe musi jeszcze zatwierdzić sprawozdanie.
W przyszłym tygodniu mają zostać dostarczone nowe laptopy.
W tym czasie nie można parkować w garażu.
Dobra wiadomość: wygraliśmy przetarg!
Gratuluję nowego stanowiska!
Poniżej pytanie klienta.
Przesyłam do wiadomości.
Wysłano z iPhone'a
Ta wiadomość może zawierać informacje poufne.
Przepraszam za późną odpowiedź.
Jasne, dzięki!
Super, to tak zróbmy.
Brzmi dobrze.
Kto wie, co przyniesie przyszły rok?
W grudniu będzie niezły młyn, prawda?
FYI, harmonogram się zmienił.
Thanks za szybką odpowiedź!
Pytałem już Marka, czy może zarezerwować salę.
Miłego wieczoru!
Proszę zauważyć, że biuro będzie zamknięte w piątek.
Kto by pomyślał, że tak szybko skończymy?
Proszę bardzo, nie ma za co.
Kasiu, mam nadzieję, że urlop się udał.
Jak się udała przeprowadzka?
Trzymaj się!
Niech żyje nasz zespół!
Niech będzie, przesuniemy to na piątek.
Niech to szlag, znowu pada.
Niech Ci się wiedzie na nowym stanowisku!
Niech to będzie dobry rok dla nas wszystkich.
Niech się dzieje, co chce – i tak jesteśmy gotowi.
Ktoś się wybrał w weekend na narty?
Ktoś z was był w sobotę na koncercie w filharmonii?
Czy ktoś oglądał wczoraj mecz?
Ktoś pojechał na majówkę w góry, czy wszyscy zostali w mieście?
Ktoś był już na jarmarku świątecznym na rynku?
Kto by w ogóle przypuszczał, że zima przyjdzie tak wcześnie?
Kto mógł się spodziewać takiej frekwencji?
Spotkanie z dostawcą potwierdzone – zaczynamy o 10:00 w sali B.
Wizyta audytora potwierdzona, przyjeżdża w czwartek o 9:00.
Rozmowa z klientem potwierdzona – dzwonimy o 14:30, potrwa około pół godziny.
Termin szkolenia potwierdzony: 12 maja, od 9:00 do 15:00.
Prezentacja dla zarządu potwierdzona – startujemy o 9:30, kończymy ok. 10:15.
Jutrzejsza dostawa potwierdzona – kurier będzie między 8:00 a 10:00.
Odbiór techniczny potwierdzony na wtorek, inspektor będzie o 11:00.
Czy ktoś jeszcze wątpi, że warto było zainwestować w nowy sprzęt?
Czy ktoś miał wątpliwości, że damy radę?`.split('\n'),
};
