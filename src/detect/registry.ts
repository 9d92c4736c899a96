/** An explicit registry of recognizers (no reflection): `registry.add(x)`, exported default lists. */
import type { EntityType, Lang } from '../core/types.js';
import type { Recognizer } from './recognizer.js';

export class RecognizerRegistry {
  private readonly items: Recognizer[] = [];

  constructor(recognizers: readonly Recognizer[] = []) {
    for (const r of recognizers) this.add(r);
  }

  add(r: Recognizer): this {
    if (this.items.some((x) => x.name === r.name)) throw new Error(`recognizer "${r.name}" is already registered`);
    this.items.push(r);
    return this;
  }

  remove(name: string): this {
    const i = this.items.findIndex((x) => x.name === name);
    if (i >= 0) this.items.splice(i, 1);
    return this;
  }

  /** Recognizers that apply to a language and (optionally) produce one of the wanted types. */
  select(lang: Lang | 'other', types?: ReadonlySet<EntityType>): Recognizer[] {
    return this.items.filter(
      (r) =>
        (r.languages === 'any' || lang === 'other' || r.languages.includes(lang)) &&
        (!types || r.types.some((t) => types.has(t))),
    );
  }

  list(): readonly Recognizer[] {
    return this.items;
  }
}
