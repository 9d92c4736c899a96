/** The information notice for data subjects (GDPR Art. 13/14), written for the public. */
import { label } from '../../register/labels.js';
import { humanDuration, joinOr, orTodo, subtitle, trFor, type DocInput } from '../common.js';
import { kv, list, p, section, type GeneratedDocument } from '../model.js';

export const NOTICE_SECTIONS = ['controller', 'purpose', 'legal-basis', 'sources', 'data', 'recipients', 'retention', 'rights', 'complaint'];

export function informationNotice(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  const bases = Object.entries(c.lawfulness?.sources ?? {});
  const byCategory = c.information?.sourcesDisclosed === 'categories';
  return {
    id: 'information-notice', lang: i.lang,
    title: tr('Notice d’information : utilisation de données pour entraîner un système d’IA', 'Information notice: use of data to train an AI system'),
    subtitle: subtitle(i),
    sections: [
      section('controller', tr('Qui traite vos données ?', 'Who processes your data?'), [kv([
        [tr('Responsable du traitement', 'Controller'), `${orTodo(c.project?.controller?.name, 'project.controller.name', tr)}${c.project?.controller?.address ? `, ${c.project.controller.address}` : ''}`],
        [tr('Délégué à la protection des données', 'Data protection officer'), orTodo(c.project?.controller?.dpo?.email, 'project.controller.dpo.email', tr)],
      ])]),
      section('purpose', tr('Pourquoi ?', 'Why?'), [p(orTodo(c.purpose?.description, 'purpose.description', tr)),
        ...(c.purpose?.excludedUses?.length ? [p(tr(`Usages exclus : ${c.purpose.excludedUses.join('; ')}.`, `Excluded uses: ${c.purpose.excludedUses.join('; ')}.`))] : [])]),
      section('legal-basis', tr('Sur quelle base légale ?', 'On which legal basis?'), [
        bases.length ? list(bases.map(([id, b]) => `${id}: ${label('basis', b.basis, i.lang) || '—'}`)) : p(orTodo(undefined, 'lawfulness.sources', tr)),
        ...(c.lawfulness?.legitimateInterest?.interest ? [p(tr(`Intérêt poursuivi : ${c.lawfulness.legitimateInterest.interest}`, `Interest pursued: ${c.lawfulness.legitimateInterest.interest}`))] : []),
      ]),
      section('sources', tr('D’où viennent les données ?', 'Where does the data come from?'), [
        bases.length
          ? list(bases.map(([id, b]) => byCategory ? label('collection', b.collection, i.lang) : `${id} — ${label('collection', b.collection, i.lang)}${b.reuse?.origin ? ` (${b.reuse.origin})` : ''}`)
            .filter((x, k, a) => a.indexOf(x) === k))
          : p(orTodo(undefined, 'lawfulness.sources', tr)),
      ]),
      section('data', tr('Quelles données ?', 'Which data?'), [
        list((c.design?.minimisation?.fields ?? []).map((f) => f.name)),
        p(tr('Les noms, coordonnées et identifiants détectés sont pseudonymisés, et les documents révélant des données sensibles sont écartés, avant l’entraînement.',
          'Names, contact details and identifiers found are pseudonymised, and documents revealing sensitive data are set aside, before training.')),
        p(tr('Un modèle d’IA peut mémoriser une partie de ses données d’entraînement ; des tests sont menés pour limiter ce risque.',
          'An AI model may memorise part of its training data; tests are run to limit this risk.')),
      ]),
      section('recipients', tr('Qui y a accès ?', 'Who has access?'), [list((c.roles?.organisations ?? []).map((o) => `${o.name} — ${label('gdprRole', o.gdprRole, i.lang)}`))]),
      section('retention', tr('Combien de temps ?', 'For how long?'), [kv([
        [tr('Données brutes', 'Raw data'), orTodo(humanDuration(c.retention?.raw?.period, i.lang), 'retention.raw.period', tr)],
        [tr('Jeu d’entraînement', 'Training data set'), orTodo(humanDuration(c.retention?.dataset?.period, i.lang), 'retention.dataset.period', tr)],
        ...(c.retention?.audit?.period ? [[tr('Copies d’audit (pseudonymisées, chiffrées)', 'Audit copies (pseudonymised, encrypted)'), humanDuration(c.retention.audit.period, i.lang)!] as [string, string]] : []),
      ])]),
      section('rights', tr('Vos droits', 'Your rights'), [
        p(tr('Vous pouvez demander l’accès à vos données, leur rectification, leur effacement, la limitation du traitement, et vous opposer à leur utilisation.',
          'You can ask for access to your data, its rectification or erasure, restriction of processing, and object to its use.')),
        kv([
          [tr('Contact', 'Contact'), orTodo(c.rights?.contact, 'rights.contact', tr)],
          [tr('Pour vous retrouver, indiquez', 'To help us find you, give'), joinOr(c.rights?.identifiers, 'rights.identifiers', tr)],
          [tr('Modèles déjà entraînés', 'Models already trained'), orTodo(c.rights?.modelUpdates, 'rights.modelUpdates', tr)],
          ...(c.rights?.searchTool ? [[tr('Vérifier si vos données sont présentes', 'Check whether your data is included'), c.rights.searchTool] as [string, string]] : []),
          ...(c.information?.delayBeforeTraining ? [[tr('Délai avant entraînement', 'Delay before training'), humanDuration(c.information.delayBeforeTraining, i.lang)!] as [string, string]] : []),
        ]),
      ]),
      section('complaint', tr('Réclamation', 'Complaint'), [p(tr('Vous pouvez introduire une réclamation auprès de la CNIL : https://www.cnil.fr',
        'You can lodge a complaint with the CNIL (French data protection authority): https://www.cnil.fr'))]),
    ],
  };
}
