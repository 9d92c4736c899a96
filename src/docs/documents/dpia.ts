/**
 * The DPIA, following the CNIL PIA method: context, fundamental principles, risks (severity x likelihood, with a
 * map), action plan (measures per risk and the register's open findings), DPO opinion.
 */
import { label } from '../../register/labels.js';
import { SCALE } from '../../register/schema.js';
import {
  buildConsistency, deviationsBlocks, humanDuration, joinOr, openFindingsList, orTodo, personalDataBlocks, registerSourcesTable, subtitle, trFor,
  volumesBlock, type DocInput,
} from '../common.js';
import { kv, list, p, section, table, type Block, type GeneratedDocument } from '../model.js';

export const DPIA_SECTIONS = ['context', 'principles', 'risks', 'risk-map', 'action-plan', 'dpo-opinion'];

export function dpia(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  const d = c.dpia;
  const risks = d?.risks ?? [];
  const L = (k: string, v: string | undefined) => label(k, v, i.lang);
  const cells: string[][][] = SCALE.map(() => SCALE.map(() => [] as string[]));
  for (const r of risks) {
    if (!r.severity || !r.likelihood) continue;
    cells[SCALE.indexOf(r.severity)]![SCALE.indexOf(r.likelihood)]!.push(L('risk', r.risk));
  }
  const map: Block = { kind: 'matrix', rowsLabel: tr('Gravité', 'Severity'), colsLabel: tr('Vraisemblance', 'Likelihood'),
    rowNames: SCALE.map((s) => L('scale', s)), colNames: SCALE.map((s) => L('scale', s)), cells };
  const open = [...openFindingsList(i), ...buildConsistency(i)];
  return {
    id: 'dpia', lang: i.lang,
    title: tr('Analyse d’impact relative à la protection des données (AIPD)', 'Data protection impact assessment (DPIA)'),
    subtitle: subtitle(i),
    sections: [
      section('context', tr('Contexte', 'Context'), [
        kv([
          [tr('Traitement', 'Processing'), orTodo(c.project?.description ?? c.project?.name, 'project.description', tr)],
          [tr('Responsable', 'Controller'), orTodo(c.project?.controller?.name, 'project.controller.name', tr)],
          [tr('Finalité', 'Purpose'), orTodo(c.purpose?.description, 'purpose.description', tr)],
          [tr('Critères remplis', 'Criteria met'), (d?.criteria ?? []).map((x) => L('dpiaCriteria', x)).join('; ') || '—'],
          [tr('Liste CNIL', 'CNIL list'), d?.cnilList === undefined ? '—' : d.cnilList ? tr('oui', 'yes') : tr('non', 'no')],
          [tr('Haut risque (règlement IA)', 'High risk (AI Act)'), d?.aiActHighRisk === undefined ? '—' : d.aiActHighRisk ? tr('oui', 'yes') : tr('non', 'no')],
          [tr('Statut', 'Status'), `${L('dpiaStatus', d?.status) || '—'}${d?.date ? ` (${d.date})` : ''}`],
        ]),
        p(tr('Données et sources :', 'Data and sources:')),
        registerSourcesTable(i),
        ...volumesBlock(i),
      ]),
      section('principles', tr('Principes fondamentaux', 'Fundamental principles'), [kv([
        [tr('Finalité déterminée, explicite, légitime', 'Specified, explicit, legitimate purpose'), orTodo(c.purpose?.description, 'purpose.description', tr)],
        [tr('Bases légales', 'Legal bases'), Object.entries(c.lawfulness?.sources ?? {}).map(([id, b]) => `${id}: ${L('basis', b.basis)}`).join('; ') || orTodo(undefined, 'lawfulness.sources', tr)],
        [tr('Minimisation', 'Minimisation'), (c.design?.minimisation?.fields ?? []).map((f) => f.name).join('; ') || orTodo(undefined, 'design.minimisation.fields', tr)],
        [tr('Durées de conservation', 'Retention periods'), `${tr('brutes', 'raw')} ${humanDuration(c.retention?.raw?.period, i.lang) ?? '—'}, ${tr('jeu', 'data set')} ${humanDuration(c.retention?.dataset?.period, i.lang) ?? '—'}, ${tr('audit', 'audit')} ${humanDuration(c.retention?.audit?.period, i.lang) ?? '—'}`],
        [tr('Information des personnes', 'Information of people'), `${L('infoMode', c.information?.indirectMode) || c.information?.direct || '—'}${c.information?.noticeUrl ? ` — ${c.information.noticeUrl}` : ''}`],
        [tr('Exercice des droits', 'Exercise of rights'), `${orTodo(c.rights?.contact, 'rights.contact', tr)} — ${c.rights?.procedure ?? ''}`],
        [tr('Sous-traitants', 'Processors'), (c.roles?.organisations ?? []).filter((o) => o.gdprRole === 'processor').map((o) => `${o.name} (${o.agreement ?? '—'})`).join('; ') || '—'],
        [tr('Sécurité', 'Security'), joinOr(c.retention?.security, 'retention.security', tr)],
      ])]),
      section('risks', tr('Risques', 'Risks'), [
        risks.length
          ? table([tr('Risque', 'Risk'), tr('Gravité', 'Severity'), tr('Vraisemblance', 'Likelihood'), tr('Mesures', 'Measures')],
            risks.map((r) => [L('risk', r.risk), L('scale', r.severity) || '—', L('scale', r.likelihood) || '—', (r.measures ?? []).join('; ') || '—']))
          : p(orTodo(undefined, 'dpia.risks', tr)),
        p(tr('Données personnelles mesurées dans le build :', 'Personal data measured in the build:')),
        ...personalDataBlocks(i),
      ]),
      section('risk-map', tr('Cartographie des risques', 'Risk map'), [map]),
      section('action-plan', tr('Plan d’action', 'Action plan'), [
        p(tr('Mesures par risque :', 'Measures per risk:')),
        list(risks.flatMap((r) => (r.measures ?? []).map((m) => `${L('risk', r.risk)} — ${m}`))),
        p(tr('Points du registre restant à traiter :', 'Register items still open:')),
        open.length ? list(open) : p(tr('Aucun.', 'None.')),
        p(tr('Écarts justifiés :', 'Justified deviations:')),
        ...deviationsBlocks(i),
      ]),
      section('dpo-opinion', tr('Avis du DPO', 'DPO opinion'), [p(orTodo(d?.dpoOpinion, 'dpia.dpoOpinion', tr))]),
    ],
  };
}
