// How many requests per second the repository can track (fake-indexeddb in Node: a lower bound
// for the real IndexedDB in the browser).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { AcklyDatabase } from '../utils/db/database';
import { createRepository, type TrackInput } from '../utils/db/repository';
import { trackInput } from '../test/fixtures';

export function benchInput(i: number): TrackInput {
  return trackInput({
    messageId: `bench-${i}`,
    threadId: `thread-${i % 500}`,
    threadUrl: `https://mail.google.com/mail/u/0/#inbox/thread-${i}`,
    sender: { name: `Colleague ${i % 50}`, email: `colleague${i % 50}@example.com` },
    subject: `Request number ${i}`,
    receivedAt: 1_780_000_000_000 + i * 60_000,
  });
}

export async function benchDb(count = 2000): Promise<{ db_track_per_s: number }> {
  const repo = createRepository(new AcklyDatabase(`ackly-bench-${Date.now()}`));
  const start = performance.now();
  for (let i = 0; i < count; i++) await repo.track(benchInput(i), 1_780_000_000_000);
  const seconds = (performance.now() - start) / 1000;
  await repo.db.delete();
  return { db_track_per_s: Math.round(count / seconds) };
}
