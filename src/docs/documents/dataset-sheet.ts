/** The CNIL data set description sheet (sheet 7: documenting the training data). */
import { CNIL } from '../../register/cnil.js';
import { label } from '../../register/labels.js';
import {
  buildSourcesTable, deviationsBlocks, domainsBlock, exclusionsBlocks, humanDuration, joinOr, orTodo, personalDataBlocks,
  registerSourcesTable, subtitle, trFor, volumesBlock, type DocInput,
} from '../common.js';
import { kv, list, p, section, type GeneratedDocument } from '../model.js';

export const DATASET_SHEET_SECTIONS = ['identification', 'purpose', 'sources', 'content', 'processing', 'personal-data', 'limits', 'retention', 'contact'];

export function datasetSheet(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  const r = c.retention;
  return {
    id: 'dataset-sheet', lang: i.lang,
    title: tr('Fiche descriptive du jeu de données', 'Data set description sheet'),
    subtitle: subtitle(i),
    sections: [
      section('identification', tr('Identification', 'Identification'), [kv([
        [tr('Nom', 'Name'), orTodo(c.project?.name, 'project.name', tr)],
        [tr('Description', 'Description'), orTodo(c.project?.description, 'project.description', tr)],
        [tr('Responsable du traitement', 'Controller'), orTodo(c.project?.controller?.name, 'project.controller.name', tr)],
        [tr('Contact', 'Contact'), orTodo(c.project?.controller?.contact, 'project.controller.contact', tr)],
        [tr('Modèle de fiche', 'Template'), `${tr('Fiche 7 de la CNIL', 'CNIL sheet 7')} — ${CNIL.collection}`],
      ])]),
      section('purpose', tr('Finalité et usages', 'Purpose and uses'), [kv([
        [tr('Finalité', 'Purpose'), orTodo(c.purpose?.description, 'purpose.description', tr)],
        [tr('Cas de figure', 'Case'), label('purposeKind', c.purpose?.kind, i.lang) || orTodo(undefined, 'purpose.kind', tr)],
        [tr('Usages prévus', 'Intended uses'), c.purpose?.operationalUse ?? joinOr(c.purpose?.capabilities, 'purpose.capabilities', tr)],
        [tr('Usages exclus', 'Excluded uses'), joinOr(c.purpose?.excludedUses, 'purpose.excludedUses', tr)],
      ])]),
      section('sources', tr('Sources et collecte', 'Sources and collection'), [registerSourcesTable(i), ...buildSourcesTable(i), ...domainsBlock(i)]),
      section('content', tr('Contenu et volumes', 'Content and volumes'), volumesBlock(i)),
      section('processing', tr('Traitements appliqués', 'Processing applied'), [
        p(tr('Étapes du pipeline et enregistrements exclus, par motif :', 'Pipeline steps and records excluded, by reason:')),
        ...exclusionsBlocks(i),
        list((c.design?.minimisation?.fields ?? []).map((f) => `${f.name}${f.category ? ` (${f.category})` : ''}: ${f.justification ?? '—'}`)),
      ]),
      section('personal-data', tr('Données personnelles trouvées et traitées', 'Personal data found and treated'), personalDataBlocks(i)),
      section('limits', tr('Limites, biais et écarts', 'Limits, bias and deviations'), [
        p(orTodo(c.design?.qualityChecks, 'design.qualityChecks', tr)),
        p(tr('Écarts justifiés aux recommandations :', 'Justified deviations from the recommendations:')),
        ...deviationsBlocks(i),
      ]),
      section('retention', tr('Conservation et maintenance', 'Retention and maintenance'), [kv([
        [tr('Données brutes', 'Raw data'), `${orTodo(humanDuration(r?.raw?.period, i.lang), 'retention.raw.period', tr)} — ${r?.raw?.justification ?? ''}`],
        [tr('Jeu de données', 'Data set'), `${orTodo(humanDuration(r?.dataset?.period, i.lang), 'retention.dataset.period', tr)} — ${r?.dataset?.justification ?? ''}`],
        [tr('Copies d’audit', 'Audit copies'), r?.audit ? `${humanDuration(r.audit.period, i.lang) ?? '—'} — ${r.audit.justification ?? ''}` : '—'],
        [tr('Suivi', 'Monitoring'), orTodo(r?.monitoring, 'retention.monitoring', tr)],
        [tr('Sécurité', 'Security'), joinOr(r?.security, 'retention.security', tr)],
      ])]),
      section('contact', tr('Contact et droits', 'Contact and rights'), [kv([
        [tr('Exercice des droits', 'Rights requests'), orTodo(c.rights?.contact, 'rights.contact', tr)],
        [tr('DPO', 'DPO'), orTodo(c.project?.controller?.dpo?.email, 'project.controller.dpo.email', tr)],
      ])]),
    ],
  };
}
