// English cues for requests, non-requests, automated mail and deadlines.
import type { LanguageLexicon } from '../../lexicon';

const IMPERATIVES =
  "send|change(?!\\s+(?:of|request|requests|log|management|control|freeze|window|order)\\b)|review|check|confirm|approve|sign|update|share|forward|book|schedule|call|ring|fill(?: in| out)?|complete|submit|prepare|provide|look into|take a look|have a look|reply|respond|get back|add|fix|give|ping|remind|tell|ensure|make sure|arrange|print|order|pick up|drop|join|grab|verify|double[- ]check|find|sort out|chase|investigate|draft|organi[sz]e|set up|upload|post|file|renew|register|sign up|return|install|read|go through|put together|reach out|contact|loop in|escalate|cancel|move|collect|deliver|correct|clarify|advise|assign|process|pay|transfer|raise|log|note down|email|mail|bring|consider|think about|remember to|don't forget|do not forget|keep me posted|keep me updated|count(?! (?:me|us|on|yourself)\\b)|(?:pop|chuck|bung|whack|stick)(?= (?:it|them|this|that|these|those|your|the (?:\\w+ )?(?:form|forms|file|files|photos|pics|pictures|doc|docs|document|documents|invoice|invoices|receipts|details|list|slides|notes)) (?:in|into|on|onto|over|across|through|in the post)\\b)|(?:whatsapp|text|message)(?= (?:me|us|them|it)\\b)";

/**
 * Round 56: not the verb as the first word of a noun whose news follows ("Move date for the Komodo
 * dragon confirmed as 28 April", "Call time moved to 18:00").
 */
const NOT_A_NOUN =
  '(?!\\s+(?:date|day|time|plan|schedule|slot|window)\\s[^.?!]{0,50}\\b(?:confirmed|agreed|fixed|moved|changed|postponed|brought forward|pushed back)\\b)';

/** Softeners and links before an imperative: "whenever you get a chance, …", "oh, and …". */
const LEAD_INS = `(?:(?:also|and|so|just|then|but|ok|okay|oh|ps|p\\.s\\.|meanwhile|in the meantime|when you get a chance|whenever you get a chance|when you have a (?:minute|moment|sec|second)|if you get a (?:chance|minute|moment|sec|second)|if you have (?:a )?(?:few |five )?(?:minutes?|moment|sec|second)(?: today)?|no rush(?: on this)?|not urgent|while i remember|sorry to (?:chase|bother you)(?: again)?|by the way|one more thing|if you can|if possible|once you can)[,:]?\\s+)*`;

