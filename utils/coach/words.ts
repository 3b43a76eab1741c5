// The coach's own cue words per language, on top of the detection lexicons (utils/detect/lang):
// what makes a request courteous, what a bare imperative looks like, where the please-word goes,
// how a colleague hands something over, and the words that carry no content.
// All patterns are matched against lower-cased text; \b is rewritten to Unicode word boundaries.
import type { Lang } from '../languages';

export interface CoachWords {
  /** Courtesy words that soften any request ("please", "bitte", "gjerne"). */
  please: string;
  /** Thanks, in any form ("thanks", "dank je", "dziękuję"). */
  thanks: string;
  /** Polite question forms that ask without an imperative ("could you", "kannst du", "czy możesz"). */
  politeForm: string;
  /** Requests for information that need no please-word and no deadline ("let me know"). */
  softAsk: string;
  /** Verbs of a polite form that ask only for an answer ("could you tell me"): no deadline needed. */
  infoVerbs: string;
  /** Imperative verbs (whole phrases allowed). */
  imperatives: string;
  /** Imperative-looking phrases that are wishes, not requests ("take care", "mach's gut"). */
  notImperative: string;
  /** Words that may open a sentence before the imperative ("also", "und", "ps"). */
  lead: string;
  /** Courtesy words that may come before an imperative ("please send", "bitte prüf", "proszę, wyślij"). */
  pleaseLead: string;
  /** Subject pronouns after a verb make it a statement or question, not an imperative ("dann buche ich"). */
  subjectAfterVerb: string;
  /** Day words used as adjectives ("Friday's", "jutrzejszym", "morgigen"): a deadline only after a deadline word. */
  dayAdjective: string;
  /** Object pronouns that stay right after the verb, before the please-word ("mir", "meg", "mi"). */
  pronouns: string;
  /** The please-word inserted after the verb (en puts "please" before it, or ", please" at the end). */
  pleaseWord: string;
  /** "No rush", "whenever you have time": a stated "by when". */
  noRush: string;
  /** The colleague hands something over ("here is", "anbei", "vedlagt", "I've sent"). */
  giving: string;
  /** Opening words of an answer ("yes", "nee", "klar", "tak", "nei"). */
  answerWords: string;
  /** Words that open a yes/no question. */
  yesNoStart: string;
  /** The draft says it has something attached. */
  attachedSays: string;
  /** …but about someone else's attachment ("your attachment", "dein Anhang"). */
  attachedTheirs: string;
  /** Sentence added to thank for a file sent / for an answer. */
  thanksForSent: string;
  thanksForAnswer: string;
  /** Words that carry no content, besides the detection lexicon's common words. */
  stopWords: string[];
}

