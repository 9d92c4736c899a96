/** Datasheet for Datasets (Gebru et al., 2021): the seven question groups, answered from the register and build. */
import { label } from '../../register/labels.js';
import {
  buildSourcesTable, domainsBlock, exclusionsBlocks, joinOr, orTodo, personalDataBlocks, registerSourcesTable,
  subtitle, trFor, volumesBlock, type DocInput,
} from '../common.js';
import { kv, p, section, type GeneratedDocument } from '../model.js';

export const DATASHEET_SECTIONS = ['motivation', 'composition', 'collection-process', 'preprocessing', 'uses', 'distribution', 'maintenance'];

export function datasheet(i: DocInput): GeneratedDocument {
  const tr = trFor(i.lang);
  const c = i.config;
  return {
    id: 'datasheet', lang: i.lang,
    title: tr('Datasheet du jeu de données (Gebru et al.)', 'Datasheet for the data set (Gebru et al.)'),
    subtitle: subtitle(i),
    sections: [
      section('motivation', tr('Motivation', 'Motivation'), [kv([
        [tr('Dans quel but le jeu a-t-il été créé ?', 'For what purpose was the data set created?'), orTodo(c.purpose?.description, 'purpose.description', tr)],
        [tr('Qui l’a créé, pour le compte de qui ?', 'Who created it, on behalf of whom?'), orTodo(c.project?.controller?.name, 'project.controller.name', tr)],
      ])]),
      section('composition', tr('Composition', 'Composition'), [
        ...volumesBlock(i),
        p(tr('Le jeu contient-il des données pouvant identifier des personnes, ou des données sensibles ?', 'Does the data set identify people, or contain sensitive data?')),
        ...personalDataBlocks(i),
      ]),
      section('collection-process', tr('Processus de collecte', 'Collection process'), [registerSourcesTable(i), ...buildSourcesTable(i), ...domainsBlock(i, 10)]),
      section('preprocessing', tr('Prétraitement, nettoyage, annotation', 'Preprocessing, cleaning, labelling'), [
        ...exclusionsBlocks(i),
        p(tr(`Techniques : ${joinOr(c.design?.minimisation?.techniques, 'design.minimisation.techniques', tr)}`,
          `Techniques: ${joinOr(c.design?.minimisation?.techniques, 'design.minimisation.techniques', tr)}`)),
      ]),
      section('uses', tr('Usages', 'Uses'), [kv([
        [tr('Usages prévus', 'Intended uses'), c.purpose?.operationalUse ?? joinOr(c.purpose?.capabilities, 'purpose.capabilities', tr)],
        [tr('Usages à proscrire', 'Uses to avoid'), joinOr(c.purpose?.excludedUses, 'purpose.excludedUses', tr)],
      ])]),
      section('distribution', tr('Diffusion', 'Distribution'), [kv([
        [tr('Modes de diffusion', 'Release modes'), (c.purpose?.release?.modes ?? []).map((m) => label('release', m, i.lang)).join(', ') || orTodo(undefined, 'purpose.release.modes', tr)],
        [tr('Licence', 'Licence'), c.purpose?.release?.licence ?? '—'],
        [tr('Conditions', 'Conditions'), c.purpose?.release?.conditions ?? '—'],
      ])]),
      section('maintenance', tr('Maintenance', 'Maintenance'), [kv([
        [tr('Suivi et mises à jour', 'Monitoring and updates'), orTodo(c.retention?.monitoring, 'retention.monitoring', tr)],
        [tr('Durée de conservation', 'Retention'), orTodo(c.retention?.dataset?.period, 'retention.dataset.period', tr)],
        [tr('Demandes des personnes', 'Requests from people'), orTodo(c.rights?.procedure, 'rights.procedure', tr)],
      ])]),
    ],
  };
}
