import type { Catalogue } from './en.js';

/** The fixed messages in Bengali (বাংলা), for customers who write in Bengali script. */
export const bn: Catalogue = {
  greeting: 'হ্যালো! আপনার সুইচে কী দেখছেন লিখুন (কোনো error, কল ফেইল হচ্ছে, ফোন অফলাইন), অথবা SS_TCP_CLOSE_RESET নিয়ে প্রশ্ন করুন।',
  checking: (server) => `${server} পরীক্ষা করছি (শুধু দেখছি, কিছু বদলাচ্ছি না)…`,
  proposedFix: (runId) => `প্রস্তাবিত সমাধান (রান ${runId}):`,
  review: 'একজন ইঞ্জিনিয়ার এটি দেখে অনুমোদন দেবেন; কাজ শুরু হলে আপনাকে জানাব।',
  done: (server, now) => `সম্পন্ন। ${server} এখন: ${now}।`,
  handOff: 'এটি আমি নিজে থেকে ঠিক করতে পারি না। আপনার বার্তাটি সাপোর্ট টিমকে পাঠিয়েছি; কেউ এখানেই উত্তর দেবেন।',
  handedOff: 'আপনার বার্তাটি সাপোর্ট টিমকে পাঠিয়েছি; কেউ এখানেই উত্তর দেবেন।',
  personAsked: 'সাপোর্ট টিমকে এখানে উত্তর দিতে বলেছি; একজন ইঞ্জিনিয়ার আপনাকে লিখবেন।',
  welcome: 'আপনাকেও ধন্যবাদ।',
  watching: (server, window, every) => `${server} নজরে রাখছি ${window}, প্রতি ${every} মিনিটে (শুধু দেখছি)। থামাতে "stop watching" লিখুন।`,
  followUpHolds: (server, figures) => `${server} ফলো-আপ: ${figures}। সমাধান কাজ করছে।`,
  followUpPersists: (server, figures) => `${server} ফলো-আপ: ${figures}। সমস্যাটি এখনো আছে; একজন ইঞ্জিনিয়ার দেখছেন এবং এখানে লিখবেন।`,
};
