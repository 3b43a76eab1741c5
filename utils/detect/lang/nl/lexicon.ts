// Dutch cues for requests, non-requests, automated mail and deadlines.
import { englishAskIn, type LanguageLexicon } from '../../lexicon';

const IMPERATIVES =
  'log|verander|wijzig|stuur|check|controleer|noteer|vermeld|bezorg|verwerk|archiveer|bevestig|vul|kijk|zet|regel|plan|geef|bel|mail|boek|teken|onderteken|keur|lever|denk eraan|vergeet niet|zorg|beantwoord|reageer|laat|meld|stuurt|pas|werk|update|deel|print|bestel|neem|lees|voeg|installeer|registreer|verstuur|verlenig|verleng|stem|schrijf|maak|doe|breng|haal|check even|kijk even|zet even|stuur even|geef even|tel(?= (?:de|het|alle|even|ook|nog|die|dat|deze|alles)\\b)|betaal|stel(?= (?:het|de|een|alle|die|deze|dit|ook|even|nog|hem|haar|ze|mij|me|ons|jullie|iedereen)\\b)';

// Round 61: Flemish "ge" and "gij" stand beside "je", "jij", "u", "jullie" wherever the cues name the
// reader ("Laat gerust iets weten als ge nog vragen hebt", "kunt gij …?").
export const nl: LanguageLexicon = {
  lang: 'nl',
  commonWords: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'je',
    'jij',
    'jullie',
    'ik',
    'is',
    'dat',
    'niet',
    'op',
    'voor',
    'met',
    'zijn',
    'kun',
    'kunt',
    'graag',
    'groet',
    'groeten',
    'bedankt',
    'dank',
    'wil',
    'zou',
    'ook',
    'nog',
    'even',
    'maar',
    'wij',
    'we',
    'naar',
    'bij',
    'aan',
    'er',
    'om',
    'dit',
    'deze',
    'heb',
    'hebben',
    'wat',
    'uit',
    'vóór',
    'mij',
    'ons',
  ],
  letters: /[ĳ]/,
  quoteIntro: '(?:op)',
  quoteVerb: '(?:schreef|heeft geschreven|schreef het volgende)',
  headerFields: '(?:van|verzonden|datum|aan|cc|onderwerp)',
  forwardMarker: '(?:oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|begin doorgestuurd bericht)',
  mobileFooter: '(?:verzonden vanaf mijn|verstuurd vanaf mijn|verzonden vanaf|verzonden met outlook voor)',
  greeting: '(?:hoi|hallo|hai|hey|beste|goedemorgen|goedemiddag|dag|geachte|lieve|hi)',
  signOff:
    '(?:groet|groeten|gr|grt|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|mvg|hartelijke groet(?:en)?|bedankt|dank(?:je| je| u)?(?: wel)?|alvast bedankt|bvd|tot straks|tot morgen|fijne dag)',
  titles: '(?:meneer|mevrouw|mevr|dhr|mw|heer)\\.?',
  groupWords: "(?:allen|allemaal|iedereen|team|collega's|collega|beiden|alle)",
  requests: [
    {
      re: /\b(?:heb|hebben) (?:ik|we|wij)\b.{0,110}\bnodig\b|\b(?:moet|moeten|dient|dienen)\b(?!(?:\s+\S+)?\s+(?:misschien|wellicht|mogelijk|eventueel|waarschijnlijk|ooit)\b).{0,60}\b(?:worden|zijn)\b/i,
      kind: 'action',
    },
    {
      re: /\b(?:mag ik (?:je|jou|u|jullie) (?:vragen|verzoeken)|ik (?:wil|wilde|wou) (?:je|jou|u|jullie) (?:(?:even|graag|nog)\s+)?(?:vragen|verzoeken)|(?:ik|we|wij) (?:(?:daarom|dan ook|bij deze|hierbij|nogmaals|graag|vriendelijk) )*(?:verzoek|verzoeken) (?:je|jou|u|jullie|iedereen)|(?:ik|we|wij) (?:(?:daarom|dan ook|bij deze|hierbij|nogmaals|graag|vriendelijk) )*(?:vraag|vragen) (?:je|jou|u|jullie|iedereen) (?:(?:\S+ ){0,3}?om|vriendelijk|(?:\S+ ){1,8}?te \S+)|(?:ik |we |wij )?ontvang(?:en)? (?:het |hem |ze )?graag|lukt het (?:je|jou|jullie|u)?|is het mogelijk|zou het mogelijk zijn|wil je zo vriendelijk|hoe staat het (?:met|ervoor)|heb je (?:al )?(?:kans gehad|gelegenheid gehad))\b/i,
      kind: 'question',
    },
    // The verb before the subject after a fronted phrase: "Om de start te halen, verzoek ik u …",
    // "Daarom vraag ik jullie …", "Graag zou ik je willen vragen …", "Hierbij verzoeken wij u …".
    {
      re: /\b(?:(?:verzoek|vraag) ik (?:je|jou|u|jullie)|(?:verzoeken|vragen) (?:we|wij) (?:je|jou|u|jullie)|(?:wil|zou) ik (?:je|jou|u|jullie) (?:willen )?(?:vragen|verzoeken)|(?:willen|zouden) (?:we|wij) (?:je|jou|u|jullie) (?:willen )?(?:vragen|verzoeken))\b/i,
      kind: 'action',
      direct: true,
    },
    {
      // Round 45: also the Flemish "kunt gij", "kunde ge", "zoudt gij".
      re: /(?<!\b(?:ik|we|wij)\s)\b(?:kun|kan|kunt|zou|zoudt|wil|wilt|kunnen|zouden|willen)\s+(?:je|jij|u|jullie|ge|gij)\b|\b(?:zou|zouden|wil|willen)\s+(?:je|jou|u|jullie)\s+(?:graag\s+)?(?:willen\s+)?(?:vragen|verzoeken)\b|\b(?:kunt|kunde|kunde|zoudt|zou|wilt|wilde|kan)\s+(?:gij|ge)\b/i,
      kind: 'action',
      direct: true,
    },
    {
      re: /\b(?:heb|hebben)\s+(?:je|jij|u|jullie|ge|gij)\s+(?:even\s+)?(?:tijd|de tijd|gelegenheid|al|nog|misschien)\b/i,
      kind: 'question',
    },
    { re: /\b(?:graag|gelieve|alsjeblieft|alstublieft|aub|a\.u\.b\.|svp)\b/i, kind: 'action', direct: true },
    {
      re: new RegExp(
        `^(?:(?:en|ook|dus|verder|oh|ps|trouwens|tussendoor|alvast)[,:]?\\s+)*(?:${IMPERATIVES})\\b(?! (?:ik|we|wij)\\b)(?!,\\s*[^\\s,]+(?:,| en | of ))`,
        'i',
      ),
      kind: 'action',
      direct: true,
    },
    {
      re: /\b(?:laat|laten)\s+(?:je|jullie|u|ge|gij)?\s*(?:me|mij|ons|het)\s+(?:even\s+)?(?:weten|horen)\b/i,
      kind: 'question',
      direct: true,
    },
    // Round 112: the verb first ("Daarna hoor ik graag hoe het gesprek ging").
    {
      re: /^(?![\s\S]*(?:^|[\s,])(?:voordat|voor|eer) (?:we|wij|ik)(?=[\s,]))[\s\S]*?\bhoor\s+(?:ik|wij|we)\s+(?:het\s+|dan\s+|ook\s+)?graag\s+(?:hoe|of|wat|wanneer|waar|welke|wie)\b/i,
      kind: 'question',
      decisive: true,
    },
    { re: /\b(?:ik|wij|we)\s+hoor(?:en)?\s+(?:het\s+|graag|het graag)/i, kind: 'question' },
    {
      re: /\b(?:ik\s+zou|zou\s+ik)\s+het\s+(?:(?:heel|erg|echt|wel|enorm|ontzettend|zeer)\s+)?(?:fijn|prettig|waarderen|appreciëren|op prijs stellen)\b|\b(?:ik|wij|we)\s+(?:zou|zouden)\s+(?:het\s+)?(?:(?:heel|erg|echt|wel|enorm|ontzettend|zeer)\s+)?(?:fijn|prettig)\s+vinden\b|\bzou\s+fijn\s+zijn\b|\bzou\s+(?:(?:heel|erg|echt|wel|super)\s+)?(?:mooi|prettig|handig|top|ideaal|geweldig|fantastisch)\s+zijn\s+als\s+(?:je|jij|u|jullie|ge|gij)\b|\bhet zou (?:me|mij|ons)? ?(?:erg |enorm |echt )?helpen\b|\bals (?:je|jij|u|jullie|ge|gij) (?:me|mij|ons) (?:even )?(?:laat|laten|stuurt|sturen|vertelt|vertellen)\b|^(?:(?:en|ook|dus|o ja)[,]?\s+)?(?:fijn|prettig|handig|top|ideaal)\s+als\s+(?:(?:je|jij|u|jullie|ge|gij)\b|(?:ik|we|wij)\s[^.?!]{0,60}?\b(?:krijg|krijgen|heb|hebben|ontvang|ontvangen)\b)/i,
      kind: 'action',
    },
    {
      re: /\b(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:(?:\S+\s+){0,5}(?:je|jouw|uw|jullie)|de|het|een|dit|die|deze)\b.{0,80}\bnodig\b|\b(?:ik|wij|we)\s+(?:heb|hebben)\s(?:(?!\b(?:geen|niets|niks|niet|tijd|rust)\b)[^.?!]){0,140}\snodig\b(?!\s+gehad)/i,
      kind: 'action',
    },
    {
      re: /\b(?:ik|wij|we)\s+(?:wacht|wachten)\s+(?:nog\s+)?(?:steeds\s+)?(?:op|op je|op jouw)\b|\b(?:wacht|wachten)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:steeds\s+)?op\b|\b(?:ik|wij|we)\s+(?:mis|missen)\s+(?:nog(?:\s+steeds)?|steeds)\s+(?:\S+\s+){0,2}?(?:je|jouw|uw|jullie|de|het)\b|\b(?:mis|missen)\s+(?:ik|we|wij)\s+(?:nog(?:\s+steeds)?|steeds)\s+(?:je|jouw|uw|jullie)\b|\bontbreekt\s+(?:nog|steeds)\s+(?:van\s+)?(?:jou|je|u|jullie)\b/i,
      kind: 'action',
    },
    {
      // Round 63: also "everyone" with an aside between commas ("Iedereen, dus ook de technische dienst
      // en de horeca, moet de e-learning … afgerond hebben").
      re: /\b(?:je|jij|jullie|u|iedereen|alle medewerkers|alle collega's)\s+(?:moet|moeten|dient|dienen|wordt gevraagd|worden gevraagd)\b|\biedereen(?: die\b[^.?!]{0,80}|,\s[^.?!,]{1,80}),\s*(?:moet|dient|wordt gevraagd)\b|\biedereen (?:in|van|bij|uit|op|binnen|met|zonder|onder) [^.?!,]{1,50} (?:moet|dient|wordt gevraagd)\b|\b(?:moeten|moet|dienen|dient)\s+(?:daarom\s+|dus\s+|ook\s+)?(?:alle|iedereen|elke|iedere)\b|\b(?:moet|moeten|dien|dienen)\s+(?:je|jij|jullie|u|iedereen)\b|\b(?:alle|iedere|elke)\b.{0,60}\b(?:moeten|moet|dienen|dient)\b(?!.{0,40}\bworden\b)/i,
      kind: 'action',
    },
    // "Vergeet niet …", and with the thing in between: "Vergeet je badge niet", "Vergeet de folders niet mee te nemen".
    {
      // Not the sender's own "Ik heb je vraag niet vergeten" (round 16), nor a reminder the sender
      // sent someone ("… die heb ik een herinnering gestuurd", round 55).
      re: /\b(?:(?<!\b(?:heb|hebben|had|hadden|stuur|stuurde|stuurden) (?:ik|we|wij)\b[^.?!,]{0,40})(?<!\b(?:ik|we|wij) (?:heb|hebben|had|hadden|stuur|stuurde|stuurden)\b[^.?!,]{0,40})(?:herinnering|reminder)|vergeet niet|denk (?:je )?eraan|(?<!\b(?:ik|we|wij) (?:heb|hebben|had|hadden)\b[^.?!,]{0,60})niet vergeten)\b|^(?:(?:en|ook|oh|o ja|maar|dus)[,]?\s+)?vergeet\s[^.?!,]{1,60}\sniet\b/i,
      kind: 'action',
      direct: true,
    },
    // Round 42. The verb before "je" opens a question ("Heb je de sleutel?", "Weet jij of …"); after
    // a fronted word it is a statement ("Dan heb je alles op tijd binnen") unless the line asks.
    // Round 55: Flemish "gij" and "ge" in a question ("Allez, voor ik het vergeet: weet gij of …?").
    {
      re: /^(?:(?:en|of|maar|o ja|trouwens|btw),?\s+)?(?:weet|ken|heb|zie|vind)\s+(?:je|jij|u|jullie|ge|gij)\b|\b(?:weet|ken|heb|zie|vind)\s+(?:je|jij|u|jullie|gij|ge)\b(?=[^?]*\?)/i,
      kind: 'question',
    },
    { re: /\b(?:akkoord|goedkeuring|goedkeuren|keur\b.*\bgoed|je ok|jouw ok|fiat)\b.*\?/i, kind: 'approval' },
    {
      // Round 42. A need for what the reader has or holds, named as hers: "Ik heb jouw ingevulde
      // planning nog nodig", "We hebben uw handtekening nodig", "Ik heb je akkoord dringend nodig"
      // (not "Ik heb je hulp niet meer nodig", "ik heb je nodig gehad"). Round 63: also with the
      // subject left out at the start ("Heb nog even je akkoord nodig voor de stof"; not the question
      // "Heb je het nodig?").
      re: /(?:\b(?:ik|wij|we)\s+(?:heb|hebben)|^(?:(?:en|ook|dus)\s+)?heb(?=[^?]*$))\s+(?:(?:nu|nog|echt|dan|wel|toch|alleen|eigenlijk|dringend|even)\s+){0,2}(?:jouw|uw|je|jullie)\s+(?![^.?!]*\b(?:niet|geen|niets|niks)\b)(?:\S+\s+){0,4}?(?:(?:nog|even|echt|wel|dringend|snel|vandaag|morgen)\s+){0,2}nodig\b(?!\s+gehad)/i,
      kind: 'action',
      decisive: true,
    },
    {
      // Round 43. "Ik ben benieuwd of je zou willen plaatsnemen in de commissie", "Ik ben erg benieuwd
      // wat u ervan vindt": curiosity about the reader's answer asks for it.
      // Round 45: also "Ik zou wel graag uw mening horen over …", and "Ik zou het appreciëren moest
      // gij …", "We zouden het op prijs stellen als u …" (as decisive as "I'd appreciate it if …").
      re: /\b(?:ik|wij|we)\s+(?:ben|zijn)\s+(?:(?:erg|heel|wel|echt|vooral|ook|nog|dan|zeer)\s+)*benieuwd\s+(?:of|wat|hoe|wanneer|welke|waar|wie)\s+(?:je|jij|u|jullie|ge|gij)\b|\b(?:ik|wij|we)\s+(?:zou|zouden|wil|willen)\s+(?:(?:wel|heel|erg|ook|nog|dan)\s+)*graag\s+(?:je|jouw|uw|jullie)\s+(?:mening|reactie|feedback|input|advies|visie|oordeel|antwoord)\s+(?:horen|hebben|ontvangen|weten|krijgen)\b|(?:\b(?:ik|wij|we)\s+(?:zou|zouden)|\b(?:zou|zouden)\s+(?:ik|wij|we))\s+het\s+(?:(?:heel|erg|echt|wel|enorm|zeer|ten zeerste)\s+)?(?:waarderen|appreciëren|op prijs stellen)\b/i,
      kind: 'question',
      decisive: true,
      direct: true,
    },
    englishAskIn('en|ook|o ja|btw|quick one|quick question'),
    {
      // Round 44. A question put to all who know ("Er det noen som vet hvor hulltanga er?", "Does
      // anyone know where the key is?"): the reader is one of them.
      re: /^(?:(?:en|ook|o ja|btw|vraagje)[,:]?\s+)?weet\s+(?:er\s+)?(?:iemand|één van jullie|een van jullie)\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    {
      // Round 46. Who has a thing or where it is ("Wie heeft de reservesleutel van sloep 7?", "Who
      // has the spare key?"): a fact the reader may know.
      re: /^(?:(?:en|btw|vraagje)[,:]?\s+)?(?:wie|waar)\s+(?:heeft|hebben|is|zijn|ligt|liggen|staat|staan)\s+(?:de|het|die|dat|onze|mijn)\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    {
      // Round 81. What, when or how it is at the reader's place ("Wat kost een abonnement bij
      // jullie?", "Vanaf welke leeftijd mag men bij u lid worden?"): asked of whoever is there.
      re: /^(?:(?:en|nog|korte vraag)[,:]?\s+)?(?:(?:vanaf|tot|op|om|in|voor)\s+)?(?:wanneer|hoe|waar|wat|welke|welk|hoeveel)\b[^?]*\bbij (?:jullie|u|jou)\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    {
      // Round 82 (the "… of you" forms are the model's). Who will take a task ("Wie kan een taart bakken of wafels
      // meenemen?"): each reader is asked; not a rhetorical "Wie kan dat nou zeggen?".
      re: /^(?:(?:en|ook|nog|korte vraag)[,:]?\s+)?wie\s+(?:kan|kunnen|wil|zou|heeft zin|neemt|brengt|bakt|meldt zich)\b(?![^?]*\b(?:nou|zeggen|weten|begrijpen|geloven|uitleggen|wensen|gedacht|beter\w*)\b)[^?]*\?\s*$/i,
      kind: 'question',
    },
    { re: /\?\s*$/, kind: 'question' },
  ],
  notRequests: [
    // Round 49. What the sender likes to hear or do: "Dat soort telefoontjes hoor ik graag", "Dat
    // doe ik graag" (not "Je reactie hoor ik graag").
    /^(?:(?:en|maar|nou)\s+)?(?:dat|dit|zoiets|zulke\s+\S+|dat soort\s+\S+|zo'n\s+\S+)\s+(?:hoor|zie|lees|doe|help|krijg|ontvang)\s+(?:ik|we|wij)\s+(?:altijd\s+|ook\s+|heel\s+|wel\s+)?graag(?:\s+\S+)?[.!]*\s*$/i,
    // Round 50. A wish put as a question that answers itself: "Zou het niet fantastisch zijn als die
    // Erard tegen het concert weer speelt?".
    /^(?:(?:en|maar)\s+)?(?:zou|zal|is|was|wordt) (?:het|dat) niet (?:\S+\s+)?(?:fantastisch|mooi|geweldig|prachtig|super|top|leuk|fijn|heerlijk|gaaf|te gek|bijzonder)\S*[^?]*\?\s*$/i,
    // A one-word question that opens a courtesy offer: "Vragen? Loop even binnen.", "Nog vragen? Bel me."
    /^(?:nog |verdere )?(?:vragen|onduidelijkheden)(?: of opmerkingen)?\s*\?$/i,
    // "Vul gerust aan als ik iets vergeten ben": an offer, not an ask.
    /^(?:vul|voeg)\s+(?:\S+\s+)?(?:gerust|vooral|maar)\s+(?:\S+\s+)?(?:aan|toe)\s+(?:als|wanneer|mocht)\b/i,
    /\b(?:beoogde ontvanger|abusievelijk ontvangen|niet voor u bestemd)\b/i,
    /^(?:en )?(?:hoe (?:was|waren|is|ging) (?:je|jouw|jullie|uw|het|de)\b.{0,25}\b(?:vakantie|weekend|reis|verlof|congres|vlucht|verhuizing|dag)\b|hoe gaat (?:het|het met je)|hoe staat het (?:ervoor|erbij)(?:\s+(?:in|bij|daar|op)(?:\s+[^?]{1,40})?)?\s*\?$|alles goed (?:met je|daar))/i,
    /\b(?:goed nieuws|gefeliciteerd|proficiat|ik laat (?:je|het) (?:nog )?weten|wij laten (?:je|het) weten|je hoeft (?:niets|niks)|jullie hoeven (?:niets|niks))\b/i,
    // "Je hoeft hier verder niets mee te doen", "geen actie nodig"
    /\b(?:je|jij|u|jullie|ge|gij) (?:hoeft|hoeven)\b.{0,40}\b(?:niets|niks)\b|\b(?:niets|niks)\b.{0,30}\bte doen\b|\bgeen actie (?:nodig|vereist)\b/i,
    // "In die periode kun je niet parkeren": a statement, not a question.
    /\S\s+(?:kun|kan|kunt)\s+(?:je|jij|u|jullie|ge|gij)\s+(?:niet|geen)\b(?![^?]*\?)/i,
    // "In die dagen kun je de lift in blok A gebruiken": what the reader may do, not an ask.
    /^(?:in|op|tijdens|vanaf|na|gedurende|bij|via|daar|hier|daarvoor|hiervoor|in de tussentijd|intussen)\s[^,?]{0,60}\s(?:kun|kan|kunt|mag|mogen)\s+(?:je|jij|u|jullie|ge|gij)\s[^?]*$/i,
    // "Hierbij ontvangt u de definitieve versie": what the sender sends along. Round 72: also without
    // a verb ("Hierbij de laadgegevens voor dinsdag 27 oktober: …"), whose date is the thing's.
    /^(?:hierbij|bijgaand|in de bijlage|als bijlage)\s+(?:alvast\s+|nog\s+|even\s+)?(?:de|het|een|mijn|onze|ons|m'n)\s(?![^?]*\?)(?!.*\b(?:graag|gelieve|kun|kunt|kan|zou|wil|wilt|moet|moeten)\b)/i,
    /^(?:hierbij|bijgaand|in de bijlage|als bijlage)\s+(?:ontvang(?:t|en)?|stuur|sturen|vind(?:t|en)?)\s+(?:je|jij|u|jullie|ik|we|wij)\b(?![^?]*\?)(?!.*\b(?:graag|gelieve|kun|kunt|zou|wil|wilt)\b)/i,
    /\bwie (?:had|zou)\b.{0,40}\b(?:gedacht|verwacht)\b/i,
    /^(?:ik|wij|we)\s+(?:stuur|sturen|zal|zullen|ga|gaan|kom|komen|regel|regelen|bel|bellen|maak|maken|zorg|zorgen|pak|pakken|neem|nemen|laat|laten|lever|leveren|check|kijk|houd|hou|pas|passen|werk|werken|zet|zetten|plan|plannen|breng|brengen)\b(?!.*\b(?:je|jij|jullie|u|ge|gij)\s+(?:even\s+)?(?:laten weten|nodig))/i,
    /^(?:morgen|vandaag|volgende week|vrijdag|maandag|dinsdag|woensdag|donderdag)\s+(?:stuur|sturen|ga|kom|regel|bel|lever|zal)\s+(?:ik|we|wij)\b/i,
    /\b(?:laat|laten)\s+(?:het\s+)?(?:me|mij|ons|maar|gerust)?\s*(?:gerust\s+)?(?:weten|horen)\s+(?:als|indien|mocht)\b|\bbij vragen\b|\bmocht(?:en)? (?:je|jullie|u|ge|gij) (?:nog )?vragen\b|\bals (?:je|jullie|u|ge|gij) (?:nog )?vragen\b|\bschroom niet\b|\baarzel niet\b/i,
    /\b(?:let op|ter info(?:rmatie)?|ter kennisname|fyi|geen actie nodig|hoeft niets|hoef je niets|hoeven jullie niets|ter informatie|voor de volledigheid|puur ter info)\b/i,
    /\bwie had (?:dat|het) (?:ooit )?(?:gedacht|verwacht)\b|\bwie had gedacht\b|^waarom (?:is|gaat|moet) (?:het|dat) (?:toch )?altijd\b|\bgeloof je het\b|\bkun je (?:het|dat) (?:je )?voorstellen\b|\bkun je nagaan\b|^stel je (?:eens )?voor\b|\bkun je het geloven\b|\bwat wil je nog meer\b|\bis (?:dat|het) niet (?:mooi|geweldig|prachtig)\b|\bis het niet (?:gek|raar|grappig|vreemd|apart|bijzonder) (?:hoe|dat|wat)\b|\bwie heeft\b[^?]{1,50}\bnodig als\b/i,
    /\b(?:in de bijlage|bijgevoegd)\s+(?:vind|stuur|tref)\b/i,
    // Where the reader finds something, said as a statement: "De slides vind je in de map van het team."
    /^(?!(?:vind|vindt|vinden)\b)[^?]{0,80}\s(?:vind je|vind jij|vindt u|vinden jullie)\b[^?]*$/i,
    // Where to turn when it is urgent: "Voor dringende zaken kun je terecht bij Sanne."
    /\b(?:voor dringende (?:zaken|vragen|gevallen|kwesties)|in dringende gevallen|bij spoed|in geval van nood|bij dringende vragen)\b[^?]*\b(?:neem|neemt|nemen|bel|belt|bellen|mail|mailt|mailen|contact|wend|wendt|terecht|bereikbaar)\b[^?]*$/i,
    // Conditional offers: "Mochten jullie nog opmerkingen hebben, dan hoor ik het graag."
    /^(?:en\s+)?(?:mocht(?:en)?|als|indien|wanneer)\s+(?:je|jij|jullie|u|ge|gij)\s+(?:daarna\s+|later\s+|toch\s+|nog\s+)*(?:\S+\s+){0,6}?(?:vragen|opmerkingen|aanvullingen|suggesties|vragen|wensen|ideeën|feedback|iets)\b[^?]{0,80},\s*(?:dan\s+)?(?:hoor ik|horen we|laat|neem|bel|mail|stuur|kun|kunt|kunnen|weet|ben|sta|staan|mag|mogen)\b[^?]*$/i,
    // The sender's own expectation: "Ik hoor het vast bij de koffie", "dat hoor ik straks wel".
    /^(?:(?:dat|dit|het)\s+)?(?:ik|we|wij)?\s*hoor(?:en)?\s+(?:ik|we|wij\s+)?(?:het|dat|dit|alles|je verhalen|de verhalen)?\s*(?:vast|wel|straks|later|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende week|bij de koffie|dan)\b(?!.*\bgraag\b)[^?]*$/i,
    // Small talk about the reader's time off: "Heb je een fijne kerst gehad?", "Zijn jullie goed thuisgekomen?"
    /^(?:(?:en|zo|hé|he|hoi)[,!]?\s+)?(?:(?:heb je|hebben jullie|heeft u|had je|hadden jullie)\b.{0,30}\b(?:fijn|leuk|goed|mooi|lekker|ontspannen|rustig|heerlijk)\w*\b.{0,30}\b(?:weekend|vakantie|kerst|pasen|feestdagen|vrije dag|reis|avond|tijd|verlof)\b.{0,20}\b(?:gehad|gehad\?)|(?:ben je|zijn jullie|bent u)\b.{0,30}\bgoed\b.{0,20}\b(?:thuisgekomen|aangekomen|geland|teruggekomen|terug|uitgerust|hersteld)|(?:heb je|hebben jullie|heeft u)\b.{0,30}\b(?:genoten|bijgekomen|uitgerust)|gaat (?:het|alles) (?:weer )?beter)\b[^?]*\?\s*$/i,
    // What the reader may keep doing, said as a statement: "Parkeren kunnen jullie gewoon op het achterterrein."
    /^(?!(?:kun|kan|kunt|kunnen|mag|mogen)\b)[^?]{0,80}\s(?:kun|kan|kunt|kunnen|mag|mogen)\s+(?:je|jij|u|jullie|ge|gij)\b[^?]*\b(?:gewoon|nog steeds|zoals altijd|zoals gewoonlijk|zoals gebruikelijk|zoals vanouds|gewoonlijk|altijd|voortaan|vanaf nu|weer|uiteraard|natuurlijk)\b[^?]*$/i,
    // Round 6. Courtesy offers with "gerust": "Bel me gerust als je daar behoefte aan hebt".
    /^(?:en\s+)?(?:bel|mail|app|spreek|loop|neem|stuur)\s+(?:me|mij|ons)?\s*(?:gerust|vooral|altijd)\b[^?]*\s(?:als|wanneer|mocht|indien)\s+(?:je|jij|jullie|u|ge|gij)\s[^?]*(?:behoefte|zin|interesse|vragen|opmerkingen|twijfel|hulp|wilt|wil|meer wilt weten)\b[^?]*$/,
    // An ask taken back: "Vergeet mijn vraag van gisteren maar", "Laat mijn verzoek maar zitten".
    /^(?:(?:sorry|oké|ok|o ja|trouwens),?\s+)?(?:laat|vergeet)\s+(?:mijn|m'n|het|dat|die|de)\s+(?:[^\s,:]+\s+){0,4}?(?:vraag|verzoek|mail|mailtje|bericht|appje)\b(?!.*\b(?:graag|kun je|kunt u|wil je|zou je|in plaats daarvan)\b)[^?]*$|^(?:mijn|m'n)\s+(?:vraag|verzoek)\b[^?]*\s(?:vervalt|is (?:al )?(?:opgelost|geregeld|niet meer (?:nodig|van toepassing))|hoeft niet meer)\b[^?]*$/,
    // What a third party decides about the reader: "De klant wil je contract met een jaar verlengen."
    /^(?:[^:?]{0,30}:\s+)?(?:de|het|onze|mijn|jullie|die|deze)\s+[^\s,?]+(?:\s+[^\s,?]+)?\s+(?:wil|willen)\s+(?:je|jouw|jullie)\s(?:[^?]*\s)?(?:verlengen|aannemen|voordragen|promoveren|belonen|bedanken|uitnodigen|inzetten|behouden|houden|overnemen|aanbieden|vast in dienst nemen)\b[^?]*$/,
    // The sender's own offer with "graag": "Ik help je graag als er iets onduidelijk is", "Ik licht
    // het graag toe", "We denken graag mee".
    /^(?:en\s+)?(?:ik|we|wij)\s+(?:help|helpen|denk|denken|licht|lichten|kom|komen|leg|leggen|loop|lopen|kijk|kijken|sta|staan|geef|geven)\s+(?:(?:je|jou|u|jullie|het|dat|dit|even|er|ook|altijd)\s+){0,3}graag\b(?!.*\b(?:kun|kunt|wil|wilt|zou|stuur|laat)\s+(?:je|jij|u|jullie|ge|gij)\b)[^?]*$/,
    // A heading, not the verb "updaten": "Update vanaf de werf.", "Korte update over de verbouwing:".
    /^(?:(?:korte|kleine|laatste|even een|een|nieuwe|stand van zaken en)\s+)?update\s+(?:vanaf|vanuit|van|over|uit|rond|omtrent|betreffende|m\.b\.t\.)\s(?![^?]*\b(?:graag|gelieve)\b)[^?]*$/,
    // What the news lets the reader do: "Dan kun je het eerste bezoek daarop afstemmen."
    /^(?:dan|zo|daarmee|op die manier)\s+(?:kun|kan|kunt)\s+(?:je|jij|u|jullie|ge|gij)\s[^?]*(?:plannen|inplannen|afstemmen|voorbereiden|beginnen|starten|rekening houden|rekenen|doorwerken|verder)\b(?!.*\b(?:graag|even|alvast)\b)[^?]*$/,
    // Round 9. Praise, not a duty: "Jullie moeten echt trots zijn op dit resultaat".
    /\b(?:mag|mogen|moet|moeten|kan|kunt|kunnen|zou|zouden)\s+(?:\S+\s+){0,3}?(?:trots|blij|tevreden)\s+(?:(?:op|met)\s+[^,;?]{0,50}\s+)?zijn(?:\s+(?:op|met)\s+[^,;?]{0,50})?[\s.!]*$/,
    // Round 10. A courtesy offer with the condition as a question first: "Heb je vragen, bel me
    // gerust", "Zijn er nog vragen, dan hoor ik het graag", "Heeft u problemen met inloggen, bel dan de helpdesk".
    /^(?:en\s+)?(?:heb (?:je|jij)|hebben jullie|heeft u|zijn er|is er)\s+(?:(?:nog|verder|toch)\s){0,2}(?:vragen|opmerkingen|onduidelijkheden|aanvullingen|suggesties|problemen|iets)\b[^,?]{0,40},\s*(?:dan\s+)?(?:bel|app|mail|laat|hoor|horen|loop|spreek|stuur|neem|meld|geef|kun|kunt|kan|mag)\b[^?]*$/,
    // Round 13. A reminder that lets the reader off: "Als je alles al online hebt ingediend, kun je deze
    // mail negeren", "Negeer dit bericht als je al betaald hebt". Round 81: "…, kun je dit bericht als niet
    // verzonden beschouwen".
    /\b(?:(?:kun|kunt|mag) (?:je|u|jij|jullie) (?:deze|dit|die|mijn) (?:mail|e-?mail|bericht|herinnering)(?: [a-z]+)? (?:negeren|vergeten|als (?:niet verzonden|niet verstuurd|vervallen|niet geschreven) (?:beschouwen|zien))|(?:negeer|vergeet) (?:deze|dit|die|mijn) (?:mail|e-?mail|bericht|herinnering)|beschouw (?:deze|dit|die|mijn) (?:mail|e-?mail|bericht|herinnering) (?:dan )?als (?:niet verzonden|niet verstuurd|vervallen|niet geschreven))(?![a-zà-ÿ])(?:(?<=(?<![a-zà-ÿ])(?:als|indien|mocht|al)(?![a-zà-ÿ])[^?]{0,160})|(?=[^?]{0,120}?(?<![a-zà-ÿ])(?:als|indien|mocht|al)(?![a-zà-ÿ])))(?<!\?[^?]*)(?![^?]*\?)/i,
    // Round 15. An exclamation put as a question: "Is dat niet geweldig?", "Is het niet prachtig wat
    // we samen bereiken?".
    /^(?:(?:en|maar|nou|eerlijk gezegd),?\s+)?(?:is|was|zijn|waren) (?:dat|dit|het) (?:nou |toch |eigenlijk )?niet (?:\S+ ){0,3}?(?:geweldig|fantastisch|prachtig|mooi|super|top|knap|fijn|schitterend|indrukwekkend)\S*[^?]*\?\s*$/,
    // Round 89. A courtesy offer with the trouble first: "Als er maandag toch iets niet werkt: laat het me
    // gerust weten" (not with a time for it: "…, laat het me voor vrijdag weten").
    /^(?:en\s+)?(?:als|mocht|indien)\s[^?]{0,100}?(?:niet\s+(?:werkt|werken|lukt|lukken|goed gaat|klopt)|problemen|probleem|vragen|onduidelijk)\b[^?]{0,40}?[,:–—]\s*(?:dan\s+)?(?:laat (?:het )?(?:me|mij|ons)\s+(?:\S+\s+)?weten|bel (?:me|mij|ons)|meld (?:het|je)|hoor ik het)(?![^?]*\b(?:voor|vóór|uiterlijk|vandaag|morgen)\b)[^?]*$/i,
    // Round 93. Wat de afzender zelf aan tijd nodig heeft, de reden van een termijn: "Het bestuur
    // vergadert de 14e, dus ik heb wat tijd nodig om hem te lezen" (niet naast "graag", "kun je").
    /^(?![^?]*\b(?:graag|kun je|kunt u|kunnen jullie|zou je|zou u|wil je|wilt u|stuur|binnen|uiterlijk)\b)[^?]*\b(?:ik|we|wij) (?:heb|hebben|had|hadden) (?:\S+ ){0,2}?(?:wat |even |meer |genoeg |voldoende |een paar dagen |een dag )?tijd nodig (?:om|voor)\b[^?]*$/,
    // Round 93. Wat kan een mens anders, aan niemand gevraagd: "Wat kun je eigenlijk anders doen dan
    // wachten op de vorst?", "Wat kunnen we meer doen dan afwachten?".
    /^(?:(?:en|maar|ja|tja)[,]?\s+)?wat (?:kun|kan|kunnen) (?:je|jij|we|wij|men|ik|een mens) (?:(?:eigenlijk|nou|nu|verder|nog|echt|toch)\s+){0,2}(?:anders|meer)(?: (?:nog|eigenlijk))?(?: doen)? dan\b[^?]*\?\s*$/,
  ],
  outOfOffice:
    /\b(?:afwezig|niet aanwezig|met vakantie|op vakantie|buiten kantoor|automatisch antwoord|beperkt bereikbaar|ben ik niet bereikbaar)\b/i,
  // "Graag uiterlijk vrijdag", "Beide graag vóór 12.00 uur", "Graag je reactie vóór donderdag": after
  // the ask, a line that only gives its deadline or rhythm.
  restatement:
    /^(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:het|ze|dat|die|dit|alles|beide)\s+(?:(?:echt|wel|dan|graag)\s+)?(?:uiterlijk|vóór|voor|op|morgen|vandaag|ten laatste|binnen)\b.{0,40}\bnodig\b|^(?:(?:beide|allebei|alles|allemaal|het|dat|die|ze|dan|wel|liefst|bij voorkeur|en)\s+){0,2}graag\s+(?:(?:je|jouw|uw|jullie)\s+(?:input|reactie|antwoord|feedback|opmerkingen|commentaar|akkoord|gegevens)\s+)?(?:uiterlijk|vóór|voor|ten laatste|binnen|per|deze week|eind|einde|morgen|overmorgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|end of (?:the )?day|eod|vanmiddag|vanavond)(?=[\s,.!:]|$)|^(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:ze|het|die|dat|deze|dit)\s+nodig\s+voor\s+(?:de|het|mijn|onze|ons|een)\s[^?,;]{1,60}[.!]?$/i,
  ownTask: /^(?:ik|wij|we)\s+(?:moet|moeten|ben|zijn|ga|gaan)\b/i,
  automated: [
    // Round 60: "afmelden" only as unsubscribing ("kunt u zich hier afmelden"), not "de werkbonnen in
    // de app afmelden" (closing them) nor "je ziek afmelden".
    /\b(?:(?:aangemeld|ingeschreven|geabonneerd) (?:voor|op) (?:de|onze|deze) nieuwsbrief|(?:je|u|zich) (?:hier |daar |via deze link |altijd |eenvoudig )?(?:afmelden|af te melden)|afmelden (?:voor|van) (?:deze|onze|de|dit) (?:nieuwsbrief|mailing|e-?mails?|berichten|updates)|(?:^|[\n.!?|])[ \t]*afmelden(?:[ \t]*(?:[|?:\n]|$)| kan (?:via|hier|altijd|door|met|onderaan)| via )|uitschrijven|uit te schrijven|geen (?:e-?mails|berichten|nieuwsbrieven) meer (?:te )?ontvangen|abonnement opzeggen|voorkeuren beheren|meldingsinstellingen|bekijk (?:deze e-?mail )?in je browser)\b/i,
    // Round 83: not an account set up automatically ("Je account wordt automatisch aangemaakt").
    /\b(?:niet beantwoorden|reageer niet op|antwoord niet op|(?<!(?:account|accounts|profiel|wachtwoord|inlogcode|inloggegevens)\s+(?:\S+\s+){0,2})automatisch (?:gegenereerd|verzonden|verstuurd|aangemaakt)|automatisch bericht|dit is een automatisch|dit (?:bericht|e-?mailbericht) (?:is|werd) gegenereerd door|(?:antwoorden|reacties) op dit (?:adres|e-?mailadres|bericht) (?:worden|zullen) niet (?:gelezen|behandeld|beantwoord))\b/i,
    /\b(?:je ontvangt deze|u ontvangt deze|privacybeleid|alle rechten voorbehouden)\b/i,
    /\b(?:je|uw) (?:bestelling|pakket|factuur|abonnement|account|wachtwoord)\b|\btrack ?(?:&|en) ?trace\b|\bfactuurnummer\b/i,
  ],
  attachmentMention: /\b(?:bijlage|bijgevoegd|in de bijlage|zie bijlage|bijgaand)\b/i,
  attachmentRequest:
    /\b(?:stuur|sturen|stuurt|mail|mailen|doorsturen|deel|delen|meesturen|toevoegen)\b.{0,60}\b(?:bestand|document|pdf|spreadsheet|excel|sheet|scan|kopie|bijlage|rapport|factuur|contract|presentatie|foto'?s?|overzicht)\b/i,
  // Round 65: koffie only as the meeting over one ("op de koffie", "koffie drinken"), not "de verpakte
  // koffie".
  meeting:
    /\b(?:verzetten|verplaatsen|afspreken|vergadering|overleg|meeting|call|afspraak|bijeenkomst|sessie|workshop|lunch|(?:een|op de|kopje|bakje|kop) koffie|koffie (?:drinken|doen)|borrel|aansluiten|uitnodiging|gesprek)\b/i,
  dates: {
    weekdays: [
      'zondag|zo(?![\x27’]n)',
      'maandag|ma',
      'dinsdag|di',
      'woensdag|wo',
      'donderdag|do',
      'vrijdag|vr',
      'zaterdag|za',
    ],
    months: [
      'januari|jan',
      'februari|feb',
      'maart|mrt',
      'april|apr',
      'mei',
      'juni|jun',
      'juli|jul',
      'augustus|aug',
      'september|sep|sept',
      'oktober|okt',
      'november|nov',
      'december|dec',
    ],
    deadlinePrep:
      '(?:vóór|voor|uiterlijk|tot|tot en met|t/m|ten laatste|op zijn laatst|deadline:?|binnen|niet later dan|tegen)',
    timePrep: '(?:om|vóór|voor|tot|uiterlijk|rond|tegen)',
    hourSuffix: '(?:uur|u|h)',
    today: '(?:vandaag|vanmiddag|vanavond|vanochtend|vanmorgen)',
    endOfDay:
      '(?:(?:het )?einde? van de (?:werk)?dag|in de loop van de dag|eind van de dag|einde dag|eod|end of (?:the )?day)',
    tomorrow: '(?:morgen|morgenochtend|morgenmiddag)',
    dayAfterTomorrow: '(?:overmorgen)',
    endOfWeek:
      '(?:(?:het )?einde? van (?:de|deze) week|eind van de week|deze week|in de loop van de week|(?:vóór|voor) het weekend)',
    weekOfNext: '(?:volgende week|komende week)',
    nextWeek: '(?:(?:het )?einde? (?:van )?volgende week|volgende week|komende week|begin volgende week)',
    midNextWeek: '(?:(?:half|midden|medio) volgende week|(?:het )?midden van volgende week)',
    endOfMonth:
      '(?:(?:het )?einde? van (?:de|deze) (?:lopende )?maand|maandeinde|einde maand|einde? (?:van )?deze maand)',
    // Round 102: also "binnen de komende drie dagen".
    inDays: '(?:binnen|over|in)\\s+(?:de\\s+)?(?:(?:komende|volgende|eerstvolgende)\\s+)?N\\s+(?:werk)?dag(?:en)?',
    numberWords: {
      een: 1,
      één: 1,
      twee: 2,
      drie: 3,
      vier: 4,
      vijf: 5,
      zes: 6,
      zeven: 7,
      acht: 8,
      negen: 9,
      tien: 10,
      elf: 11,
      twaalf: 12,
      veertien: 14,
      vijftien: 15,
      twintig: 20,
      dertig: 30,
    },
    workingDay: '(?:werk)',
    morning: "(?:ochtend|morgenochtend|'s ochtends)",
    ordinal: '(?:ste|de|e)',
    // Dutch writes a date "20-11" or "20/11"; "voor 2.4" is a release, "4.12" a version.
    dottedDayMonthDigits: 2,
    asap: '(?:zo snel mogelijk|zsm|z\\.s\\.m\\.|zo spoedig mogelijk|per omgaande|zo gauw mogelijk|met spoed|dringend|urgent|asap|direct|meteen)',
  },
};
