/** The legitimate-interest assessment: the three-step test (legitimacy, necessity, balancing) and safeguards. */
import { label } from '../../register/labels.js';
import { joinOr, orTodo, personalDataBlocks, subtitle, trFor, type DocInput } from '../common.js';
import { kv, list, p, section, table, type GeneratedDocument } from '../model.js';

export const LIA_SECTIONS = ['scope', 'legitimacy', 'necessity', 'balancing', 'safeguards', 'conclusion'];

export function legitimateInterestAssessment(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  const li = c.lawfulness?.legitimateInterest;
  const onLi = Object.entries(c.lawfulness?.sources ?? {}).filter(([, b]) => b.basis === 'legitimate-interest');
  const scrapingSafeguards = onLi.filter(([, b]) => b.scraping).map(([id, b]) =>
    `${id}: robots.txt ${b.scraping?.respectsRobotsTxt ? '✓' : '✗'}, TDM ${b.scraping?.respectsTdmOptOut ? '✓' : '✗'}, ${tr('filtres', 'filters')} ${b.scraping?.sensitiveFilters ? '✓' : '✗'}, ${tr('opposition préalable', 'prior opt-out')} ${b.scraping?.priorOptOut ? '✓' : '✗'}`);
  const failing = i.check.findings.filter((f) => f.rule.startsWith('legitimate-interest.') || f.rule.startsWith('scraping.'));
  return {
    id: 'legitimate-interest-assessment', lang: i.lang,
    title: tr('Analyse de l’intérêt légitime', 'Legitimate interest assessment'),
    subtitle: subtitle(i),
    sections: [
      section('scope', tr('Périmètre', 'Scope'), [
        onLi.length
          ? table([tr('Source', 'Source'), tr('Mode de collecte', 'Collection mode'), tr('Motif', 'Rationale')],
            onLi.map(([id, b]) => [id, label('collection', b.collection, i.lang) || '—', b.rationale ?? '—']))
          : p(tr('Aucune source ne repose sur l’intérêt légitime.', 'No source relies on legitimate interest.')),
      ]),
      section('legitimacy', tr('1. Légitimité de l’intérêt', '1. Legitimacy of the interest'), [kv([
        [tr('Intérêt poursuivi', 'Interest pursued'), orTodo(li?.interest, 'lawfulness.legitimateInterest.interest', tr)],
        [tr('Pourquoi il est légitime', 'Why it is legitimate'), orTodo(li?.legitimacy, 'lawfulness.legitimateInterest.legitimacy', tr)],
      ])]),
      section('necessity', tr('2. Nécessité', '2. Necessity'), [p(orTodo(li?.necessity, 'lawfulness.legitimateInterest.necessity', tr))]),
      section('balancing', tr('3. Mise en balance', '3. Balancing test'), [
        kv([
          [tr('Attentes raisonnables', 'Reasonable expectations'), orTodo(li?.balancing?.reasonableExpectations, 'lawfulness.legitimateInterest.balancing.reasonableExpectations', tr)],
          [tr('Impacts sur les personnes', 'Impacts on people'), orTodo(li?.balancing?.impacts, 'lawfulness.legitimateInterest.balancing.impacts', tr)],
          [tr('Bénéfices', 'Benefits'), orTodo(li?.balancing?.benefits, 'lawfulness.legitimateInterest.balancing.benefits', tr)],
        ]),
        p(tr('Données personnelles effectivement présentes (build) :', 'Personal data actually present (build):')),
        ...personalDataBlocks(i),
      ]),
      section('safeguards', tr('Garanties additionnelles', 'Additional safeguards'), [
        p(joinOr(li?.balancing?.safeguards, 'lawfulness.legitimateInterest.balancing.safeguards', tr)),
        ...(scrapingSafeguards.length ? [list(scrapingSafeguards)] : []),
      ]),
      section('conclusion', tr('Conclusion', 'Conclusion'), [p(failing.some((f) => f.status === 'fail' && f.level === 'obligation')
        ? tr('Le test n’est pas complet : des obligations restent à remplir (voir `tamis check`).', 'The test is not complete: obligations are still unmet (see `tamis check`).')
        : onLi.length
          ? tr('Les trois conditions sont documentées ; l’intérêt légitime peut fonder ces traitements avec les garanties ci-dessus.', 'The three conditions are documented; legitimate interest can ground this processing with the safeguards above.')
          : tr('Sans objet.', 'Not applicable.'))]),
    ],
  };
}