export const en: LanguageLexicon = {
  lang: 'en',
  commonWords: [
    'the',
    'and',
    'you',
    'to',
    'of',
    'is',
    'for',
    'it',
    'this',
    'that',
    'can',
    'please',
    'with',
    'are',
    'have',
    'we',
    'on',
    'be',
    'will',
    'your',
    'thanks',
    'would',
    'could',
    'what',
    'by',
    'from',
    'hi',
    'there',
    'our',
    'was',
    'not',
    'let',
    'me',
    'know',
    'if',
    'an',
    'at',
    'as',
    'do',
    'all',
    'they',
    'just',
    'i',
    'my',
  ],
  quoteIntro: '(?:on|le)',
  quoteVerb: '(?:wrote|writes|sent)',
  headerFields: '(?:from|sent|date|to|cc|subject)',
  forwardMarker: '(?:original message|forwarded message|begin forwarded message)',
  mobileFooter: '(?:sent from my|sent from outlook for|get outlook for)',
  greeting: '(?:hi|hello|hey|dear|morning|good morning|good afternoon|hiya)',
  signOff:
    '(?:thanks|thank you|many thanks|thanks again|thanks in advance|cheers|best|best regards|kind regards|regards|warm regards|all the best|br|rgds|sincerely|yours sincerely|yours faithfully|speak soon|talk soon|best wishes|ta|thx)',
  titles: '(?:mr|mrs|ms|miss|dr|prof)\\.?',
  groupWords: "(?:all|everyone|everybody|team|folks|guys|colleagues|both|y'all|there)",
  requests: [
    {
      re: /\b(?:needs? to|must|has to|have to|will need to) be (?:done|sent|signed|completed|submitted|returned|filled (?:in|out)|approved|updated|checked|reviewed|uploaded|posted|booked|paid|renewed|finished|ready|with me|in)\b/i,
      kind: 'action',
    },
    {
      re: /\b(?:have you (?:had a chance|managed|got round|gotten|heard back|seen|checked|sent|finished|looked)|did you (?:manage|get a chance|have a chance|get round)|i was wondering (?:if|whether)|(?:is|would) it (?:be )?possible (?:for you )?to|(?:can|could|may) i (?:ask you|ask|get|have|borrow)|(?:do|would) you mind|what(?:'s| is) the status|where are we (?:on|with)|how are we (?:doing )?(?:on|with)|any news on)\b/i,
      kind: 'question',
    },
    { re: /\b(?:can|could|would|will|won't)\s+(?:you|u|ya|someone|somebody|anyone)\b/i, kind: 'action', direct: true },
    { re: /\b(?:are|were)\s+you\s+(?:able|free|available|around|ok|okay|happy)\b/i, kind: 'question' },
    {
      re: /\bwould\s+you\s+(?:mind|be able)\b|\bany chance\b|\bis there any (?:way|chance)\b/i,
      kind: 'action',
      direct: true,
    },
    { re: /\b(?:please|pls|plz|kindly)\b/i, kind: 'action', direct: true },
    {
      re: new RegExp(
        // At the start, or after ";" or a dash: "I'm updating the list; send me the names today."
        // Not a noun made of a verb and a particle: "Sign-off goes to Ruth", "Follow-up on Friday".
        `^${LEAD_INS}(?:${IMPERATIVES})\\b(?!-\\w)${NOT_A_NOUN}|[;–—-]\\s+${LEAD_INS}(?:${IMPERATIVES})\\b(?!-\\w)${NOT_A_NOUN}`,
        'i',
      ),
      kind: 'action',
      direct: true,
    },
    {
      re: /\b(?:i|we)(?:'d| would)\s+(?:appreciate|be grateful|like you to|love (?:it )?if you|welcome)\b|\b(?:i'm|i am|we're|we are|i was|we were)\s+hoping (?:that )?you\b/i,
      kind: 'action',
      decisive: true,
    },
    {
      // Round 43. "Where did you save the final exhibit list?", "Which version did you send them?":
      // where or which thing the reader did something with is a fact only she knows.
      re: /^(?:(?:and|so|also|btw|quick question|sorry)[,:]?\s+)?(?:where|which\s+\w+)\s+(?:did|have|do|had)\s+you\s+(?!ever\b)\w[^?]*\?\s*$/i,
      kind: 'question',
    },
    { re: /\b(?:i|we)\s+(?:would|will|'ll|'d)?\s*appreciate\s+(?:it|your|if|you)\b/i, kind: 'action', decisive: true },
    {
      re: /\bit(?:\s+would|'d)\s+(?:really\s+)?(?:help|be (?:great|helpful|good|useful|nice|ideal|(?:a |of )?(?:(?:big|huge|great|real|massive|enormous)\s+)?help))\b.{0,60}\b(?:if you|if we could get|to (?:get|have|know|see))\b/i,
      kind: 'action',
      decisive: true,
    },
    // Round 61: not a caller's report ("Mrs. Hernandez called me just to tell me how amazing you were").
    {
      re: /\b(?:let me know|let us know|lmk|(?<!\b(?:called|rang|phoned|wrote|came|stopped by|popped in|dropped by)\b[^.?!]{0,40}\bto\s)tell me|get back to me|keep me posted)\b/i,
      kind: 'question',
      direct: true,
    },
    {
      re: /\b(?:i|we)\s+(?:really\s+|urgently\s+|still\s+)?(?:need|will need|'ll need|require|am waiting for|are waiting for|'m waiting for|'re waiting for)\s+(?:you|your|the|a|an|it|this|that|them|those|these|some|an?\s+updated?|confirmation|approval|sign[- ]off|feedback|input|answer|(?:[\w-]+\s+){0,2}[\w-]+'s)\b|\b(?:i|we)(?:'d|\s+would|\s+could|\b[^.?!]{0,80}\sand\s+could)\s+(?:really\s+|honestly\s+|definitely\s+|certainly\s+)?(?:do with|use)\s+(?!(?:a|an|some|another)\s+(?:\w+\s+)?(?:break|rest|holiday|vacation|coffee|tea|drink|beer|nap|sleep|day off|lie-in|weekend|hug|laugh)\b)(?:some|a|an|your|more|a few|another|extra)\b/i,
      kind: 'action',
      decisive: true,
    },
    // Round 55: not a thing that waits on the reader's desk ("Your laptop is set up and waiting on
    // your desk").
    {
      re: /\b(?:needs?|waiting (?:for|on)|looking for)\s+your\b(?!\s+(?:desk|table|chair|seat|bench|locker|pigeonhole|tray|doorstep|doormat|workstation|shelf|keyboard)\b)/i,
      kind: 'action',
      decisive: true,
    },
    // "Your expense claim is still missing the receipt", "… is still missing from you".
    { re: /^your\b.{0,60}\b(?:is|are) still missing\b|\bstill missing from you\b/i, kind: 'action' },
    // Round 61: not what the reader should have had by now ("… I sent on Friday, so you should have it").
    {
      re: /(?<!\b(?:nothing|anything|something|everything)\s)\b(?:you|everyone|everybody|all staff|all employees|all of you|each of you|all managers|all team members|team members)\s+(?:will\s+)?(?:need to|needs to|must|have to|has to|are required to|is required to|are asked to|should(?! have (?:it|them|this|that|received|got|gotten|had)\b))\b|\b(?:all|every|each)\s+(?:[a-z-]+\s+)?(?:staff|employees?|colleagues?|members?|managers?|users?|team members?|[a-z]+(?:ers|ors|ists|ants|ents|ians))\b.{0,60}\b(?:must|need to|needs to|have to|has to|are required to|is required to)\b(?!\s+be\b)/i,
      kind: 'action',
      decisive: true,
    },
    {
      // "Every associate needs to check …", "Each driver must …": an obligation for everyone in a
      // group the reader belongs to, whatever the role's noun (not "every time you …").
      re: /\b(?:every|each)\s+(?!(?:time|day|week|month|year|morning|evening|night|one of them|other)\b)(?:[a-z-]+\s+)?[a-z]+\s+(?:needs to|must|has to|is required to|is asked to)\b(?!\s+be\b)/i,
      kind: 'action',
    },
    {
      re: /\b(?:reminder|remember to|remember that|don't forget|do not forget|friendly nudge|gentle nudge|chasing)\b|^(?:(?:and|also|just|please)\s+)?remember\b/i,
      kind: 'action',
    },
    {
      re: /\bdo(?:es)?\s+(?:you|anyone)\s+(?:know|have|remember|happen|think|agree|see|want|mind|need)\b/i,
      kind: 'question',
    },
    {
      re: /\b(?:any (?:idea|update|news|thoughts|feedback)|what do you think|thoughts\?|your thoughts|ok with you|okay with you|works for you|does that work|is that ok|is that okay)\b/i,
      kind: 'question',
    },
    { re: /\b(?:approve|approval|sign[- ]?off|green light|go-ahead|your ok|your okay)\b.*\?/i, kind: 'approval' },
    {
      // A status question to the reader: "Has the new starter been given a laptop yet?"
      re: /^(?:(?:and|so|also|but|quick question:?)\s+)?(?:has|have|is|are|was|were|did|does|do)\b[^?]{3,}\b(?:yet|already|by now)\s*\?\s*$/i,
      kind: 'question',
    },
    {
      // A question the sender labels as one: "Quick question: is the lab open on Saturday?", "One
      // more question - who signed the order?"
      re: /^(?:(?:just|one|a|quick|small|another|last|one more|one last|a quick|a small)\s+){1,2}question(?:\s+for you)?\s*(?::|–|—|-)\s*[^?]{3,}\?\s*$/i,
      kind: 'question',
    },
    {
      // Wanting to know, said as a statement: "I'd like to know if it's timber or cladding", "We
      // need to know whether the van is free", "I'd be keen to hear which option you prefer".
      re: /^(?:(?:and|also|but|so|oh)\s+)?(?:i|we)(?:'d| would)? (?:like|love|want|need) to (?:know|hear|find out)\b|^(?:(?:and|also|but|so)\s+)?(?:i|we)(?:'d| would) be (?:keen|interested|glad|grateful) to (?:know|hear)\b/i,
      kind: 'question',
      direct: true,
    },
    {
      // An ask after a condition about the facts, not an offer of help: "If any of the lots went
      // through the old line, flag them", "If the invoice is wrong, send it back to the supplier".
      re: new RegExp(
        `^if (?![^,]*\\b(?:you|questions?|unclear|help|problems?|trouble|concerns?|changes?|comes? up|happens|anything else)\\b)[^,?;]{3,100},\\s+(?:please\\s+)?(?:${IMPERATIVES}|flag|mark|highlight|list)\\b`,
        'i',
      ),
      kind: 'action',
      direct: true,
    },
    {
      // Round 44. A question put to all who know ("Er det noen som vet hvor hulltanga er?", "Does
      // anyone know where the key is?"): the reader is one of them.
      re: /^(?:(?:and|so|also|btw|quick question|random question)[,:]?\s+)?(?:does|do)\s+(?:anyone|anybody|someone|any of you)\s+(?:here\s+)?know\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    {
      // Round 46. Who has a thing or where it is ("Wie heeft de reservesleutel van sloep 7?", "Who
      // has the spare key?"): a fact the reader may know.
      re: /^(?:(?:and|so|btw|quick question)[,:]?\s+)?(?:who|where)\s+(?:has|have|is|are|'s)\s+(?:got\s+)?(?:the|our|my|this|that)\b[^?]*\?\s*$/i,
      kind: 'question',
    },
    { re: /\?\s*$/, kind: 'question' },
  ],
  notRequests: [
    // A noun that looks like an imperative, in a status line: "Draft still with the board", "Order
    // arrived on Monday", "Review went well", "Post has gone".
    /^(?:draft|order|post|file|update|check|return|transfer|review|call|print|fix|delivery|payment|booking)s?\s+(?:still|already|is|was|are|were|has|have|had|went|arrived|came|received|approved|signed|sent|completed|done|pending|on hold)\b[^?]*$/i,
    // A one-word question that opens a courtesy offer: "Questions? Give me a shout."
    /^(?:any |further |more )?questions\s*\?$/i,
    /\b(?:intended recipient|received this (?:e-?mail|message) in error|confidential and (?:may be )?(?:privileged|intended))\b/i,
    /^(?:and )?(?:how (?:was|were|is|are|did) (?:your|the|you)\b.{0,25}\b(?:weekend|holiday|holidays|trip|vacation|break|time off|leave|day|week|conference|flight|move)\b|how are (?:you|things)\b|how's (?:it going|things|life)|hope (?:you're|you are|all is) well)/i,
    // The sender's promise to report back: "Claims take about 40 days, and I'll let you know as soon
    // as we hear anything" (not when the sentence also asks: "Could you …, and I'll let you know").
    /^(?!(?:[^?]*\s)?(?:please|could you|can you|would you|will you|if you)\b)(?:[^?]*[,;]\s*)?(?:and\s+)?(?:i'll|i will|we'll|we will)\s+(?:let you know|keep you (?:posted|updated|in the loop)|be in touch|update you|get back to you)\b[^?]*$/i,
    // The sender's promise of what the reader will get: "You'll have the updated sheet by Friday
    // midday", "You will receive the invoice next week".
    /^(?:(?:and|so|anyway|ok|okay),?\s+)?you(?:'ll| will) (?:have|get|receive|see|find) (?:the|my|our|it|them|a|an|both|all)\b[^?]*$/i,
    // Wishes about the reader's time off: "Hope you managed to get out on the boat", "I hope you all
    // had a restful break" (not "hope you had a chance to look at the draft").
    /^(?:(?:and|oh|anyway|btw|also),?\s+)?(?:i\s+)?hope\s+(?:you|you all|everyone|everybody|the family)\s+(?:had|managed|enjoyed|got|made it|found|were able|survived|are (?:well|keeping|feeling|settling|enjoying)|'re (?:well|keeping|feeling|settling|enjoying))\b(?!.*\b(?:chance|look|review|read|check|send|sign|finish|complete|reply)\b)[^?]*$/i,
    // Small talk: "Did you have a nice weekend?", "Any plans for the holidays?"
    /^(?:(?:and|so|oh|anyway|btw|also),?\s+)?(?:did you (?:have|enjoy|get)\b.{0,30}\b(?:weekend|holidays?|break|trip|vacation|time off|day off|evening|night|party|wedding|concert|match|game|run|marathon)\b|any (?:\w+ )?plans for\b.{0,20}\b(?:weekend|holidays?|summer|christmas|easter|break|evening|tonight)\b|have you recovered from\b|are you settling in\b|how(?:'s| is| are) (?:the|your) (?:new )?(?:house|flat|puppy|dog|kids|family|knee|back|garden|holiday|trip|weekend)\b)/i,
    // Thanks for something done: "Thanks for chasing estates for me."
    /^(?:thanks|thank you|many thanks|cheers)(?: (?:so|very) much| again| a lot)?,? for (?!.*\b(?:could|can|would|will) you\b)(?!.*\?)/i,
    /\b(?:just a heads[- ]up|heads[- ]up:|just (?:wanted|want) to let you know|just letting you know|no need to (?:reply|respond|do anything)|nothing (?:is )?needed from you|congratulations|congrats|well done|good news)\b/i,
    /^(?:(?:next week|tomorrow|today|later today|this afternoon|tonight|then|meanwhile|in the meantime|after that|on (?:mon|tues|wednes|thurs|fri)day),?\s+)?(?:i|we)(?:'ll| will| shall|'m going to| am going to| are going to|'re going to| plan to| intend to)\s+(?!need\b|have to ask|ask you|be asking)/i,
    // News and progress of the sender: "I'm pleased to confirm…", "We're finalising the rota…",
    // "Quick update: I'm still waiting for the regions, but I'll send you the pack by Friday."
    /^(?:i'm|i am|we're|we are)\s+(?:very\s+|really\s+|so\s+)?(?:pleased|happy|delighted|glad|excited|thrilled|sorry|sad)\s+to\s+(?:confirm|say|report|announce|let you know|tell you|share|inform)\b/i,
    /^(?:(?:quick |short |brief |a quick |just a )?(?:update|status update|news|progress|heads-up|heads up|fyi|note)\b[^:]{0,50}:\s+)?(?:i'm|i am|we're|we are)\s+(?:still\s+|currently\s+|now\s+|just\s+)?(?!waiting (?:for|on) (?:you|your)\b|hoping\b|wondering\b|asking\b|looking\b|counting\b|relying\b|expecting\b|going\b|trying\b|needing\b|writing\b|emailing\b|reaching\b|contacting\b)[a-z]+ing\b(?!.*\b(?:(?:could|can|would|will) you|please|your|from you|(?:whether|if) you|let me know|send me|tell me|and could (?:really )?(?:do with|use))\b)(?!.*\?)(?!.*,\s*(?:can|could|would)\b)(?!.*(?:[;:]|,\s*(?:so|then|but|and then)\b)\s*(?!(?:i|we)(?:'ll| will| can)\b)[a-z])/i,
    // Waiting on someone else: "Still waiting on two numbers from the Leeds site."
    /^(?:(?:i'm|i am|we're|we are)\s+)?(?:still\s+)?waiting (?:on|for)\b(?!.*\byour?\b).{0,60}\bfrom (?:the|our|their|his|her)\b/i,
    // "Just a quick note to say a huge thank you for…"
    /\b(?:to say|wanted to say|want to say)\s+(?:a\s+)?(?:(?:big|huge|massive|quick|special)\s+)?(?:thank you|thanks|well done|congratulations|congrats)\b/i,
    // Agreeing to a proposal: "Sounds good — Thursday at 10 works for me."
    /\b(?:works|suits|is fine|is good)\s+(?:for\s+|with\s+)?(?:me|us)\b(?<!\b(?:please|(?:could|can|would) you)\b.*)(?![^?]*\?)(?!.*\bplease\b)/i,
    // Offers to whoever wants them and conditional offers: "Drinks are on me for anyone who fancies it."
    /\bfor (?:anyone|everyone|whoever|those)(?: who)? (?:fancies|fancy|wants|want|is interested|are interested|would like|likes)\b|\b(?:is|are|stays?|remains?|will (?:stay|remain|be)|'ll (?:stay|remain|be))\s+(?:still\s+)?(?:available|free|open|there|accessible|in place|online|up)\b.{0,60}\b(?:if|in case|should) you (?:need|want|'d like|would like|ever need|still need)\b|^(?:just\s+)?in case you (?:need|want|ever need|still need|'re looking for|are looking for)\b[^,?]{0,60},\s*(?:they|it|there|the|i|we|he|she|you'll|you will|you can)\b(?![^?]*\?)|^if (?:you|they|anyone|someone) (?:need|needs|want|wants)\b[^,]{0,60},\s*(?:they|he|she|it|there|i|we)(?:'ll| will| can|'re| are| is|'s)\b|^if (?:you|anyone) (?:need|needs|want|wants|have|has)\b[^,]{0,40},\s*(?:just\s+)?(?:let me know|give me a shout|shout|drop me a line|get in touch|ping me|call me)\b/i,
    /^(?:i|we)(?:'ve| have| had)?\s+(?:already\s+)?(?:sent|attached|uploaded|shared|added|updated|fixed|booked|forwarded|approved|signed|merged)\b/i,
    /\b(?:let me know|let us know|tell me|reach out|shout|get in touch|contact me|ping me|give me a shout)\b.{0,30}\bif\b.{0,40}\b(?:any|have|need|questions|concerns|problems|issues|help|anything|something)\b/i,
    /\bif (?:you have|there are) any (?:questions|concerns|problems|issues)\b/i,
    /\b(?:feel free|don't hesitate|do not hesitate|happy to help|happy to discuss|here if you need)\b/i,
    /\b(?:please (?:(?:also|do|kindly) )?(?:note|be aware|be advised)|just so you know|for your information|fyi|for info|no action (?:is )?(?:needed|required)|nothing (?:needed|required) from you|no need to|for visibility|for your records|for reference)\b/i,
    /\bwho(?:'d| would| could) have (?:thought|guessed|known|believed|imagined|predicted)\b|\bwhat (?:more|else) could (?:we|you|anyone) (?:ask|want)\b|\bhow (?:cool|great|amazing|awesome) is that\b|\bisn't (?:it|that|this) (?:great|amazing|nice|brilliant|fantastic)\b|\bisn'?t it (?:funny|strange|odd|weird|crazy|mad|amazing|incredible|remarkable|interesting) (?:how|that|what|when)\b|\bwho doesn't love\b|\b(?:can|could) you believe\b|\b(?:can|could) you imagine(?=\s*[?!]|\s+(?:that|how|what|the|anything|it)\b)|\bwould you believe\b|\bguess what\b|\bwho knew\b|\bwho says\b|^why (?:is|does|do|are) (?:it|this|that|they|we) always\b|\bwho (?:had|would've|could've) (?:thought|guessed|believed|imagined)\b|,\s*(?:can|could|is|are|was|were|will|would|has|have)(?:n't)? there\s*\?\s*$|\bwho needs\b[^?]{1,60}\b(?:when|if)\b/i,
    /\b(?:please|kindly) find (?:attached|enclosed|herewith)\b|\b(?:please|kindly) see (?:attached|below)\b/i,
    // What the reader may keep doing, said as a statement: "You can still use the car park as usual."
    /^(?:(?:during|while|until|for|in the meantime|meanwhile|as before|as always)\b[^,?]{0,60},\s*)?(?:you|everyone|staff|all staff)\s+(?:can|may|are welcome to|are free to)\s+(?:still|continue to|keep|carry on)\b[^?]*$|^you can\b[^?]*\b(?:as (?:usual|normal|always|before)|as you normally would|like before)\b[^?]*$/i,
    // Where the reader finds something: "You'll find the slides in the team folder."
    /^(?:(?:as (?:always|usual|before)|again),?\s+)?(?:you(?:'ll| will| can)|everyone (?:will|can)) (?:also )?find\b[^?]*$/i,
    // Where to turn when it is urgent: "For anything urgent, please contact Dan."
    /\b(?:for (?:anything |any )?urgent(?: matters| queries| issues| questions| requests)?|if (?:it's|it is|anything is) urgent|in (?:an|case of an?) emergency|for emergencies)\b[^?]*\b(?:contact|call|ring|phone|speak to|email|reach|get in touch|try|go to)\b[^?]*$/i,
    // A heading for what follows: "Quick update on the fee schedule." Round 81: also "Quick one before
    // the weekend rush." alone (not "Quick one: please …").
    /^(?:(?:just )?a\s+)?(?:(?:quick|short|brief|small|final)\s+)?(?:update|note|heads-up|recap|summary|overview|round-up|roundup)\s+(?:on|about|regarding|re|from|for|before|ahead of)\b[^?]*$|^(?:just\s+)?(?:a\s+)?quick one(?:\s+(?:before|ahead of|for|from|on|about|re)\s+[^?.!:;–—-]{1,40})?\s*[.!]?$/i,
    // Small talk about the reader's trip or time off: "Did everyone get home safely?"
    /^(?:(?:and|so|oh|anyway|btw|hope)\s+)?(?:did (?:you|everyone|everybody|you all)|have you all|has everyone)\s+(?:get|got|make it|made it)\s+(?:back|home)\b[^?]*\?\s*$|^(?:are|were) you (?:feeling )?(?:better|back on your feet|recovered|rested)\b[^?]*\?\s*$/i,
    // "There's nothing you need to do", "you don't need to reply": no action asked. Round 65: also
    // "You do not need to move any samples yourselves" and other everyday verbs.
    /\bthere(?:'s| is) nothing (?:(?:that )?you (?:need|have) to do|for you to do)\b|\byou (?:don't|do not|won't|will not) (?:need|have) to (?:do anything|reply|respond|take any action|change anything|do a thing)\b|\byou (?:don't|do not|won't|will not) (?:need|have) to (?:send|forward|print|bring|return|upload|email|submit|resend|re-send|chase|fill in|sign|move|collect|book|call|prepare|pay|order|register|attend|contact|cancel|check|worry|arrange|reschedule|change)\b(?![^.?]*\b(?:but|just|instead|only|still)\b)[^?]*$|\bno action (?:is )?(?:needed|required) (?:from|on) your (?:side|part|end)\b/i,
    /\bwho (?:would|could)(?: have|'ve)\b.{0,40}\b(?:thought|guessed|known)\b/i,
    // A heading over a list or a summary: "Quick look at August before the full pack goes round:",
    // "Brief update on the refurb:", "A short summary of the audit results:".
    /^(?:a |an |our )?(?:quick|brief|short|little|first) (?:look|update|summary|recap|overview|rundown|round-up|roundup|snapshot|note) (?:at|on|of|from|about|for)\b(?![^?]*\bplease\b)[^?]*:$/,
    // A welcome or congratulations to pass on, not a task: "Please welcome Sam to the team",
    // "Please join me in congratulating Priya".
    /^(?:\d{1,2}[.)]\s+)?(?:[\w ]{1,20}[-–:]\s+)?please (?:(?:join (?:me|us) in|help (?:me|us) in) )?(?:welcome|welcoming|congratulate|congratulating|give (?:a )?(?:warm|big) welcome)\b[^?]*$/i,
    // "We would welcome the chance to walk you through the numbers": an offer to the reader.
    /^(?:i|we)(?:'d| would)\s+(?:very much\s+|really\s+|certainly\s+)?(?:welcome the (?:chance|opportunity)|be (?:happy|glad|delighted) to (?:walk|talk|take|show|go|run|set|meet|help|discuss|explain))\b(?!.*\?)/i,
    // Round 6. "Nothing you need to do.", "Nothing else for you to do here": no action asked.
    /^(?:(?:and|so|but),?\s+)?(?:there's\s+|there is\s+)?(?:absolutely\s+)?nothing\s+(?:(?:else|more|further)\s+)?(?:(?:that\s+)?you\s+(?:need|have|'ll need|will need)\s+to\s+do|for you to do)\b[^?]*$/,
    // FYI openers: "Just to let you know that the order left today", "Just so you're aware, …".
    /^(?:(?:hi|hello|ok|okay|so),?\s+)?just\s+(?:to\s+let\s+you\s+know|so\s+you(?:'re| are)\s+aware|to\s+keep\s+you\s+(?:posted|updated|informed|in the loop))\b(?!.*\b(?:please|could you|can you|would you|will you|i need|we need|need you|i still need)\b)[^?]*$/,
    // An ask taken back: "Ignore my earlier question, Sam already found the file", "Never mind
    // about the figures".
    /^(?:(?:oh|ok|okay|sorry|actually|and),?\s+)?(?:please\s+)?(?:ignore|disregard|forget(?: about)?|scratch)\s+(?:my|that|the)\s+(?:(?:earlier|previous|last|other|first|original)\s+)?(?:question|request|email|e-mail|mail|message|ask)\b(?!.*\b(?:instead|could you|can you|would you|will you)\b)[^?]*$|^(?:(?:oh|ok|okay|sorry|actually),?\s+)?never ?mind\b(?!.*\b(?:instead|please|could you|can you|would you)\b)[^?]*$/,
    // What the news lets the reader do: "That way you can plan the first visit around it."
    /^(?:(?:and\s+)?then|that way|this way|so)\s*,?\s+you(?:'ll be able to| will be able to| can)\s+(?:plan|schedule|prepare|start|get started|count on|work|carry on|go ahead|relax|look forward)\b[^?]*$/,
    // Round 9. Praise, not a duty: "You should be very proud", "You should all feel proud of this".
    /\b(?:should|must|can|ought to|may)\s+(?:all\s+|both\s+)?(?:be|feel)\s+(?:\w+\s+){0,2}?(?:proud|pleased|chuffed|delighted|glad|happy)(?:\s+(?:of|with|about)\b[^,;?]{0,60})?[\s.!]*$/,
    // Round 13. A reminder that lets the reader off: "If you raised everything online, please ignore
    // this", "Please disregard this email if you've already paid".
    /\b(?:please\s+)?(?:just\s+)?(?:(?:ignore|disregard)\s+(?:this|the (?:above|reminder|email|e-mail|message)|my (?:last |previous |earlier )?(?:email|e-mail|message|reminder))|(?:consider|treat)\s+(?:this|the|my)\s+(?:email|e-mail|message|reminder|note)\s+(?:as\s+)?(?:void|cancelled|canceled|withdrawn|not sent|unsent))\b(?:(?<=\b(?:if|already)\b[^?]{0,160})|(?=[^?]{0,120}?\b(?:if|already)\b))(?<!\?[^?]*)(?![^?]*\?)/,
    // Round 13. Reassurance, not an ask: "so please don't feel you have to work on Christmas Day!".
    /\b(?:don't|do not) feel (?:like )?(?:you (?:have|need) to|obliged|obligated|pressured|under (?:any )?pressure)\b(?<!\?[^?]*)(?<!\b(?:could|can|would|will) you\b[^?]*)(?![^?]*(?:\?|\b(?:could|can|would|will) you\b))/,
    // Round 13. Where to get help, not an ask: "Give Tom a shout if you get stuck", "Ask Priya if
    // you have questions".
    /^(?:(?:and|just|otherwise)\s+)?(?:ask|give|call|ring|ping|talk to|speak to|contact|check with|grab)\s+[^,?]{1,40}?\s+(?:(?:a (?:shout|call|ring|message)|directly)\s+)?(?:if|when|whenever|should)\s+you\s+(?:get stuck|are stuck|'re stuck|need (?:a hand|help|anything)|have (?:any )?questions|are unsure|'re unsure|aren't sure|are not sure|run into (?:any )?(?:problems|trouble|issues))\b[^?]*$/,
    // Round 13. Taking up a proposed time: "Tuesday at 11 works perfectly – see you then."
    /\bsee you (?:then|there|on \w+|next \w+)\b(?<=^[^?]*\b(?:works|suits (?:me|us)|is (?:fine|perfect|great)|sounds (?:good|great|perfect))\b[^?]*)(?<!\b(?:could|can|would|will) you\b[^?]*)(?![^?]*(?:\?|\b(?:could|can|would|will) you\b))/,
    // Round 15. A noun that looks like an imperative opens the subject of a status line: "Call
    // scripts for the first two weeks are being finalised", "Review comments have been added",
    // "Order forms will be in the post" (not "Check the figures are right": an imperative with its object).
    /^(?:call|check|review|update|order|book|draft|post|file|print|test|report|return|change|plan|design|release|sign|schedule|request|contact|support|training|shift|cover|copy|delivery|payment|booking)s?\s+(?!(?:the|a|an|your|my|our|his|her|their|its|this|that|these|those|it|them|me|us|him|all|any|some|every|each|both|whether|if|when|what|how|who|in|out|up|on|off|back|over|round|around|through|down|with|to|for|and|or|please)\b)[a-z][a-z'-]*(?:\s+[^\s,;:?!]+){0,8}?\s+(?:(?:is|are|was|were) being|will be|(?:has|have) been|(?:is|are) (?:now |already |still )?(?:ready|done|finished|complete|available|live|underway|on track))\b[^?]*$/,
    // Round 15. An exclamation put as a question: "Isn't that a great result?", "Isn't it amazing
    // what we can do when everyone pulls together?".
    /^(?:(?:and|but|so|now|honestly|seriously|really|wow),?\s+)?(?:isn't|wasn't|aren't|weren't) (?:that|this|it|these|those|the \S+)\b[^?]{0,60}?\b(?:great|amazing|fantastic|brilliant|wonderful|incredible|awesome|excellent|impressive|lovely|fab|cool|nice|superb|remarkable)\b[^?]*\?\s*$/,
    // Round 74. A hope put as a question about how something went: "Hope you got home before the
    // snow set in?" (not "Hope you can send me the figures by Friday?").
    /^(?:(?:and|also|oh)\s+)?(?:i |we )?hope (?:you|u|all|everyone|the|it|that)\b(?![^?]*\b(?:can|could|will|would|might|able)\b)[^?]*\?\s*$/i,
    // Round 82. What stays there in case the reader needs it: "The old diary screen will stay
    // read-only until the end of June in case you need to look anything up" (not "Please keep …").
    /^(?![^?]*\b(?:please|could you|can you|would you|will you|make sure)\b)[^?]*\b(?:stay|stays|remain|remains|be kept|be available|is available|are available|be there|is there|are there|be left|is left|are left)\b[^?]*\bin case (?:you|anyone|someone|any of you|u) (?:need|needs|want|wants)\b[^?]*$/i,
    // Round 93. The sender's own need for time, the reason for a deadline: "The board meets on the 14th,
    // so I need a bit of time to read it" (not "I need time with you", nor beside "please").
    /^(?![^?]*\b(?:please|could you|can you|would you|will you|make sure|you need|you must|within|no later than)\b)(?![^?]*\bby (?:the end|end|tomorrow|today|monday|tuesday|wednesday|thursday|friday|\d))[^?]*\b(?:i|we) (?:will |'ll |would |'d )?need (?:a bit of |a little |some |more |enough |plenty of |a few days(?:'|') |a day or two (?:of )?)?time (?:to|for|before)\b(?! (?:with|from) you)[^?]*$/,
    // Round 93. What else could anyone do, asked of no one: "What more can you really do but wait for
    // the frost?", "What else can we do except wait?".
    /^(?:(?:and|but|so|honestly|really|still)[,]?\s+)?what (?:more|else) (?:can|could) (?:you|one|we|i|anyone|anybody) (?:really |actually |even |possibly |honestly )?do (?:but|than|except|apart from|other than|besides)\b[^?]*\?\s*$/,
  ],
  outOfOffice:
    /\b(?:out of (?:the )?office|on (?:annual |parental |sick |maternity |paternity )?leave|on holiday|on vacation|automatic reply|auto[- ]?reply|limited access to (?:my )?e-?mail|away from (?:the )?office)\b/i,
  // "Both by Friday noon, please", "Ideally before Thursday": after the ask, a line that only
  // gives its deadline.
  restatement:
    /^(?:(?:both|all|everything|ideally|preferably|and|so)\s+){0,2}(?:by|before|no later than)\s+[^,;.?]{1,30}(?:,?\s+(?:please|if possible|ideally|if you can|at the latest))?[.!]?$|^(?:(?:and|but|so|ideally|really),?\s+)?(?:i|we)(?:'d| would)?\s+(?:really\s+|still\s+|ideally\s+)?need\s+(?:it|that|them|this|these|those|both|everything|the lot)\s+(?:back\s+)?(?:by|before|within|today|tonight|tomorrow|no later|first thing|asap|on|at|until|in time|this|early)\b|^(?:i|we) need to know (?:by|before)\b|^(?:(?:and|but|so|ideally),?\s+)?(?:i|we)(?:'d| would)\s+(?:really\s+)?like\s+(?:it|that|them|this|these|those|both|everything)\s+(?:back\s+)?(?:by|before|within|today|tonight|tomorrow|next|this|on|early)\b|^(?:i|we)\s+need\s+(?:it|them|this|these|those)\s+for\s+(?:the|my|our|a|an)\s[^?,;]{1,60}[.!]?$/i,
  ownTask: /^(?:i|we)\s+(?:still\s+)?(?:have to|need to|must|'ve got to|am|'m|are|'re)\b/i,
  automated: [
    /\bunsubscribe\b|\bno longer (?:wish|want) to receive\b|\bstop receiving (?:these|this|our)\b|\bsubscribed to (?:our|the|this) newsletter\b|\byou(?:'re| are) subscribed\b|\bmanage (?:your )?(?:email )?(?:preferences|notifications|subscription)\b|\bnotification settings\b|\bview (?:it |this email )?in (?:your )?browser\b/i,
    /\b(?:do not|don't|please do not) reply\b|\bthis (?:is an? )?(?:automated|automatic|auto-generated|system[- ]generated)\b|\bsent automatically\b|\bautomatically generated\b|\bthis (?:report|summary|digest|e-?mail|message|notification|alert) (?:was|is|has been) (?:generated|created|compiled|sent) automatically\b|\bthis mailbox is not monitored\b|\bthis (?:e-?mail|message|notification) (?:was|is|has been) (?:generated|sent) by\b|\byour (?:ticket|request|case) #?\d+ has been (?:updated|created|closed|resolved)\b|\breplies to this (?:address|mailbox|e-?mail|message) (?:are|will) not (?:be )?(?:monitored|read|answered)\b/i,
    /\byou(?:'re| are) receiving this\b|\byou received this (?:email|message)\b|\bthis email was sent to\b|\bprivacy policy\b|\ball rights reserved\b/i,
    /\b(?:your (?:order|parcel|package|invoice|subscription|account|password|statement|receipt)|tracking number|order number|invoice number)\b/i,
  ],
  attachmentMention:
    /\b(?:attached|attachment|enclosed|see (?:the )?attached|i(?:'ve| have) attached|please find attached)\b/i,
  attachmentRequest:
    /\b(?:send|attach|share|forward|email)\b.{0,60}\b(?:file|document|doc|pdf|spreadsheet|excel|sheet|scan|copy|attachment|report|invoice|contract|slides|deck|presentation|photos?)\b/i,
  // Round 65: coffee only as the meeting over one, not the coffee a roaster packs.
  meeting:
    /\b(?:1:1|one-to-one|one-on-one|meet|move|reschedule|meeting|call|join|attend|catch[- ]up|sync|stand-?up|workshop|session|lunch|(?:a|for|over|grab) coffee|webinar|interview|demo|appointment|invite)\b/i,
  dates: {
    weekdays: [
      'sunday|sun',
      'monday|mon',
      'tuesday|tues?',
      'wednesday|weds?',
      'thursday|thurs?|thu',
      'friday|fri',
      'saturday|sat',
    ],
    months: [
      'january|jan',
      'february|feb',
      'march|mar',
      'april|apr',
      'may',
      'june|jun',
      'july|jul',
      'august|aug',
      'september|sept?',
      'october|oct',
      'november|nov',
      'december|dec',
    ],
    deadlinePrep:
      '(?:by|before|b4|until|till|no later than|not later than|latest|at the latest|due|deadline(?: is)?:?|prior to|ahead of|first thing(?: on)?)',
    timePrep: '(?:at|by|before|b4|until|till|around|no later than)',
    hourSuffix: "(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock|h)",
    today: '(?:today|tonight|this afternoon|this evening|later today)',
    endOfDay:
      '(?:end of (?:the )?(?:business |working )?day|during the day|in the course of the day|eod|cob|close of (?:business|play)|eob|end of play|eop)',
    tomorrow: '(?:tomorrow|tmrw|tmr)',
    dayAfterTomorrow: '(?:the day after tomorrow)',
    endOfWeek:
      '(?:end of (?:the |this )?week|this week|eow|the end of the week|within the week|(?:before|by) the weekend)',
    weekOfNext: '(?:next week|the following week)',
    nextWeek: '(?:(?:the )?end of (?:the )?next week|next week|early next week|the following week)',
    midNextWeek: '(?:mid[- ]?next week|(?:the )?middle of next week|midweek next week)',
    endOfMonth: '(?:end of (?:the |this |the current )?month|month[- ]end|eom)',
    inDays: '(?:in|within)\\s+(?:the\\s+next\\s+)?N\\s+(?:working |business |calendar )?days?',
    numberWords: {
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      fourteen: 14,
      fifteen: 15,
      twenty: 20,
      thirty: 30,
      a: 1,
      couple: 2,
    },
    noon: '(?:noon|midday|lunchtime|lunch time|mid-day)',
    workingDay: '(?:working|business)',
    morning: '(?:morning|first thing)',
    ordinal: '(?:st|nd|rd|th)',
    asap: '(?:asap|a\\.s\\.a\\.p\\.|as soon as (?:possible|you can)|urgently|right away|(?<!effective )immediately|straight away|at your earliest convenience|without delay|urgent)',
  },
};
