// Background service worker: owns the database and answers messages. Wiring only.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { AcklyDatabase } from '@/utils/db/database';
import { createRepository } from '@/utils/db/repository';
import { listen } from '@/utils/messaging/server';
import { createHandlers, threadState } from './handlers';

export default defineBackground({
  main() {
    const repo = createRepository(new AcklyDatabase());
    listen(
      browser,
      createHandlers({
        repo,
        now: () => Date.now(),
        analyzeThread: async (thread) => threadState(repo, thread.webmail, thread.threadId),
        onChange: () => {},
      }),
    );
  },
});
