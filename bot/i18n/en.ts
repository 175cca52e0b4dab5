/**
 * The fixed messages in English, the default. Every language has the same keys (the type
 * checks it; so does test/bot/i18n.test.ts). Figures, setting names and run ids stay as they are.
 */
export const en = {
  /** The answer to "hi". */
  greeting: 'Hello! Tell me what you see on your switch (an error, calls failing, phones offline), or ask me about SS_TCP_CLOSE_RESET.',
  /** A read-only diagnosis starts. */
  checking: (server: string) => `Checking ${server} (read-only)…`,
  /** The head of a proposal's list of changes. */
  proposedFix: (runId: string) => `Proposed fix (run ${runId}):`,
  /** The end of a proposal: what happens next. */
  review: "An engineer will review it; I'll tell you when it starts.",
  /** A fix was applied and verified. */
  done: (server: string, now: string) => `Done. ${server} now: ${now}.`,
  /** A message the assistant cannot handle goes to a person. */
  handOff: "That isn't something I can fix automatically. I've passed it to the support team with your message; someone will reply here.",
  /** The message went to a person (said after something else). */
  handedOff: "I've passed it to the support team with your message; someone will reply here.",
  /** The customer asked for a person. */
  personAsked: "I've asked the support team to reply here; an engineer will write to you.",
  /** The answer to "thanks". */
  welcome: "You're welcome.",
  // A run that failed, in plain words (the technical reason goes to the engineers and the run):
  /** The server could not be reached; nothing was changed. */
  couldNotReach: (server: string) => `I could not reach ${server} right now; nothing was changed. I've told the support team.`,
  /** The server did not answer in time; nothing was changed. */
  noAnswer: (server: string) => `${server} did not answer in time; nothing was changed. I've told the support team.`,
  /** The server's host key is not the one on record; nothing was changed. */
  hostKeyChanged: (server: string) => `${server} did not identify itself the way we have on record, so I stopped to be safe; nothing was changed. I've told the support team.`,
  /** The server refused the login; nothing was changed. */
  loginRefused: (server: string) => `${server} did not accept my login; nothing was changed. I've told the support team.`,
  /** A change did not check out and was put back. */
  putBack: (server: string) => `The fix on ${server} did not work as expected, so I put everything back as it was. I've told the support team; someone will write here.`,
  /** A change could not be fully put back: people are on it. */
  undoIncomplete: (server: string) => `The work on ${server} did not complete and could not be fully undone. The support team is on it now and will write here.`,
  /** Anything else. */
  failedOther: (server: string) => `Something went wrong on my side with ${server}. I've told the support team; someone will write here.`,
  /** A watch started: when, how often. */
  watching: (server: string, window: string, every: string) => `Watching ${server} ${window}, every ${every} minutes (read-only). Say "stop watching" to stop.`,
  /** The follow-up after a fix: the figures, and the fix holds. */
  followUpHolds: (server: string, figures: string) => `Follow-up on ${server}: ${figures}. The fix holds.`,
  /** The follow-up after a fix: the figures, and the problem is still there. */
  followUpPersists: (server: string, figures: string) => `Follow-up on ${server}: ${figures}. It is still there; an engineer is looking at it and will write here.`,
} as const;

/** The fixed messages of one language. */
export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
