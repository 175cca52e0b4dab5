import type { Catalogue } from './en.js';

/** The fixed messages in Chinese (简体中文), for customers who write in Chinese. */
export const zh: Catalogue = {
  greeting: '您好！请告诉我您的交换机出现了什么情况（报错、呼叫失败、话机离线），或者问我关于 SS_TCP_CLOSE_RESET 的问题。',
  checking: (server) => `正在检查 ${server}（只读，不做任何更改）…`,
  proposedFix: (runId) => `建议的修复（运行 ${runId}）：`,
  review: '工程师会审核这个方案；开始执行时我会通知您。',
  done: (server, now) => `已完成。${server} 现在：${now}。`,
  handOff: '这个问题我无法自动处理。我已把您的消息转给技术支持团队，会有人在这里回复您。',
  handedOff: '我已把您的消息转给技术支持团队，会有人在这里回复您。',
  personAsked: '我已请技术支持团队在这里回复；工程师会联系您。',
  welcome: '不客气。',
  couldNotReach: (server) => `我现在无法连接到 ${server}；没有做任何更改。我已通知技术支持团队。`,
  noAnswer: (server) => `${server} 没有及时响应；没有做任何更改。我已通知技术支持团队。`,
  hostKeyChanged: (server) => `${server} 的身份与我们的记录不一致，为安全起见我已停止；没有做任何更改。我已通知技术支持团队。`,
  loginRefused: (server) => `${server} 拒绝了我的登录；没有做任何更改。我已通知技术支持团队。`,
  putBack: (server) => `${server} 上的修复没有达到预期效果，所以我已将一切恢复原样。我已通知技术支持团队，稍后会有人在这里回复。`,
  undoIncomplete: (server) => `${server} 上的操作没有完成，也未能完全撤销。技术支持团队正在处理，稍后会在这里回复。`,
  failedOther: (server) => `处理 ${server} 时我这边出了问题。我已通知技术支持团队，稍后会有人在这里回复。`,
  watching: (server, window, every) => `正在监控 ${server} ${window}，每 ${every} 分钟检查一次（只读）。回复 "stop watching" 即可停止。`,
  followUpHolds: (server, figures) => `${server} 的跟进检查：${figures}。修复有效。`,
  followUpPersists: (server, figures) => `${server} 的跟进检查：${figures}。问题仍然存在；工程师正在处理，会在这里回复。`,
};
