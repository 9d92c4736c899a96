/**
 * AI Act Art. 53(1)(d): the public summary of the content used for training, in the sections of the AI Office
 * template (general information; data sources by kind, with the top crawled domains; data processing aspects:
 * respect of text-and-data-mining opt-outs and removal of illegal content).
 */
import { domains } from '../build-data.js';
import { exclusionsBlocks, notMeasured, orTodo, subtitle, trFor, volumesBlock, type DocInput } from '../common.js';
import { kv, list, p, section, table, type Block, type GeneratedDocument } from '../model.js';

export const AI_ACT_SECTIONS = ['general-information', 'data-sources', 'public-datasets', 'private-datasets', 'crawled-data',
  'user-data', 'synthetic-data', 'other-sources', 'data-processing', 'tdm-opt-out', 'illegal-content'];

type Kind = 'public' | 'private' | 'crawled' | 'user' | 'other';

/** The template's kinds of source: a third party's data set is public unless the register says it is not. */
function kindOf(collection: string | undefined, ownData: boolean | undefined, publiclyAvailable: boolean | undefined): Kind {
  if (collection === 'scraped') return 'crawled';
  if (collection === 'direct' || (collection === 'reused' && ownData === true)) return 'user';
  if (collection === 'reused') return publiclyAvailable === false ? 'private' : 'public';
  return 'other';
}

export function aiActSummary(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  const bases = c.lawfulness?.sources ?? {};
  const builtSources = i.build?.manifest.sources ?? [];
  const ids = [...new Set([...builtSources.map((s) => s.id), ...Object.keys(bases)])];
  const rows = ids.map((id) => {
    const b = bases[id];
    const s = builtSources.find((x) => x.id === id);
    const collection = b?.collection ?? s?.collection;
    return { id, kind: kindOf(collection, b?.reuse?.ownData, b?.reuse?.publiclyAvailable), b, s };
  });
  const describe = (k: Kind): Block[] => {
    const xs = rows.filter((r) => r.kind === k);
    if (xs.length === 0) return [p(tr('Aucune source de ce type.', 'No source of this kind.'))];
    return [table([tr('Source', 'Source'), tr('Origine', 'Origin'), tr('Licence', 'Licence'), tr('Période', 'Period'), tr('Enregistrements écrits', 'Records written')],
      xs.map((r) => [r.id, r.b?.reuse?.origin ?? r.s?.origin ?? '—', r.b?.reuse?.licence ?? r.s?.licence ?? '—', r.s?.period ?? '—', r.s ? String(r.s.counts.written) : '—']))];
  };
  const crawled = rows.filter((r) => r.kind === 'crawled');
  const crawledBlocks: Block[] = [...describe('crawled')];
  if (crawled.length) {
    crawledBlocks.push(list(crawled.map((r) => `${r.id}: ${r.b?.scraping?.criteria ?? orTodo(undefined, `lawfulness.sources.${r.id}.scraping.criteria`, tr)}`)));
    if (i.build) {
      // The template asks for the top 10% of domains by content size (at least one).
      const d = domains(i.build);
      const top = d.slice(0, Math.max(1, Math.ceil(d.length * 0.1)));
      crawledBlocks.push(p(tr(`Principaux domaines moissonnés (10 % des ${d.length} domaines, par volume) :`, `Top crawled domains (10% of ${d.length} domains, by volume):`)));
      crawledBlocks.push(table([tr('Domaine', 'Domain'), tr('Enregistrements', 'Records')], top.map(([k, n]) => [k, String(n)])));
    } else crawledBlocks.push(notMeasured(tr));
  }
  const tdm: Block[] = crawled.length
    ? [table([tr('Source', 'Source'), 'robots.txt', tr('Réserve TDM', 'TDM opt-out'), tr('Sites exclus', 'Excluded sites')],
      crawled.map((r) => [r.id, r.b?.scraping?.respectsRobotsTxt ? tr('respecté', 'respected') : tr('non confirmé', 'not confirmed'),
        r.b?.scraping?.respectsTdmOptOut ? tr('respectée', 'respected') : tr('non confirmée', 'not confirmed'),
        (r.b?.scraping?.excludedSites ?? []).join('; ') || '—']))]
    : [p(tr('Aucune donnée moissonnée : pas de réserve de droits à respecter lors d’une collecte.', 'No crawled data: no rights reservation to honour at collection.'))];
  return {
    id: 'ai-act-summary', lang: i.lang,
    title: tr('Résumé public du contenu d’entraînement (règlement IA, art. 53(1)(d))', 'Public summary of training content (AI Act Art. 53(1)(d))'),
    subtitle: subtitle(i),
    sections: [
      section('general-information', tr('1. Informations générales', '1. General information'), [kv([
        [tr('Fournisseur', 'Provider'), orTodo(c.project?.controller?.name, 'project.controller.name', tr)],
        [tr('Modèle', 'Model'), `${orTodo(c.project?.name, 'project.name', tr)} — ${orTodo(c.purpose?.systemType, 'purpose.systemType', tr)}`],
        [tr('Modalités', 'Modalities'), tr('texte', 'text')],
      ]), ...volumesBlock(i)]),
      section('data-sources', tr('2. Liste des sources de données', '2. List of data sources'), [], [
        section('public-datasets', tr('2.1 Jeux de données publics', '2.1 Publicly available datasets'), describe('public')),
        section('private-datasets', tr('2.2 Jeux de données privés obtenus de tiers', '2.2 Private datasets obtained from third parties'), describe('private')),
        section('crawled-data', tr('2.3 Données moissonnées en ligne', '2.3 Data crawled and scraped from online sources'), crawledBlocks),
        section('user-data', tr('2.4 Données des utilisateurs', '2.4 User data'), describe('user')),
        section('synthetic-data', tr('2.5 Données synthétiques', '2.5 Synthetic data'), [p(tr('Aucune donnée synthétique déclarée.', 'No synthetic data declared.'))]),
        section('other-sources', tr('2.6 Autres sources', '2.6 Other sources of data'), describe('other')),
      ]),
      section('data-processing', tr('3. Traitement des données', '3. Data processing aspects'), [], [
        section('tdm-opt-out', tr('3.1 Respect des réserves de droits (fouille de textes et de données)', '3.1 Respect of reservation of rights from the text and data mining exception'), tdm),
        section('illegal-content', tr('3.2 Retrait des contenus illicites', '3.2 Removal of illegal content'), [
          p(tr('Mesures de filtrage appliquées par le pipeline, et enregistrements exclus par motif :', 'Filtering measures applied by the pipeline, and records excluded by reason:')),
          ...exclusionsBlocks(i),
        ]),
      ]),
    ],
  };
}
