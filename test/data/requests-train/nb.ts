// Norwegian Bokmål sentences for the request model: written for it, blind to every evaluation set.
import type { LanguageSpec } from './engine';

const o = (a: string) => ({ a, n: a });
const v = (bare: string, part: string, own: string) => ({
  bare,
  inf: bare.replace('{a}', '{a}{dl}'),
  imp: bare.replace(/^(\S+?)e? /, (m, w: string) => `${IMPERATIVE[w] ?? w} `).replace('{a}', '{a}{dl}'),
  part,
  own: own + '{dl}',
});
const IMPERATIVE: Record<string, string> = {
  sende: 'send',
  sjekke: 'sjekk',
  godkjenne: 'godkjenn',
  oppdatere: 'oppdater',
  signere: 'signer',
  lese: 'les',
  rette: 'rett',
  videresende: 'videresend',
  laste: 'last',
  dele: 'del',
  se: 'se',
  fylle: 'fyll',
};

export const nb: LanguageSpec = {
  lang: 'nb',
  objects: [
    o('rapporten'),
    o('tilbudet'),
    o('fakturaen'),
    o('referatet'),
    o('presentasjonen'),
    o('kontrakten'),
    o('budsjettet'),
    o('tallene'),
    o('utkastet'),
    o('timelistene'),
    o('prosjektplanen'),
    o('listen over åpne saker'),
    o('vaktlisten'),
    o('dokumentene'),
    o('testresultatene'),
    o('reiseregningen'),
    o('stillingsannonsen'),
    o('brukerveiledningen'),
    o('den nye versjonen'),
    o('kvartalsrapporten'),
    o('bestillingen'),
    o('kravspesifikasjonen'),
    o('lysarkene'),
    o('skjemaet'),
    o('avtalen med leverandøren'),
  ],
  verbs: [
    v('sende {a}', 'sendt', 'jeg sender deg {a}'),
    v('sjekke {a}', 'sjekket', 'jeg sjekker {a}'),
    v('godkjenne {a}', 'godkjent', 'jeg godkjenner {a}'),
    v('oppdatere {a}', 'oppdatert', 'jeg oppdaterer {a}'),
    v('signere {a}', 'signert', 'jeg signerer {a}'),
    v('lese gjennom {a}', 'lest gjennom', 'jeg leser gjennom {a}'),
    v('rette opp {a}', 'rettet opp', 'jeg retter opp {a}'),
    v('videresende {a}', 'videresendt', 'jeg videresender {a}'),
    v('laste opp {a}', 'lastet opp', 'jeg laster opp {a}'),
    v('dele {a} med teamet', 'delt med teamet', 'jeg deler {a} med teamet'),
    v('se over {a}', 'sett over', 'jeg ser over {a}'),
    v('fylle ut {a}', 'fylt ut', 'jeg fyller ut {a}'),
  ],
  deadlines: [
    ' innen fredag',
    ' innen i morgen',
    ' i dag',
    ' før dagen er omme',
    ' innen torsdag kl. 12',
    ' i løpet av uken',
    ' innen mandag',
    ' senest 15. mars',
    ' i morgen tidlig',
    ' før møtet på tirsdag',
    ' innen to dager',
    ' så snart som mulig',
    ' innen utgangen av måneden',
    ' før kl. 16',
    ' neste uke',
  ],
  slots: {
    FYIR: [
      'leveransen gikk fra lageret vårt i morges',
      'serverflyttingen gikk som planlagt',
      'tilbudet ble godtatt på mandag',
      'fakturaen er betalt',
      'rommet på torsdag er bekreftet',
      'revisjonen er flyttet til neste måned',
      'kontrakten kom signert tilbake',
    ],
    WHYR: [
      'en kollega hadde allerede funnet det',
      'det lå i fellesmappen hele tiden',
      'jeg fant svaret i årsrapporten',
      'leverandøren ordnet det i morges',
      'jeg lette på feil sted',
      'tallene dukket opp likevel',
    ],
    WHATR: [
      'det første hjemmebesøket',
      'overleveringen',
      'opplæringsdagen',
      'varetellingen',
      'uken din',
      'vaktlisten',
      'neste sprint',
      'flyttingen',
      'monteringen',
    ],
    OFFERR: [
      'du vil gå gjennom det',
      'du har behov for det',
      'du lurer på noe',
      'du trenger hjelp med det',
      'du har spørsmål',
    ],
    MORE: ['noe mer du lurer på', 'noe annet du lurer på', 'noe du vil vite mer om', 'noe mer du trenger'],
    CONDR: [
      'sladdingen er avklart med meg først',
      'kunden har signert samtykket',
      'summene stemmer med hovedboka',
      'du tar vare på en kopi',
    ],
    MEET: ['møtet', 'kvartalsgjennomgangen', 'teammøtet', 'statusmøtet', 'demoen', 'medarbeidersamtalen'],
    DAYP: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'],
    LEAD: [
      'Etter hendelsen i går',
      'På grunn av revisjonen',
      'Fra og med neste uke',
      'I forbindelse med flyttingen',
      'Før årsoppgjøret',
    ],
    ST: [
      'helgen',
      'ferien',
      'flyttingen',
      'konferansen i Trondheim',
      'fridagen',
      'skituren',
      'bryllupet til søsteren din',
      'sommerfesten',
      'den første uken',
      'maratonløpet',
      'konserten i går',
      'turen til Lisboa',
    ],
    OPEN: ['', '', 'Og, ', 'Så, ', 'Hei, ', 'Nå, '],
    FAM: ['barna', 'moren din', 'den nye valpen', 'kneet', 'familien', 'ryggen din'],
    NAME: ['Ola', 'Kari', 'Lars', 'Ingrid', 'Erik', 'Silje', 'Jonas', 'Hanne', 'Magnus', 'Marte', 'Anders', 'Nora'],
    DAY: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'i morgen', 'neste uke'],
    TIME: ['10', '14.30', '9', '11', '16'],
    SOFT: [
      'Ingen hast, men',
      'Hvis du rekker det,',
      'Når du får tid,',
      'En ting til:',
      'Kjapt spørsmål:',
      'Forresten,',
      'Å ja, og',
      'PS:',
    ],
    PLACE: ['Lofoten', 'Italia', 'Hemsedal', 'København', 'Syden', 'hytta', 'Bergen'],
    EVENT: ['ferien', 'helgen', 'flyttingen', 'konferansen', 'bryllupet', 'fridagen', 'skituren', 'sommerfesten'],
    TEAM: ['økonomiavdelingen', 'innkjøp', 'HR', 'kunden', 'leverandøren', 'revisoren', 'ledelsen', 'IT'],
    FUN: [
      'testet de nye skiene',
      'gått en tur i fjellet',
      'sett kampen',
      'badet i sjøen',
      'hvilt deg litt',
      'prøvd den nye restauranten',
      'sett nordlyset',
      'pakket ut alle eskene',
    ],
    HINT: [
      'den ligger sikkert i fellesmappen eller i permen din',
      'du finner den nok i systemet',
      'den bør ligge i arkivskapet på kontoret',
      'innkjøp kan også ha en kopi',
    ],
    DEPT: ['laboratoriet', 'lageret', 'resepsjonen', 'kundeservice', 'verkstedet', 'kantinen', 'regnskap'],
    OPT: [
      'med eller uten mva.',
      'brutto eller netto',
      'denne uken eller neste',
      'den gamle eller den nye versjonen',
      'per time eller per dag',
      'inkludert reise eller uten',
    ],
    FUNI: ['se deg rundt', 'gå på ski', 'bade', 'se en konsert', 'hvile litt', 'besøke familien'],
    I: ['innloggingen', 'det nye systemet', 'skjemaet', 'tilgangen til fellesdisken', 'VPN-en', 'appen'],
    THING: [
      'kaffemaskinen',
      'heisen',
      'skriveren i andre etasje',
      'parkeringskjelleren',
      'det nye intranettet',
      'wifi-en i møterom 3',
    ],
  },
  requests: [
    ['Gi meg gjerne en tilbakemelding på {a} når du får tid.', 10],
    ['Ingen hast, men gi meg gjerne en kort tilbakemelding.', 5],
    ['Passer det for deg at vi starter {MEET} en halvtime tidligere på {DAYP}?', 15],
    ['Er det greit for deg at vi flytter {MEET} til {DAYP}?', 15],
    ['Går det an for deg at vi tar {MEET} digitalt på {DAYP}?', 10],
    ['{LEAD} må alle {V.inf}.', 20],
    ['{LEAD} må alle ansatte {V.inf}.', 10],
    ['{LEAD} må hver avdeling {V.inf}.', 10],
    ['Kan du {V.inf}?', 50],
    ['Kunne du {V.inf}?', 40],
    ['Har du mulighet til å {V.inf}?', 30],
    ['Vil du {V.inf}?', 20],
    ['Kan dere {V.inf}?', 20],
    ['{V.imp}.', 35],
    ['{V.imp}, er du snill.', 15],
    ['Vennligst {V.inf}.', 15],
    ['{SOFT} kan du {V.inf}?', 40],
    ['Jeg vil be deg om å {V.inf}.', 20],
    ['Kan jeg be deg {V.inf}?', 15],
    ['Jeg hadde satt pris på om du kunne {V.inf}.', 20],
    ['Det hadde vært fint om du kunne {V.inf}.', 20],
    ['Det ville hjulpet meg mye om du kunne {V.inf}.', 10],
    ['Jeg trenger {a}{dl}.', 25],
    ['Vi trenger {a}{dl} fra deg.', 15],
    ['Jeg venter fortsatt på {a}.', 15],
    ['Husk å {V.inf}.', 25],
    ['Ikke glem å {V.inf}.', 15],
    ['Alle ansatte må {V.inf}.', 20],
    ['Hver avdeling må {V.inf}.', 10],
    ['Dere må {V.inf}.', 10],
    ['Du må {V.inf}.', 10],
    ['Vet du om {n} er {V.part}?', 25],
    ['Har du {V.part} {a}?', 0],
    ['Har du fått {V.bare}?', 20],
    ['Når kan du {V.bare}?', 15],
    ['Rekker du å {V.inf}?', 20],
    ['Gi meg beskjed om {n} ser greit ut.', 15],
    ['Si fra hva du synes om {a}.', 15],
    ['Hva synes du om {a}?', 15],
    ['Har du tid {DAY} til å gå gjennom {a}?', 15],
    ['Kan vi ta en kort prat {DAY} kl. {TIME} om {a}?', 15],
    ['Kan du bli med på møtet om {a} {DAY} kl. {TIME}?', 15],
    ['Har du noen kommentarer til {a}?', 15],
    ['Hvem av dere kan {V.bare}?', 15],
    ['Vet noen av dere om {n} er {V.part}?', 10],
    ['Please check {a}{dl}.', 10],
    ['Kan du ta en review av {a}{dl}?', 10],
    ['Bekreft gjerne at du har mottatt {a}.', 10],
    ['Gi beskjed når du har {V.part} {a}.', 15],
    ['Er det mulig å {V.inf}?', 15],
    ['Får du til å {V.inf}?', 15],
    ['Ta en titt på {a}{dl}.', 15],
    // Needs to know, and a second ask after "forresten" / "også".
    ['Jeg må vite om {n} er {V.part}.', 8],
    ['Jeg må få vite innen {DAYP} om du blir med på {MEET}.', 6],
    ['Vi må vite hvem som tar {MEET} på {DAYP}.', 6],
    ['Forresten, jeg trenger fortsatt {a} fra deg.', 8],
    ['Forresten: er {n} {V.part}?', 8],
    ['{V.imp} også, er du snill.', 6],
    ['Kan du også {V.inf}?', 8],
    ['I tillegg trenger jeg {a}{dl}.', 6],
    // Asks of everyone in a place or role, and questions that ask the reader to choose or clarify.
    ['Alle som jobber i {DEPT}, må {V.inf}.', 15],
    ['Alle som har vakt i {DEPT} neste uke, må {V.inf}.', 8],
    ['Går det an å {V.inf}?', 10],
    ['Går det an å bytte {MEET} med meg, slik at du tar {DAYP}?', 6],
    ['Mener du {OPT}?', 10],
    ['Jeg trenger {a}{dl} – {HINT}.', 12],
    ['Skal jeg regne {OPT}?', 6],
    // Round 6: kontrast: ny forespørsel etter en trukket, spørsmål om planlegging.
    ['Glem den gamle versjonen og send meg heller {a}{dl}.', 8],
    ['Kan du planlegge {WHATR} ut fra det og gi meg datoen?', 8],
    ['Da {TEAM} var her sist, fikk vi merknader på nettopp dette, så husk å {V.bare}.', 10],
    ['Da vi hadde avvik i fjor, må alle {V.bare} hver gang.', 8],
    // Round 7: andre forespørsel med "gjerne", "få …", råd som er en forespørsel ("det er lurt at du …").
    ['Ta gjerne med {a} til {MEET}.', 8],
    ['Ta gjerne med {a}{dl}, så kan vi gå gjennom den sammen.', 6],
    ['Send gjerne {a}{dl} til {NAME} også.', 6],
    ['Få en fra {DEPT} til å se på {a}{dl}.', 8],
    ['Få sendt {a} til {TEAM}{dl}.', 6],
    ['Jeg tenker det er lurt at du {V.bare} før {MEET}.', 8],
    ['Det er best om du {V.bare}{dl}, siden du kjenner saken.', 8],
    ['Det hadde vært smart om dere {V.bare} før {TEAM} ringer.', 6],
  ],
  none: [
    ['{OPEN}hvordan var {ST}?', 40],
    ['{OPEN}hvordan gikk {ST}?', 20],
    ['{OPEN}koste du deg i {ST}?', 15],
    ['{OPEN}var {ST} fin?', 15],
    ['{OPEN}godt uthvilt etter {ST}?', 15],
    ['{OPEN}har du kommet deg etter {ST}?', 15],
    ['Hvordan går det med {FAM}?', 10],
    ['{OPEN}alt vel der borte?', 5],
    ['Så du kampen i går?', 1],
    ['Hvem kjenner seg ikke igjen?', 1],
    ['Hva mer kan man ønske seg?', 1],
    ['Er det noe mer jeg kan hjelpe med?', 1],
    ['Er ikke det flott?', 1],
    ['Hvem skulle trodd det etter {ST}?', 8],
    ['{OPEN}nøt du det fine været?', 3],
    ['{OPEN}hvordan trives du på den nye plassen?', 3],
    ['Står alt bra til på hjemmebane?', 1],
    ['{V.own}.', 50],
    ['Jeg skal {V.inf}.', 25],
    ['Vi skal {V.inf}.', 20],
    ['{O.N} ble {V.part} i går.', 25],
    ['{O.N} er nå {V.part}.', 20],
    ['Jeg har {V.part} {a} i dag tidlig.', 25],
    ['Vi har allerede {V.part} {a}.', 20],
    ['{O.N} er klar.', 10],
    ['{O.N} ligger i Teams-mappen.', 10],
    ['Til orientering: {n} er {V.part}.', 15],
    ['Til info: {TEAM} har mottatt {a}.', 15],
    ['FYI: {n} er endret.', 10],
    ['Takk for {a}!', 20],
    ['Tusen takk for hjelpen med {a}.', 15],
    ['Takk for at du {V.part2} så raskt.', 0],
    ['{NAME} har allerede {V.part} {a}.', 25],
    ['{NAME} spurte om {n} var klar.', 15],
    ['{NAME} skal {V.inf}.', 20],
    ['{TEAM} må fortsatt godkjenne {a}.', 15],
    ['{O.N} må {V.part3}.', 0],
    ['Jeg må {V.inf}.', 20],
    ['Vi må vente og se hva {TEAM} sier om {a}.', 10],
    ['Hvis du trenger {a}, ligger det i Teams-mappen.', 15],
    ['Gi beskjed hvis du har spørsmål om {a}.', 15],
    ['Ta gjerne kontakt hvis noe er uklart med {a}.', 15],
    ['Si fra om du lurer på noe angående {a}.', 10],
    ['Hvordan var {EVENT}?', 10],
    ['Hvordan var det i {PLACE}?', 0],
    ['Håper du hadde det fint på {PLACE}.', 0],
    ['Vær oppmerksom på at {THING} er ute av drift {DAY}.', 15],
    ['Fra {DAY} fungerer {THING} som normalt igjen.', 15],
    ['Du trenger ikke gjøre noe med {a}.', 10],
    ['Ingen handling nødvendig, {n} er allerede {V.part}.', 10],
    ['Se e-posten fra {NAME} om {a} nedenfor.', 10],
    ['Jeg er borte til {DAY} og har begrenset tilgang til e-post.', 10],
    ['Ved hastesaker, kontakt {NAME}.', 10],
    ['{NAME} ba meg {V.bare}, det gjør jeg {DAY}.', 10],
    ['Jeg har bedt {NAME} om å {V.bare}.', 15],
    ['Ifølge {NAME} er {n} nesten ferdig.', 10],
    ['Hvem skulle trodd at {n} ble ferdig så fort?', 10],
    ['Vedlagt ligger {a}.', 15],
    ['Vedlagt følger {a} fra {TEAM}.', 10],
    ['Thanks for {a}!', 0],
    ['{NAME} står på kopi til orientering.', 10],
    ['Jeg setter {NAME} på kopi.', 10],
    ['Vi burde egentlig {V.bare} en gang.', 10],
    ['{TEAM} har ikke rukket å {V.bare} ennå.', 10],
    // Small talk about the reader's time off, courtesy offers about trouble, what a third party
    // wants, what the reader already has, and the reason behind an ask.
    ['{OPEN}fikk du {FUN} i {EVENT}?', 14],
    ['{OPEN}rakk du å {FUNI} mens du var i {PLACE}?', 10],
    ['{OPEN}kom du deg hjem før uværet?', 1],
    ['Ble det mye regn, eller fikk du {FUN}?', 6],
    ['Gi beskjed til meg hvis du har problemer med {I}.', 10],
    ['Si fra hvis du får trøbbel med {I}.', 8],
    ['Hvis du har problemer med {I}, ta kontakt med {NAME}.', 8],
    ['{TEAM} vil gjerne ha {a} før {MEET}.', 10],
    ['{TEAM} ønsker å få {a} i god tid før fristen.', 6],
    ['Brukernavn og passord til {I} har dere fått på SMS.', 4],
    ['{O.N} fikk du tilsendt på e-post i går.', 6],
    ['Det handler mest om {a}, og du kjenner saken best.', 6],
    ['Vi trenger noen fra {TEAM} med, og du kjenner {a} best.', 6],
    ['Det er viktig fordi {TEAM} lukker måneden på fredag.', 6],
    // Round 6: bare informasjon: et spørsmål som trekkes, hva nyheten lar leseren planlegge, høflige tilbud, svar som tillater det leseren spurte om.
    ['Bare så du vet det: {FYIR}.', 12],
    ['{OPEN}glem spørsmålet mitt om {a}, {WHYR}.', 14],
    ['Spørsmålet mitt om {a} er allerede løst, {WHYR}.', 8],
    ['Da kan du planlegge {WHATR} ut fra det.', 10],
    ['Så kan du forberede {WHATR} i god tid.', 8],
    ['Si fra hvis det er {MORE}.', 10],
    ['Ring meg gjerne hvis {OFFERR}.', 10],
    ['Ja, det kan du gjøre sånn, så lenge {CONDR}.', 10],
    // Round 7: hva leseren kan bruke, og råd om egen fritid; møtereferater med andres oppgaver.
    ['{O.N} fra i fjor kan du gjerne bruke igjen.', 8],
    ['Du kan gjerne beholde {a}, vi har en kopi.', 6],
    ['Det er lurt å ta med regntøy på {EVENT}, meldingen er dårlig.', 6],
    ['Det er lurt at {TEAM} tar dette, sa {NAME} på møtet.', 6],
    ['{NAME} – {a}{dl}.', 8],
  ],
  handRequests: `Kan du gi meg beskjed om du blir med på torsdag?
Kan du sjekke om tallene stemmer?
Gi meg svar innen fredag.
Ser frem til å høre fra deg.
Si fra om dette ser greit ut.
Kan du legge igjen nøkkelen til arkivskapet i resepsjonen?
Kan du ringe meg tilbake i dag?
Har du passordet til fellespostkassen?
Vet du tilfeldigvis hvem som har nøkkelen til møterom 4?
Kunne du lære opp den nye kollegaen denne uken?
Gi kunden beskjed om at leveransen kommer en dag senere.
Kan du lese korrektur på tilbudet?
Jeg vil gjerne høre hva du synes om den nye logoen.
Kan dere legge inn når dere kan i avstemningen for fagdagen?
Fyll ut skjemaet for julebordet innen onsdag.
Bekreft at du har fått den nye PC-en.
Jeg trenger ditt ja til bestillingen før kl. 12.
Er det greit at jeg gir navnet ditt til kunden?
Er du på kontoret i morgen?
Har du tid til en kaffe neste tirsdag for å gå gjennom planen?
Hvilken dato passer best for deg til medarbeidersamtalen?
Hvilket av de to alternativene foretrekker du?
Hvem av dere tar vakten på lørdag?
Lever nøklene før ferien.
Alle avdelingsledere bes sjekke vaktlistene innen helgen.
Kan du prioritere dette?
Jeg trenger svar senest i morgen.
Kan du booke møterommet til torsdag?
Kan du sjekke om pakken har kommet?
Vi ber om at det signerte eksemplaret returneres innen 30. april.
Vennligst betal fakturaen innen utgangen av måneden.
Vi ber deg supplere opplysningene innen ti dager.
Er du enig i den foreslåtte fremgangsmåten?
Har du noe imot at vi starter møtet en time senere?
Hvor mange paller er det plass til på lageret?
Kan du lage en kort oversikt over hva som fortsatt er åpent?
Kan du ta en review av lysarkene før callen?
Could you check tallene i arket?
Send meg gjerne siste versjon en gang til.
Kan du sende ut agendaen for i morgen?
Legg inn feriesøknadene i systemet innen 1. mai.
Gi et lite vink når du er her.
Kan du se om det har kommet post til meg?
Er overtiden for mars registrert?
Jeg hadde satt pris på en rask tilbakemelding.
Gi beskjed så fort du vet noe.
Ingen hast, men ta en titt på dette når du får tid.
Kan jeg regne med deg på varetellingen?
Sett deg inn i de nye rutinene før mandag.
Start på kalkylen for tilbygget så snart tegningene er klare.
Begynn med kapittel to i håndboken.
Sett av en time til gjennomgangen på torsdag.`.split('\n'),
  handNone: `Hvordan var helgen?
Hvordan går det?
Fint vær i dag, ikke sant?
Hadde du en fin ferie?
Står alt bra til hjemme?
Håper du hadde en fin helg.
For en uke, hva?
Hvem skulle trodd det?
Hvorfor er det alltid trøbbel med den skriveren?
Er det ikke flott hvor raskt teamet fikk dette til?
Takk for raskt svar!
Takk for et godt samarbeid.
God helg alle sammen!
Hilsen Ola
Med vennlig hilsen
Hei Kari,
Kjære alle,
Jeg er ikke på kontoret i dag og i morgen.
Jeg har ferie til og med 14. august og har ikke tilgang til e-post.
Meldingen din blir ikke videresendt.
Til orientering: kantinen er stengt på fredag.
Den nye vaktlisten gjelder fra mandag.
Ombyggingen går etter planen.
Vi sendte bestillingen i går.
Jeg sender deg den endelige versjonen i morgen.
Jeg kommer tilbake til dette på fredag.
Jeg gir beskjed så snart jeg vet mer.
Jeg tar meg av det i morgen.
Si fra hvis det er noe jeg kan hjelpe med.
Gi beskjed hvis du har spørsmål.
Ikke nøl med å ta kontakt om noe er uklart.
Du trenger ikke gjøre noe mer.
Det er allerede ordnet.
Kunden var veldig fornøyd med presentasjonen.
Møtet på tirsdag er avlyst.
Lars sendte tilbudet i går.
Silje spurte om møterommet var ledig.
Revisoren må fortsatt godkjenne årsregnskapet.
Rapporten skal suppleres av innkjøp.
Neste uke skal de nye PC-ene leveres ut.
I den perioden kan man ikke parkere i kjelleren.
Gode nyheter: vi vant anbudet!
Gratulerer med ny stilling!
Se spørsmålet fra kunden nedenfor.
Videresendt til orientering.
Sendt fra min iPhone
Denne e-posten kan inneholde konfidensiell informasjon.
Beklager sent svar.
Supert, takk!
Flott, da gjør vi det slik.
Høres bra ut.
Hvem vet hva neste år bringer?
Det blir travelt i desember, ikke sant?
FYI, tidsplanen er endret.
Takk for sist!
Jeg har allerede spurt Erik om han kan booke rommet.
Ha en fin kveld!
Vær oppmerksom på at kontoret er stengt fredag.
Hvordan gikk flyttingen?
Kos deg på ferie!
Vi burde ta en lunsj snart.
Si fra hvis du vil at jeg skal ta med noe mer.
Gi beskjed om du ønsker at vi sender flere prøver.
Si ifra hvis jeg kan hjelpe med noe før fristen.
Ring hvis noe er uklart.
Send meg en melding om du lurer på noe.
De som allerede har sendt inn skjemaet, trenger ikke gjøre noe mer.`.split('\n'),
};
