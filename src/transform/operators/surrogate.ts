/** `surrogate`: realistic, keyed, deterministic replacements of the same kind and form (see ../surrogate/). */
import type { ProjectKey } from '../keys.js';
import { KeyedRng } from '../prf.js';
import { surrogateEmail, surrogateIp, surrogateMac, surrogatePhone, surrogateUrl, surrogateUsername } from '../surrogate/contact.js';
import { parseDate, shiftDate } from '../surrogate/dates.js';
import { surrogateCard, surrogateIban, surrogateNir, surrogateShape, surrogateSiren, surrogateSiret } from '../surrogate/ids.js';
import { surrogateName } from '../surrogate/names.js';
import { surrogateAddress, surrogateCity, surrogateGps } from '../surrogate/places.js';
import { differentFrom, SurrogateExhausted } from '../surrogate/rng.js';
import { validateOptions } from './options.js';
import { needKey, type DocState, type OpInput, type Operator } from './types.js';

export interface SurrogateOptions {
  /** Dates move by 1..maxShiftDays days (either way), the same shift for every date of a document (default 180). */
  maxShiftDays?: number;
}

export class SurrogateOperator implements Operator {
  readonly name = 'surrogate' as const;
  private readonly opts: SurrogateOptions;
  constructor(opts: SurrogateOptions = {}) { this.opts = validateOptions('surrogate', opts); }

  apply(input: OpInput, doc: DocState, key: ProjectKey | undefined): string {
    const k = needKey('surrogate', key);
    try {
      return this.draw(input, doc, k);
    } catch (e) {
      // Nothing of the same shape differs from the value (punctuation only, a one-letter span...): tag it instead.
      if (e instanceof SurrogateExhausted) return `[${input.finding.type}]`;
      throw e;
    }
  }

  private draw(input: OpInput, doc: DocState, k: ProjectKey): string {
    const { value, finding } = input;
    switch (finding.type) {
      case 'PERSON':
        return differentFrom(value, () => surrogateName(k, value, input.nameTokens ?? [], doc.lang, input.link.person?.first[0], doc.avoid));
      case 'EMAIL': return surrogateEmail(k, value, doc.lang, input.link.person, doc.avoid);
      case 'PHONE': return surrogatePhone(k, value, doc.lang);
      case 'IP_ADDRESS': return surrogateIp(k, value);
      case 'MAC_ADDRESS': return surrogateMac(k, value);
      case 'URL': return surrogateUrl(k, value);
      case 'USERNAME': return surrogateUsername(k, value);
      case 'IBAN': return surrogateIban(k, value);
      case 'CREDIT_CARD': return surrogateCard(k, value);
      case 'FR_NIR': return surrogateNir(k, value);
      case 'FR_SIREN': return surrogateSiren(k, value);
      case 'FR_SIRET': return surrogateSiret(k, value);
      case 'POSTAL_ADDRESS': return surrogateAddress(k, value, doc.lang);
      case 'LOCATION': return surrogateCity(k, value, doc.lang, doc.avoid);
      case 'GPS_COORDINATES': return surrogateGps(k, value);
      case 'DATE_OF_BIRTH': return this.date(k, value, doc);
      default: return surrogateShape(k, finding.type, value);
    }
  }

  private date(k: ProjectKey, value: string, doc: DocState): string {
    const p = parseDate(value);
    if (!p) return surrogateShape(k, 'DATE', value);
    const max = this.opts.maxShiftDays ?? 180;
    const rng = new KeyedRng(k.derive('dateshift'), doc.docId);
    const days = (1 + rng.int(max)) * (rng.int(2) === 0 ? -1 : 1);
    return differentFrom(value, (a) => shiftDate(p, a === 0 ? days : days + a));
  }
}

