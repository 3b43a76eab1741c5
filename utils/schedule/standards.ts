// Service standards: which one applies to a sender, and the due times it gives a request.
import type { AppliedStandard } from '../db/types';
import type { Settings } from '../settings/model';
import { addWorkingMinutes } from './working-time';

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/** A person's own standard beats their domain's, which beats the default. Subdomains match their domain. */
export function standardFor(senderEmail: string, settings: Settings): AppliedStandard {
  const email = senderEmail.trim().toLowerCase();
  const domain = domainOf(email);
  let domainMatch: { ackWithinMinutes: number; replyWithinMinutes: number } | null = null;
  for (const override of settings.overrides) {
    const match = override.match.trim().toLowerCase().replace(/^@/, '');
    if (!match) continue;
    if (match.includes('@')) {
      if (match === email) {
        return {
          ackWithinMinutes: override.ackWithinMinutes,
          replyWithinMinutes: override.replyWithinMinutes,
          source: 'person',
        };
      }
    } else if (!domainMatch && domain && (domain === match || domain.endsWith(`.${match}`))) {
      domainMatch = override;
    }
  }
  if (domainMatch) {
    return {
      ackWithinMinutes: domainMatch.ackWithinMinutes,
      replyWithinMinutes: domainMatch.replyWithinMinutes,
      source: 'domain',
    };
  }
  return { ...settings.standard, source: 'default' };
}

export interface DueInput {
  receivedAt: number;
  /** A deadline the sender stated, if any. */
  detectedDueAt: number | null;
  standard: AppliedStandard;
  settings: Settings;
  timeZone: string;
}

/**
 * When the acknowledgement and the answer are due. The answer is due by the standard or by the
 * sender's own deadline, whichever is earlier; the acknowledgement is never due after the answer.
 */
export function computeDue({ receivedAt, detectedDueAt, standard, settings, timeZone }: DueInput): {
  ackDueAt: number;
  replyDueAt: number;
} {
  const { workingHours, holidays } = settings;
  let replyDueAt = addWorkingMinutes(receivedAt, standard.replyWithinMinutes, workingHours, holidays, timeZone);
  if (detectedDueAt !== null && Number.isFinite(detectedDueAt) && detectedDueAt < replyDueAt)
    replyDueAt = detectedDueAt;
  const ackDueAt = Math.min(
    addWorkingMinutes(receivedAt, standard.ackWithinMinutes, workingHours, holidays, timeZone),
    replyDueAt,
  );
  return { ackDueAt, replyDueAt };
}
