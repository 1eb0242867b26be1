import { describe, expect, it } from 'vitest';
import { attributesView, isSpeechVerb, SPEECH_VERB } from '../../src/language/speech-verbs.js';

describe('speech verbs', () => {
  it('knows every form a report uses: "said", "adds", "noting", "admitted", "pointed out"', () => {
    for (const form of ['said', 'Says', 'told', 'adds', 'noting', 'admitted', 'quipped', 'replied', 'pointed  out', 'indicated']) {
      expect(isSpeechVerb(form), form).toBe(true);
    }
  });

  it('does not take a view ("believes") or an ordinary verb ("signed") for speech', () => {
    expect(isSpeechVerb('believes')).toBe(false);
    expect(isSpeechVerb('signed')).toBe(false);
  });

  it('counts views as attributing: "believes", "thinks", "wants"', () => {
    expect(attributesView('believes')).toBe(true);
    expect(attributesView('thought')).toBe(true);
    expect(attributesView('said')).toBe(true);
    expect(attributesView('signed')).toBe(false);
  });

  it('matches the longest form in running text, "pointed out" before "pointed"', () => {
    const match = new RegExp(String.raw`\b${SPEECH_VERB}\b`).exec('Lee pointed out that taxes rose');
    expect(match?.[0]).toBe('pointed out');
  });
});
