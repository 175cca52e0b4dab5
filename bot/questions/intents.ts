// Everything besides the knowledge entries that the question matcher recognises: the
// deployment-advice and health-check requests, off-topic questions, the shapes a question
// takes, and the topic words that make a message ours. Data only; classify.ts uses it.
import { PARAM, type Cue } from './knowledge.js';

/** A request the classifier learns from examples and cues, like a knowledge entry. */
export interface IntentSpec {
  readonly examples: readonly string[];
  readonly cues: readonly Cue[];
}

const re = (source: string) => new RegExp(source);

/** "Should I turn it on?": the deployment-advice dialogue (advice.ts). */
export const adviceIntent: IntentSpec = {
  examples: [
    'should i turn on SS_TCP_CLOSE_RESET',
    'should we enable rst mode',
    'do you recommend the tcp close reset',
    'is it a good idea to enable SS_TCP_CLOSE_RESET',
    'on or off for our switch',
    'should i use rst at 300 cps',
    'would you enable the reset mode for a wholesale switch',
    'is rst ok for us',
    'what setting do you recommend for SS_TCP_CLOSE_RESET',
    'is it safe to enable tcp close reset',
    'do we need rst mode',
    'should SS_TCP_CLOSE_RESET be on or off',
    'we have phones behind nat, should we enable rst',
    'is it worth switching to rst',
  ],
  cues: [
    { pattern: re(` should (?:i|we|it|one|you|rst|reset|this|that|${PARAM}) (?:turn|enable|use|set|switch|activate|keep|put|leave|disable|go|be|have|change|move)?`), weight: 3 },
    { pattern: / (?:recommend|recommended|recommendation|advise|advice|suggest|suggestion|best practice|best setting|best value) /, weight: 3 },
    { pattern: re(` is (?:it|rst|reset|${PARAM}) (?:a )?(?:ok|okay|safe|good|better|wise|fine|bad|risky|recommended|needed|necessary|good idea|bad idea|advisable)| (?:rst|reset|it) (?:ok|okay|safe|fine) (?:for|with|at|here)? `), weight: 2.5 },
    { pattern: re(` on or off | off or on | worth (?:it|enabling|turning|switching|using)| do (?:i|we) need (?:it|to enable|to turn|rst|reset|this|${PARAM})| (?:would|will) you (?:enable|turn on|use|keep)| good idea `), weight: 2.5 },
  ],
};

/** "Check my server": a read-only health check. */
export const healthCheckIntent: IntentSpec = {
  examples: [
    'check my box please',
    'can you check our switch',
    'please run a health check',
    'look at my server',
    'can you have a look at vos',
    'check it',
    'yes check the server',
    'how is our switch doing today',
    'what is my current setting',
    'show me the real figures of my server',
    'please verify our settings',
    'check time_wait on my server',
    'inspect the box please',
  ],
  cues: [
    { pattern: / (?:check|look at|inspect|verify|examine|scan|audit|review|diagnose) (?:my |our |the |this |that |all |mine )?(?:[a-z0-9]+ )?(?:server|servers|switch|softswitch|box|system|vos3000|settings|setup|config|configuration|machine)s? /, weight: 3 },
    { pattern: / health ?check| check ?up |^ (?:please |pls |kindly )?(?:check|look)(?: it| now| again| please| pls| server| them)* $/, weight: 3 },
    { pattern: / (?:can|could|would|will) you (?:please |pls |kindly )?(?:check|look|have a look|take a look|inspect|verify|see|examine|diagnose)| please (?:check|look at|have a look|take a look|inspect)| (?:check|look at|inspect) (?:[a-z0-9]+ ){0,3}(?:on|of|in) (?:my|our) (?:server|switch|box|system|vos3000) /, weight: 2 },
    { pattern: re(` (?:how is|hows|status of|state of) (?:my|our|the) (?:server|switch|box|softswitch|system)| (?:real|actual|current|live|our|my) (?:figures|numbers|values|state|stats|statistics)| (?:what is|whats|what s) (?:my|our|the) (?:current )?(?:${PARAM} )?(?:setting|value|timewait|rst|mode|port range|config)(?: on (?:my|our) server)?`), weight: 2.5 },
  ],
};

/**
 * Questions about other things (billing, the portal, routing, transports in general …): they
 * go to a person, as before. Here only so that the classifier has somewhere to put them.
 */
export const otherQuestions: readonly string[] = [
  'what is my balance',
  'how do i top up my account',
  'what is the url of the web portal',
  'how do i add a new routing gateway',
  'which ports should i open in the firewall for sip',
  'what ports do i need to allow on my firewall',
  'what is the sip server address',
  'is tcp supported or only udp',
  'can we use tls for the trunk',
  'how to switch the trunk from udp to tcp',
  'how do i register a new extension',
  'what codec should i use',
  'how to set codec priority',
  'how much is the license renewal',
  'what is the price of vos3000',
  'can you install vos on my new server',
  'how many calls per second can one server handle',
  'how do i change the caller id',
  'why is the asr low on this route',
  'when will my invoice come',
  'who is my account manager',
  'how do i reset my portal password',
  'where can i download the vos3000 client',
  'which version of vos do we run',
  'how to backup the database',
  'do you support h323',
  'how to block a number',
  'what is the sip port for tcp',
  'can we move our trunk to tcp',
  'how to configure nat keepalive on the phone',
  'why do calls drop after 30 seconds',
  'what is one way audio',
  'how do i increase my cps limit',
  'how can i see cdrs',
];

