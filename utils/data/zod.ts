// zod's settings for every schema of the background. zod/mini instead of the full zod: the same
// checks and messages at a fraction of the code the service worker loads each time it starts.
import { en } from 'zod/locales';
import * as z from 'zod/mini';

export const ZOD_CONFIG = {
  // Extension pages and the worker forbid eval (Manifest V3's content security policy). Without
  // this, zod's first parse probes whether `Function('')` works, which the browser blocks and
  // reports in its console.
  jitless: true,
  // zod/mini ships no messages of its own: the English ones, as the full zod has them.
  ...en(),
};

/** A string of at most `max` characters; `someText`: and at least one. */
export const text = (max: number) => z.string().check(z.maxLength(max));
export const someText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
