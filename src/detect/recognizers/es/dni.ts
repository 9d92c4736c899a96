/**
 * NATIONAL_ID / ES_DNI and ES_NIE: Spanish identity numbers, 8 digits + check letter (DNI) or X/Y/Z + 7 digits +
 * check letter (NIE); the letter is number mod 23 in "TRWAGMYFPDXBNJZSQVHLCKE".
 * Spec: https://www.interior.gob.es/opencms/es/servicios-al-ciudadano/tramites-y-gestiones/dni/calculo-del-digito-de-control-del-nif-nie/
 */
import { esDniValid } from '../../checksums.js';
import { hasDigitRun } from '../../digit-runs.js';
import { PatternRecognizer } from '../../recognizer.js';

export const esDniRecognizer = new PatternRecognizer({
  name: 'es-dni',
  type: 'NATIONAL_ID',
  // DNI and NIE hold 7 digits in a row: answered from the shared digit-run index.
  prefilter: (t) => hasDigitRun(t, 7),
  patterns: [{ name: 'dni-nie', regex: /[\dXYZ](?<![\w.,/-][\dXYZ])(?:(?<=\d)\d{7}|(?<=[XYZ])[ -]?\d{7})[ -]?[A-Z](?![\w])/g, score: 0.5 }],
  validate: (v) => {
    const s = v.replace(/[ -]/g, '');
    if (!esDniValid(s)) return { valid: false };
    const nie = /^[XYZ]/.test(s);
    return { valid: true, score: 0.85, subtype: nie ? 'ES_NIE' : 'ES_DNI', note: 'check letter valid' };
  },
  context: { fr: ['dni', 'nie', 'espagnol'], en: ['dni', 'nie', 'nif', 'spanish id'] },
  contextBoost: 0.1,
});