/** How a message is put: what kind of question, if any. Checked in this order; the first that fits wins. */
export type QuestionForm = 'trouble' | 'advice' | 'definition' | 'request' | 'question' | 'statement';

/**
 * The shapes, on the normalised phrase:
 * - `trouble`: asks for a way out of a problem they have ("why do …", "how to fix …");
 * - `advice`: asks what to do ("should I …", "is it ok …");
 * - `definition`: asks how things are ("what is …", "default", "where do I set …");
 * - `request`: asks the assistant to do something ("can you check …", "please …");
 * - `question`: a question mark and nothing more telling.
 */
export const questionForms: readonly { readonly form: Exclude<QuestionForm, 'question' | 'statement'>; readonly pattern: RegExp }[] = [
  // "Why" about their own system is trouble ("why are my phones…"); "why does RST break NAT" is not.
  { form: 'trouble', pattern: / why (?:(?:do|does|did|is|are|am|was|were|cant|cannot|not|would|will|have|has)(?: not)? )?(?:we|i|my|our|us|the phones|phones|calls|extensions|users|customers|it keeps|this keeps|cant|cannot|not) | how (?:to|do i|can i|do we|can we|should i|should we|could i|could we) (?:fix|solve|resolve|stop|avoid|prevent|get rid|repair|cure|handle) | what (?:should|can|do|could|must) (?:i|we) do | (?:any|some) (?:idea|ideas|solution|solutions|fix|fixes|suggestion|suggestions) /, },
  { form: 'advice', pattern: re(` should (?:i|we|it|one|you|rst|reset|this|that|${PARAM}) | recommend| advi[sc]e | suggest| is (?:it|rst|reset|${PARAM}) (?:a )?(?:ok|okay|safe|good|better|wise|fine|bad|risky|recommended|needed|necessary|good idea|bad idea|advisable) | on or off | off or on | worth | do (?:i|we) need | (?:would|will) you (?:enable|turn on|use|keep) | good idea | best (?:practice|setting|value) `) },
  { form: 'request', pattern: /^ (?:can|could|would|will) you (?:please |pls |kindly )?(?:check|look|have a look|take a look|inspect|verify|run|diagnose|examine|see) |^ (?:please |pls |kindly )?(?:check|look at|inspect|verify|run|diagnose) / },
  { form: 'definition', pattern: /^ (?:what|whats|which|where|when|how|explain|define|describe|tell|meaning|difference|is|are|does|do|can|will|would|could|did) | (?:what|whats|which|where|how) (?:is|are|does|do|s|about|happens|changes|command|file|menu|value|setting|port|kernel|to|can|long|many) | meaning | default | explain | difference | tell me | does (?:it|this|that|rst|reset|udp|tls|nat) | (?:is|are) there | pros and cons | vs | versus | why | (?:dis)?advantages? | downsides? | drawbacks? | benefits? | side effects? | risks? | known (?:issues|problems) | list of | (?:command|commands|way|ways) (?:for|to) /, },
  { form: 'request', pattern: / (?:can|could|would|will) you | please | pls | kindly |^ (?:check|look|show|tell|give|send|run) /, },
];

/**
 * Topic words: a message mentions at least one of these to be about what we know. Keys are
 * for evidence; each pattern reads the normalised phrase.
 */
export const topics: Readonly<Record<string, RegExp>> = {
  param: re(` ${PARAM} `),
  rst: / (?:rst|reset|resets) /,
  fin: / (?:fin|graceful close) /,
  timewait: / timewait /,
  kernel: / (?:tcptwreuse|twreuse|tw reuse|iplocalportrange|port range|local ports?|ephemeral|tcptwrecycle|twrecycle|tcpfintimeout|fin timeout|sysctl|kernel) /,
  tcpClose: / (?:tcp|sip tcp) (?:close|closing|connections? close)/,
  closeNotify: / (?:closenotify|close notify) /,
  netstat: / (?:netstat|ss s|ss tan) /,
};

/** The topic words that only count together with a parameter-ish word ("does it matter for udp?" counts, "what about udp?" too). */
export const contextTopics: Readonly<Record<string, RegExp>> = {
  udp: / udp /,
  tls: / (?:tls|sips|5061) /,
  nat: / (?:nat|behind (?:a |the )?router) /,
  firewall: / (?:firewall|firewalls|iptables|conntrack|stateful) /,
  cps: / (?:cps|calls per second|calls a second) /,
};

/** Whole messages that ask what the assistant can do. */
export const helpPattern = /^ (?:help|menu|commands|options|start|\?|what can you do|what do you do|how can you help(?: me| us)?|what can i ask(?: you)?|what are you|who are you|what can you help (?:me |us )?with|how does this work|how do you work|what can this bot do|what can the bot do) $/;
