// One-click snoozes from content scripts: the time is worked out here, from the user's working
// hours and holidays, so the page needs neither the settings nor the scheduling code.
import type { Repository } from '@/utils/db/repository';
import { PermissionError, type Handlers } from '@/utils/messaging/server';
import { snoozeUntil } from '@/utils/schedule';
import type { Settings } from '@/utils/settings/model';

export interface SnoozeDeps {
  repo: Repository;
  now: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
  onChange: () => void;
}

export function snoozeHandlers(deps: SnoozeDeps): Pick<Handlers, 'request.snoozePreset'> {
  return {
    async 'request.snoozePreset'({ id, preset }, caller) {
      const request = await deps.repo.require(id);
      if (caller.kind === 'content-script' && caller.webmail !== request.webmail) {
        throw new PermissionError(`Request ${id} belongs to another webmail`);
      }
      const settings = await deps.settings();
      const now = deps.now();
      const until = snoozeUntil(preset, now, settings, deps.timeZone(settings));
      const updated = await deps.repo.transition(id, 'snooze', now, { snoozedUntil: until });
      deps.onChange();
      return updated;
    },
  };
}
