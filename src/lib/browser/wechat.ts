/** WeChat's built-in browser (and its Work variant) announce themselves as MicroMessenger. */
export const isWeChat = (userAgent: string) => /MicroMessenger/i.test(userAgent);
