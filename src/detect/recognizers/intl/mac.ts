/**
 * MAC_ADDRESS: IEEE 802 MAC-48/EUI-48 addresses, `aa:bb:cc:dd:ee:ff`, `AA-BB-CC-DD-EE-FF` (one separator throughout)
 * or Cisco's `aabb.ccdd.eeff`. Broadcast and all-zero addresses identify no device.
 * Spec: IEEE 802-2014 clause 8.
 */
import { PatternRecognizer } from '../../recognizer.js';

const H2 = '[0-9A-Fa-f]{2}';
const MAC_RE = new RegExp(`[0-9A-Fa-f](?<![\\w:.-][0-9A-Fa-f])[0-9A-Fa-f]([:-])${H2}(?:\\1${H2}){4}(?![\\w]|[:-]\\w)`, 'g');
const CISCO_RE = /[0-9A-Fa-f](?<![\w.][0-9A-Fa-f])[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w]|\.\w)/g;

export const macRecognizer = new PatternRecognizer({
  name: 'mac',
  type: 'MAC_ADDRESS',
  prefilter: (t) => /[:.-][0-9A-Fa-f]{2}[:.-][0-9A-Fa-f]{2}[:.-]|\.[0-9A-Fa-f]{4}\./.test(t),
  patterns: [
    { name: 'mac-48', regex: MAC_RE, score: 0.8 },
    { name: 'mac-cisco', regex: CISCO_RE, score: 0.6 },
  ],
  validate: (v) => {
    const hex = v.replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
    if (/^(?:0+|f+)$/.test(hex)) return { valid: false };
    // Cisco form: plain digits groups (e.g. 1234.5678.9012) are more often numbers than MACs.
    if (v.includes('.') && !/[a-f]/i.test(v)) return { valid: false };
    return { valid: true, note: 'EUI-48 shape' };
  },
  context: { fr: ['mac', 'adresse mac', 'wifi', 'carte réseau', 'appareil'], en: ['mac', 'mac address', 'device', 'wifi', 'hwaddr', 'ether'] },
  contextBoost: 0.15,
});
