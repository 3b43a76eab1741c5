// English sentences for the request model, used beside the Enron sentences of requests-en-dev.jsonl:
// workplace phrasings that set is short of (softened and buried asks, needs and waiting-for, status
// questions, group obligations) and hard negatives (small talk, thanks, own commitments, other
// people's tasks, courtesy offers). Written for it, blind to every evaluation set.
import type { LanguageSpec } from './engine';

const o = (a: string, is = 'is') => ({ a, n: a, is });
const v = (inf: string, part: string, own: string, ger: string) => ({
  bare: inf,
  inf: inf.replace('{a}', '{a}{dl}'),
  imp: inf.replace('{a}', '{a}{dl}'),
  part,
  own: own.replace('{a}', '{a}{dl}'),
  ger,
});

export const en: LanguageSpec = {
  lang: 'en',
  objects: [
    o('the report'),
    o('the quote'),
    o('the invoice'),
    o('the minutes', 'are'),
    o('the slides', 'are'),
    o('the contract'),
    o('the budget'),
    o('the figures', 'are'),
    o('the draft'),
    o('the timesheets', 'are'),
    o('the project plan'),
    o('the list of open points'),
    o('the rota'),
    o('the test results', 'are'),
    o('the expense claim'),
    o('the job advert'),
    o('the user guide'),
    o('the new version'),
    o('the quarterly numbers', 'are'),
    o('the purchase order'),
    o('the risk assessment'),
    o('the floor plan'),
    o('the signed form'),
    o('the stock count', 'is'),
    o('the release notes', 'are'),
  ],
  verbs: [
    v('send {a}', 'sent', "I'll send you {a}", 'sending {a}'),
    v('check {a}', 'checked', "I'll check {a}", 'checking {a}'),
    v('approve {a}', 'approved', "I'll approve {a}", 'approving {a}'),
    v('update {a}', 'updated', "I'll update {a}", 'updating {a}'),
    v('sign {a}', 'signed', "I'll sign {a}", 'signing {a}'),
    v('read through {a}', 'read', "I'll read through {a}", 'reading through {a}'),
    v('correct {a}', 'corrected', "I'll correct {a}", 'correcting {a}'),
    v('forward {a} to finance', 'forwarded', "I'll forward {a} to finance", 'forwarding {a}'),
    v('upload {a} to the portal', 'uploaded', "I'll upload {a} to the portal", 'uploading {a}'),
    v('share {a} with the team', 'shared', "I'll share {a} with the team", 'sharing {a}'),
    v('go over {a}', 'gone over', "I'll go over {a}", 'going over {a}'),
    v('fill in {a}', 'filled in', "I'll fill in {a}", 'filling in {a}'),
  ],
  deadlines: [
    ' by Friday',
    ' by tomorrow',
    ' today',
    ' by end of day',
    ' by Thursday noon',
    ' this week',
    ' by Monday',
    ' by 15 March',
    ' first thing tomorrow',
    ' before the meeting on Tuesday',
    ' within two days',
    ' as soon as you can',
    ' by the end of the month',
    ' before 4pm',
    ' by the end of next week',
    ' by mid next week',
    ' before the 20th',
  ],
  slots: {
    FYIR: [
      'the delivery left our warehouse this morning',
      'the server move went ahead as planned',
      'the quote was accepted on Monday',
      'the invoice has been paid in full',
      'the room for Thursday is confirmed',
      'the audit has moved to next month',
      'the samples failed our first check and are being redone',
      'the contract came back signed',
      'the new rota starts on the 1st',
      'the lift engineer is coming in on Wednesday',
    ],
    WHYR: [
      'a colleague had already found it',
      'it was in the shared folder all along',
      "I found the answer in last year's report",
      'the supplier sorted it out this morning',
      'I was looking in the wrong place',
      'the figures turned up after all',
      'the client withdrew the query',
    ],
    WHATR: [
      'the first site visit',
      'the handover',
      'the training day',
      'the stock count',
      'your week',
      'the rota',
      'the next sprint',
      'the move',
      'the fitting appointment',
      'the install',
    ],
    OFFERR: [
      "you'd like to go through it",
      'you want to talk it over',
      'you need a hand with it',
      'you have any doubts',
      "you'd rather discuss it in person",
      'it would help',
      'anything is unclear',
    ],
    CONDR: [
      'the redactions have been agreed with me first',
      'the client has signed the consent form',
      'the totals match the ledger',
      'you keep a copy on file',
      'legal has seen the final wording',
      'the names are blacked out',
    ],
    ANSVR: ['do it', 'send it', 'handle it', 'file it', 'share it'],
    MEET: ['the meeting', 'the quarterly review', 'the team meeting', 'the status call', 'the demo', 'the one-to-one'],
    DAYP: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    LEAD: [
      'Following the audit',
      'After last week’s incident',
      'From next month',
      'As part of the office move',
      'Ahead of the year-end close',
    ],
    ST: [
      'the weekend',
      'your holiday',
      'the move',
      'the conference in Leeds',
      'your day off',
      'the ski trip',
      "your sister's wedding",
      'the summer party',
      'your first week',
      'the marathon',
      'the concert last night',
      'the trip to Lisbon',
    ],
    OPEN: ['', '', 'And ', 'So, ', 'Oh, ', 'Anyway, '],
    FAM: ['the kids', 'your mum', 'the new puppy', 'your knee', 'the family', 'your back'],
    NAME: ['Tom', 'Sarah', 'James', 'Priya', 'Mark', 'Emma', 'Owen', 'Hannah', 'Raj', 'Lucy', 'Dan', 'Chloe'],
    DAY: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'tomorrow', 'next week'],
    TIME: ['10am', '2.30pm', '9am', '11am', '4pm'],
    SOFT: [
      'No rush, but',
      'Whenever you get a chance,',
      'When you have a minute,',
      'If you get a sec,',
      'One more thing:',
      'Quick question:',
      'By the way,',
      'Oh, and',
      'PS',
      'Sorry to bother you again, but',
      'While I remember,',
      'Not urgent, but',
    ],
    PLACE: ['Cornwall', 'Italy', 'the Lakes', 'Copenhagen', 'Spain', 'the cottage', 'Edinburgh'],
    TEAM: ['finance', 'procurement', 'HR', 'the client', 'the supplier', 'the auditors', 'the board', 'IT'],
    GROUP: [
      'All staff',
      'All managers',
      'All team leads',
      'Every department',
      'All pharmacy staff',
      'All site supervisors',
      'All new starters',
      'Each project manager',
      'All warehouse staff',
      'Everyone on the rota',
    ],
    THING: ['the coffee machine', 'the lift', 'the printer on the second floor', 'the car park', 'the new intranet'],
    MINE: ['timesheet', 'expense claim', 'holiday form', 'signed contract', 'travel request', 'training certificate'],
    WAIT: ['your numbers', 'your sign-off', 'your answer', 'your figures', 'your comments', 'your feedback'],
    // Issue #14, round 4: slots of the families of non-requests below.
    DATE: [
      '1 March',
      'Monday 12 May',
      'the 3rd',
      '14 November',
      'next Monday',
      'the start of April',
      'Tuesday the 9th',
      '30 June',
    ],
    POLICY: [
      'visitors sign in at the new kiosk in reception',
      'the canteen opens at 7.30',
      'expense claims go through the new portal',
      'the late shift starts half an hour earlier',
      'parcels are delivered to the loading bay, not reception',
      'the side entrance is locked after 6pm',
      'payslips are only available online',
      'the quiet room on the third floor can be booked in Outlook',
    ],
    PLACEX: [
      'the car park',
      'the canteen',
      'the staff entrance',
      'the gym',
      'the bike shed',
      'the old booking system',
      'the shared drive',
      'the meeting rooms on the ground floor',
    ],
    EVT: [
      'the conference',
      'the Christmas party',
      'the team day',
      'the away day',
      'the trade fair',
      'the site visit',
      'the awards dinner',
    ],
    HOL: ['the holidays', 'Easter', 'the long weekend', 'half term', 'your break', 'Christmas', 'the bank holiday'],
    RQ: [
      'is the summer party still going ahead',
      'when are the new laptops arriving',
      'will the car park reopen before Christmas',
      'are we moving offices next year',
      'why has the canteen menu changed',
      'who is replacing Alan',
      'when does the new rota start',
    ],
    ASKER: [
      'A few of you have asked',
      'Several people have asked me',
      'Lots of you have been asking',
      'The question I keep getting',
      'The most common question this week',
      'Some of the night shift asked',
    ],
    RHET: [
      'What could possibly go wrong?',
      'How hard can it be?',
      'Where has this year gone?',
      "Who doesn't love a long weekend?",
      'Need I say more?',
      'Sound familiar?',
      "Can you believe it's December already?",
      'Why does the printer always jam on a Monday?',
      'Was it worth the wait?',
      'Will it ever stop raining?',
      'Who knew paperwork could be this exciting?',
      'What more could we ask for?',
    ],
    WORKING: [
      'still working on',
      'about halfway through',
      'nearly done with',
      'reviewing',
      'checking',
      'finishing off',
      'making good progress on',
    ],
    WHQ: [
      'which supplier did we order the desk lamps from last year',
      'where did we save the signed contracts for the Leeds job',
      'who looked after the fire drill last time',
      'what did we pay for the van hire in March',
      'when was the boiler last serviced',
      'how many licences did we buy for the design team',
      'which room did we book for the board meeting',
      'what was the reference number on the Harper invoice',
    ],
    ASKEN: [
      'add your holiday dates for the first quarter to the team calendar',
      'test the new form with a couple of real cases',
      'put your comments straight into the ticket',
      'send the receipts through the portal as usual',
      'sign up for the training by Wednesday',
      'clear your desks before the move',
      'fill in the canteen survey',
      'upload your slides to the folder by tomorrow morning',
      'check your details in the HR portal',
      'hand the hall keys in at reception',
      'update the contact list and put it in Teams',
      'ring the customer back about the complaint',
    ],
    PURPOSE: [
      'so I can plan cover',
      'so we can get payroll out on time',
      'otherwise I cannot place the order',
      'so I can pass it on to the board',
      'so nothing gets lost',
    ],
    SENT: ['gone to', 'been sent to', 'been reported to', 'been passed on to'],
    LATER: [
      'later today',
      'tomorrow',
      'on Monday',
      'by the end of the week',
      'next week',
      'after the audit',
      'once the figures are in',
    ],
    FACTQ: [
      'the contract was extended to cover the second phase, or only the first',
      'the permit was renewed last spring',
      'the invoice went to the old address or the new one',
      'anyone signed off the risk assessment before the visit',
      'the client paid the deposit in the end',
      'the boiler was serviced before the handover or after',
      'his certificate covers the appeal stage as well',
      'the samples were stored at minus twenty the whole time',
      "it's solid timber or plastic cladding",
    ],
    PLURX: ['those lots', 'the invoices', 'the returns', 'the units', 'the samples', 'the bookings', 'the claims'],
    CONDX: [
      'went through the old line',
      'are more than 90 days old',
      'came back damaged',
      "don't match the order",
      'were booked under the old code',
      'are missing a signature',
    ],
    FLAGX: [
      'flag it',
      'flag them',
      'mark them on the sheet',
      'note it in the log',
      'list them for me',
      'put them aside for me',
    ],
    OLDST: [
      'Draft still with',
      'Quote still with',
      'Contract still with',
      'Still waiting to hear back from',
      'Revised budget now with',
      'Proposal currently with',
    ],
    LOOKX: ['far too cheerful', 'very happy', 'like you were having fun', 'great', 'so relaxed'],
    RHETX: [
      'the old press would outlast the new one',
      "we'd finish the stock count a week early",
      'the forty-year-old boiler would still be going',
      'a bank holiday rota could go this smoothly',
      "we'd hit the annual target in October",
      'the printer would survive another winter',
    ],
    ROLE: [
      'associate',
      'driver',
      'nurse',
      'technician',
      'volunteer',
      'trainee',
      'line manager',
      'shift lead',
      'tutor',
      'sales rep',
      'site supervisor',
    ],
    LEISE: [
      'get out on the boat',
      'catch the match',
      'get some sun',
      'see the fireworks',
      'rest up',
      'get away for a few days',
      'finish the garden',
    ],
    WHENE: ['at the weekend', 'before the weather turned', 'over the break', 'on your day off', 'last week'],
    PERK: ['free parking pass', 'extra day of leave', 'new laptop bag', 'voucher for the canteen'],
  },
  requests: [
    ['Are you OK with moving {MEET} to {DAYP}?', 15],
    ['Would it work for you if we started {MEET} half an hour earlier on {DAYP}?', 10],
    ['{LEAD}, all staff need to {V.inf}.', 15],
    ['{GROUP} must {V.inf}.', 30],
    ['{GROUP} need to {V.inf}.', 20],
    ['{GROUP} are asked to {V.inf}.', 10],
    ['Can you {V.inf}?', 40],
    ['Could you {V.inf}?', 40],
    ['Would you be able to {V.inf}?', 25],
    ['Any chance you could {V.inf}?', 20],
    ['Can you all {V.inf}?', 10],
    ['{V.imp}, please.', 25],
    ['Please {V.inf}.', 25],
    ['{SOFT} could you {V.inf}?', 50],
    ['{SOFT} can you {V.inf}?', 30],
    ['{SOFT} {V.imp}.', 30],
    ['Whenever you get a chance could you {V.inf}?', 10],
    ["I'd like to ask you to {V.inf}.", 15],
    ['I would be grateful if you could {V.inf}.', 15],
    ['It would really help if you could {V.inf}.', 15],
    ['I need {a}{dl}.', 20],
    ['I still need {a} from you{dl}.', 25],
    ['We still need {a} from your side{dl}.', 15],
    ['I still need your sign-off on {a}.', 10],
    ["We're waiting on {WAIT}.", 15],
    ["We're still waiting on {WAIT} for {a}.", 20],
    ["I'm still waiting for {a} from you.", 15],
    ['Still waiting on {a} from you, by the way.', 10],
    ['{O.N} still needs your signature.', 10],
    ['Your {MINE} is still missing{dl}.', 10],
    ['Your {MINE} is still missing the signature.', 8],
    ['{O.N} from you is still missing.', 8],
    ['Just a reminder to {V.inf}.', 15],
    ["Don't forget to {V.inf}.", 15],
    ['Do you know if {n} {O.is} {V.part} yet?', 25],
    ['{O.N} {O.is} {V.part} yet?', 0],
    ['Have you had a chance to {V.bare} yet?', 20],
    ['Has {NAME} {V.part} {a} yet?', 15],
    ['Has anyone {V.part} {a} yet?', 15],
    ['When can you {V.bare}?', 15],
    ['Let me know if {n} {O.is} fine.', 10],
    ['Let me know what you think of {a}.', 15],
    ['What do you think of {a}?', 15],
    ['Do you have time {DAY} to go over {a}?', 15],
    ['Can we have a quick call {DAY} at {TIME} about {a}?', 15],
    ['Can you join the meeting about {a} {DAY} at {TIME}?', 15],
    ['Any comments on {a}?', 10],
    ['Who of you can {V.bare}?', 10],
    ['Can someone {V.inf}?', 15],
    ['Does anyone know whether {n} {O.is} {V.part}?', 10],
    ['Let me know once you have {V.part} {a}.', 15],
    ['Is it possible to {V.inf}?', 10],
    ['Take a look at {a}{dl}.', 15],
    ['Would you mind {V.ger}{dl}?', 15],
    ['If you could {V.inf}, that would be great.', 15],
    ['I was hoping you could {V.inf}.', 15],
    ['Are you able to {V.inf}?', 15],
    // Issue #14, round 4: asks that look like the non-requests below (conditions, dates, small talk).
    ['If you have {a} to hand, please send it over{dl}.', 12],
    ['If you can, please {V.inf}.', 12],
    ["In case you haven't yet, please {V.inf}.", 10],
    ["If you're in {DAY}, could you {V.inf}?", 10],
    ['Do you know if {PLACEX} is open on {DATE}?', 12],
    ['Do you know whether {POLICY} from {DATE}?', 8],
    ['Please note the new date and {V.inf}.', 8],
    ['Hope you had a good {HOL} – could you {V.inf}?', 12],
    ['Welcome back! Could you {V.inf}?', 8],
    ['Everyone, please {V.inf}.', 12],
    ['Can all of you {V.inf}?', 10],
    ['Has {a} gone out to {TEAM} yet?', 12],
    ['Have you managed to {V.bare} yet?', 12],
    ['Did you get a chance to {V.bare}?', 12],
    ['Are you able to {V.bare} {LATER}?', 10],
    ["When you're back, could you {V.inf}?", 10],
    ['Before you go on leave, please {V.inf}.', 10],
    ['Would you be happy to {V.bare}?', 8],
    ['Can I ask you to {V.inf}?', 10],
    ["You'll need to {V.inf}.", 10],
    ['Make sure you {V.inf}.', 10],
    ['Remember to {V.inf}.', 8],
    ['Can one of you {V.inf}?', 12],
    ['Could one of you cover the {DAYP} shift for {NAME}?', 5],
    ['Please {ASKEN}, {PURPOSE}.', 25],
    ['{ASKEN}, {PURPOSE}.', 15],
    ['{SOFT} {ASKEN}.', 20],
    ['Could everyone {ASKEN}?', 12],
    ['{WHQ}?', 8],
    ['Quick one: {WHQ}?', 8],
    ['Have {n} {SENT} {TEAM} yet?', 10],
    ['Has {a} already {SENT} {TEAM}, or is {NAME} doing that this year?', 10],
    // Round 5.
    ['Every {ROLE} needs to {V.inf}.', 12],
    ['Each {ROLE} must {V.inf}, otherwise we cannot close the month.', 10],
    ["It'd be useful if you could {V.inf}.", 10],
    ["It'd help a lot if you could {V.inf}.", 6],
    // Round 6: contrast to the none lines below: an ask after an FYI opener, a withdrawn ask replaced by a new one.
    ['Just to let you know, I still need {a}{dl}.', 10],
    ['Ignore my earlier email and send {a}{dl} instead.', 8],
    ['Forget the old version - could you {V.bare} using the new template?', 8],
    ['Then can you plan {WHATR} around it and tell me the date?', 8],
    // Round 8: a question to the reader about a fact, a further ask after a condition, wanting to know.
    ['Do you know whether {FACTQ}?', 12],
    ['Do you happen to know if {FACTQ}?', 8],
    ['Any idea whether {FACTQ}?', 6],
    ["I'd like to know whether {FACTQ} before I {V.bare}.", 8],
    ["I'd need to know if {FACTQ} before {NAME} signs it off.", 6],
    ['If any of {PLURX} {CONDX}, {FLAGX}.', 14],
    ['If anything in {a} looks wrong, tell me before you sign it.', 6],
  ],
  none: [
    ['{OPEN}how was {ST}?', 40],
    ['{OPEN}how did {ST} go?', 20],
    ['{OPEN}did you enjoy {ST}?', 15],
    ['{OPEN}did you have a good time in {PLACE}?', 15],
    ['{OPEN}any plans for {ST}?', 10],
    ['{OPEN}did you have a nice weekend?', 3],
    ['{OPEN}have you recovered from {ST}?', 15],
    ['How are {FAM} doing?', 10],
    ['{OPEN}all well over there?', 3],
    ['Did you see the match last night?', 1],
    ['Who would have thought that after {ST}?', 8],
    ['{OPEN}are you settling in OK after {ST}?', 8],
    ['{V.own}.', 50],
    ["I'm going to {V.inf}.", 20],
    ['We will {V.inf}.', 20],
    ['{O.N} {O.is} {V.part} now.', 20],
    ['{O.N} was {V.part} yesterday.', 20],
    ['I {V.part} {a} this morning.', 0],
    ["I've {V.part} {a} this morning.", 20],
    ['We have already {V.part} {a}.', 20],
    ['{O.N} {O.is} ready.', 10],
    ['{O.N} {O.is} in the shared folder.', 10],
    ['FYI, {n} {O.is} {V.part}.', 15],
    ['For info: {TEAM} has received {a}.', 15],
    ['Thanks for {a}!', 20],
    ['Thanks for {V.ger} so quickly.', 20],
    ['Thanks for chasing {TEAM} for me.', 10],
    ['Many thanks for your help with {a}.', 15],
    ['{NAME} has already {V.part} {a}.', 25],
    ['{NAME} asked whether {n} {O.is} ready.', 15],
    ['{NAME} will {V.inf}.', 20],
    ['{NAME}, can you {V.inf}?', 0],
    ['{TEAM} still need to approve {a}.', 15],
    ["We're still waiting on {TEAM} for {a}.", 20],
    ['We are waiting for {TEAM} to {V.bare}.', 15],
    ['Still waiting on {a} from {TEAM}.', 15],
    ["{NAME}'s {MINE} is still missing.", 8],
    ['One page of {a} is still missing from the printout.', 5],
    ["We're still on track for {MEET} on {DAYP}.", 10],
    ["We're still on schedule with {a}.", 10],
    ['We are still in good shape for {MEET} {DAY}.', 10],
    ["I'm still working through {a}, it should be done {DAY}.", 10],
    ["I'm still waiting for {a} from {TEAM}, so {V.own} once I have it.", 15],
    ['I still need to {V.bare}.', 20],
    ['I need to {V.bare} before I leave.', 15],
    ['We need to wait and see what {TEAM} says about {a}.', 10],
    ['If you need {a}, it is in the shared folder.', 15],
    ['Let me know if you have any questions about {a}.', 15],
    ['Feel free to get in touch if anything about {a} is unclear.', 10],
    ['Shout if you need anything else for {a}.', 10],
    ['Please note that {THING} is out of order {DAY}.', 15],
    ['From {DAY}, {THING} works as normal again.', 10],
    ["There's nothing you need to do about {a}.", 10],
    ['No action needed, {n} {O.is} already {V.part}.', 10],
    ['See the email from {NAME} about {a} below.', 10],
    ["I'm out of the office until {DAY} with limited access to email.", 10],
    ['For anything urgent, please contact {NAME}.', 10],
    ['{NAME} asked me to {V.bare}, I will do it {DAY}.', 10],
    ['I have asked {NAME} to {V.bare}.', 15],
    ['According to {NAME}, {n} {O.is} nearly done.', 10],
    ['Attached you will find {a}.', 15],
    ['Please find attached {a} from {TEAM}.', 10],
    ["I've copied {NAME} in for visibility.", 10],
    ['We should really {V.bare} at some point.', 10],
    ["{TEAM} haven't had time to {V.bare} yet.", 10],
    ['Hope {ST} was good.', 10],
    ['I can {V.bare} if that helps.', 10],
    ['Happy to {V.bare} if you want.', 10],
    // Issue #14, round 4: families of non-requests, written from the labeling rules.
    // FYI with dates.
    ['From {DATE}, {POLICY}.', 25],
    ['Starting {DATE}, {POLICY}.', 12],
    ['Just so you know, from {DATE} {POLICY}.', 10],
    ['{PLACEX} will be closed on {DATE} for maintenance.', 15],
    ['{PLACEX} reopens on {DATE}.', 10],
    ['{EVT} takes place on {DATE}.', 10],
    ['{NAME} starts with {TEAM} on {DATE}.', 10],
    ['{NAME} is off {DAY} and back on {DATE}.', 10],
    ['The deadline for the tender has moved to {DATE}.', 3],
    ['{MEET} on {DAYP} has been moved to {DATE}.', 10],
    // The sender's own plans and commitments.
    ['My plan is to {V.bare} {LATER}.', 15],
    ["I'm planning to {V.bare} {LATER}.", 15],
    ['I hope to have {a} finished {LATER}.', 12],
    ['I should have {a} ready {LATER}.', 12],
    ["I'll get back to you on {a} {LATER}.", 12],
    ["I'll keep you posted on {a}.", 8],
    ["I'm aiming to {V.bare} before {MEET}.", 10],
    ['Next on my list is {a}.', 6],
    ["I'll take {a} with me to {MEET} on {DAYP}.", 8],
    ["We're hoping to wrap up {a} {LATER}.", 10],
    // Questions someone else asked, reported.
    ['{ASKER}: {RQ}?', 6],
    ["{NAME} wanted to know whether {n} {O.is} ready, so I've told them {LATER}.", 10],
    ['{TEAM} asked if we could {V.bare}, and I said yes.', 10],
    ['{NAME} asked {TEAM} whether {n} {O.is} {V.part} yet.', 10],
    // Rhetorical questions.
    ['{RHET}', 12],
    ['Who knew {a} would take this long?', 8],
    ["Isn't it great to finally have {a} done?", 8],
    // Small talk about the reader's time off.
    ['{OPEN}did everyone get home safely after {EVT}?', 10],
    ['{OPEN}did you get back OK from {PLACE}?', 10],
    ['{OPEN}are you feeling better?', 3],
    ['Hope you had a lovely {HOL}.', 10],
    ['{OPEN}did you manage to get some rest over {HOL}?', 10],
    ['{OPEN}how are you finding the new office?', 3],
    ["Lovely weather today, isn't it?", 1],
    ['{OPEN}are you all set for {HOL}?', 8],
    ['{OPEN}did you have a good {HOL}?', 10],
    ['Welcome back, I hope {PLACE} was fun.', 8],
    // Headings of an update.
    ['Quick update on {a}.', 10],
    ['A short update on {MEET}.', 6],
    ['Just a quick note about {PLACEX}.', 8],
    ['Brief update from {TEAM}.', 6],
    // Small talk about an event the reader missed.
    ['We missed you at {EVT} on {DAYP}.', 8],
    ['You missed a great night at {EVT}, we came second in the quiz.', 3],
    ["Shame you couldn't make it to {EVT}, it was a good laugh.", 6],
    ['We all agreed {EVT} was the best one yet, if you ask me.', 4],
    // Please-note announcements.
    ['Please be aware that {PLACEX} will be closed on {DATE}.', 12],
    ['Please note that from {DATE} {POLICY}.', 15],
    ['Note: {PLACEX} is closed {DAY}.', 10],
    ['Important: from {DATE}, {POLICY}.', 10],
    // Out-of-office text.
    ["I'm on annual leave until {DATE} and will reply when I'm back.", 10],
    ['For urgent matters, please contact {NAME} in {TEAM}.', 8],
    ["I'll have limited access to email until {DATE}.", 8],
    ['Your message will not be forwarded, but I will read it when I return on {DATE}.', 6],
    // Minutes and other people's actions.
    ['Action: {NAME} to {V.bare}.', 15],
    ['{NAME} will look into {a} and report back at {MEET}.', 12],
    ['Agreed: {n} {O.is} {V.part} before {MEET}.', 10],
    ['Decision: from {DATE}, {POLICY}.', 8],
    ['Next steps: {NAME} drafts {a}, {NAME} reviews it.', 10],
    ['{NAME} and {NAME} to check {a} with {TEAM}.', 10],
    ['{O.N} must be {V.part} beforehand, which {NAME} is arranging.', 8],
    // Conditional offers.
    ['If you need {a}, {NAME} has a copy.', 12],
    ["In case you need {a}, it's on the shared drive.", 12],
    ['{PLACEX} stays available until {DATE} in case you need it.', 10],
    ["Should you need anything else for {a}, I'm around all week.", 10],
    ["If anything in {a} is unclear, I'm happy to walk you through it.", 10],
    ['If it helps, I can {V.bare}.', 10],
    ['The old version remains accessible if you need to check something.', 3],
    ['If you ever want a second pair of eyes on {a}, just say.', 8],
    // Thanks.
    ['Thanks so much for covering for me {DAY}.', 8],
    ['Really appreciate you sorting out {a}.', 10],
    ['Thank you all for your patience during {EVT}.', 8],
    // Status of other people's work.
    ['{NAME} is {WORKING} {a}.', 25],
    ['{TEAM} are {WORKING} {a} this week.', 15],
    ['{NAME} has finished {a} and sent it to {TEAM}.', 12],
    ['{TEAM} expect to sign off {a} {LATER}.', 10],
    ['{NAME} says {n} should be ready {LATER}.', 10],
    // What the reader may keep doing, said as a statement.
    ['You can still use {PLACEX} as usual.', 12],
    ['You can keep using {PLACEX} during the works.', 10],
    ['Staff can continue to use {PLACEX} as normal.', 8],
    ['You can of course still {V.bare} the old way until {DATE}.', 8],
    // Round 5.
    ['{OPEN}Hope you managed to {LEISE} {WHENE}.', 12],
    ['I hope you all had a good time at {EVT}.', 6],
    ['Every {ROLE} gets a {PERK} this year.', 8],
    ['Each {ROLE} will get the joining instructions straight from {TEAM}.', 8],
    ["{O.A} usually takes a few weeks, and I'll let you know as soon as I hear anything.", 8],
    ["We sent {a} to {TEAM} this morning; I'll keep you posted.", 8],
    ["{TEAM} will review {a} next week and I'll update you once they have.", 8],
    ["You'll have {a} {DAY}, once {TEAM} has signed it off.", 8],
    ['You will receive {a} from {NAME} {DAY}.', 6],
    // Round 6: the sender only informs: FYI openers, "nothing you need to do", an ask taken back, what the news lets the reader plan, courtesy offers with a condition, answers that allow what the reader asked, what a third party decides about the reader.
    ['Just to let you know that {FYIR}.', 22],
    ["{OPEN}just so you're aware, {FYIR}.", 12],
    ['Just to keep you posted: {FYIR}.', 10],
    ['Nothing you need to do.', 1],
    ['Nothing you need to do about {a}.', 8],
    ['Nothing else for you to do on {a} - {FYIR}.', 8],
    ['{OPEN}ignore my question about {a}, {WHYR}.', 14],
    ['Please ignore my earlier email about {a} - {WHYR}.', 10],
    ['Never mind about {a}, {WHYR}.', 10],
    ['Then you can plan {WHATR} around it.', 10],
    ['That way you can schedule {WHATR} with time to spare.', 8],
    ['Give me a ring if {OFFERR}.', 10],
    ["I'm happy to come over if {OFFERR}.", 8],
    ['Yes, you can {ANSVR} that way, as long as {CONDR}.', 12],
    ["That's fine to send electronically, provided {CONDR} - which you've already done.", 8],
    ['{TEAM} want to extend your contract by six months.', 6],
    ['{TEAM} would like to keep you on the project until the summer.', 6],
    // Round 7: a welcome or congratulations to pass on, what the reader need not send.
    ['Please welcome {NAME}, who joins {TEAM} {DAY}.', 6],
    ['Please join me in congratulating {NAME} on the new role.', 4],
    ["The system picks up {a} automatically, so you don't need to send it to me.", 6],
    ["You don't need to forward {a} to {TEAM}, they already have it.", 6],
    // Round 8: status lines of minutes, the sender's own steps before a promise, what the sender
    // handles personally, rhetorical questions in good news.
    ['{OLDST} {TEAM}.', 12],
    ['{OLDST} {TEAM} for sign-off.', 8],
    ['{O.A} received from {TEAM} on {DAYP}.', 6],
    ['{O.A} on hold until {TEAM} confirms the budget.', 6],
    ["I'll need to run {a} past {TEAM}, but I'll send it to you {DAY} at the latest.", 10],
    ["I'll have to check {a} with {NAME} first, but you'll have it {DAY}.", 8],
    ["We'll need to confirm a couple of figures with {TEAM}, but {V.own} {DAY}.", 8],
    ["I need to go through {a} with {NAME} first; I'll get it over to you {DAY}.", 8],
    ["I'll chase {TEAM} about {a} myself, so don't worry about that bit.", 8],
    ["{TEAM} still need to sign {a}, but I'll sort that out myself.", 6],
    ['{NAME} needs them {DAY} to get {a} to {TEAM} on time.', 8],
    ['{TEAM} need {a} by {DAYP} noon so they can close the month.', 6],
    ['{NAME} needs it {DAY} for the board pack.', 6],
    ['I saw the photos from {EVT} - you looked {LOOKX}!', 8],
    ['Saw your post about {EVT} - you all looked {LOOKX}.', 6],
    ["Who'd have thought {RHETX}?", 8],
    ['Who would have guessed {RHETX}?', 4],
  ],
  handRequests: `Whenever you get a chance, could you have a look at the rota for next month?
Does that work for you?
Is that doable by Friday?
Would that be possible?
I still need your timesheet for last week.
We're waiting on your numbers before we can close the forecast.
Could you let me know whether the room is free on Thursday?
Do you know who has the key to the archive?
Has the new starter been given a laptop yet?
Is the stock count for March done?
Are the invoices from October paid?
Did the parcel from Berlin arrive?
Can I count on you for the stocktake on Saturday?
Let me know by Wednesday if you can cover the late shift.
Just a gentle nudge on the supplier form.
Any update on the refund for the Harris order?
Where are we with the insurance claim?
Is there any news from the landlord?
Could you and Sam sort out the handover between you?
Sorry to chase, but I still need the signed NDA.
I know you're busy, but the client is waiting for the revised quote.
Both of you, please send me your availability for the workshop.
Hi all, please complete the fire safety training by the end of the month.
Everyone needs to clear their desk before the move on Friday.
When you're back, could you call the supplier about the late delivery?
If you have five minutes today, have a quick read of the draft.
No rush on this, but can you check the numbers in tab 3?
Would Tuesday or Wednesday suit you better for the review?
Which of the two options do you prefer?
What time works for you tomorrow?
Who is covering reception on Friday afternoon?
Can you make sure the van is back by 6pm?
Let's get the contract signed this week, so please send it over when you can.
I'd love your thoughts on the new layout.
Happy for you to go ahead, just let me know the final figure.
Send me the latest version when it's ready.
Could you double-check the delivery address before we confirm?
Please can you book the meeting room for Thursday?
Over to you for the final sign-off.
We need your decision on the venue by Monday.
We'll need the updated forecast from you before the board meeting.
Can we get your input on the draft policy?
You'll need to renew your parking permit before the 30th.`.split('\n'),
  handNone: `How was your weekend?
How are things?
Lovely weather today, isn't it?
Did you have a good holiday?
Hope all is well at home.
Hope you had a good weekend.
What a week, eh?
Who would have thought it?
Why is the printer always broken on a Monday?
Isn't it great how quickly the team pulled this together?
Thanks for the quick reply!
Thanks for chasing that up.
Thank you all for a great year.
Have a good weekend, everyone!
Best wishes, Tom
Kind regards
Hi Sarah,
Dear all,
I'm not in the office today or tomorrow.
I'm on annual leave until 14 August with no access to email.
Your message will not be forwarded.
For info: the canteen is closed on Friday.
The new rota starts on Monday.
The refurbishment is on schedule.
We sent the order yesterday.
I'll send you the final version tomorrow.
I'll come back to you on Friday.
I'll let you know as soon as I hear more.
I'll take care of it tomorrow.
Let me know if there's anything I can help with.
Let me know if you have any questions.
Don't hesitate to get in touch if anything is unclear.
You don't need to do anything else.
It's all sorted already.
The client was very happy with the presentation.
Tuesday's meeting is cancelled.
Mark sent the quote yesterday.
Emma asked whether the meeting room was free.
The auditors still have to sign off the accounts.
The report will be finished by procurement.
The new laptops are being handed out next week.
Good news: we won the tender!
Congratulations on the new role!
See the customer's question below.
Forwarded for information.
Sent from my iPhone
This email may contain confidential information.
Sorry for the slow reply.
Great, thanks!
Perfect, let's do that then.
Sounds good.
Who knows what next year will bring?
It's going to be a busy December, isn't it?
FYI, the schedule has changed.
I've already asked Owen if he can book the room.
Have a lovely evening!
Please note the office is closed on Friday.
How did the move go?
Enjoy your holiday!
We should grab lunch soon.
We're still waiting on the supplier for the new dates.
I still need to finish the slides myself.
I need to leave early today for a dentist appointment.
Still no word from the landlord about the heating.
Did you see the email from facilities about parking?
Are you coming to the Christmas party?
Anyone else freezing in the office today?
Can you believe it's December already?
We're all looking forward to the launch.
Fingers crossed the weather holds for the picnic.`.split('\n'),
};
