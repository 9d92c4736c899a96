/** Language filter: keeps documents in the listed languages (eld detection, or the detect step's result). */
import { detectLanguage } from '../../detect/lang.js';
import type { Item } from '../item.js';
import { Filter } from '../step.js';
import type { LanguageConfig } from '../schema.js';

export class LanguageStep extends Filter {
  readonly name = 'language';
  private readonly keepLangs: ReadonlySet<string>;
  constructor(cfg: LanguageConfig) {
    super();
    this.keepLangs = new Set(cfg.keep);
  }
  protected keep(item: Item): true | string {
    const lang = item.analysis?.lang ?? item.doc.lang ?? detectLanguage(item.doc.text);
    item.doc.lang = lang;
    return this.keepLangs.has(lang) ? true : `language:${lang}`;
  }
}
