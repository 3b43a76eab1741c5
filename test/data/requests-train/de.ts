// German sentences for the request model: written for it, blind to every evaluation set.
import type { LanguageSpec } from './engine';

const o = (n: string, a: string, ist = 'ist') => ({
  n,
  a,
  ist,
  muss: ist === 'sind' ? 'müssen' : 'muss',
  soll: ist === 'sind' ? 'sollen' : 'soll',
});

export const de: LanguageSpec = {
  lang: 'de',
  objects: [
    o('der Bericht', 'den Bericht'),
    o('das Angebot', 'das Angebot'),
    o('die Rechnung', 'die Rechnung'),
    o('das Protokoll', 'das Protokoll'),
    o('die Präsentation', 'die Präsentation'),
    o('der Vertrag', 'den Vertrag'),
    o('die Kalkulation', 'die Kalkulation'),
    o('die Zahlen', 'die Zahlen', 'sind'),
    o('der Entwurf', 'den Entwurf'),
    o('die Stundenzettel', 'die Stundenzettel', 'sind'),
    o('das Konzept', 'das Konzept'),
    o('die Liste', 'die Liste'),
    o('der Dienstplan', 'den Dienstplan'),
    o('die Unterlagen', 'die Unterlagen', 'sind'),
    o('das Budget', 'das Budget'),
    o('die Testergebnisse', 'die Testergebnisse', 'sind'),
    o('die Reisekostenabrechnung', 'die Reisekostenabrechnung'),
    o('der Projektplan', 'den Projektplan'),
    o('die Stellenanzeige', 'die Stellenanzeige'),
    o('das Handbuch', 'das Handbuch'),
    o('die neue Version', 'die neue Version'),
    o('der Quartalsbericht', 'den Quartalsbericht'),
    o('die Bestellung', 'die Bestellung'),
    o('das Lastenheft', 'das Lastenheft'),
    o('die Folien', 'die Folien', 'sind'),
  ],
  verbs: [
    {
      inf: '{a}{dl} schicken',
      imp: 'schick mir {a}{dl}',
      sie: 'schicken Sie mir {a}{dl}',
      zu: '{a}{dl} zu schicken',
      own: 'ich schicke dir {a}{dl}',
      part: 'geschickt',
    },
    {
      inf: '{a}{dl} weiterleiten',
      imp: 'leite {a}{dl} weiter',
      sie: 'leiten Sie {a}{dl} weiter',
      zu: '{a}{dl} weiterzuleiten',
      own: 'ich leite {a}{dl} weiter',
      part: 'weitergeleitet',
    },
    {
      inf: '{a}{dl} prüfen',
      imp: 'prüf {a}{dl}',
      sie: 'prüfen Sie {a}{dl}',
      zu: '{a}{dl} zu prüfen',
      own: 'ich prüfe {a}{dl}',
      part: 'geprüft',
    },
    {
      inf: '{a}{dl} durchsehen',
      imp: 'sieh {a}{dl} durch',
      sie: 'sehen Sie {a}{dl} durch',
      zu: '{a}{dl} durchzusehen',
      own: 'ich sehe {a}{dl} durch',
      part: 'durchgesehen',
    },
    {
      inf: '{a}{dl} freigeben',
      imp: 'gib {a}{dl} frei',
      sie: 'geben Sie {a}{dl} frei',
      zu: '{a}{dl} freizugeben',
      own: 'ich gebe {a}{dl} frei',
      part: 'freigegeben',
    },
    {
      inf: '{a}{dl} anpassen',
      imp: 'pass {a}{dl} an',
      sie: 'passen Sie {a}{dl} an',
      zu: '{a}{dl} anzupassen',
      own: 'ich passe {a}{dl} an',
      part: 'angepasst',
    },
    {
      inf: '{a}{dl} aktualisieren',
      imp: 'aktualisier {a}{dl}',
      sie: 'aktualisieren Sie {a}{dl}',
      zu: '{a}{dl} zu aktualisieren',
      own: 'ich aktualisiere {a}{dl}',
      part: 'aktualisiert',
    },
    {
      inf: '{a}{dl} unterschreiben',
      imp: 'unterschreib {a}{dl}',
      sie: 'unterschreiben Sie {a}{dl}',
      zu: '{a}{dl} zu unterschreiben',
      own: 'ich unterschreibe {a}{dl}',
      part: 'unterschrieben',
    },
    {
      inf: '{a}{dl} hochladen',
      imp: 'lad {a}{dl} hoch',
      sie: 'laden Sie {a}{dl} hoch',
      zu: '{a}{dl} hochzuladen',
      own: 'ich lade {a}{dl} hoch',
      part: 'hochgeladen',
    },
    {
      inf: '{a}{dl} korrigieren',
      imp: 'korrigier {a}{dl}',
      sie: 'korrigieren Sie {a}{dl}',
      zu: '{a}{dl} zu korrigieren',
      own: 'ich korrigiere {a}{dl}',
      part: 'korrigiert',
    },
    {
      inf: '{dl} einen Blick auf {a} werfen',
      imp: 'wirf{dl} einen Blick auf {a}',
      sie: 'werfen Sie{dl} einen Blick auf {a}',
      zu: '{dl} einen Blick auf {a} zu werfen',
      own: 'ich werfe{dl} einen Blick auf {a}',
      part: 'angeschaut',
    },
    {
      inf: '{a}{dl} an das Team verteilen',
      imp: 'verteil {a}{dl} an das Team',
      sie: 'verteilen Sie {a}{dl} an das Team',
      zu: '{a}{dl} an das Team zu verteilen',
      own: 'ich verteile {a}{dl} an das Team',
      part: 'verteilt',
    },
  ],
  deadlines: [
    ' bis Freitag',
    ' bis morgen',
    ' heute noch',
    ' bis Ende der Woche',
    ' bis Donnerstag, 12 Uhr',
    ' bis Montag früh',
    ' spätestens am 15. März',
    ' bis morgen Vormittag',
    ' vor der Besprechung am Dienstag',
    ' innerhalb von zwei Tagen',
    ' so schnell wie möglich',
    ' bis Monatsende',
    ' bis 16 Uhr',
    ' nächste Woche',
    ' zeitnah',
  ],
  slots: {
    FYIR: [
      'die Lieferung hat heute früh unser Lager verlassen',
      'der Serverumzug ist planmäßig gelaufen',
      'das Angebot wurde am Montag angenommen',
      'die Rechnung ist vollständig bezahlt',
      'der Raum für Donnerstag ist bestätigt',
      'das Audit ist auf nächsten Monat verschoben',
      'der Vertrag kam unterschrieben zurück',
    ],
    WHYR: [
      'eine Kollegin hatte es schon gefunden',
      'es lag die ganze Zeit im gemeinsamen Ordner',
      'ich habe die Antwort im Jahresbericht gefunden',
      'der Lieferant hat es heute früh geklärt',
      'ich hatte im falschen Ordner gesucht',
      'die Zahlen sind doch noch aufgetaucht',
    ],
    WHATR: [
      'den ersten Hausbesuch',
      'die Übergabe',
      'den Schulungstag',
      'die Inventur',
      'deine Woche',
      'den Dienstplan',
      'den nächsten Sprint',
      'den Umzug',
      'die Montage',
    ],
    OFFERR: [
      'du das durchsprechen möchtest',
      'du Bedarf hast',
      'du noch Fragen dazu hast',
      'du Hilfe dabei brauchst',
      'du es lieber persönlich besprechen willst',
    ],
    CONDR: [
      'die Schwärzungen vorher mit mir abgestimmt sind',
      'der Kunde die Einwilligung unterschrieben hat',
      'die Summen mit dem Hauptbuch übereinstimmen',
      'du eine Kopie ablegst',
      'die Rechtsabteilung den Text gesehen hat',
    ],
    GERNWHY: [
      'haben wir alles beisammen',
      'können wir am Montag direkt loslegen',
      'sparen wir uns eine Runde',
      'muss keiner suchen',
    ],
    AFTERCL: [
      'danach wird das Portal geschlossen',
      'der Rest folgt im Januar',
      'die Termine für den praktischen Teil kommen noch',
      'die Nachweise sammelt das Sekretariat',
    ],
    VISITW: ['in der Nähe bist', 'Zeit hast', 'am Donnerstag ohnehin im Haus bist', 'Lust hast', 'magst'],
    USEV: [
      'wiederverwenden',
      'als Vorlage nehmen',
      'behalten',
      'mitnehmen',
      'weiterverwenden',
      'übernehmen',
      'ausdrucken',
      'nutzen',
    ],
    VERBR: ['so machen', 'auch per Mail schicken', 'direkt weitergeben', 'so ablegen'],
    EACH: [
      'Jedes Mitglied',
      'Jeder Mitarbeiter',
      'Jede Abteilung',
      'Jedes Teammitglied',
      'Jede Teamleitung',
      'Jeder Teilnehmer',
    ],
    MEET: [
      'die Besprechung',
      'das Quartalsreview',
      'das Teammeeting',
      'den Jour fixe',
      'die Demo',
      'das Feedbackgespräch',
    ],
    DAYD: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
    DLR: [
      'bis Freitag',
      'bis Montag',
      'bis morgen',
      'heute noch',
      'bis Ende der Woche',
      'bis zum 1. Juni',
      'bis 12 Uhr',
    ],
    LEAD: [
      'Nach dem Vorfall gestern',
      'Wegen des Audits',
      'Ab nächster Woche',
      'Wegen des Umzugs',
      'Für den Jahresabschluss',
    ],
    ST: [
      'dein Wochenende',
      'dein Urlaub',
      'der Umzug',
      'die Messe in Köln',
      'dein freier Tag',
      'der Skiurlaub',
      'die Hochzeit deiner Schwester',
      'der Betriebsausflug',
      'deine erste Woche',
      'der Marathon',
      'das Konzert gestern',
      'die Reise nach Lissabon',
    ],
    STD: [
      'dem Urlaub',
      'dem Wochenende',
      'der Elternzeit',
      'der Messe',
      'dem Skiurlaub',
      'der Reha',
      'dem Umzug',
      'der Dienstreise',
    ],
    OPEN: ['', '', 'Na, ', 'Und, ', 'So, ', 'Hey, '],
    FAM: ['den Kindern', 'deiner Mutter', 'dem neuen Hund', 'deinem Knie', 'der Familie', 'deinem Rücken'],
    NAME: [
      'Jonas',
      'Katrin',
      'Herr Weber',
      'Frau Schulz',
      'Lukas',
      'Anna',
      'Tobias',
      'Sabine',
      'Markus',
      'Julia',
      'Stefan',
      'Lena',
    ],
    DAY: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'morgen', 'nächste Woche'],
    TIME: ['10 Uhr', '14:30 Uhr', '9 Uhr', 'halb elf', '16 Uhr'],
    SOFT: [
      'Keine Eile, aber',
      'Wenn es passt,',
      'Wenn du kurz Zeit hast,',
      'Noch eine Sache:',
      'Kurze Frage:',
      'Übrigens,',
      'Ach ja, und',
      'PS:',
    ],
    PLACE: ['Sylt', 'Italien', 'Südtirol', 'Wien', 'Mallorca', 'den Alpen', 'Hamburg'],
    EVENT: [
      'der Urlaub',
      'das Wochenende',
      'der Umzug',
      'die Messe',
      'die Hochzeit',
      'der freie Tag',
      'der Skiurlaub',
      'der Betriebsausflug',
    ],
    TEAM: [
      'die Buchhaltung',
      'der Einkauf',
      'die Personalabteilung',
      'der Kunde',
      'der Lieferant',
      'der Steuerberater',
      'die Geschäftsführung',
      'die IT',
    ],
    TEAMD: [
      'der Buchhaltung',
      'dem Einkauf',
      'der Personalabteilung',
      'dem Kunden',
      'dem Lieferanten',
      'der Geschäftsführung',
      'der IT',
    ],
    THING: [
      'der Kaffeeautomat',
      'der Aufzug',
      'der Drucker im zweiten Stock',
      'die Tiefgarage',
      'das neue Intranet',
      'das WLAN im Raum 3',
    ],
    // Issue #14, round 4: slots of the families of non-requests below.
    AB: [
      'Ab dem 1. März',
      'Ab Montag, dem 12. Mai,',
      'Ab nächster Woche',
      'Zum 1. Juli',
      'Ab Anfang April',
      'Ab dem 3.',
    ],
    AM: ['am 14. November', 'am Montag, dem 12. Mai,', 'am 3.', 'am kommenden Dienstag', 'am 30. Juni', 'am Freitag'],
    BIS: ['zum 14. November', 'Montag, den 12. Mai', 'einschließlich Freitag', 'Ende Juni', 'zum 3. Januar'],
    POLICYV: [
      'melden sich Besucher am neuen Terminal im Foyer an',
      'öffnet die Kantine schon um halb acht',
      'laufen Reisekostenabrechnungen über das neue Portal',
      'beginnt die Spätschicht eine halbe Stunde früher',
      'werden Pakete an der Laderampe angenommen',
      'ist der Seiteneingang ab 18 Uhr verschlossen',
      'gibt es die Gehaltsabrechnung nur noch online',
      'kann der Ruheraum im dritten Stock über Outlook gebucht werden',
    ],
    PLACEX: [
      'die Kantine',
      'die Tiefgarage',
      'der Personaleingang',
      'der Fitnessraum',
      'der Fahrradkeller',
      'das alte Buchungssystem',
      'das Laufwerk S',
      'der Besprechungsraum im Erdgeschoss',
    ],
    PLACEA: [
      'die Kantine',
      'die Tiefgarage',
      'den Personaleingang',
      'den Fitnessraum',
      'den Fahrradkeller',
      'das alte Buchungssystem',
      'das Laufwerk S',
      'den Besprechungsraum im Erdgeschoss',
    ],
    EVT: [
      'der Konferenz',
      'der Weihnachtsfeier',
      'dem Teamtag',
      'der Messe',
      'dem Betriebsausflug',
      'der Baustellenbegehung',
      'dem Jubiläum',
    ],
    HOL: ['die Feiertage', 'Ostern', 'das lange Wochenende', 'die Ferien', 'Weihnachten', 'den Brückentag'],
    HOLN: [
      'schöne Feiertage',
      'ein erholsames Wochenende',
      'schöne Ostertage',
      'einen guten Start ins Jahr',
      'eine gute Reise',
      'ruhige Weihnachten',
    ],
    RQ: [
      'findet das Sommerfest noch statt',
      'wann kommen die neuen Laptops',
      'wird die Tiefgarage vor Weihnachten wieder geöffnet',
      'ziehen wir nächstes Jahr um',
      'warum hat sich der Speiseplan geändert',
      'wer übernimmt die Stelle von Herrn Kühn',
      'ab wann gilt der neue Dienstplan',
    ],
    ASKER: [
      'Viele von euch haben mich gefragt',
      'Einige haben nachgefragt',
      'Mehrere Kolleginnen haben gefragt',
      'Die häufigste Frage dieser Woche',
      'Immer wieder werde ich gefragt',
      'Aus der Spätschicht kam die Frage',
    ],
    RHET: [
      'Was soll da schon schiefgehen?',
      'Wie schwer kann das sein?',
      'Wo ist das Jahr nur hin?',
      'Wer freut sich nicht über ein langes Wochenende?',
      'Muss ich mehr sagen?',
      'Kommt euch das bekannt vor?',
      'Kaum zu glauben, dass schon Dezember ist, oder?',
      'Warum klemmt der Drucker eigentlich immer montags?',
      'Hat sich das Warten gelohnt?',
      'Hört dieser Regen eigentlich nie auf?',
      'Was will man mehr?',
      'Wie konnte das nur passieren?',
    ],
    ASKIHR: [
      'tragt eure Urlaubstage für das erste Quartal in den Teamkalender ein',
      'testet das neue Formular mit ein paar echten Fällen',
      'schreibt eure Anmerkungen direkt in das Ticket',
      'schickt mir die Belege wie gewohnt über das Portal',
      'meldet euch bis Mittwoch für die Schulung an',
      'räumt vor dem Umzug eure Schreibtische leer',
      'füllt die Umfrage zur Kantine aus',
      'ladet eure Präsentationen bis morgen früh in den Ordner hoch',
      'sagt mir kurz, wer am Freitag Dienst hat',
      'prüft eure Stammdaten im Personalportal',
      'gebt die Schlüssel für die Halle beim Empfang ab',
      'aktualisiert die Kontaktliste und legt sie in den Teams-Ordner',
    ],
    ASKDU: [
      'trag deine Urlaubstage in den Teamkalender ein',
      'schau dir die neue Vorlage an und sag mir, was fehlt',
      'schick mir die Belege wie gewohnt über das Portal',
      'meld dich bis Mittwoch für die Schulung an',
      'füll die Umfrage zur Kantine aus',
      'lad deine Folien bis morgen früh hoch',
      'prüf deine Stammdaten im Personalportal',
      'gib den Schlüssel nach der Schicht beim Empfang ab',
      'ergänz die Kontaktliste um die neuen Lieferanten',
      'ruf den Kunden wegen der Reklamation zurück',
      'leg die Rechnungen in den Ordner für die Buchhaltung',
      'druck die Startlisten aus und leg sie an der Theke bereit',
    ],
    ASKSIE: [
      'senden Sie uns die Unterlagen wie gewohnt über das Mandantenportal',
      'reichen Sie die Rechnungen für November bis zum 15. ein',
      'bestätigen Sie den Termin kurz per E-Mail',
      'füllen Sie das beigefügte Formular aus und schicken Sie es zurück',
      'prüfen Sie die Angaben im Vertrag',
      'teilen Sie uns Ihre neue Bankverbindung mit',
    ],
    PURPOSE: [
      'damit ich die Kapazitäten planen kann',
      'damit wir die Abrechnung pünktlich schaffen',
      'damit die Schichtplanung steht',
      'sonst kann ich die Bestellung nicht auslösen',
      'damit nichts verloren geht',
      'damit ich es an die Geschäftsführung weitergeben kann',
    ],
    WHQ: [
      'bei welchem Lieferanten haben wir die Lampen im Frühjahr bestellt',
      'wo haben wir die unterschriebenen Verträge abgelegt',
      'wer hat sich letztes Mal um die Brandschutzübung gekümmert',
      'was haben wir im März für den Transporter bezahlt',
      'wann wurde die Heizung zuletzt gewartet',
      'wie viele Lizenzen haben wir für das Designteam gekauft',
      'welchen Raum haben wir für die Vorstandssitzung gebucht',
      'wie war noch mal die Referenznummer der Rechnung von Harper',
    ],
    TEAMA: [
      'die Buchhaltung',
      'den Einkauf',
      'die Personalabteilung',
      'den Kunden',
      'den Steuerberater',
      'das Finanzamt',
      'das Gesundheitsamt',
      'die Versicherung',
    ],
    SENT: ['gemeldet', 'geschickt', 'übermittelt', 'weitergegeben', 'gegangen'],
    LATER: [
      'heute Nachmittag',
      'morgen',
      'am Montag',
      'bis Ende der Woche',
      'nächste Woche',
      'nach dem Audit',
      'sobald die Zahlen da sind',
    ],
    FRONTD: [
      'Damit wir die Prüfung vorbereiten können,',
      'Für den Jahresabschluss',
      'Im Rahmen des Audits',
      'Vor der Sitzung am Donnerstag',
      'Da sich der Termin verschoben hat,',
      'Für unsere Planung',
    ],
    BITTUM: [
      'eine kurze Rückmeldung',
      'Ihre Einschätzung',
      'eine Freigabe',
      'die Zusendung der Unterlagen',
      'einen Rückruf',
      'ein kurzes Feedback',
      'die Bestätigung des Termins',
    ],
    DEINX: [
      'deine Unterschrift',
      'dein Stundenzettel',
      'deine Reisekostenabrechnung',
      'deine Rückmeldung zu den Terminen',
      'deine Freigabe für die Bestellung',
      'dein Okay zum Entwurf',
    ],
    ZUV: [
      'abzugeben',
      'einzureichen',
      'abzuschließen',
      'zu unterschreiben',
      'hochzuladen',
      'auszufüllen',
      'zurückzuschicken',
      'zu aktualisieren',
    ],
    SOFTD: ['bei Gelegenheit', 'kurz', 'morgen früh', 'diese Woche noch', 'vor dem Termin'],
    DOCHIMP: [
      'ruf doch mal bei der Spedition an',
      'gib mir doch bis Freitag kurz Bescheid',
      'schick mir doch die aktuelle Version',
      'trag dich doch in die Liste ein',
      'leg die Belege doch einfach in mein Fach',
      'frag doch mal bei der IT nach',
      'schau doch mal in den Plan für nächste Woche',
    ],
    PARTD: [
      'freigegeben',
      'unterschrieben',
      'verschickt',
      'abgestimmt',
      'bei der Kasse eingereicht',
      'im System erfasst',
    ],
    SIEQ: [
      'Führen Sie die Inventur selbst durch',
      'Nutzen Sie das alte Konto noch',
      'Rechnen Sie mit mehr Teilnehmern',
      'Brauchen Sie die Belege im Original',
      'Kommen Sie mit dem Auto oder mit der Bahn',
      'Soll die Zahlung in Raten erfolgen',
      'Gilt die Vollmacht auch für Ihre Frau',
    ],
    OWNI: ['schick', 'schicke', 'maile', 'bringe', 'gebe', 'leite'],
    DIESMAL: ['diesmal', 'dieses Jahr', 'am Freitag', 'übrigens', 'zum Glück'],
    NOTNEED: [
      'mitfahren',
      'dabei sein',
      'zum Termin kommen',
      'die Liste ausfüllen',
      'etwas vorbereiten',
      'extra anreisen',
    ],
  },
  requests: [
    ['Passt es dir, wenn wir {MEET} am {DAYD} eine halbe Stunde früher beginnen?', 15],
    ['Ist es für dich in Ordnung, wenn wir {MEET} auf {DAYD} verschieben?', 15],
    ['Wäre es okay für dich, {MEET} am {DAYD} online zu machen?', 10],
    ['{O.N} {O.muss} {DLR} {V.part} werden.', 20],
    ['{LEAD} müssen alle {V.inf}.', 15],
    ['{LEAD} muss jede Abteilung {V.inf}.', 10],
    ['Ich bräuchte {a}{dl}.', 20],
    ['{O.A} bräuchte ich{dl}.', 15],
    ['{O.A} brauche ich{dl}.', 10],
    ['Kannst du {V.inf}?', 50],
    ['Könntest du {V.inf}?', 40],
    ['Können Sie {V.inf}?', 30],
    ['Könnten Sie {V.inf}?', 40],
    ['Würdest du {V.inf}?', 20],
    ['Würden Sie bitte {V.inf}?', 20],
    ['Könnt ihr {V.inf}?', 20],
    ['Bitte {V.imp}.', 40],
    ['{V.imp}, bitte.', 15],
    ['{V.sie}.', 20],
    ['Bitte {V.sie}.', 0],
    ['{SOFT} kannst du {V.inf}?', 40],
    ['Ich möchte dich bitten, {V.zu}.', 25],
    ['Ich bitte Sie, {V.zu}.', 20],
    ['Darf ich dich bitten, {V.zu}?', 15],
    ['Es wäre super, wenn du {V.inf} könntest.', 20],
    ['Es würde mir sehr helfen, wenn du {V.inf} könntest.', 15],
    ['Ich wäre dir dankbar, wenn du {V.inf} könntest.', 20],
    ['Ich brauche {a}{dl}.', 25],
    ['Wir brauchen {a}{dl} von dir.', 15],
    ['Ich warte noch auf {a}.', 15],
    ['Denk bitte daran, {V.zu}.', 20],
    ['Vergiss nicht, {V.zu}.', 15],
    ['Alle Mitarbeitenden müssen {V.inf}.', 20],
    ['{EACH} muss {V.inf}.', 25],
    ['{EACH} soll bitte {V.inf}.', 10],
    ['Bitte alle {V.inf}.', 0],
    ['Jede Abteilung muss {V.inf}.', 10],
    ['Ihr müsst {V.inf}.', 10],
    ['Du musst {V.inf}.', 10],
    ['Weißt du, ob {n} schon {V.part} {O.ist}?', 25],
    ['Hast du {a} schon {V.part}?', 25],
    ['{O.Ist} {n} schon {V.part}?', 25],
    ['Wann kannst du {V.inf}?', 20],
    ['Schaffst du es, {V.zu}?', 20],
    ['Gib mir bitte Bescheid, ob {n} so passt.', 15],
    ['Sag mir bitte, was du von {a} hältst.', 15],
    ['Hast du {DAY} Zeit, um {a} zu besprechen?', 20],
    ['Können wir {DAY} um {TIME} kurz wegen {a} telefonieren?', 15],
    ['Kannst du {DAY} um {TIME} zur Besprechung über {a} dazukommen?', 15],
    ['Was hältst du von {a}?', 15],
    ['Hast du noch Anmerkungen zu {a}?', 15],
    ['Erinnerung: bitte {V.inf}.', 0],
    ['Wer von euch kann {V.inf}?', 15],
    ['Weiß jemand von euch, ob {n} schon {V.part} {O.ist}?', 15],
    ['Kannst du {TEAMD} Bescheid geben, dass {n} fertig {O.ist}?', 10],
    ['Wie ist der Stand bei {a}?', 0],
    ['Please check {a}{dl}.', 10],
    ['Kannst du {a} noch kurz reviewen?', 10],
    ['Bitte bestätige kurz, dass du {a} bekommen hast.', 10],
    ['Ich bitte um Rückmeldung zu {a}{dl}.', 15],
    ['Um Freigabe von {a}{dl} wird gebeten.', 0],
    ['Wäre es möglich, {V.zu}?', 20],
    ['Ist es dir möglich, {V.zu}?', 10],
    ['Hättest du Zeit, {V.zu}?', 15],
    // Issue #14, round 4: asks that look like the non-requests below (conditions, dates, small talk).
    ['Falls du {a} schon hast, schick mir das bitte.', 12],
    ['Wenn möglich, {V.imp}.', 10],
    ['Falls noch nicht geschehen, {V.sie} bitte.', 10],
    ['Weißt du, ob {PLACEX} {AM} geöffnet ist?', 12],
    ['Ich hoffe, du hattest {HOLN} – kannst du {V.inf}?', 12],
    ['Willkommen zurück! Könntest du {V.inf}?', 8],
    ['Könnt ihr alle {V.inf}?', 10],
    ['Ist {n} schon bei {TEAMD}?', 10],
    ['Bist du schon dazu gekommen, {V.zu}?', 12],
    ['Hast du es geschafft, {V.zu}?', 10],
    ['Schaffst du es, {V.zu}, bevor du in den Urlaub gehst?', 8],
    ['Wenn du zurück bist, kannst du dann {V.inf}?', 10],
    ['Bevor du in den Urlaub gehst, {V.imp} bitte.', 8],
    ['Du müsstest noch {V.inf}.', 10],
    ['Sorg bitte dafür, dass {n} {DLR} {V.part} {O.ist}.', 8],
    ['Denkt bitte daran, {V.zu}.', 8],
    ['Könnt ihr bitte weiterhin {V.inf}?', 8],
    ['Ab {DAYD} müsst ihr {V.inf}.', 8],
    ['Kann einer von euch {V.inf}?', 12],
    ['Kann jemand von euch {DAY} den Dienst von {NAME} übernehmen?', 10],
    ['Sag mir bitte {DLR} Bescheid, dann kann ich {a} abschließen.', 10],
    ['Bitte {ASKIHR}.', 25],
    ['Bitte {ASKIHR}, {PURPOSE}.', 25],
    ['{ASKIHR} bitte {DLR}.', 20],
    ['{ASKIHR}, {PURPOSE}.', 20],
    ['Bitte {ASKDU}.', 20],
    ['{ASKDU}, {PURPOSE}.', 20],
    ['{SOFT} {ASKDU}.', 20],
    ['Bitte {ASKSIE}.', 15],
    ['{ASKSIE}, {PURPOSE}.', 10],
    ['{WHQ}?', 8],
    ['Kurze Frage: {WHQ}?', 8],
    ['{O.Ist} {n} schon an {TEAMA} {SENT}?', 25],
    ['{O.Ist} {n} eigentlich schon an {TEAMA} {SENT}, oder macht das {TEAM}?', 12],
    // Round 5.
    ['{FRONTD} wäre ich Ihnen dankbar, wenn Sie uns {a}{dl} zukommen lassen.', 10],
    ['{FRONTD} wäre ich dir dankbar, wenn du {V.inf} könntest.', 10],
    ['{FRONTD} möchten wir Sie bitten, {V.zu}.', 10],
    ['{FRONTD} möchte ich dich um {BITTUM} bitten.', 10],
    ['{FRONTD} bitte ich Sie um {BITTUM}.', 10],
    ['Mir fehlt nur noch {DEINX}.', 8],
    ['Uns fehlt jetzt noch {DEINX}, dann ist alles komplett.', 6],
    ['{O.N} {O.ist} bis {BIS} {ZUV}.', 12],
    ['{OPEN}Schau doch {SOFTD} mal über {a}.', 10],
    ['Nicht dringend, aber {DOCHIMP}.', 10],
    ['{O.Ist} {n} inzwischen {PARTD}?', 10],
    ['Eine Frage hätte ich noch: {SIEQ}?', 10],
    // Round 6: Kontrast: neue Bitte nach einer zurückgenommenen, Frage nach einer Planung.
    ['Vergiss die alte Version und schick mir{dl} stattdessen {a}.', 8],
    ['Kannst du {WHATR} danach planen und mir den Termin sagen?', 8],
    // Round 7: Imperativ mit "gern" (oft die zweite Bitte), umgangssprachliches "brauch ich", "ist bis … zu …," vor einem weiteren Satzteil.
    ['Plan gern eine zusätzliche Stunde für {a} ein.', 4],
    ['Bring gern {a} zum Termin mit.', 4],
    ['Schick mir gern{dl} {a}, dann {GERNWHY}.', 6],
    ['Leg gern {a}{dl} in den Teams-Ordner.', 4],
    ['Trag gern deine Anmerkungen{dl} direkt in {a} ein.', 4],
    ['Stell gern {a}{dl} ins Wiki, dann {GERNWHY}.', 4],
    ['Sprich {NAME} gern wegen {a} an.', 4],
    ['Buch gern schon mal einen Raum für die Besprechung, dann {GERNWHY}.', 3],
    ['Und druck gern {a} für alle aus.', 4],
    ['Plant gerne {a} für die nächste Runde ein.', 4],
    ['Nimm gern {a} zur Abstimmung mit.', 4],
    ['Frag gern beim Lieferanten nach, wann {n} kommt.', 4],
    ['Ich brauch von dir{dl} noch {a}.', 10],
    ['{O.A} brauch ich auch noch{dl}.', 10],
    ['{O.N} {O.ist} bis {BIS} {ZUV}, {AFTERCL}.', 12],
  ],
  none: [
    ['{OPEN}wie war {ST}?', 40],
    ['{OPEN}wie lief {ST}?', 20],
    ['{OPEN}gut zurück aus {STD}?', 20],
    ['{OPEN}gut aus {STD} zurück?', 20],
    ['{OPEN}gut erholt nach {STD}?', 15],
    ['{OPEN}hast du dich nach {STD} gut eingelebt?', 10],
    ['Wie geht es {FAM}?', 10],
    ['{OPEN}alles fit bei dir?', 5],
    ['Hast du das Spiel gestern gesehen?', 1],
    ['Wer kennt das nicht?', 1],
    ['Was will man mehr?', 1],
    ['Kann ich sonst noch irgendwie helfen?', 1],
    ['Ist das nicht großartig?', 1],
    ['Wer hätte das nach {STD} noch erwartet?', 8],
    ['{OPEN}schön das Wetter genossen?', 3],
    ['{OPEN}wie gefällt dir der neue Arbeitsplatz?', 3],
    ['Alles gut bei euch zu Hause?', 1],
    ['{V.own}.', 50],
    ['Ich werde {V.inf}.', 25],
    ['Wir werden {V.inf}.', 20],
    ['Ich kümmere mich darum und {V.own}.', 0],
    ['{O.N} {O.ist} gestern {V.part} worden.', 25],
    ['{O.N} {O.ist} inzwischen von {TEAMD} {V.part} worden.', 0],
    ['Ich habe {a} heute Morgen {V.part}.', 30],
    ['Wir haben {a} bereits {V.part}.', 20],
    ['{O.N} {O.ist} fertig.', 15],
    ['{O.N} {O.ist} jetzt im Teams-Ordner.', 10],
    ['Zur Info: {n} {O.ist} {V.part}.', 0],
    ['Zur Info: {TEAM} hat {a} erhalten.', 15],
    ['FYI: {n} {O.ist} angepasst.', 10],
    ['Danke für {a}!', 20],
    ['Vielen Dank für deine Hilfe bei {a}.', 15],
    ['Danke, dass du {a} so schnell {V.part} hast.', 15],
    ['{NAME} hat {a} schon {V.part}.', 25],
    ['{NAME} hat gefragt, ob {n} schon fertig {O.ist}.', 15],
    ['{NAME} wird {V.inf}.', 20],
    ['{TEAM} muss {a} noch freigeben.', 15],
    ['{O.N} {O.soll} {DAY} von {TEAMD} {V.part} werden.', 15],
    ['Ich muss {V.inf}.', 20],
    ['Wir müssen noch abwarten, was {TEAM} zu {a} sagt.', 10],
    ['Falls du {a} brauchst, findest du es im Teams-Ordner.', 15],
    ['Bei Fragen zu {a} melde dich gerne.', 15],
    ['Wenn du Fragen zu {a} hast, sag einfach Bescheid.', 15],
    ['Melde dich gerne, falls noch etwas zu {a} unklar ist.', 10],
    ['Wie war {EVENT}?', 15],
    ['Wie war es in {PLACE}?', 10],
    ['Ich hoffe, du hattest eine schöne Zeit in {PLACE}.', 10],
    ['Bitte beachten: {DAY} ist {THING} außer Betrieb.', 15],
    ['Ab {DAY} funktioniert {THING} wieder normal.', 15],
    ['Hinweis: Die Frist für {a} wurde auf {DAY} verschoben.', 0],
    ['Du musst mit {a} nichts weiter tun.', 10],
    ['Kein Handlungsbedarf, {n} {O.ist} schon {V.part}.', 10],
    ['Unten die Mail von {NAME} zu {a}.', 10],
    ['Siehe unten die Nachricht von {TEAMD} zu {a}.', 0],
    ['Ich bin bis {DAY} nicht im Büro.', 10],
    ['In dringenden Fällen wenden Sie sich bitte an {NAME}.', 10],
    ['{NAME} hat mich gebeten, {V.zu}, das mache ich {DAY}.', 10],
    ['Ich habe {NAME} gebeten, {V.zu}.', 15],
    ['Laut {NAME} {O.ist} {n} fast fertig.', 0],
    ['Wer hätte gedacht, dass {n} so schnell fertig wird?', 10],
    ['Im Anhang findest du {a}.', 15],
    ['Anbei {a} von {TEAMD}.', 10],
    ['Thanks für {a}!', 10],
    ['{NAME} ist nur zur Info in Kopie.', 10],
    ['Ich setze {NAME} mal in CC.', 10],
    ['Man könnte {a} eigentlich auch {DAY} {V.part2}.', 0],
    ['Man müsste {a} irgendwann mal überarbeiten.', 10],
    ['Eigentlich sollte {n} schon längst fertig sein.', 10],
    ['Wir könnten {a} auch später {V.part2}.', 0],
    ['{TEAM} kann {a} erst {DAY} {V.inf2}.', 0],
    // Issue #14, round 4: families of non-requests, written from the labeling rules.
    // FYI with dates.
    ['{AB} {POLICYV}.', 25],
    ['Damit ihr Bescheid wisst: {AB} {POLICYV}.', 8],
    ['{PLACEX} ist {AM} wegen Wartungsarbeiten geschlossen.', 15],
    ['{PLACEX} öffnet {AM} wieder.', 10],
    ['{NAME} fängt {AM} bei {TEAMD} an.', 10],
    ['{NAME} ist {DAY} nicht im Büro.', 10],
    ['Der Jour fixe am {DAYD} fällt diese Woche aus.', 5],
    // The sender's own plans and commitments.
    ['Ich habe vor, {V.zu}.', 15],
    ['Mein Plan ist, {V.zu}.', 12],
    ['Ich hoffe, {a} {LATER} fertig zu haben.', 12],
    ['Ich versuche, {V.zu}.', 12],
    ['Als Nächstes nehme ich mir {a} vor.', 8],
    ['Ich nehme {a} am {DAYD} mit in {MEET}.', 8],
    ['Wir wollen {a} {LATER} abschließen.', 10],
    ['Ich würde {a} gern noch einmal in Ruhe durchgehen.', 8],
    // Questions someone else asked, reported.
    ['{ASKER}: {RQ}?', 6],
    ['{NAME} wollte wissen, ob {n} schon fertig {O.ist}; ich habe gesagt, {LATER}.', 8],
    ['{TEAM} hat gefragt, ob wir {V.inf} können, und ich habe zugesagt.', 10],
    ['{NAME} hat bei {TEAMD} nachgefragt, ob {n} schon {V.part} {O.ist}.', 10],
    // Rhetorical questions.
    ['{RHET}', 12],
    ['Ist es nicht schön, dass {n} endlich fertig {O.ist}?', 8],
    // Small talk about the reader's time off.
    ['{OPEN}seid ihr nach {EVT} alle gut nach Hause gekommen?', 10],
    ['{OPEN}bist du gut aus {PLACE} zurückgekommen?', 10],
    ['{OPEN}geht es dir wieder besser?', 3],
    ['Ich hoffe, ihr hattet {HOLN}.', 10],
    ['{OPEN}hattest du {HOLN}?', 10],
    ['{OPEN}hast du dich über {HOL} gut erholt?', 10],
    ['{OPEN}wie gefällt dir das neue Büro?', 3],
    ['Schönes Wetter heute, oder?', 1],
    ['{OPEN}schon alles bereit für {HOL}?', 8],
    ['Willkommen zurück, ich hoffe, es war schön in {PLACE}.', 8],
    // The sender's own decisions.
    ['Wir haben uns für {a} in der jetzigen Form entschieden.', 10],
    ['Wir möchten {a} gern so umsetzen, wie besprochen.', 10],
    ['Wir haben noch einmal darüber nachgedacht und bleiben bei {a}.', 8],
    ['Mit {a} sind wir einverstanden.', 0],
    // Please-note announcements.
    ['Wichtig: {AB} {POLICYV}.', 10],
    ['Hinweis: {PLACEX} ist {DAY} geschlossen.', 10],
    ['Achtung: {AB} {POLICYV}.', 8],
    // Out-of-office text.
    ['Ich bin bis {BIS} im Urlaub und antworte nach meiner Rückkehr.', 10],
    ['In dringenden Fällen wenden Sie sich bitte an {NAME} aus {TEAMD}.', 10],
    ['Ich habe bis {BIS} nur eingeschränkt Zugriff auf meine E-Mails.', 8],
    ['Ihre Nachricht wird nicht weitergeleitet.', 1],
    // Minutes and other people's tasks.
    ['Aufgabe: {NAME} wird {V.inf}.', 12],
    ['{NAME} klärt {a} mit {TEAMD} und berichtet beim nächsten Termin.', 12],
    ['Beschluss: {AB} {POLICYV}.', 8],
    ['Vereinbart: {n} {O.soll} bis zum nächsten Treffen {V.part} werden.', 10],
    ['Nächste Schritte: {NAME} erstellt {a}, {NAME} prüft.', 10],
    ['{NAME} und {NAME} stimmen {a} mit {TEAMD} ab.', 10],
    ['{O.N} {O.muss} vorher noch {V.part} werden, darum kümmert sich {NAME}.', 10],
    // Conditional offers.
    ['Falls du {a} brauchst, hat {NAME} eine Kopie.', 12],
    ['Falls ihr {a} noch braucht: alles liegt im Archiv.', 10],
    ['{PLACEX} bleibt bis {BIS} verfügbar, falls ihr noch etwas nachsehen müsst.', 10],
    ['Solltet ihr noch etwas brauchen, bin ich die ganze Woche im Büro.', 4],
    ['Wenn es hilft, kann ich {V.inf}.', 10],
    ['Bei Bedarf kannst du {a} natürlich auch anpassen.', 10],
    ['Wenn du magst, schaue ich mir {a} noch mal an.', 10],
    // Thanks.
    ['Danke, dass du {DAY} für mich eingesprungen bist.', 8],
    ['Super, dass du {a} so schnell {V.part} hast.', 10],
    ['Danke euch allen für eure Geduld während der Umstellung.', 1],
    // Status of other people's work.
    ['{NAME} prüft gerade {a}.', 12],
    ['{NAME} überarbeitet noch {a}.', 12],
    ['{TEAM} schaut sich {a} diese Woche an.', 12],
    ['{NAME} hat {a} fertig und {TEAMD} geschickt.', 10],
    ['{TEAM} will {a} {LATER} freigeben.', 10],
    ['Laut {NAME} {O.ist} {n} {LATER} fertig.', 10],
    // What the reader may keep doing, said as a statement.
    ['{PLACEA} könnt ihr weiterhin wie gewohnt nutzen.', 12],
    ['{PLACEA} kannst du während der Bauarbeiten ganz normal nutzen.', 10],
    ['Ihr könnt {PLACEA} auch weiterhin nutzen.', 8],
    ['Natürlich kannst du {a} bis {BIS} noch auf dem alten Weg einreichen.', 8],
    // Round 5.
    ['{O.A} {OWNI} ich dir {DLR}, dann hast du alles beisammen.', 10],
    ['{O.A} erledige ich {DLR} selbst.', 8],
    ['{O.A} kläre ich {DLR} mit {NAME}.', 8],
    ['{O.A} übernehmen wir {DLR}, du musst dich um nichts kümmern.', 6],
    ['Du musst {DIESMAL} nicht {NOTNEED}, {NAME} übernimmt das.', 10],
    ['Ihr braucht {DIESMAL} nichts mitzubringen.', 5],
    ['Sie müssen {DIESMAL} keine neuen Unterlagen einreichen.', 5],
    ['Bis {BIS} ist mit Verzögerungen zu rechnen.', 5],
    ['{FRONTD} habe ich {a} schon an {TEAM} weitergegeben.', 10],
    ['{FRONTD} brauchen wir {a} diesmal nicht, das hat {NAME} schon erledigt.', 8],
    ['Es fehlt nur noch die Unterschrift von {NAME}, dann {O.ist} {n} durch.', 8],
    ['{TEAM} hat sich gemeldet, sie brauchen nur noch ein paar Tage für {a}.', 8],
    ['Uns fehlt nur noch die Freigabe durch {TEAM}, die kommt {DAY}.', 8],
    // Round 6: nur Information: zurückgenommene Fragen, was die Nachricht zu planen erlaubt, Angebote mit "gerne … wenn", Antworten, die erlauben, was die Leserin gefragt hat.
    ['Nur damit du Bescheid weißt: {FYIR}.', 12],
    ['{OPEN}vergiss meine Frage von gestern, {WHYR}.', 14],
    ['Meine Bitte von heute früh hat sich erledigt, {WHYR}.', 6],
    ['Ignorier meine Mail über {a}, {WHYR}.', 8],
    ['Dann kannst du {WHATR} danach planen.', 10],
    ['So kannst du {WHATR} in Ruhe vorbereiten.', 8],
    ['Ruf mich gerne an, wenn {OFFERR}.', 12],
    ['Ich komme auch gern vorbei, wenn {OFFERR}.', 8],
    ['Ja, das darfst du {VERBR}, solange {CONDR}.', 10],
    ['Das geht auch elektronisch, solange {CONDR} – und das hast du ja gemacht.', 8],
    ['Klar, das kannst du {VERBR}.', 8],
    // Round 7: was die Leserin nutzen darf, angeboten ("… kannst du gern wiederverwenden").
    ['{O.A} kannst du gern {USEV}.', 12],
    ['{O.A} können Sie gerne {USEV}.', 10],
    ['{O.A} vom letzten Jahr könnt ihr gern {USEV}.', 8],
    ['Du kannst gern {a} vom letzten Mal {USEV}.', 8],
    ['Ich brauch {a} diesmal nicht, {WHYR}.', 6],
    ['{O.A} brauch ich nicht mehr, {WHYR}.', 6],
    ['Schau gern mal bei uns rein, wenn du {VISITW}.', 6],
    ['Komm gern vorbei, falls du {VISITW}.', 6],
    ['Kommt gerne auf einen Kaffee vorbei, wenn ihr mögt.', 1],
  ],
  handRequests: `Kannst du mir Bescheid geben, ob du am Donnerstag dabei bist?
Könntest du kurz schauen, ob die Zahlen stimmen?
Bitte um Rückmeldung bis Freitag.
Ich freue mich auf deine Rückmeldung.
Sag mir kurz, ob das so passt.
Kannst du den Schlüssel für den Archivschrank am Empfang abgeben?
Kannst du mich heute noch zurückrufen?
Hast du das Passwort für das Sammelpostfach?
Weißt du zufällig, wer den Schlüssel für Raum 4 hat?
Könntest du diese Woche die neue Kollegin einarbeiten?
Gib dem Kunden bitte Bescheid, dass die Lieferung einen Tag später kommt.
Magst du das Angebot noch gegenlesen?
Mich würde deine Meinung zum neuen Logo interessieren.
Könntet ihr eure Verfügbarkeit für den Teamtag in die Umfrage eintragen?
Füll bitte bis Mittwoch das Formular für die Weihnachtsfeier aus.
Bestätige bitte kurz, dass du den neuen Laptop bekommen hast.
Ich bräuchte dein Okay zur Bestellung bis 12 Uhr.
Ist es in Ordnung, wenn ich deinen Namen an den Kunden weitergebe?
Bist du morgen im Büro?
Hast du nächsten Dienstag Zeit für einen Kaffee, um den Plan durchzugehen?
Welcher Termin passt dir am besten für das Feedbackgespräch?
Welche der beiden Varianten ist dir lieber?
Wer von euch übernimmt den Dienst am Samstag?
Bitte gebt eure Schlüssel vor dem Urlaub ab.
Alle Teamleitungen werden gebeten, die Dienstpläne bis zum Wochenende zu prüfen.
Kannst du das bitte vorrangig erledigen?
Dein Okay bräuchte ich spätestens morgen.
Könntest du den Besprechungsraum für Donnerstag reservieren?
Kannst du kurz nachsehen, ob die Lieferung schon da ist?
Wir bitten Sie, das unterschriebene Exemplar bis zum 30. April zurückzusenden.
Bitte begleichen Sie die Rechnung bis Monatsende.
Wir bitten um Ergänzung der Angaben innerhalb von zehn Tagen.
Ich hätte gerne bis Freitag deinen Input.
Bist du mit dem vorgeschlagenen Vorgehen einverstanden?
Hast du etwas dagegen, wenn wir das Meeting eine Stunde später beginnen?
Wie viele Paletten passen noch ins Lager?
Kannst du eine kurze Übersicht machen, was noch offen ist?
Kannst du die Folien vor dem Call noch reviewen?
Could you check die Zahlen im Sheet?
Please schick mir nochmal die letzte Version.
Kannst du die Agenda für morgen herumschicken?
Tragt bitte eure Urlaubsanträge bis 1. Mai ins System ein.
Gib kurz Bescheid, wenn du da bist.
Schaust du mal, ob Post für mich da ist?
Sind die Überstunden für März schon gemeldet?
Liegt die Freigabe vom Kunden schon vor?
Ich bitte um kurze Bestätigung.
Um Rückmeldung bis Mittwoch wird gebeten.
Bitte bis Freitag die Urlaubsplanung eintragen.
Kein Stress, aber schau dir die Entwürfe bei Gelegenheit mal an.
Ist nicht eilig, aber gib mir bis Monatsende die Stundenzettel.
Nichts Dringendes, aber ruf mich doch mal wegen der Tourenplanung an.
Außerdem wäre ich dankbar, wenn Sie den Besprechungsraum für Dienstag buchen.
Zudem wäre ich Ihnen dankbar, wenn Sie die Teilnehmerliste bis Freitag ergänzen.
Ich wäre dir dankbar, wenn du die Schlüssel am Empfang abgibst.
Wir wären Ihnen sehr dankbar, falls Sie uns die Belege noch diese Woche zusenden.
Auch wäre ich dankbar, wenn ihr die Stühle nach dem Workshop wieder aufstellt.`.split('\n'),
  handNone: `Wie war dein Wochenende?
Wie geht es dir?
Schönes Wetter heute, oder?
Hattest du einen schönen Urlaub?
Alles gut bei euch zu Hause?
Ich hoffe, du hattest ein erholsames Wochenende.
Was für eine Woche, oder?
Wer hätte das gedacht?
Warum geht das mit dem Drucker eigentlich immer schief?
Ist es nicht toll, wie schnell das Team das umgesetzt hat?
Danke für deine schnelle Antwort!
Vielen Dank für die gute Zusammenarbeit.
Schönes Wochenende euch allen!
Viele Grüße, Jonas
Mit freundlichen Grüßen
Hallo Katrin,
Liebe Kolleginnen und Kollegen,
Ich bin heute und morgen nicht im Büro.
Ich bin bis einschließlich 14. August im Urlaub und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet.
Zur Info: Die Kantine ist am Freitag geschlossen.
Der neue Dienstplan gilt ab Montag.
Der Umbau läuft nach Plan.
Wir haben die Bestellung gestern verschickt.
Ich schicke dir morgen die finale Version.
Ich melde mich am Freitag dazu.
Ich sage dir Bescheid, sobald ich mehr weiß.
Ich kümmere mich morgen darum.
Sag einfach Bescheid, wenn ich etwas tun kann.
Bei Fragen melde dich gerne.
Zögern Sie nicht, uns bei Rückfragen zu kontaktieren.
Du musst hier nichts weiter tun.
Von deiner Seite ist nichts zu tun.
Das ist schon erledigt.
Der Kunde war mit der Präsentation sehr zufrieden.
Die Besprechung am Dienstag fällt aus.
Jonas hat das Angebot gestern schon verschickt.
Sabine hat gefragt, ob der Besprechungsraum frei ist.
Der Steuerberater muss den Jahresabschluss noch freigeben.
Der Bericht muss noch vom Einkauf ergänzt werden.
Nächste Woche sollen die neuen Laptops ausgeliefert werden.
In dieser Zeit kann man in der Tiefgarage nicht parken.
Gute Nachrichten: Wir haben die Ausschreibung gewonnen!
Herzlichen Glückwunsch zur neuen Stelle!
Siehe unten die Frage des Kunden.
Untenstehende Mail zur Kenntnis.
Von meinem iPhone gesendet
Diese E-Mail kann vertrauliche Informationen enthalten.
Sorry für die späte Antwort.
Passt, danke!
Super, dann machen wir das so.
Klingt gut.
Wer weiß, was nächstes Jahr kommt?
Das wird im Dezember ganz schön stressig, oder?
FYI, der Zeitplan wurde angepasst.
Thanks für die schnelle Antwort!
Ich hatte Lukas schon gefragt, ob er den Raum buchen kann.
Noch einen schönen Abend!
Bitte schön, gern geschehen.
Könnte man nicht einfach alles digital machen?
Man müsste mal die ganzen alten Ordner aussortieren.
Eigentlich könnten wir den Prozess deutlich vereinfachen.
Wir müssten die Server irgendwann mal erneuern.
Wir sollten uns irgendwann mal wieder zum Essen treffen.
Grüezi mitenand,
Servus Markus,
Die Abrechnung sollte bis Ende des Monats durch sein.
Die Lieferung müsste morgen ankommen.
Ich mach bis Freitag eine Übersicht draus und schick sie dir dann.
Ich kümmer mich drum, sobald ich wieder im Büro bin.
Ich ruf den Kunden gleich morgen früh an.
Hast du es noch aufs Konzert im Park geschafft?
Habt ihr es rechtzeitig zum Zug geschafft?
Wer konnte ahnen, dass das Wetter so umschlägt?
Danach können Sie den Raum sofort wieder nutzen.
Die Maler brauchen zwei Tage, anschließend könnt ihr die Küche wieder benutzen.
Ich wäre dankbar gewesen, wenn der Lieferant früher Bescheid gegeben hätte.`.split('\n'),
};
