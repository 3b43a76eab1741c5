// Fills reply templates for content scripts: picks the best template of a kind in the email's
// language (the user's own first, then the built-ins) and fills its variables from the request.
import type { Repository } from '@/utils/db/repository';
import type { ComposedTemplate } from '@/utils/messaging/protocol';
import { PermissionError, type Handlers } from '@/utils/messaging/server';
import type { Settings } from '@/utils/settings/model';
import { firstNameOf, pickTemplates, renderTemplate } from '@/utils/templates';
import { mergeTemplates } from './data-handlers';

export interface ComposeDeps {
  repo: Repository;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
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
      const due = request?.replyDueAt ?? null;
      const { text } = renderTemplate(
        template.body,
        {
          firstName: sender ? firstNameOf(sender.name, sender.email) : null,
          senderName: sender?.name ?? null,
          myName: settings.myName || me?.name || null,
          subject: request?.subject ?? subject ?? null,
          dueDate: due === null ? null : new Date(due),
          requestSummary: request?.analysis.requestSentences[0] ?? null,
        },
        template.language,
        { timeZone: deps.timeZone(settings) },
      );
      const result: ComposedTemplate = { templateId: template.id, language: template.language, text };
      return result;
    },
  };
}
