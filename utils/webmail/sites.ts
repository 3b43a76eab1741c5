// The webmails Ackly serves: their names and the origins their content scripts run on. The
// manifest's host access comes from these origins alone (through the content scripts' matches).
import type { WebmailId } from './types';

export const WEBMAIL_ORIGINS: Record<WebmailId, readonly string[]> = {
  gmail: ['https://mail.google.com'],
  outlook: [
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook.live.com',
    'https://outlook.cloud.microsoft',
  ],
};

/** The product names people know (not translated). */
export const WEBMAIL_NAMES: Record<WebmailId, string> = { gmail: 'Gmail', outlook: 'Outlook' };

/** Content-script match patterns of one webmail. */
export const matchesOf = (webmail: WebmailId): string[] => WEBMAIL_ORIGINS[webmail].map((origin) => `${origin}/*`);

/** Which webmail a page address belongs to, or null. */
export function webmailOfUrl(url: string): WebmailId | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  for (const [webmail, origins] of Object.entries(WEBMAIL_ORIGINS) as [WebmailId, readonly string[]][]) {
    if (origins.includes(origin)) return webmail;
  }
  return null;
}
