/**
 * `generalise`: keeps a coarser version of the value — dates to month or year, addresses to city and department,
 * GPS points to a grid, IP addresses to their network. Types it cannot generalise are refused when the policy is
 * loaded (see policy.ts), not at run time.
 */
import type { EntityType } from '../../core/types.js';
import { parseDate } from '../surrogate/dates.js';
import { generaliseAddress, generaliseGps } from '../surrogate/places.js';
import { validateOptions } from './options.js';
import type { DocState, OpInput, Operator } from './types.js';

export const GENERALISABLE: readonly EntityType[] = ['DATE_OF_BIRTH', 'POSTAL_ADDRESS', 'GPS_COORDINATES', 'IP_ADDRESS', 'EMAIL', 'PHONE'];

export interface GeneraliseOptions {
  /** Dates: "month" (default) keeps month and year, "year" the year only. */
  date?: 'month' | 'year';
  /** GPS grid in degrees (default 0.1, about 11 km). */
  gridDegrees?: number;
}

export class GeneraliseOperator implements Operator {
  readonly name = 'generalise' as const;
  private readonly opts: GeneraliseOptions;
  constructor(opts: GeneraliseOptions = {}) { this.opts = validateOptions('generalise', opts); }
  apply(input: OpInput, _doc: DocState): string {
    const { value, finding } = input;
    const fallback = `[${finding.type}]`;
    switch (finding.type) {
      case 'DATE_OF_BIRTH': {
        const p = parseDate(value);
        if (!p) return /\b(1[89]|20)\d{2}\b/.exec(value)?.[0] ?? fallback;
        return this.opts.date === 'year' ? String(p.y) : p.monthYear();
      }
      case 'POSTAL_ADDRESS': return generaliseAddress(value) ?? fallback;
      case 'GPS_COORDINATES': return generaliseGps(value, this.opts.gridDegrees ?? 0.1) ?? fallback;
      case 'IP_ADDRESS': {
        const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(value);
        if (v4) return `${v4[1]}.${v4[2]}.0.0/16`;
        const groups = value.split(':');
        return groups.length > 3 ? `${groups.slice(0, 3).join(':')}::/48` : fallback;
      }
      // An e-mail keeps only its domain, a phone number only its country calling code or leading digits.
      case 'EMAIL': { const at = value.lastIndexOf('@'); return at > 0 ? `[EMAIL@${value.slice(at + 1)}]` : fallback; }
      case 'PHONE': { const d = value.replace(/\D/g, ''); return value.trim().startsWith('+') ? `[PHONE +${d.slice(0, 2)}]` : `[PHONE ${d.slice(0, 2)}]`; }
      default: return fallback;
    }
  }
}
