/** EMAIL: RFC 5322 "dot-atom" addresses as they appear in running text (no quoted local parts). */
import { PatternRecognizer } from '../recognizer.js';

export const emailRecognizer = new PatternRecognizer({
  name: 'email',
  type: 'EMAIL',
  prefilter: (t) => t.includes('@'),
  patterns: [
    {
      name: 'dot-atom',
      // Local part, @, domain labels, TLD of 2+ letters; not glued to other word characters.
      regex: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu,
      score: 0.95,
    },
  ],
  validate: (value) => {
    const local = value.slice(0, value.indexOf('@'));
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return { valid: false };
    return null;
  },
  context: { fr: ['mail', 'courriel', 'e-mail', 'adresse'], en: ['email', 'e-mail', 'mail', 'contact'] },
  contextBoost: 0.05,
});
