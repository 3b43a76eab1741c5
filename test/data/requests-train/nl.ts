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
  ],
  handRequests: `Kun je me laten weten of je donderdag aanwezig bent?
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
