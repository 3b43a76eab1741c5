// The sentence models as shipped: text that weights.ts reads on a language's first use, and the
// scorer that sums their weights without building feature strings.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/languages';
import { forEachFeature, sentenceScore } from '@/utils/detect/model/features';
import { MODEL_TEXT, modelOf, parseWeights } from '@/utils/detect/model/weights';

describe('sentence model weights', () => {
  it('reads "feature weight" lines and skips blank and malformed ones', () => {
    const weights = parseWeights(
      "\nbias -0.512\nw:please 1.250\nb:can_you 0.5\nw:don't -0.030\nnot-a-line\nw:x abc\nw:y \n",
    );
    expect(weights).toEqual({ bias: -0.512, 'w:please': 1.25, 'b:can_you': 0.5, "w:don't": -0.03 });
  });

  it('gives every language a model, one weight a line of its text, read once', () => {
    for (const lang of LANGUAGES) {
      const model = modelOf(lang);
      expect(model, lang).not.toBeNull();
      const lines = MODEL_TEXT[lang].split('\n').filter((line) => line.trim() !== '');
      expect(Object.keys(model!)).toHaveLength(lines.length);
      expect(typeof model!.bias).toBe('number');
      expect(modelOf(lang)).toBe(model);
    }
  });

  it('scores a sentence as the sum of the weights of its features, in every language', () => {
    const sentences: Record<string, string> = {
      en: "could you send me the budget figures by friday? i'd need them for the review.",
      nl: 'kun je mij de offerte vóór donderdag sturen?',
      de: 'könnten sie mir bitte bis freitag die unterlagen schicken?',
      pl: 'czy mógłbyś przesłać mi raport do piątku?',
      nb: 'kan du sende meg rapporten innen fredag?',
    };
    for (const lang of LANGUAGES) {
      const model = modelOf(lang)!;
      const cues = ['r0', 'meeting'];
      let sum = 0;
      forEachFeature(sentences[lang]!, cues, (f) => (sum += model[f] ?? 0), lang);
      expect(sentenceScore(sentences[lang]!, cues, model, lang)).toBeCloseTo(sum, 9);
      expect(sum).not.toBe(0);
    }
  });
});
