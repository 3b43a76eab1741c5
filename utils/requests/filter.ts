// Search in the popup: every word must appear in the sender, subject or request sentence.
import type { TrackedRequest } from '@/utils/db/types';

export function filterOwed(requests: readonly TrackedRequest[], query: string): TrackedRequest[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...requests];
  return requests.filter((r) => {
    const haystack = [r.sender.name, r.sender.email, r.subject, ...r.analysis.requestSentences]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
