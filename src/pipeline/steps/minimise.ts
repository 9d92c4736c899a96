/**
 * Minimisation (GDPR Art. 5(1)(c), CNIL sheet on minimisation): keep only the listed record fields, drop records
 * of excluded domains or sources, and honour the opt-out list (ids, URLs or domains whose owners objected).
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../core/errors.js';
import type { Item } from '../item.js';
import { Filter } from '../step.js';
import type { MinimiseConfig } from '../schema.js';
import { domainOf } from '../stats.js';

export interface OptOutList { ids: Set<string>; urls: Set<string>; domains: Set<string> }

/** One entry per line; `#` starts a comment. A line with `://` is a URL, a bare host name is a domain, else an id. */
export function parseOptOut(text: string): OptOutList {
  const out: OptOutList = { ids: new Set(), urls: new Set(), domains: new Set() };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (line.includes('://')) out.urls.add(normaliseUrl(line));
    else if (/^(domain:)/i.test(line)) out.domains.add(line.slice(7).trim().toLowerCase().replace(/^www\./, ''));
    else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(line) && !/^\d+(\.\d+)*$/.test(line)) out.domains.add(line.toLowerCase().replace(/^www\./, ''));
    else out.ids.add(line);
  }
  return out;
}

function normaliseUrl(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    return x.toString().replace(/\/$/, '');
  } catch {
    return u;
  }
}

/** A domain matches itself and its subdomains. */
function inDomains(host: string | undefined, set: ReadonlySet<string>): boolean {
  if (!host) return false;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (set.has(h)) return true;
  return false;
}

export class MinimiseStep extends Filter {
  readonly name = 'minimise';
  private readonly keepFields: ReadonlySet<string>;
  private readonly excludedDomains: ReadonlySet<string>;
  private readonly excludedSources: ReadonlySet<string>;
  private readonly optOut: OptOutList;

  constructor(cfg: MinimiseConfig, baseDir = '.') {
    super();
    this.keepFields = new Set(cfg.keepFields);
    this.excludedDomains = new Set(cfg.excludeDomains.map((d) => d.toLowerCase().replace(/^www\./, '')));
    this.excludedSources = new Set(cfg.excludeSources);
    let list: OptOutList = { ids: new Set(), urls: new Set(), domains: new Set() };
    if (cfg.optOut) {
      const path = cfg.optOut.startsWith('/') ? cfg.optOut : `${baseDir}/${cfg.optOut}`;
      try {
        list = parseOptOut(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new ConfigError('OPTOUT_UNREADABLE', `minimise.optOut: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    }
    this.optOut = list;
  }

  protected keep(item: Item): true | string {
    const doc = item.doc;
    const src = doc.source?.source;
    if (src && this.excludedSources.has(src)) return 'excluded-source';
    const url = doc.source?.url ?? (typeof doc.meta.url === 'string' ? doc.meta.url : undefined);
    const host = domainOf(url);
    if (this.optOut.ids.has(doc.id)) return 'opt-out:id';
    if (url && this.optOut.urls.has(normaliseUrl(url))) return 'opt-out:url';
    if (inDomains(host, this.optOut.domains)) return 'opt-out:domain';
    if (inDomains(host, this.excludedDomains)) return 'excluded-domain';
    const meta: Record<string, unknown> = {};
    for (const k of Object.keys(doc.meta)) if (this.keepFields.has(k)) meta[k] = doc.meta[k];
    doc.meta = meta;
    return true;
  }
}
