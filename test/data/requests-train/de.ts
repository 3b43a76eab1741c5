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
Bitte bis Freitag die Urlaubsplanung eintragen.`.split('\n'),
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
Die Lieferung müsste morgen ankommen.`.split('\n'),
};
