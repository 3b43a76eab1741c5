// Dutch sentences for the request model: written for it, blind to every evaluation set.
import type { LanguageSpec } from './engine';

const o = (a: string, is = 'is') => ({ a, n: a, is, moet: is === 'zijn' ? 'moeten' : 'moet' });

export const nl: LanguageSpec = {
  lang: 'nl',
  objects: [
    o('de offerte'),
    o('het rapport'),
    o('de planning'),
    o('de presentatie'),
    o('het contract'),
    o('de begroting'),
    o('de factuur'),
    o('de notulen', 'zijn'),
    o('het voorstel'),
    o('de urenstaat'),
    o('de lijst met openstaande punten'),
    o('het overzicht van de kosten'),
    o('de nieuwe versie'),
    o('de cijfers van het derde kwartaal', 'zijn'),
    o('de conceptbrief'),
    o('de testresultaten', 'zijn'),
    o('het inkooporder'),
    o('de handleiding'),
    o('de roosters', 'zijn'),
    o('het projectplan'),
    o('de declaraties', 'zijn'),
    o('de tekening van de hal'),
    o('de klantenlijst'),
    o('het verslag'),
    o('de vacaturetekst'),
    o('de releasenotes', 'zijn'),
    o('het budgetvoorstel'),
    o('de jaarcijfers', 'zijn'),
  ],
  verbs: [
    {
      inf: '{a}{dl} sturen',
      imp: 'stuur {a}{dl}',
      te: '{a}{dl} te sturen',
      own: 'ik stuur je {a}{dl}',
      part: 'gestuurd',
      we: 'we sturen {a}{dl}',
    },
    {
      inf: '{a}{dl} doorsturen',
      imp: 'stuur {a}{dl} door',
      te: '{a}{dl} door te sturen',
      own: 'ik stuur {a}{dl} door',
      part: 'doorgestuurd',
      we: 'we sturen {a}{dl} door',
    },
    {
      inf: '{a}{dl} nakijken',
      imp: 'kijk {a}{dl} even na',
      te: '{a}{dl} na te kijken',
      own: 'ik kijk {a}{dl} na',
      part: 'nagekeken',
      we: 'we kijken {a}{dl} na',
    },
    {
      inf: '{a}{dl} controleren',
      imp: 'controleer {a}{dl}',
      te: '{a}{dl} te controleren',
      own: 'ik controleer {a}{dl}',
      part: 'gecontroleerd',
      we: 'we controleren {a}{dl}',
    },
    {
      inf: '{a}{dl} goedkeuren',
      imp: 'keur {a}{dl} goed',
      te: '{a}{dl} goed te keuren',
      own: 'ik keur {a}{dl} goed',
      part: 'goedgekeurd',
      we: 'we keuren {a}{dl} goed',
    },
    {
      inf: '{a}{dl} aanpassen',
      imp: 'pas {a}{dl} aan',
      te: '{a}{dl} aan te passen',
      own: 'ik pas {a}{dl} aan',
      part: 'aangepast',
      we: 'we passen {a}{dl} aan',
    },
    {
      inf: '{a}{dl} bijwerken',
      imp: 'werk {a}{dl} bij',
      te: '{a}{dl} bij te werken',
      own: 'ik werk {a}{dl} bij',
      part: 'bijgewerkt',
      we: 'we werken {a}{dl} bij',
    },
    {
      inf: '{a}{dl} ondertekenen',
      imp: 'onderteken {a}{dl}',
      te: '{a}{dl} te ondertekenen',
      own: 'ik onderteken {a}{dl}',
      part: 'ondertekend',
      we: 'we ondertekenen {a}{dl}',
    },
    {
      inf: '{a}{dl} delen',
      imp: 'deel {a}{dl}',
      te: '{a}{dl} te delen',
      own: 'ik deel {a}{dl}',
      part: 'gedeeld',
      we: 'we delen {a}{dl}',
    },
    {
      inf: '{a}{dl} doorlezen',
      imp: 'lees {a}{dl} even door',
      te: '{a}{dl} door te lezen',
      own: 'ik lees {a}{dl} door',
      part: 'doorgelezen',
      we: 'we lezen {a}{dl} door',
    },
    {
      inf: '{dl} naar {a} kijken',
      imp: 'kijk{dl} even naar {a}',
      te: '{dl} naar {a} te kijken',
      own: 'ik kijk{dl} naar {a}',
      part: 'bekeken',
      we: 'we kijken{dl} naar {a}',
    },
    {
      inf: '{a}{dl} uploaden',
      imp: 'upload {a}{dl}',
      te: '{a}{dl} te uploaden',
      own: 'ik upload {a}{dl}',
      part: 'geüpload',
      we: 'we uploaden {a}{dl}',
    },
  ],
  deadlines: [
    ' vóór vrijdag',
    ' uiterlijk morgen',
    ' vandaag nog',
    ' voor het einde van de dag',
    ' vóór donderdag 12.00 uur',
    ' deze week',
    ' voor maandag',
    ' uiterlijk 15 maart',
    ' morgenochtend',
    ' voor de vergadering van dinsdag',
    ' binnen twee werkdagen',
    ' zo snel mogelijk',
    ' eind van de maand',
    ' vóór 16.00 uur',
    ' volgende week',
  ],
  slots: {
    FYIR: [
      'de levering is vanochtend bij ons magazijn vertrokken',
      'de serververhuizing is volgens plan verlopen',
      'de offerte is maandag geaccepteerd',
      'de factuur is volledig betaald',
      'de zaal voor donderdag is bevestigd',
      'de audit is naar volgende maand verschoven',
      'het contract is getekend terug',
      'het nieuwe rooster gaat op de 1e in',
    ],
    WHYR: [
      'een collega had het al gevonden',
      'het stond gewoon in de gedeelde map',
      'ik vond het antwoord in het jaarverslag',
      'de leverancier heeft het vanochtend opgelost',
      'ik zocht op de verkeerde plek',
      'de cijfers zijn toch boven water gekomen',
    ],
    WHATR: [
      'het eerste huisbezoek',
      'de overdracht',
      'de trainingsdag',
      'de voorraadtelling',
      'je week',
      'het rooster',
      'de volgende sprint',
      'de verhuizing',
      'de installatie',
    ],
    OFFERR: [
      'je het wilt doorlopen',
      'je er behoefte aan hebt',
      'je er even over wilt sparren',
      'je twijfels hebt',
      'je het liever persoonlijk bespreekt',
      'je meer wilt weten',
    ],
    CONDR: [
      'de lakkingen vooraf met mij zijn afgestemd',
      'de klant het toestemmingsformulier heeft getekend',
      'de totalen kloppen met het grootboek',
      'je een kopie bewaart',
      'juridische zaken de tekst heeft gezien',
    ],
    WIE: ['De klant', 'De provincie', 'Het bestuur', 'De opdrachtgever', 'Onze directie', 'Het projectteam'],
    MEET: ['het overleg', 'de kwartaalreview', 'de teammeeting', 'het werkoverleg', 'de demo', 'de evaluatie'],
    DLR: [
      'uiterlijk vrijdag',
      'vóór maandag',
      'morgen',
      'vandaag nog',
      'voor het einde van de week',
      'uiterlijk 1 juni',
      'vóór 12.00 uur',
    ],
    LEAD: [
      'Na de storing van gisteren',
      'Vanwege de audit',
      'Met ingang van volgende week',
      'In verband met de verhuizing',
      'Voor de jaarafsluiting',
    ],
    ST: [
      'je weekend',
      'je vakantie',
      'de verhuizing',
      'het congres in Utrecht',
      'je vrije dag',
      'de skivakantie',
      'de bruiloft van je zus',
      'de teamuitje',
      'je eerste week',
      'de marathon',
      'het concert gisteren',
      'de reis naar Lissabon',
    ],
    OPEN: ['', '', 'En, ', 'Zo, ', 'Hé, ', 'Nou, '],
    FAM: ['de kinderen', 'je moeder', 'de nieuwe puppy', 'je knie', 'de verbouwing', 'het gezin'],
    NAME: [
      'Piet',
      'Sanne',
      'Joost',
      'Fleur',
      'Bram',
      'Eva',
      'Ruud',
      'Lotte',
      'Hans',
      'Marieke',
      'Daan',
      'Ilse',
      'Kees',
      'Noor',
    ],
    DAY: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'morgen', 'volgende week'],
    TIME: ['10.00 uur', '14.30 uur', '9 uur', 'half elf', '16.00 uur', 'de middag'],
    SOFT: [
      'Geen haast, maar',
      'Als het lukt,',
      'Wanneer je even tijd hebt,',
      'Nog één ding:',
      'Kleine vraag:',
      'Tussendoor:',
      'Trouwens,',
      'Oh en',
      'PS:',
    ],
    PLACE: ['Texel', 'Italië', 'de Ardennen', 'Barcelona', 'Zeeland', 'Oostenrijk', 'Groningen'],
    EVENT: [
      'de vakantie',
      'het weekend',
      'de verhuizing',
      'het congres',
      'de bruiloft',
      'je vrije dag',
      'de skireis',
      'de teamdag',
    ],
    TEAM: [
      'het financeteam',
      'de afdeling inkoop',
      'HR',
      'de klant',
      'de leverancier',
      'de accountant',
      'het bestuur',
      'IT',
    ],
    THING: [
      'de koffieautomaat',
      'de lift',
      'de printer op de tweede',
      'de parkeergarage',
      'het nieuwe intranet',
      'de wifi in zaal 3',
    ],
    POLITE: ['alsjeblieft', 'a.u.b.'],
    // Issue #14, round 4: slots of the families of non-requests below.
    DATUM: [
      '1 maart',
      'maandag 12 mei',
      'de 3e',
      '14 november',
      'volgende maandag',
      'begin april',
      'dinsdag de 9e',
      '30 juni',
    ],
    VANAF: ['Vanaf 1 maart', 'Met ingang van maandag 12 mei', 'Vanaf volgende week', 'Per 1 juli', 'Vanaf begin april'],
    POLICYV: [
      'melden bezoekers zich aan bij de nieuwe zuil in de hal',
      'gaat de kantine al om half acht open',
      'lopen declaraties via het nieuwe portaal',
      'begint de late dienst een half uur eerder',
      'worden pakketten bij het laadperron afgeleverd',
      'is de zij-ingang na 18.00 uur dicht',
      'staan de loonstroken alleen nog online',
      'kan de stilteruimte op de derde via Outlook worden geboekt',
    ],
    PLACEX: [
      'de kantine',
      'de parkeergarage',
      'de personeelsingang',
      'de fitnessruimte',
      'de fietsenstalling',
      'het oude boekingssysteem',
      'de gedeelde schijf',
      'de vergaderzalen op de begane grond',
    ],
    EVT: [
      'het congres',
      'de kerstborrel',
      'de teamdag',
      'de heidag',
      'de beurs',
      'het bedrijfsbezoek',
      'het jubileumfeest',
    ],
    HOL: ['de feestdagen', 'Pasen', 'het lange weekend', 'de herfstvakantie', 'je vrije week', 'kerst', 'Hemelvaart'],
    HOLN: [
      'een fijne kerst',
      'mooie feestdagen',
      'een ontspannen weekend',
      'een goede vakantie',
      'een fijne vrije dag',
      'lekker weer op vakantie',
    ],
    RQ: [
      'gaat de zomerborrel nog door',
      'wanneer komen de nieuwe laptops',
      'gaat de parkeergarage voor kerst weer open',
      'verhuizen we volgend jaar',
      'waarom is het menu in de kantine veranderd',
      'wie volgt Ans op',
      'wanneer gaat het nieuwe rooster in',
    ],
    ASKER: [
      'Een aantal van jullie vroeg me',
      "Meerdere collega's hebben gevraagd",
      'Veel van jullie vroegen',
      'De meest gestelde vraag van deze week',
      'De vraag die ik steeds krijg',
      'Vanuit de nachtdienst kwam de vraag',
    ],
    RHET: [
      'Wat kan er nou misgaan?',
      'Hoe moeilijk kan het zijn?',
      'Waar is dit jaar gebleven?',
      'Wie houdt er nou niet van een lang weekend?',
      'Moet ik nog meer zeggen?',
      'Klinkt bekend?',
      'Wie had gedacht dat het alweer december is?',
      'Waarom loopt de printer toch altijd op maandag vast?',
      'Was het het wachten waard?',
      'Houdt die regen ooit nog op?',
      'Wat wil je nog meer?',
      'Hoe kon dat nou gebeuren?',
    ],
    ASKNL: [
      'zet je vakantiedagen voor het eerste kwartaal in de teamagenda',
      'test het nieuwe formulier met een paar echte gevallen',
      'schrijf je opmerkingen direct in het ticket',
      'stuur de bonnetjes zoals altijd via het portaal',
      'meld je vóór woensdag aan voor de training',
      'ruim vóór de verhuizing je bureau leeg',
      'vul de enquête over de kantine in',
      'zet je presentatie vóór morgenochtend in de map',
      'controleer je gegevens in het personeelsportaal',
      'lever de sleutels van de hal in bij de receptie',
      'werk de contactlijst bij en zet hem in Teams',
      'bel de klant terug over de klacht',
    ],
    INFNL: [
      'een keer langskomen om de maten in de keuken op te nemen',
      'de vakantiedagen in de teamagenda zetten',
      'het formulier met een paar echte gevallen testen',
      'de bonnetjes via het portaal insturen',
      'de sleutels bij de receptie inleveren',
      'de contactlijst bijwerken',
      'de klant over de klacht terugbellen',
      'de offerte nog een keer naast het contract leggen',
    ],
    OMDOEL: [
      'Om de geplande start te kunnen halen',
      'Met het oog op de oplevering',
      'Om de administratie af te kunnen ronden',
      'Voor een goede voorbereiding van het overleg',
      'In verband met de accountantscontrole',
      'Om vertraging te voorkomen',
    ],
    DOEL: [
      'zodat ik de bezetting kan plannen',
      'zodat we de salarisverwerking op tijd halen',
      'anders kan ik de bestelling niet plaatsen',
      'dan kan ik het aan de directie doorsturen',
      'zodat er niets kwijtraakt',
    ],
    WHQ: [
      'bij welke leverancier hebben we de lampen in het voorjaar besteld',
      'waar hebben we de getekende contracten opgeslagen',
      'wie heeft de vorige keer de brandoefening geregeld',
      'wat hebben we in maart voor de busjeshuur betaald',
      'wanneer is de cv-ketel voor het laatst onderhouden',
      'hoeveel licenties hebben we voor het ontwerpteam gekocht',
      'welke zaal hebben we voor de bestuursvergadering geboekt',
      'wat was ook alweer het referentienummer van de factuur van Harper',
    ],
    SENT: ['gestuurd', 'doorgegeven', 'gemeld', 'gemaild', 'doorgestuurd'],
    LATER: [
      'vanmiddag',
      'morgen',
      'maandag',
      'aan het eind van de week',
      'volgende week',
      'na de audit',
      'zodra de cijfers binnen zijn',
    ],
    INCL: [
      'de afwijkingen',
      'de bonnetjes',
      'de toelichting per post',
      'de genomen acties',
      'de reistijden',
      'de handtekening van je leidinggevende',
    ],
    LEIS: [
      'het festival',
      'de film',
      'dat concert',
      'de wedstrijd',
      'het strand',
      'de kermis',
      'je schoonouders',
      'de nieuwe tentoonstelling',
      'de braderie',
    ],
    WHEN: ['dit weekend', 'in het weekend', 'gisteren', 'met de feestdagen', 'in je vrije week', 'zaterdag'],
    LEISV: ['gefietst', 'gezeild', 'uitgewaaid aan zee', 'weggeweest', 'getuinierd', 'gewandeld', 'uit eten geweest'],
    NOTIG: [
      'het overzicht van vorige maand',
      'de oude offerte',
      'de reservesleutel',
      'het tweede exemplaar',
      'de papieren versie',
    ],
  },
  requests: [
    ['Ik mis nog {a} van je.', 10],
    ['We wachten nog op {a} van jullie afdeling.', 8],
    ['Van jouw team wachten we nog op {a}.', 8],
    ['Past het jou als we {MEET} {DAY} een half uur eerder beginnen?', 15],
    ['Is het goed voor jou als we {MEET} naar {DAY} verplaatsen?', 15],
    ['Vind je het goed als we {MEET} {DAY} online doen?', 10],
    ['{O.A} {O.moet} {DLR} {V.part} worden.', 20],
    ['{LEAD} moet iedereen {V.inf}.', 15],
    ['{LEAD} moeten alle medewerkers {V.inf}.', 10],
    ['Kun je {V.inf}?', 50],
    ['Kun jij {V.inf}?', 20],
    ['Kunt u {V.inf}?', 30],
    ['Zou je {V.inf}?', 40],
    ['Zou u {V.inf}?', 20],
    ['Wil je {V.inf}?', 30],
    ['Kunnen jullie {V.inf}?', 25],
    ['{V.imp}.', 40],
    ['{V.imp}, {POLITE}.', 20],
    ['Graag {V.inf}.', 20],
    ['{SOFT} kun je {V.inf}?', 40],
    ['Wil je {V.inf} en mij laten weten of het klopt?', 15],
    ['Ik wil je vragen {V.te}.', 25],
    ['Mag ik je vragen {V.te}?', 20],
    ['Zou je zo vriendelijk willen zijn {V.te}?', 15],
    ['Ik zou het fijn vinden als je {V.inf} kunt.', 20],
    ['Het zou mij enorm helpen als je {V.inf} kunt.', 15],
    ['Ik heb {a}{dl} nodig.', 25],
    ['We hebben {a}{dl} van je nodig.', 15],
    ['Ik wacht nog op {a}.', 15],
    ['Vergeet niet {V.te}.', 25],
    ['Denk je eraan {V.te}?', 15],
    ['Iedereen moet {V.inf}.', 20],
    ['Alle medewerkers dienen {V.inf}.', 15],
    ['Jullie moeten {V.inf}.', 10],
    ['Je moet {V.inf}.', 10],
    ['Weet jij of {n} al {V.part} {O.is}?', 25],
    ['Heb je {a} al {V.part}?', 25],
    ['Is {n} al {V.part}?', 20],
    ['Wanneer kun je {V.inf}?', 20],
    ['Lukt het om {V.te}?', 20],
    ['Laat je me weten of {n} zo goed {O.is}?', 20],
    ['Ik hoor graag of je {a}{dl} kunt {V.part2}.', 0],
    ['Ik hoor graag wat je van {a} vindt.', 15],
    ['Heb je {DAY} tijd om {a} te bespreken?', 20],
    ['Kunnen we {DAY} om {TIME} even bellen over {a}?', 20],
    ['Kun je {DAY} om {TIME} aansluiten bij het overleg over {a}?', 15],
    ['Wat vind jij van {a}?', 15],
    ['Heb je nog opmerkingen op {a}?', 15],
    ['Reminder: {V.inf}.', 0],
    ['Herinnering: graag {V.inf}.', 15],
    ['Wie van jullie kan {V.inf}?', 15],
    ['Weet iemand van jullie of {n} al {V.part} {O.is}?', 15],
    ['Kun je {TEAM} vragen om {a}{dl} te sturen?', 15],
    ['Hoe staat het met {a}?', 15],
    ['Please check {a}{dl}.', 10],
    ['Kun je {a} nog even reviewen{dl}?', 10],
    ['Could you {a}{dl} sturen?', 0],
    ['Zou je willen bevestigen dat je {a} hebt ontvangen?', 10],
    ['Ik ontvang {a} graag{dl}.', 20],
    // Issue #14, round 4: asks that look like the non-requests below (conditions, dates, small talk).
    ['Als je {a} al hebt, stuur het me dan even.', 12],
    ['Als het lukt, {V.imp}.', 10],
    ['Mocht je het nog niet gedaan hebben, wil je dan {V.inf}?', 10],
    ['Weet jij of {PLACEX} op {DATUM} open is?', 12],
    ['Ik hoop dat je {HOLN} hebt gehad – kun je {V.inf}?', 12],
    ['Welkom terug! Zou je {V.inf}?', 8],
    ['Kunnen jullie allemaal {V.inf}?', 10],
    ['Is {n} al naar {TEAM}?', 10],
    ['Ben je er al aan toegekomen om {V.te}?', 12],
    ['Is het je gelukt om {V.te}?', 10],
    ['Kun je, voordat je op vakantie gaat, {V.inf}?', 8],
    ['Als je terug bent, wil je dan {V.inf}?', 10],
    ['Ik hoor graag {LATER} of {n} zo goed {O.is}.', 10],
    ['Laat je {LATER} even weten of {n} akkoord {O.is}?', 8],
    ['Kunnen jullie {PLACEX} {DAY} even vrijhouden?', 6],
    ['Vanaf {DAY} moeten jullie {V.inf}.', 8],
    ['Kan een van jullie {V.inf}?', 15],
    ['Kan iemand van jullie {V.inf}?', 12],
    ['Wie van jullie wil {V.inf}?', 10],
    ['Kan een van jullie {DAY} de dienst van {NAME} overnemen?', 10],
    ['Laat het me {DLR} weten, dan kan ik {a} afronden.', 12],
    ['Laat even weten of {n} zo goed {O.is}, dan stuur ik het door.', 10],
    ['Zou je {V.inf}? Dan kan ik verder met {a}.', 10],
    ['Kun je {V.inf}, zodat ik het rooster rond kan maken?', 10],
    ['{ASKNL}, {DOEL}.', 25],
    ['Wil je {INFNL}?', 20],
    ['Zouden jullie {INFNL}?', 12],
    ['We zouden het fijn vinden als u {INFNL} wilt.', 15],
    ['Het zou fijn zijn als je {INFNL} kunt.', 15],
    ['Graag {INFNL}, {DOEL}.', 20],
    ['{SOFT} {ASKNL}.', 20],
    ['{ASKNL}, {POLITE}.', 15],
    ['{WHQ}?', 8],
    ['Kleine vraag: {WHQ}?', 8],
    ['{O.Is} {n} al naar {TEAM} {SENT}?', 25],
    ['{O.Is} {n} eigenlijk al naar {TEAM} {SENT}, of doet {NAME} dat dit jaar?', 12],
    // Round 5.
    ['Ik heb {a}, inclusief {INCL}, {DLR} nodig.', 12],
    ['Ik heb {DLR} {a} van je nodig, {DOEL}.', 12],
    ['Van iedereen in {TEAM} heb ik {DLR} {a} nodig.', 10],
    ['Ik heb van jullie allemaal {a} nodig, {DLR} ingevuld.', 8],
    ['{OPEN}Al naar {a} kunnen kijken?', 10],
    ['Nog tijd gehad om naar {a} te kijken?', 8],
    ['Noteer {DLR} in het systeem of {n} klaar {O.is}.', 6],
    // Round 6: contrast: een nieuw verzoek na een ingetrokken vraag, een vraag om te plannen.
    ['Vergeet die oude versie en stuur me{dl} {a} in plaats daarvan.', 8],
    ['Kun je {WHATR} daarop afstemmen en me de datum laten weten?', 8],
    // Round 7: een behoefte met "van jou" en een lang lijdend voorwerp, een plicht van "iedereen in/van …",
    // een korte vraag of het lukt, een ask met "ook" na de eerste.
    ['Voor {MEET} heb ik van jou {a} nodig, {DLR}.', 10],
    ['Daarvoor heb ik van je nog {a} en {INCL} nodig.', 8],
    ['{DLR} heb ik van jullie {a} nodig.', 6],
    ['Iedereen in {TEAM} moet {V.inf}.', 10],
    ['Iedereen van {TEAM} dient {V.inf}.', 6],
    ['Het zou fijn zijn als je ook {INFNL} kunt.', 8],
    ['Kun je ook {V.inf}?', 8],
    // Round 8: het werkwoord vóór het onderwerp na een vooropgeplaatst deel ("…, verzoek ik u …"),
    // een taak in een lijst die de lezer bij naam noemt.
    ['{OMDOEL}, verzoek ik u {V.te}.', 14],
    ['{OMDOEL} vraag ik je {V.te}.', 10],
    ['Daarom vraag ik jullie {DLR} {V.te}.', 8],
    ['Hierbij verzoeken wij u vriendelijk {V.te}.', 8],
    ['Graag zou ik je willen vragen {V.te}.', 8],
    ['{OMDOEL} willen we u vragen {V.te}.', 8],
  ],
  none: [
    ['Hierbij ontvangt u {a}, waarin de opmerkingen uit ons overleg zijn verwerkt.', 10],
    ['Hierbij ontvang je {a} zoals besproken.', 8],
    ['In die week kun je de parkeergarage aan de achterkant gebruiken.', 4],
    ['Tijdens de verbouwing kunnen jullie in de kantine op de tweede verdieping lunchen.', 4],
    ['{OPEN}hoe was {ST}?', 40],
    ['{OPEN}hoe ging {ST}?', 20],
    ['{OPEN}heb je genoten van {ST}?', 25],
    ['{OPEN}was {ST} een beetje leuk?', 20],
    ['{OPEN}goed uitgerust na {ST}?', 15],
    ['{OPEN}ben je weer een beetje bijgekomen van {ST}?', 15],
    ['Hoe gaat het met {FAM}?', 10],
    ['{OPEN}alles goed daar?', 5],
    ['Heb je de wedstrijd gisteren gezien?', 1],
    ['Wie kent het niet?', 1],
    ['Wat wil je nog meer?', 1],
    ['Kan ik je nog ergens anders mee helpen?', 1],
    ['Is dat niet geweldig?', 1],
    ['Wie had dat na {ST} nog verwacht?', 8],
    ['{OPEN}lekker genoten van het mooie weer?', 3],
    ['{OPEN}hoe bevalt de nieuwe werkplek?', 3],
    ['Hoe is het met de verbouwing thuis?', 1],
    ['{V.own}.', 50],
    ['Ik zal {V.inf}.', 25],
    ['{V.we}.', 25],
    ['Ik ga {V.inf}.', 20],
    ['Morgen {V.own2}.', 0],
    ['{O.A} {O.is} gisteren {V.part}.', 30],
    ['{O.A} {O.is} inmiddels {V.part} door {TEAM}.', 25],
    ['Ik heb {a} vanochtend {V.part}.', 30],
    ['We hebben {a} al {V.part}.', 20],
    ['{O.A} {O.is} klaar.', 15],
    ['{O.A} staat nu in de gedeelde map.', 10],
    ['Ter info: {n} {O.is} {V.part}.', 20],
    ['Ter info, {TEAM} heeft {a} ontvangen.', 15],
    ['FYI: {n} {O.is} aangepast.', 10],
    ['Bedankt voor {a}!', 20],
    ['Dank je wel voor het snel {V.part2}.', 0],
    ['Dank voor je hulp met {a}.', 15],
    ['Super bedankt dat je {a} zo snel hebt {V.part}.', 15],
    ['{NAME} heeft {a} al {V.part}.', 25],
    ['{NAME} vroeg of {n} al {V.part} {O.is}.', 15],
    ['{NAME} moet {a} nog {V.inf2}.', 0],
    ['{NAME} gaat {V.inf}.', 20],
    ['{TEAM} moet {a} nog goedkeuren.', 15],
    ['{O.A} moet {DAY} worden {V.part} door {TEAM}.', 15],
    ['Ik moet {a} nog {V.inf3}.', 0],
    ['Ik moet {V.inf} voor {TEAM}.', 15],
    ['We moeten nog even afwachten wat {TEAM} van {a} vindt.', 10],
    ['Als je {a} nodig hebt, staat het in de gedeelde map.', 15],
    ['Laat het weten als je vragen hebt over {a}.', 15],
    ['Mocht je nog vragen hebben over {a}, dan hoor ik het graag.', 15],
    ['Bij vragen over {a} kun je altijd bij mij terecht.', 10],
    ['Hoe was {EVENT}?', 0],
    ['Hoe was {EVENT} in {PLACE}?', 20],
    ['Ik hoop dat je een fijne tijd had in {PLACE}.', 10],
    ['Let op: {DAY} is {THING} buiten gebruik.', 20],
    ['Vanaf {DAY} werkt {THING} weer normaal.', 15],
    ['Let op: de deadline voor {a} is verschoven naar {DAY}.', 10],
    ['Je hoeft verder niets te doen met {a}.', 10],
    ['Geen actie nodig, {n} {O.is} al {V.part}.', 10],
    ['Hieronder het bericht van {NAME} over {a}.', 10],
    ['Zie hieronder de mail van {TEAM} over {a}.', 10],
    ['Ik ben tot {DAY} afwezig en lees mijn mail beperkt.', 10],
    ['Voor dringende zaken kunt u contact opnemen met {NAME}.', 10],
    ['{NAME} vroeg me om {V.te}, dat doe ik {DAY}.', 10],
    ['Ik heb {NAME} gevraagd om {V.te}.', 15],
    ['Volgens {NAME} {O.is} {n} bijna klaar.', 10],
    ['Wie had gedacht dat {n} zo snel klaar zou zijn?', 10],
    ['Kun je nagaan, {n} {O.is} al {V.part}!', 0],
    ['{DAY} {V.own3}.', 0],
    ['In de bijlage vind je {a}.', 15],
    ['Bijgevoegd {a} van {TEAM}.', 10],
    ['Thanks voor {a}!', 10],
    ['{NAME} staat in de cc ter info.', 10],
    ['Ik zet {NAME} even in de cc.', 10],
    // Issue #14, round 4: families of non-requests, written from the labeling rules.
    // FYI with dates.
    ['{VANAF} {POLICYV}.', 25],
    ['{PLACEX} is op {DATUM} dicht vanwege onderhoud.', 15],
    ['{PLACEX} gaat op {DATUM} weer open.', 10],
    ['{NAME} begint op {DATUM} bij {TEAM}.', 10],
    ['{NAME} is {DAY} vrij.', 10],
    ['Het werkoverleg van {DAY} gaat deze week niet door.', 5],
    // The sender's own plans and commitments.
    ['Mijn plan is om {V.te}.', 15],
    ['Ik ben van plan om {V.te}.', 15],
    ['Ik hoop {a} {LATER} af te hebben.', 12],
    ['Ik kom {LATER} bij je terug over {a}.', 12],
    ['Ik hou je op de hoogte over {a}.', 8],
    ['Ik probeer {V.te}.', 12],
    ['Ik neem {a} {DAY} mee naar {MEET}.', 8],
    ['We willen {a} {LATER} afronden.', 10],
    ['Ik wil {a} nog een keer rustig doorlopen.', 8],
    ['Ik hoor het {LATER} wel.', 3],
    // Questions someone else asked, reported.
    ['{ASKER}: {RQ}?', 6],
    ['{NAME} wilde weten of {n} al klaar {O.is}; ik heb gezegd {LATER}.', 8],
    ['{TEAM} vroeg of wij {V.inf} konden, en dat heb ik toegezegd.', 10],
    ['{NAME} heeft bij {TEAM} nagevraagd of {n} al {V.part} {O.is}.', 10],
    // Rhetorical questions.
    ['{RHET}', 12],
    ['Is het niet mooi dat {n} eindelijk klaar {O.is}?', 8],
    // Small talk about the reader's time off.
    ['{OPEN}zijn jullie na {EVT} allemaal goed thuisgekomen?', 10],
    ['{OPEN}ben je goed teruggekomen uit {PLACE}?', 10],
    ['{OPEN}gaat het weer wat beter met je?', 3],
    ['Ik hoop dat jullie {HOLN} hebben gehad.', 10],
    ['{OPEN}heb je {HOLN} gehad?', 10],
    ['{OPEN}ben je een beetje uitgerust na {HOL}?', 10],
    ['{OPEN}hoe bevalt het nieuwe kantoor?', 3],
    ['Lekker weertje vandaag, hè?', 1],
    ['{OPEN}al helemaal klaar voor {HOL}?', 8],
    ['Welkom terug, ik hoop dat het leuk was in {PLACE}.', 8],
    // The sender's own decisions.
    ['We hebben besloten om verder te gaan met {a}.', 10],
    ['We willen graag verder met {a} zoals die nu is.', 10],
    ['We hebben er goed over nagedacht en kiezen voor {a}.', 8],
    ['Wij gaan akkoord met {a}.', 6],
    ['Ik heb er nog eens over nagedacht en laat {a} zo.', 6],
    // The sender's own status, verb first after a lead-in.
    ['Voor {MEET} hebben we {a} al klaarliggen.', 8],
    ['Gelukkig hebben we {a} op tijd binnen.', 8],
    ['Daarvoor hebben we {a} {DAY} al {V.part}.', 8],
    ['Inmiddels hebben we {a} van {TEAM} ontvangen.', 8],
    // Please-note announcements.
    ['Belangrijk: {VANAF} {POLICYV}.', 10],
    ['Houd er rekening mee dat {PLACEX} op {DATUM} dicht is.', 12],
    ['N.B. {VANAF} {POLICYV}.', 8],
    // Out-of-office text.
    ['Ik ben tot en met {DATUM} met verlof en reageer na mijn terugkomst.', 10],
    ['Voor dringende zaken kunt u contact opnemen met {NAME} van {TEAM}.', 10],
    ['Tot {DATUM} heb ik beperkt toegang tot mijn e-mail.', 8],
    ['Uw bericht wordt niet doorgestuurd.', 1],
    // Minutes and other people's tasks.
    ['Actie: {NAME} gaat {V.inf}.', 12],
    ['{NAME} zoekt {a} uit met {TEAM} en koppelt terug in het volgende overleg.', 12],
    ['Besluit: {VANAF} {POLICYV}.', 8],
    ['Afgesproken: {n} {O.moet} vóór het volgende overleg {V.part} zijn.', 10],
    ['Vervolgstappen: {NAME} maakt {a}, {NAME} leest mee.', 10],
    ['{NAME} en {NAME} stemmen {a} af met {TEAM}.', 10],
    ['{O.N} {O.moet} eerst nog {V.part} worden, dat regelt {NAME}.', 10],
    // Conditional offers.
    ['Als je {a} nodig hebt, {NAME} heeft een kopie.', 12],
    ['Mocht je {a} nog zoeken: alles staat in het archief.', 10],
    ['{PLACEX} blijft tot {DATUM} beschikbaar voor het geval je nog iets wilt nakijken.', 10],
    ['Mochten jullie nog iets nodig hebben, ik ben de hele week op kantoor.', 4],
    ['Als het helpt, kan ik {V.inf}.', 10],
    ['Indien nodig kun je {a} natuurlijk zelf aanpassen.', 10],
    ['Als je wilt, kijk ik nog even naar {a}.', 10],
    ['Mocht u vragen hebben over {a}, dan hoor ik het graag.', 5],
    // Thanks.
    ['Fijn dat je {DAY} voor me wilde invallen.', 8],
    ['Top dat je {a} zo snel hebt {V.part}.', 10],
    ['Dank jullie allemaal voor het geduld tijdens de overgang.', 1],
    // Status of other people's work.
    ['{NAME} is nog bezig met {a}.', 12],
    ['{NAME} controleert {a} op dit moment.', 12],
    ['{TEAM} kijkt deze week naar {a}.', 12],
    ['{NAME} heeft {a} af en naar {TEAM} gestuurd.', 10],
    ['{TEAM} wil {a} {LATER} goedkeuren.', 10],
    ['Volgens {NAME} {O.is} {n} {LATER} klaar.', 10],
    // What the reader may keep doing, said as a statement.
    ['{PLACEX} kunnen jullie gewoon blijven gebruiken.', 12],
    ['Jullie kunnen {PLACEX} zoals altijd gebruiken.', 8],
    ['Je kunt {a} uiteraard tot {DATUM} nog op de oude manier indienen.', 8],
    // Round 5.
    ['{OPEN}Nog naar {LEIS} geweest?', 12],
    ['{OPEN}Nog iets leuks gedaan {WHEN}?', 6],
    ['{OPEN}Lekker {LEISV} {WHEN}?', 12],
    ['{OPEN}Was het druk bij {LEIS}?', 8],
    ['Ik heb {NOTIG} niet meer nodig, {NAME} heeft het al geregeld.', 8],
    ['Ik heb nog even tijd nodig voor {a}; ik stuur het je {DAY}.', 10],
    ['We hebben van jullie niets meer nodig voor {a}.', 6],
    ['Voor {MEET} hebben we {a} al binnen, dank je.', 8],
    ['Voor {MEET} heeft {NAME} {a} nodig; dat regel ik met haar.', 8],
    // Round 6: alleen informatie: een ingetrokken vraag, wat het nieuws de lezer laat plannen, aanbiedingen met "gerust", antwoorden die toestaan wat de lezer vroeg, wat een derde over de lezer besluit.
    ['Even ter info: {FYIR}.', 12],
    ['{OPEN}laat mijn vraag over {a} maar zitten, {WHYR}.', 14],
    ['Vergeet mijn mail van gisteren over {a} maar, {WHYR}.', 10],
    ['Mijn vraag over {a} vervalt, {WHYR}.', 8],
    ['Dan kun je {WHATR} daarop afstemmen.', 10],
    ['Zo kun je {WHATR} ruim op tijd plannen.', 8],
    ['Bel me gerust als {OFFERR}.', 12],
    ['Ik kom graag langs als {OFFERR}.', 8],
    ['Ja, dat mag je zo doen, zolang {CONDR}.', 10],
    ['Dat kan ook digitaal, zolang {CONDR} - en dat heb je al gedaan.', 8],
    ['{WIE} wil je opdracht met zes maanden verlengen.', 6],
    ['Goed nieuws: {WIE} wil je graag houden voor het vervolgproject.', 6],
    ['{WIE} wil je voordragen voor de interne opleiding.', 6],
    // Round 7: een kop met "update" (geen werkwoord), wat de lezer niet hoeft te doen.
    ['Update vanaf {PLACEX}.', 6],
    ['Korte update over {a}:', 8],
    ['Update van {TEAM} over {a}.', 6],
    ['Je hoeft {a} niet naar mij te sturen, dat gaat automatisch naar {TEAM}.', 8],
    // Round 7: wat de afzender zelf graag wil doen, als reden vóór de vraag.
    ['Ik wil {a} graag eerst met {TEAM} bespreken.', 8],
    ['Ik wil {TEAM} graag op tijd een brief sturen over {a}.', 6],
    ['Ik wil er in {MEET} graag rustig over kunnen praten.', 6],
    ['We willen {a} graag nog een keer doorlopen in {MEET}.', 6],
    ['Ik help je graag als {OFFERR}.', 6],
    ['Ik licht {a} graag toe als {OFFERR}.', 6],
    // Round 8: wat de afzender zelf nog moet regelen vóór wat hij belooft, en wat hij een ander vroeg.
    ['Ik moet {a} nog even langs {TEAM} halen, maar {V.own} uiterlijk {DAY}.', 10],
    ['Ik moet nog met {NAME} overleggen, maar je hebt {a} {DAY} van me.', 8],
    ['Vorige week vroeg ik {TEAM} al om {V.te}.', 6],
    ['{NAME} heb ik gisteren gevraagd {V.te}.', 6],
  ],
  handRequests: `Kun je me laten weten of je donderdag aanwezig bent?
Lukt dat?
Lukt dat nog voor vrijdag?
Vergeet je toegangspas niet.
Vergeet de folders niet mee te nemen.
Vergeet de presentielijst niet te tekenen.
Klopt dat?
Gaat dat lukken?
Is dat haalbaar?
Kan dat?
Zou je even willen kijken of de cijfers kloppen?
Graag een reactie vóór vrijdag.
Ik hoor graag van je.
Laat even weten of dit zo goed is.
Wil je de sleutel van de archiefkast bij de receptie afgeven?
Kun je mij vandaag nog terugbellen?
Heb jij het wachtwoord van de gedeelde mailbox?
Weet jij toevallig wie de sleutel van zaal 4 heeft?
Zou je deze week een moment kunnen vinden om de nieuwe collega in te werken?
Kun je de klant even laten weten dat de levering een dag later komt?
Mag ik je vragen om mee te lezen met het voorstel?
Ik zou graag je mening horen over het nieuwe logo.
Zou je me kunnen helpen met de inrichting van de werkplekken?
Kunnen jullie je beschikbaarheid voor de teamdag in de poll zetten?
Vul uiterlijk woensdag het formulier voor de kerstlunch in.
Wil je bevestigen dat je de nieuwe laptop hebt ontvangen?
Graag vóór 12.00 uur je akkoord op de bestelling.
Is het goed als ik jouw naam doorgeef aan de klant?
Ben jij morgen op kantoor?
Heb je volgende week dinsdag tijd voor een kop koffie om het plan door te nemen?
Welke datum past jou het beste voor de evaluatie?
Kun je aangeven welke van de twee opties je voorkeur heeft?
Wie van jullie neemt de dienst op zaterdag over?
Ik wil je vragen de sleutels vóór je vakantie in te leveren.
Het is de bedoeling dat iedereen vóór 1 april de training afrondt.
Alle teamleiders wordt gevraagd de roosters vóór het weekend te controleren.
Zou je dit met voorrang willen oppakken?
Je akkoord hoor ik graag uiterlijk morgen.
Zou je de vergaderruimte voor donderdag kunnen reserveren?
Kun je even checken of de bestelling al binnen is?
Zou u zo vriendelijk willen zijn het getekende exemplaar retour te sturen?
Wilt u de factuur vóór het einde van de maand voldoen?
Wij verzoeken u de gegevens binnen tien dagen aan te vullen.
Ik ontvang graag uiterlijk vrijdag je input.
Ben je het eens met de voorgestelde aanpak?
Heb je bezwaar als we de meeting een uur later laten beginnen?
Hoeveel pallets kunnen er nog bij in het magazijn?
Kun je een kort overzicht maken van wat er nog openstaat?
Zou je het fijn vinden om volgende week de presentatie te geven? Laat het me weten.
Kun je de deck nog even reviewen voor de call?
Could you check de getallen in de sheet?
Please stuur me de laatste versie nog even.
Kun jij de agenda voor morgen rondsturen?
Zou je je verlofaanvragen vóór 1 mei in het systeem willen zetten?
Geef je even een seintje als je er bent?
Kijk je even of er post voor mij is?`.split('\n'),
  handNone: `Hoe was je weekend?
Hoe gaat het met je?
Lekker weer vandaag, hè?
Heb je het een beetje naar je zin gehad op vakantie?
Alles goed met de kinderen?
Hopelijk heb je een fijn weekend gehad.
Wat een week was dit, hè?
Wie had dat nou gedacht?
Waarom gaat dat toch altijd mis met de printer?
Is het niet prachtig hoe snel het team dit heeft opgepakt?
Dank je wel voor je snelle reactie!
Bedankt voor de fijne samenwerking.
Fijn weekend allemaal!
Groeten, Piet
Met vriendelijke groet,
Hoi Sanne,
Beste collega's,
Ik ben vandaag en morgen afwezig.
Ik ben met vakantie tot en met 14 augustus en heb geen toegang tot mijn e-mail.
Uw bericht wordt niet doorgestuurd.
Ter info: de kantine is vrijdag gesloten.
Het nieuwe rooster is vanaf maandag van kracht.
De verbouwing loopt volgens planning.
We hebben de order gisteren verstuurd.
Ik stuur je morgen de definitieve versie.
Ik kom er vrijdag op terug.
Ik laat het je weten zodra ik meer weet.
Ik pak dit morgen op.
Laat maar weten als ik iets kan doen.
Als je nog vragen hebt, hoor ik het graag.
Aarzel niet om contact op te nemen als er iets is.
Je hoeft hier verder niets mee te doen.
Geen actie nodig van jouw kant.
Het is al geregeld.
De klant was erg tevreden over de presentatie.
Het overleg van dinsdag gaat niet door.
Jan heeft de offerte gisteren al verstuurd.
Marieke heeft gevraagd of de vergaderzaal vrij is.
De accountant moet de jaarrekening nog goedkeuren.
Het rapport moet nog worden aangevuld door de afdeling inkoop.
Volgende week moeten de nieuwe laptops worden uitgeleverd.
In die periode kun je niet parkeren in de garage.
Goed nieuws: we hebben de aanbesteding gewonnen!
Gefeliciteerd met je nieuwe functie!
Zie hieronder de vraag van de klant.
Onderstaande mail ter kennisname.
Verzonden vanaf mijn iPhone
Dit bericht kan vertrouwelijke informatie bevatten.
Sorry voor de late reactie.
Helemaal goed, dank je!
Top, dan doen we het zo.
Klinkt goed.
Wie weet wat volgend jaar brengt?
Wat zal het druk worden in december, toch?
FYI, de planning is aangepast.
Thanks voor de snelle reactie!
Ik had Bram al gevraagd of hij de zaal kon boeken.
Nog een fijne avond!
Kan ik je ergens mee helpen, laat het gerust weten.
Wat fijn dat je er weer bent!`.split('\n'),
};
