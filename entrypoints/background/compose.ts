// Fills reply templates for content scripts: picks the best template of a kind in the email's
// language (the user's own first, then the built-ins) and fills its variables from the request.
import type { Repository } from '@/utils/db/repository';
import type { ComposedTemplate } from '@/utils/messaging/protocol';
import { PermissionError, type Handlers } from '@/utils/messaging/server';
import type { Settings } from '@/utils/settings/model';
import { firstNameOf, pickTemplates, renderTemplate, type TemplateVars } from '@/utils/templates';
import { FIGURE_WORDS, UNSAID_WISHES } from '@/utils/templates/builtin';
import type { TrackedRequest } from '@/utils/db/types';
import type { Lang } from '@/utils/languages';
import { mergeTemplates } from './data-handlers';

export interface ComposeDeps {
  repo: Repository;
  now?: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
}

/** A request quoted briefly: its first 160 characters, cut at a word. */
function brief(sentence: string | null): string | null {
  if (!sentence || sentence.length <= 160) return sentence;
  return `${sentence.slice(0, 160).replace(/\s+\S*$/, '')}…`;
}

/**
 * Meeting the wishes a colleague did not say, for a request they sent: ask by when they need it
 * when they gave no deadline; say so when the attachment they mention did not come; leave a marked
 * place in the answer for what they asked to be sent (a file, figures).
 */
export function unsaidWishes(
  request: TrackedRequest | null,
  lang: Lang,
): Pick<TemplateVars, 'deadlineAsk' | 'attachmentNote' | 'toSend'> {
  if (!request || request.state === 'waiting' || request.state === 'answered') return {};
  const words = UNSAID_WISHES[lang];
  const asked = request.analysis.requestSentences.join(' ');
  const hint = request.analysis.attachmentHint;
  return {
    deadlineAsk: request.analysis.dueAt === null ? words.deadlineAsk : null,
    attachmentNote: hint === 'missing' ? words.attachmentNote : null,
    toSend: hint === 'requested' ? words.sendFile : FIGURE_WORDS.test(asked) ? words.sendFigures : null,
  };
}

export function composeHandlers(deps: ComposeDeps): Pick<Handlers, 'template.compose'> {
  return {
    async 'template.compose'({ kind, webmail, requestId, to, subject, me }, caller) {
      if (caller.kind === 'content-script' && caller.webmail !== webmail) {
        throw new PermissionError('Thread belongs to another webmail');
      }
      const request = requestId === undefined ? null : await deps.repo.require(requestId);
      if (request && caller.kind === 'content-script' && request.webmail !== caller.webmail) {
        throw new PermissionError(`Request ${requestId} belongs to another webmail`);
      }
      const settings = await deps.settings();
      const [template] = pickTemplates(mergeTemplates(await deps.repo.templates()), {
        kind,
        language: request?.language ?? null,
        fallbackLanguage: settings.defaultLanguage,
      });
      if (!template) return null;
      const sender = request?.sender ?? to ?? null;
      // Templates promise the answer by the reply due time; on the user's own request (a nudge)
      // they ask for the deadline the user gave, while it is still ahead.
      const now = (deps.now ?? Date.now)();
      const own = request?.state === 'waiting' || request?.state === 'answered';
      const deadline = request?.analysis.dueAt ?? null;
      const due = own ? (deadline !== null && deadline > now ? deadline : null) : (request?.replyDueAt ?? null);
      const { text } = renderTemplate(
        template.body,
        {
          firstName: sender ? firstNameOf(sender.name, sender.email) : null,
          senderName: sender?.name ?? null,
          myName: settings.myName || me?.name || null,
          subject: request?.subject ?? subject ?? null,
          dueDate: due === null ? null : new Date(due),
          requestSummary: brief(request?.analysis.requestSentences[0] ?? null),
          ...unsaidWishes(request, template.language),
        },
        template.language,
        { timeZone: deps.timeZone(settings) },
      );
      const result: ComposedTemplate = { templateId: template.id, language: template.language, text };
      return result;
    },
  };
}