export const COACH_WORDS: Record<Lang, CoachWords> = {
  en: {
    please:
      "\\b(?:please|pls|plz|kindly|if you don't mind|if you wouldn't mind|if you could|if possible|when you get a chance|when you have a (?:moment|minute|sec))\\b",
    thanks:
      "\\b(?:thanks|thank you|thank u|thankyou|thx|tnx|ty|cheers|many thanks|much appreciated|(?:i|we) (?:really )?appreciate (?:it|this|that|your|you)|(?:i'm|i am|we're|we are|i'd be|i would be) (?:so |very |really )?grateful|ta)\\b",
    politeForm:
      "\\b(?:(?:can|could|would|will|won't|wouldn't|can't)\\s+(?:you|u|ya|someone|somebody|anyone)|would you mind|do you mind|are you able|would it be possible|is it possible|i was wondering|i wonder if|any chance|(?:i|we)(?:'d| would) (?:really )?(?:appreciate|be grateful|love it if|like (?:you )?to)|it(?:'d| would) be (?:great|good|helpful|nice|ideal|lovely|awesome) if|do you have (?:time|a (?:moment|minute|sec))|may i ask)\\b",
    softAsk:
      '\\b(?:let me know|let us know|lmk|keep me posted|keep me updated|keep me in the loop|tell me what you think|what do you think|thoughts|feel free)\\b',
    infoVerbs:
      '\\b(?:tell me|tell us|let me know|let us know|know|think|remember|explain|say|recommend|suggest|advise)\\b',
    imperatives:
      "send|forward|share|check|review|confirm|approve|sign|update|book|schedule|call|ring|fill in|fill out|complete|submit|prepare|provide|look into|take a look|have a look|reply|respond|get back to me|get back to us|add|fix|give|tell|ensure|make sure|arrange|print|pick up|drop off|join|verify|double[- ]check|find|sort out|chase|investigate|draft|organi[sz]e|set up|upload|renew|register|sign up|return|install|read|go through|put together|reach out|contact|loop in|escalate|cancel|collect|deliver|correct|clarify|assign|pay|bring|consider|remember to|don't forget|do not forget|write|create|change|remove|delete|attach|translate|finish|buy|invite|ask|talk to|hand in|turn in|ping|grab|handle|put|double check|proofread|edit|fill|revise|resend|re-send|print out|look at|go over|send over",
    notImperative:
      "\\b(?:take care|have a (?:good|nice|great|lovely)|enjoy|get well|good luck|do let me know if|don't hesitate|do not hesitate|don't worry|do not worry|come on)\\b",
    lead: 'also|and|so|just|then|but|ok|okay|oh|ps|p\\.s\\.|meanwhile|in the meantime|now|first|next|finally|btw|anyway|and also',
    pleaseLead: 'please|pls|plz|kindly|do',
    subjectAfterVerb: '',
    dayAdjective: "(?:today|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|next week)['’]s",
    pronouns: 'me|us|it|them|him|her',
    pleaseWord: 'please',
    noRush:
      '\\b(?:no rush|no hurry|no pressure|whenever|in your own time|at your convenience|when(?:ever)? you (?:get|have|find) (?:a )?(?:chance|moment|minute|time)|when you can|soon|sooner rather than later)\\b',
    giving:
      "\\b(?:here(?:'s| is| are| you go)|attached|enclosed|please find|i(?:'ve| have)? (?:just |now )?(?:attached|sent|uploaded|shared|added|updated|fixed|forwarded|booked|done|finished|signed|approved|put|saved|moved)|i attach|sending (?:you|it|them|this)|as requested|as promised|see below|all done|it's done|done!|the answer is|fyi the)\\b",
    answerWords: 'yes|yeah|yep|yup|sure|no|nope|of course|absolutely|definitely|certainly|correct|right|fine|ok|okay',
    yesNoStart: 'are|is|do|does|did|can|could|will|would|have|has|had|should|shall|was|were|may|might|am',
    attachedSays:
      "\\b(?:attached|enclosed|i attach|i'm attaching|i am attaching|attaching|see attachment|in the attachment|as an attachment|find the file attached)\\b",
    attachedTheirs:
      "\\b(?:your|their|his|her) (?:attached|attachment|enclosed)|\\byou(?:'ve| have)? (?:attached|enclosed|sent)\\b|\\bthe attached (?:file|document|doc|pdf|report)s? you\\b",
    thanksForSent: 'Thanks for sending this!',
    thanksForAnswer: 'Thanks for getting back to me!',
    stopWords: [
      'a',
      'about',
      'again',
      'also',
      'am',
      'any',
      'anything',
      'back',
      'been',
      'but',
      'could',
      'did',
      'does',
      'get',
      'give',
      'going',
      'had',
      'has',
      'he',
      'her',
      'here',
      'him',
      'how',
      'into',
      'its',
      'look',
      'make',
      'maybe',
      'more',
      'much',
      'need',
      'needs',
      'no',
      'now',
      'ok',
      'okay',
      'one',
      'or',
      'out',
      'please',
      'quick',
      'quickly',
      'really',
      'send',
      'share',
      'she',
      'should',
      'so',
      'some',
      'something',
      'still',
      'sure',
      'tell',
      'than',
      'thank',
      'their',
      'them',
      'then',
      'these',
      'those',
      'think',
      'too',
      'up',
      'us',
      'very',
      'want',
      'were',
      'when',
      'where',
      'which',
      'who',
      'why',
      'yes',
      'yet',
      "you're",
      "i'm",
      "i'll",
      "it's",
      "don't",
      "can't",
      "i've",
      "we're",
      "that's",
      "what's",
      'also',
      'check',
      'confirm',
    ],
  },
  nl: {
    please:
      '\\b(?:graag|alsjeblieft|alsjeblief|alstublieft|aub|a\\.u\\.b\\.|svp|s\\.v\\.p\\.|gelieve|gerust|zo vriendelijk|vriendelijk verzoek|als je wilt|als het lukt|als dat lukt|als je tijd hebt)\\b',
    thanks:
      '\\b(?:bedankt|dank je|dankje|dankjewel|dank je wel|dank u|dank u wel|dank jullie|dankzij je hulp|hartelijk dank|veel dank|alvast dank|merci|thanks|thx|top,? dank)\\b',
    politeForm:
      '\\b(?:(?:kun|kan|kunt|zou|zoudt|wil|wilt|kunnen|zouden|willen)\\s+(?:je|jij|u|jullie)|zou het (?:kunnen|lukken)|is het mogelijk|zou het mogelijk zijn|mag ik (?:je|jou|u|jullie) (?:vragen|verzoeken)|ik wil (?:je|u|jullie) (?:vragen|verzoeken)|lukt het (?:je|jou|jullie|u)?|heb je (?:even |misschien )?(?:tijd|gelegenheid)|(?:ik|wij|we) (?:zou|zouden) het (?:fijn|prettig) vinden|zou fijn zijn|zou (?:het )?(?:fijn|mooi|handig|top) zijn|ik zou het (?:waarderen|op prijs stellen)|het zou (?:me|mij|ons)? ?(?:erg |enorm |echt )?helpen)\\b',
    softAsk:
      '\\b(?:laat (?:je |jullie |u )?(?:me|mij|ons|het|maar|even)\\s*(?:even\\s+|maar\\s+)?(?:weten|horen)|hoor het graag|hoor graag|wat vind je|wat denk je|houd me op de hoogte|hou me op de hoogte)\\b',
    infoVerbs: '\\b(?:zeggen|vertellen|laten weten|weten|vinden|denken|uitleggen|adviseren)\\b',
    imperatives:
      'stuur|check|controleer|bevestig|vul|kijk|zet|regel|plan|geef|bel|mail|boek|teken|onderteken|keur|lever|denk eraan|vergeet niet|zorg|beantwoord|reageer|meld|pas|werk|update|deel|print|bestel|neem|lees|voeg|installeer|registreer|verstuur|verleng|stem|schrijf|maak|doe|breng|haal|app|bekijk|wijzig|verwijder|vertaal|corrigeer|betaal|nodig|vraag|zoek|upload|open|sluit|leg|stel|zeg|help|bevestig|onderzoek|verwerk|verzamel|archiveer|bezorg|draai',
    notImperative:
      '\\b(?:geniet|fijne|prettige|succes|beterschap|maak je geen zorgen|neem gerust|laat maar|doe rustig|pas goed op)\\b',
    lead: 'en|ook|dus|verder|oh|ps|trouwens|tussendoor|alvast|nu|eerst|daarna|dan|o ja|oja',
    pleaseLead: 'graag|alsjeblieft|alstublieft|aub|svp|gelieve',
    subjectAfterVerb: 'ik|we|wij|jij|je|hij|zij|ze|u|jullie',
    dayAdjective: '(?!)',
    pronouns: 'me|mij|ons|hem|haar|jullie',
    pleaseWord: 'graag',
    noRush:
      '\\b(?:geen haast|geen haast hoor|geen stress|(?:wanneer|als) (?:je|jij|u) (?:even |eens )?tijd hebt|wanneer het uitkomt|als het uitkomt|wanneer het je uitkomt|op je gemak|binnenkort|snel)\\b',
    giving:
      '\\b(?:hier is|hier zijn|hierbij|bij deze|in de bijlage|bijgevoegd|bijgaand|als bijlage|zie bijlage|zie hieronder|ik stuur je|stuur ik je|ik heb (?:het|de|je|hem|ze|dat|dit)?\\s*(?:\\S+\\s+){0,3}?(?:gestuurd|verstuurd|bijgevoegd|gedaan|aangepast|geüpload|gedeeld|toegevoegd|geregeld|ingevuld|doorgestuurd|getekend|goedgekeurd|geboekt)|is gedaan|is geregeld|is klaar|het antwoord is)\\b',
    answerWords: 'ja|jazeker|jawel|jep|nee|neen|zeker|klopt|prima|natuurlijk|uiteraard|tuurlijk|top|oké|ok|akkoord',
    yesNoStart:
      'ben|is|zijn|heb|heeft|hebben|kun|kan|kunt|kunnen|wil|wilt|willen|zou|zouden|komt|kom|ga|gaat|doe|doet|weet|was|waren|moet|moeten|mag|lukt|klopt|staat',
    attachedSays:
      '\\b(?:in de bijlage|in bijlage|bijgevoegde?|bijgaande?|als bijlage|zie bijlage|zie de bijlage|stuur ik (?:je )?(?:\\S+\\s+){0,3}?mee|voeg ik (?:\\S+\\s+){0,3}?toe|heb ik (?:\\S+\\s+){0,3}?bijgevoegd|ik voeg (?:\\S+\\s+){0,3}?bij)\\b',
    attachedTheirs:
      '\\b(?:je|jouw|uw|jullie|zijn|haar) bijlage\\b|\\b(?:je|jij|u|jullie) (?:hebt|heeft|hebben) (?:\\S+\\s+){0,3}?(?:bijgevoegd|gestuurd)\\b',
    thanksForSent: 'Bedankt voor het toesturen!',
    thanksForAnswer: 'Bedankt voor je antwoord!',
    stopWords: [
      'al',
      'alle',
      'als',
      'andere',
      'dan',
      'die',
      'doen',
      'door',
      'eens',
      'geen',
      'gaat',
      'haar',
      'hem',
      'hier',
      'hoe',
      'hun',
      'iets',
      'jou',
      'jouw',
      'kan',
      'kunnen',
      'laat',
      'maken',
      'meer',
      'moet',
      'misschien',
      'nee',
      'nodig',
      'nu',
      'of',
      'ook',
      'over',
      'sturen',
      'stuur',
      'toch',
      'toe',
      'tot',
      'uw',
      'waar',
      'wanneer',
      'want',
      'waarom',
      'welke',
      'wel',
      'weten',
      'wie',
      'wij',
      'worden',
      'wordt',
      'zal',
      'ze',
      'zich',
      'zo',
      'zou',
      'zouden',
      'kunt',
      'jullie',
      'alsjeblieft',
      'ja',
      'laten',
      'check',
      'kijken',
    ],
  },
  de: {
    please:
      '\\b(?:bitte|bitteschön|freundlicherweise|gerne|gern|wärst du so (?:nett|lieb|freundlich)|wären sie so (?:nett|freundlich)|sei so (?:nett|lieb|gut)|seien sie so (?:nett|freundlich)|wenn möglich|falls möglich|wenn du zeit hast)\\b',
    thanks:
      '\\b(?:danke|dank dir|dank euch|dankeschön|danke schön|vielen dank|besten dank|herzlichen dank|tausend dank|lieben dank|merci|ich bedanke|wir bedanken|thx|thanks)\\b',
    politeForm:
      '\\b(?:(?:kannst|könntest|würdest|könnt|könntet|würdet|magst|möchtest|willst)\\s+(?:du|ihr)|(?:können|könnten|würden|möchten)\\s+sie|wäre es (?:dir |ihnen |euch )?möglich|ist es (?:dir |ihnen |euch )?möglich|wäre (?:es )?(?:super|toll|schön|nett|klasse|prima|hilfreich|gut|großartig),? wenn|(?:ich|wir) (?:wäre|wären) (?:dir|ihnen|euch) (?:sehr )?dankbar|es würde (?:mir|uns) (?:sehr )?helfen|(?:hättest|hast) du (?:kurz |mal )?zeit|darf ich (?:dich|sie|euch) bitten|ich möchte (?:dich|sie|euch) bitten|(?:ich|wir) bitten? (?:um|dich|sie|euch))\\b',
    softAsk:
      '\\b(?:(?:gib|gebt|geben sie|sag|sagt|sagen sie) (?:mir |uns )?(?:kurz |einfach )?bescheid|(?:lass|lasst|lassen sie) (?:mich|uns) (?:kurz )?wissen|meld(?:e|et)? dich|was meinst du|was denkst du|halt(?:e)? mich auf dem laufenden)\\b',
    infoVerbs: '\\b(?:sagen|wissen|bescheid|erklären|denkst|meinst|mitteilen|verraten|empfehlen)\\b',
    imperatives:
      'schick|schicke|sende|prüf|prüfe|bestätige|bestätig|gib|ruf|trag|melde|schau|kümmere|kümmer|denk|vergiss|leite|setz|setze|plane|plan|buche|buch|unterschreib|unterschreibe|zeichne|füll|fülle|lies|erledige|erledig|reich|reiche|lade|aktualisiere|korrigiere|klär|kläre|besorg|besorge|stell|stelle|nimm|sag|antworte|ergänze|installiere|bestelle|bestell|organisiere|informiere|beantworte|leg|lege|bring|übernimm|mach|mache|schreib|schreibe|zahl|bezahle|überweise|frag|frage|check|checke|teil|teile|druck|drucke|lösch|lösche|änder|ändere|hol|hole|vereinbare|übersetze|vergleiche|füge|schickt|sendet|prüft|macht|gebt|ruft|schaut|tragt|füllt|lest|bestätigt|ladet|meldet|stellt|denkt|vergesst|leitet|kümmert|erledigt|antwortet|bringt|nehmt|sagt|schreibt|fragt|teilt|korrigier|reserviere|reservier|sieh|seht|guck|guckt',
    notImperative:
      "\\b(?:mach's gut|macht's gut|machs gut|pass auf dich auf|bleib gesund|bleibt gesund|lass es dir gut gehen|viel spaß|viel erfolg|gute besserung|genieß|genieße|schönes wochenende|mach dir keine (?:sorgen|gedanken)|melde dich gerne|meld dich gerne|sag gerne|gib gerne)\\b",
    lead: 'und|auch|also|außerdem|übrigens|noch was|ach ja|ps|dann|jetzt|zuerst|danach|zum schluss|ach',
    pleaseLead: 'bitte|bitte,',
    subjectAfterVerb: 'ich|wir|du|er|ihr|man',
    dayAdjective: '(?:morgig|heutig|übermorgig)\\p{L}*',
    pronouns: 'mir|uns|ihm|ihr|ihnen|mich|dich|es|sie|euch',
    pleaseWord: 'bitte',
    noRush:
      '\\b(?:keine eile|kein stress|ohne eile|ohne stress|wann immer|wenn du (?:mal |kurz )?zeit hast|wenn du dazu kommst|wenn sie (?:mal )?zeit haben|bei gelegenheit|eilt nicht|in ruhe|bald|demnächst)\\b',
    giving:
      '\\b(?:hier ist|hier sind|hier kommt|hier kommen|hier die|hier der|hier das|anbei|im anhang|angehängt|beigefügt|in der anlage|siehe unten|habe ich (?:dir |euch |ihnen )?(?:\\S+\\s+){0,3}?(?:geschickt|gesendet|angehängt|hochgeladen|geteilt|erledigt|aktualisiert|korrigiert|eingetragen|weitergeleitet|gebucht|unterschrieben|freigegeben|abgelegt)|ich habe (?:\\S+\\s+){0,4}?(?:geschickt|gesendet|angehängt|hochgeladen|geteilt|erledigt|aktualisiert|korrigiert|eingetragen|weitergeleitet|gebucht|unterschrieben|freigegeben|abgelegt)|ist erledigt|erledigt|schicke ich dir|sende ich dir|schick ich dir|die antwort ist)\\b',
    answerWords:
      'ja|jawohl|jep|klar|sicher|natürlich|nein|nee|genau|stimmt|gerne|gern|selbstverständlich|passt|okay|ok|logo',
    yesNoStart:
      'bist|ist|sind|hast|hat|haben|kannst|kann|können|könntest|wirst|wird|willst|kommst|kommt|gehst|weißt|war|warst|musst|muss|soll|sollen|darf|machst|gibt|passt|klappt|seid|habt',
    attachedSays:
      '\\b(?:im anhang|anbei|angehängte?[mnrs]?|beigefügte?[mnrs]?|als anhang|in der anlage|hänge ich (?:dir |euch |ihnen )?(?:\\S+\\s+){0,3}?an|ich hänge (?:\\S+\\s+){0,3}?an|füge ich (?:\\S+\\s+){0,3}?bei)\\b',
    attachedTheirs:
      '\\b(?:dein|deine|deinem|deinen|deiner|ihr|ihre|ihrem|ihren|euer|eure|eurem|seinem|seinen) (?:anhang|anhänge|anlage|angehängte)|\\b(?:du|ihr) (?:hast|habt) (?:\\S+\\s+){0,3}?(?:angehängt|geschickt)\\b|\\bsie haben (?:\\S+\\s+){0,3}?angehängt\\b',
    thanksForSent: 'Danke fürs Schicken!',
    thanksForAnswer: 'Danke für deine Antwort!',
    stopWords: [
      'aber',
      'alle',
      'alles',
      'als',
      'also',
      'an',
      'bei',
      'dann',
      'dass',
      'dein',
      'deine',
      'denn',
      'dich',
      'diese',
      'dieser',
      'dieses',
      'doch',
      'dort',
      'einen',
      'einem',
      'einer',
      'er',
      'etwas',
      'euch',
      'gibt',
      'hat',
      'hier',
      'ihm',
      'ihnen',
      'in',
      'ja',
      'kann',
      'kannst',
      'könnt',
      'könntest',
      'kurz',
      'mal',
      'man',
      'mein',
      'meine',
      'mich',
      'muss',
      'nach',
      'nein',
      'nur',
      'oder',
      'schicken',
      'schick',
      'sein',
      'so',
      'soll',
      'über',
      'um',
      'vom',
      'war',
      'warum',
      'was',
      'weil',
      'welche',
      'wann',
      'wer',
      'wenn',
      'wo',
      'würdest',
      'zum',
      'zur',
      'gerne',
      'geben',
      'sagen',
      'bescheid',
      'machen',
      'ob',
      'einfach',
    ],
  },
  pl: {
    please:
      '\\b(?:proszę|prosze|poproszę|uprzejmie proszę|bardzo proszę|prosiłbym|prosiłabym|prosimy|poprosiłbym|poprosiłabym|bądź (?:tak )?(?:dobry|dobra|miły|miła|uprzejmy|uprzejma)|jeśli możesz|jeżeli możesz|jak możesz|jeśli to nie problem|jeśli dasz radę|jak dasz radę|pls|plis|śmiało)\\b',
    thanks:
      '\\b(?:dzięki|dziękuję|dziękujemy|dziekuje|dzieki|dziękówka|wielkie dzięki|z góry dziękuję|serdecznie dziękuję|dziękuje|thx|thanks)\\b',
    politeForm:
      '\\b(?:czy (?:mógłbyś|mogłabyś|mógłby|mogłaby|moglibyście|mogłybyście|możesz|możecie|może pan|może pani|mogą państwo|dałbyś|dałabyś|dasz|dacie|zdążysz|zdążycie|masz|macie|byłbyś|byłabyś|byłoby|jest szansa|da się|udałoby się|zerkniesz|sprawdzisz|prześlesz|wyślesz|podeślesz|przygotujesz|potwierdzisz|znajdziesz)|(?:mógłbyś|mogłabyś|moglibyście|mógłby pan|mogłaby pani|możesz|możecie)|czy mogę (?:cię |pana |panią |was )?(?:prosić|poprosić)|chciał(?:a)?bym (?:cię |pana |panią |was )?(?:prosić|poprosić)|(?:byłbym|byłabym|będę|będziemy) (?:bardzo )?wdzięczn[aiy]|(?:fajnie|dobrze|super|świetnie) (?:by było|byłoby)|(?:bardzo )?(?:pomogłoby|pomoże) (?:mi|nam)|dałbyś radę|dałabyś radę)\\b',
    softAsk:
      '\\b(?:daj(?:cie)? (?:mi |nam )?(?:proszę )?znać|odezwij się|odezwijcie się|co (?:o tym )?myślisz|co sądzisz|informuj mnie)\\b',
    infoVerbs: '\\b(?:powiedzieć|powiedz|wiesz|wiecie|znać|myślisz|sądzisz|wyjaśnić|doradzić|polecić)\\b',
    imperatives:
      'prześlij|przeslij|wyślij|wyslij|sprawdź|sprawdz|potwierdź|potwierdz|przygotuj|zatwierdź|zaakceptuj|podeślij|uzupełnij|wypełnij|zadzwoń|zerknij|popraw|dodaj|zarezerwuj|zamów|podpisz|odpisz|przekaż|daj|zgłoś|zajmij się|ustal|skontaktuj się|pamiętaj|rzuć okiem|zrób|napisz|wprowadź|zaktualizuj|przejrzyj|oddzwoń|wydrukuj|załatw|zorganizuj|umów|dopilnuj|weź|wrzuć|podaj|odbierz|zweryfikuj|przeanalizuj|wyjaśnij|usuń|zmień|zapłać|przelej|kup|przynieś|zapytaj|powiedz|przetłumacz|udostępnij|załącz|otwórz|zapisz|wgraj|przypomnij|odpowiedz|przeczytaj|prześlijcie|wyślijcie|sprawdźcie|potwierdźcie|przygotujcie|uzupełnijcie|wypełnijcie|dajcie|zgłoście|pamiętajcie|przekażcie|podpiszcie|zróbcie|napiszcie|poprawcie|dodajcie|zadzwońcie',
    notImperative:
      '\\b(?:trzymaj się|uważaj na siebie|miłego|powodzenia|wracaj do zdrowia|nie martw się|daj znać,? (?:jeśli|jeżeli|gdyby|w razie)|śmiało pisz|pisz śmiało)\\b',
    lead: 'i|a|też|także|oraz|więc|to|ps|aha|no i|no|potem|najpierw|jeszcze|przy okazji|jutro|dziś|dzisiaj',
    pleaseLead: 'proszę|prosze|bardzo proszę',
    subjectAfterVerb: '',
    dayAdjective: '(?:jutrzejsz|dzisiejsz|poniedziałkow|wtorkow|środow|czwartkow|piątkow|sobotni|niedzieln)\\p{L}*',
    pronouns: 'mi|nam|go|ją|je|to|się|ten|tę|te',
    pleaseWord: 'proszę',
    noRush:
      '\\b(?:bez pośpiechu|nie ma pośpiechu|nie pali się|nie spiesz się|kiedy będziesz (?:mieć|miał|miała) czas|kiedy znajdziesz chwilę|jak znajdziesz chwilę|w wolnej chwili|wkrótce|niedługo)\\b',
    giving:
      '\\b(?:w załączniku|w załączeniu|załączam|przesyłam|wysyłam|podsyłam|oto|poniżej|zrobione|gotowe|załatwione|wysłałem|wysłałam|przesłałem|przesłałam|załączyłem|załączyłam|podesłałem|podesłałam|wrzuciłem|wrzuciłam|udostępniłem|udostępniłam|poprawiłem|poprawiłam|zaktualizowałem|zaktualizowałam|dodałem|dodałam|odpowiedź brzmi)\\b',
    answerWords: 'tak|nie|jasne|oczywiście|pewnie|owszem|zgadza się|dokładnie|jak najbardziej|ok|okej|dobrze|spoko',
    yesNoStart: 'czy',
    attachedSays:
      '\\b(?:w załączniku|w załączeniu|załączam|załączyłem|załączyłam|dołączam|załączon[yaeą]|załączonym|załączonej|przesyłam w załączniku|jako załącznik|znajdziesz w załączniku)\\b',
    attachedTheirs:
      '\\b(?:twoim|twój|twojego|waszym|pana|pani|jego|jej) załącznik|\\b(?:załączyłeś|załączyłaś|przesłałeś|przesłałaś|załączyliście)\\b',
    thanksForSent: 'Dzięki za przesłanie!',
    thanksForAnswer: 'Dzięki za odpowiedź!',
    stopWords: [
      'a',
      'albo',
      'bardzo',
      'być',
      'był',
      'była',
      'było',
      'ci',
      'cię',
      'co',
      'coś',
      'czy',
      'gdy',
      'gdzie',
      'go',
      'ich',
      'ja',
      'jak',
      'jakie',
      'jaki',
      'jednak',
      'jej',
      'jeśli',
      'kiedy',
      'kto',
      'który',
      'która',
      'które',
      'lub',
      'mam',
      'mnie',
      'może',
      'możesz',
      'mógłbyś',
      'mogłabyś',
      'my',
      'nam',
      'nas',
      'nie',
      'nic',
      'niż',
      'one',
      'ona',
      'oni',
      'ono',
      'pan',
      'pani',
      'przy',
      'sobie',
      'są',
      'także',
      'też',
      'tej',
      'tu',
      'tutaj',
      'ty',
      'wam',
      'was',
      'więc',
      'wszystko',
      'wy',
      'zrobić',
      'żeby',
      'proszę',
      'wysłać',
      'przesłać',
      'wyślij',
      'prześlij',
      'daj',
      'znać',
    ],
  },
  nb: {
    please:
      '\\b(?:vær så snill|vær snill|vennligst|gjerne|om du vil|hvis du vil|hvis du kan|om du kan|om mulig|hvis mulig|når du har tid)\\b',
    thanks: '\\b(?:takk|tusen takk|mange takk|takker|takke|tusen hjertelig takk|thanks|thx)\\b',
    politeForm:
      '\\b(?:(?:kan|kunne|vil|ville|gidder|rekker|orker)\\s+(?:du|dere)|er det mulig|jeg lurer på om|hadde (?:det )?vært (?:fint|flott|supert|greit|kjekt)|(?:fint|flott|supert|greit|kjekt) om (?:du|dere)|(?:jeg|vi) (?:setter|hadde satt|ville satt) (?:stor )?pris på|har (?:du|dere) (?:mulighet|tid|anledning)|ber (?:deg|dere) om|kan jeg (?:be|få))\\b',
    softAsk:
      '\\b(?:gi (?:meg |oss )?(?:en )?(?:beskjed|lyd|tilbakemelding)|si (?:fra|ifra)|hva (?:tenker|synes|tror) du|hold meg oppdatert)\\b',
    infoVerbs: '\\b(?:si|vet|fortelle|forklare|tror|synes|tenker|beskjed|anbefale)\\b',
    imperatives:
      'send|sjekk|bekreft|fyll ut|fyll inn|gjennomfør|se over|se på|ta en titt|husk|installer|oppdater|godkjenn|signer|bestill|ring|svar|meld|legg inn|legg ut|legg ved|registrer|returner|les|les gjennom|book|gi|sørg for|ordne|lag|skriv|forbered|del|videresend|kontroller|avklar|finn|hent|koordiner|planlegg|print|skriv ut|rett|fiks|kontakt|ta kontakt|følg opp|last opp|påse|betal|kjøp|ta med|fjern|endre|oversett|spør|fortell|lever|gjør|legg|sett|åpne|lagre|hjelp|inviter|ta',
    notImperative:
      '\\b(?:ha en|ha ei|ha et|ta vare|kos deg|lykke til|god bedring|ikke nøl|ta gjerne kontakt|gi beskjed (?:hvis|om|dersom))\\b',
    lead: 'og|også|så|forresten|ps|apropos|for øvrig|nå|først|deretter|da|ellers',
    pleaseLead: 'vær så snill og|vær så snill å|vær snill og|vennligst',
    subjectAfterVerb: 'jeg|vi|du|han|hun|de|dere|man',
    dayAdjective: '(?:morgendagens|dagens|fredagens|mandagens)',
    pronouns: 'meg|oss|deg|dere|ham|henne|den|det|dem',
    pleaseWord: 'gjerne',
    noRush:
      '\\b(?:ingen hast|haster ikke|når du har tid|når det passer|når du får tid|ingen stress|i ro og mak|snart|etter hvert)\\b',
    giving:
      '\\b(?:her er|her kommer|vedlagt|i vedlegget|se vedlegg|legger ved|sender deg|sender over|har (?:nå |nettopp )?(?:\\S+\\s+){0,2}?(?:sendt|lagt ved|lastet opp|delt|oppdatert|fikset|ordnet|gjort|booket|signert|godkjent|videresendt|lagt inn)|er ordnet|er fikset|er gjort|svaret er|se under)\\b',
    answerWords: 'ja|jo|jepp|nei|klart|selvfølgelig|absolutt|gjerne|stemmer|riktig|greit|sikkert|ok|okei',
    yesNoStart: 'er|har|kan|vil|skal|kommer|blir|var|må|bør|gidder|rekker|vet|trenger|fikk|går|passer',
    attachedSays:
      '\\b(?:vedlagte?|i vedlegget|som vedlegg|se vedlegg|se vedlagt|legger (?:\\S+\\s+){0,2}?ved|har lagt ved|ligger vedlagt)\\b',
    attachedTheirs:
      '\\b(?:vedlegget (?:ditt|deres|hans|hennes)|(?:ditt|deres) vedlegg)\\b|\\b(?:du|dere) (?:sendte|la ved|har lagt ved|har sendt)\\b',
    thanksForSent: 'Takk for tilsendt!',
    thanksForAnswer: 'Takk for svar!',
    stopWords: [
      'alle',
      'alt',
      'andre',
      'at',
      'bli',
      'da',
      'deg',
      'dem',
      'denne',
      'din',
      'ditt',
      'eller',
      'får',
      'fikk',
      'gjøre',
      'han',
      'hun',
      'hva',
      'hvem',
      'hvor',
      'hvorfor',
      'hvordan',
      'inn',
      'ja',
      'kanskje',
      'kunne',
      'man',
      'mer',
      'min',
      'mitt',
      'nei',
      'nok',
      'opp',
      'over',
      'sende',
      'send',
      'seg',
      'selv',
      'sin',
      'skulle',
      'slik',
      'sånn',
      'ut',
      'var',
      'ved',
      'ville',
      'vår',
      'gjerne',
      'gi',
      'beskjed',
      'sjekke',
      'sjekk',
    ],
  },
};
