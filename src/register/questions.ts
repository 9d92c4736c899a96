/**
 * The questions `tamis init` asks, as data: the register path each answer goes to, the kind of answer, the
 * choices for enumerations, a French and English explanation and the CNIL page behind it. Paths with `*` are
 * asked once per source (`each: 'source'`) or per selected DPIA risk (`each: 'risk'`).
 */
import { CNIL } from './cnil.js';
import {
  AI_ACT_ROLES, AI_RISKS, ART9_EXCEPTIONS, COLLECTION_MODES, DPIA_CRITERIA, DPIA_STATUSES, GDPR_ROLES, INFO_MODES,
  LEGAL_BASES, PURPOSE_KINDS, REGIMES, RELEASE_MODES, SCALE,
} from './schema.js';
import type { Text } from './rule.js';
import type { Register } from './schema.js';

export type AnswerKind = 'text' | 'list' | 'enum' | 'multi' | 'bool' | 'duration';

export interface Question {
  path: string;
  kind: AnswerKind;
  /** Enumeration values (labels come from labels.ts under `labels`). */
  choices?: readonly string[];
  labels?: string;
  prompt: Text;
  help: Text;
  link: string;
  each?: 'source' | 'risk';
  /** Asked only when this returns true for the register as answered so far (and the current source). */
  when?: (r: Register, sourceId?: string) => boolean;
}

/** Source ids known so far: the pipeline's `sources` and the register's per-source entries. */
export function sourceIdsOf(r: Register): string[] {
  const declared = Array.isArray(r.sources) ? (r.sources as { id?: unknown }[]).map((s) => s?.id).filter((x): x is string => typeof x === 'string') : [];
  return [...new Set([...declared, ...Object.keys(r.lawfulness?.sources ?? {})])];
}
/** Collection mode of a source: the register's answer, else the pipeline source's `collection`. */
export function collectionOf(r: Register, id: string): string | undefined {
  const declared = Array.isArray(r.sources) ? (r.sources as { id?: unknown; collection?: unknown }[]).find((s) => s?.id === id) : undefined;
  return r.lawfulness?.sources?.[id]?.collection ?? (typeof declared?.collection === 'string' ? declared.collection : undefined);
}
const src = (r: Register, id?: string) => (id ? r.lawfulness?.sources?.[id] : undefined);
const mode = (r: Register, id?: string) => (id ? collectionOf(r, id) : undefined);
const anyMode = (r: Register, ...modes: string[]) => sourceIdsOf(r).some((id) => modes.includes(collectionOf(r, id) ?? ''));
const usesLi = (r: Register) => Object.values(r.lawfulness?.sources ?? {}).some((s) => s.basis === 'legitimate-interest');
const openRel = (r: Register) => (r.purpose?.release?.modes ?? []).some((m) => m === 'open-weights' || m === 'open-source');
const gp = (r: Register) => r.purpose?.kind === 'general-purpose' || r.regime?.generalPurpose === true;

export const QUESTIONS: readonly Question[] = [
  { path: 'project.name', kind: 'text', prompt: { fr: 'Nom du projet', en: 'Project name' },
    help: { fr: 'Un nom court pour le jeu de données.', en: 'A short name for the data set.' }, link: CNIL.sheets },
  { path: 'project.controller.name', kind: 'text', prompt: { fr: 'Responsable du traitement (organisme)', en: 'Controller (organisation)' },
    help: { fr: 'L’organisme qui décide pourquoi et comment les données sont traitées.', en: 'The organisation that decides why and how the data is processed.' }, link: CNIL.roles },
  { path: 'project.controller.contact', kind: 'text', prompt: { fr: 'Contact du responsable', en: 'Controller contact' },
    help: { fr: 'Adresse e-mail ou postale.', en: 'E-mail or postal address.' }, link: CNIL.roles },
  { path: 'project.controller.dpo.email', kind: 'text', prompt: { fr: 'E-mail du DPO', en: 'DPO e-mail' },
    help: { fr: 'Le délégué à la protection des données, à associer dès le début.', en: 'The data protection officer, to involve from the start.' }, link: CNIL.dpo },
  { path: 'regime.framework', kind: 'enum', choices: REGIMES, labels: 'framework', prompt: { fr: 'Régime juridique', en: 'Legal regime' },
    help: { fr: 'RGPD dans la plupart des cas ; directive police-justice ou défense nationale pour ces seules finalités.', en: 'GDPR in most cases; law-enforcement directive or national defence only for those purposes.' }, link: CNIL.scope },
  { path: 'regime.generalPurpose', kind: 'bool', prompt: { fr: 'Système d’IA à usage général ?', en: 'General-purpose AI system?' },
    help: { fr: 'Un système capable d’un large éventail de tâches (ex. grand modèle de langage).', en: 'A system able to perform a wide range of tasks (e.g. a large language model).' }, link: CNIL.purpose },
  { path: 'regime.rationale', kind: 'text', prompt: { fr: 'Pourquoi ce régime ?', en: 'Why this regime?' },
    help: { fr: 'Le développement peut relever d’un autre régime que le déploiement.', en: 'Development may fall under a different regime than deployment.' }, link: CNIL.scope },
  { path: 'purpose.description', kind: 'text', prompt: { fr: 'Finalité', en: 'Purpose' },
    help: { fr: 'Déterminée, explicite et légitime. « Développer un modèle d’IA générative » ne suffit pas : dites pour quoi faire.', en: 'Specified, explicit and legitimate. "Developing a generative AI model" is not enough: say what for.' }, link: CNIL.purpose },
  { path: 'purpose.kind', kind: 'enum', choices: PURPOSE_KINDS, labels: 'purposeKind', prompt: { fr: 'Cas de figure', en: 'Which case' },
    help: { fr: 'Usage opérationnel connu dès le développement, système à usage général, ou recherche scientifique.', en: 'Operational use known from development, general-purpose system, or scientific research.' }, link: CNIL.purpose },
  { path: 'purpose.operationalUse', kind: 'text', when: (r) => r.purpose?.kind === 'operational', prompt: { fr: 'Usage opérationnel', en: 'Operational use' },
    help: { fr: 'Comment le système sera utilisé en déploiement.', en: 'How the system will be used once deployed.' }, link: CNIL.purpose },
  { path: 'purpose.systemType', kind: 'text', when: gp, prompt: { fr: 'Type de système', en: 'Type of system' },
    help: { fr: 'Ex. grand modèle de langage, système de vision.', en: 'E.g. large language model, vision system.' }, link: CNIL.purpose },
  { path: 'purpose.capabilities', kind: 'list', when: gp, prompt: { fr: 'Fonctionnalités prévisibles', en: 'Foreseeable capabilities' },
    help: { fr: 'Les principales fonctionnalités techniquement envisageables.', en: 'The main technically foreseeable capabilities.' }, link: CNIL.purpose },
  { path: 'purpose.excludedUses', kind: 'list', prompt: { fr: 'Usages exclus', en: 'Excluded uses' },
    help: { fr: 'Les usages exclus par conception (bonne pratique).', en: 'Uses excluded by design (good practice).' }, link: CNIL.purpose },
  { path: 'purpose.release.modes', kind: 'multi', choices: RELEASE_MODES, labels: 'release', prompt: { fr: 'Diffusion', en: 'Release' },
    help: { fr: 'Conditions de mise à disposition : interne, source ouverte, SaaS, API…', en: 'How it is made available: internal, open source, SaaS, API...' }, link: CNIL.purpose },
  { path: 'purpose.release.licence', kind: 'text', when: openRel, prompt: { fr: 'Licence de diffusion', en: 'Release licence' },
    help: { fr: 'Une licence restreignant les usages à risque (bonne pratique).', en: 'A licence restricting risky uses (good practice).' }, link: CNIL.ai },
  { path: 'purpose.release.modelCard', kind: 'bool', when: openRel, prompt: { fr: 'Fiche de modèle publiée ?', en: 'Model card published?' },
    help: { fr: 'Documentation du modèle diffusée avec les poids.', en: 'Model documentation released with the weights.' }, link: CNIL.ai },
  { path: 'purpose.release.regurgitationTests', kind: 'bool', when: openRel, prompt: { fr: 'Tests de régurgitation avant diffusion ?', en: 'Regurgitation tests before release?' },
    help: { fr: 'Requêtes ciblant des personnes présentes dans les données.', en: 'Queries targeting people present in the data.' }, link: CNIL.ai },
  { path: 'purpose.release.redTeaming', kind: 'bool', when: openRel, prompt: { fr: 'Tests d’attaque (red teaming) ?', en: 'Attack testing (red teaming)?' },
    help: { fr: 'Inférence d’appartenance, inversion de modèle, portes dérobées.', en: 'Membership inference, model inversion, backdoors.' }, link: CNIL.ai },
  { path: 'purpose.release.updateChannel', kind: 'text', when: openRel, prompt: { fr: 'Canal d’information des réutilisateurs', en: 'Channel informing re-users' },
    help: { fr: 'Pour que les mises à jour (et demandes de droits) atteignent leurs copies.', en: 'So updates (and rights requests) reach their copies.' }, link: CNIL.rights },
  { path: 'purpose.research.justification', kind: 'text', when: (r) => r.purpose?.kind === 'research', prompt: { fr: 'Pourquoi est-ce de la recherche ?', en: 'Why is this research?' },
    help: { fr: 'Méthode, contribution à la connaissance, publication.', en: 'Method, contribution to knowledge, publication.' }, link: CNIL.purpose },
  { path: 'roles.ownRole', kind: 'enum', choices: GDPR_ROLES, labels: 'gdprRole', prompt: { fr: 'Votre qualification RGPD', en: 'Your GDPR role' },
    help: { fr: 'Responsable si vous décidez finalités et moyens ; sous-traitant si vous agissez pour un client.', en: 'Controller if you decide purposes and means; processor if you act for a client.' }, link: CNIL.roles },
  { path: 'roles.ownAiActRole', kind: 'enum', choices: AI_ACT_ROLES, labels: 'aiActRole', prompt: { fr: 'Votre rôle au sens du règlement IA', en: 'Your AI Act role' },
    help: { fr: 'Fournisseur si vous développez le système, déployeur si vous l’utilisez.', en: 'Provider if you develop the system, deployer if you use it.' }, link: CNIL.roles },
  { path: 'lawfulness.sourceIds', kind: 'list', when: (r) => sourceIdsOf(r).length === 0, prompt: { fr: 'Identifiants des sources de données', en: 'Ids of the data sources' },
    help: { fr: 'Un identifiant court par source (ex. tickets; forum). Chaque source aura sa base légale.', en: 'One short id per source (e.g. tickets; forum). Each source gets its own legal basis.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.collection', kind: 'enum', each: 'source', choices: COLLECTION_MODES, labels: 'collection', prompt: { fr: 'Mode de collecte de la source', en: 'Collection mode of source' },
    help: { fr: 'Collecte directe, moissonnage ou réutilisation : les vérifications en dépendent.', en: 'Direct collection, web scraping or reuse: the checks depend on it.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.basis', kind: 'enum', each: 'source', choices: LEGAL_BASES, labels: 'basis', prompt: { fr: 'Base légale de la source', en: 'Legal basis of source' },
    help: { fr: 'L’intérêt légitime est souvent adapté aux organismes privés, sous trois conditions.', en: 'Legitimate interest often suits private bodies, under three conditions.' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.sources.*.rationale', kind: 'text', each: 'source', prompt: { fr: 'Pourquoi cette base légale ?', en: 'Why this legal basis?' },
    help: { fr: 'En une phrase.', en: 'In one sentence.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.scraping.criteria', kind: 'text', each: 'source', when: (r, id) => mode(r, id) === 'scraped', prompt: { fr: 'Critères de collecte', en: 'Collection criteria' },
    help: { fr: 'Sites, contenus et périodes visés, définis avant la collecte (obligatoire).', en: 'Sites, content and periods targeted, defined before collection (mandatory).' }, link: CNIL.scraping },
  { path: 'lawfulness.sources.*.scraping.respectsRobotsTxt', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'scraped', prompt: { fr: 'robots.txt respecté ?', en: 'robots.txt respected?' },
    help: { fr: 'Respecter les oppositions exprimées par les sites.', en: 'Honour the opt-outs sites express.' }, link: CNIL.scraping },
  { path: 'lawfulness.sources.*.scraping.respectsTdmOptOut', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'scraped', prompt: { fr: 'Réserves TDM respectées ?', en: 'TDM opt-outs respected?' },
    help: { fr: 'Réserve de fouille de textes et de données (droit d’auteur).', en: 'Text-and-data-mining reservation (copyright).' }, link: CNIL.scraping },
  { path: 'lawfulness.sources.*.scraping.sensitiveFilters', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'scraped', prompt: { fr: 'Filtres excluant les données sensibles ?', en: 'Filters excluding sensitive data?' },
    help: { fr: 'Obligatoire : exclure par des filtres les données non nécessaires.', en: 'Mandatory: exclude unneeded data with filters.' }, link: CNIL.scraping },
  { path: 'lawfulness.sources.*.reuse.ownData', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'reused', prompt: { fr: 'Vos propres données (collectées pour une autre finalité) ?', en: 'Your own data (collected for another purpose)?' },
    help: { fr: 'Si oui, un test de compatibilité est requis ; sinon, vérifiez la licéité de la source.', en: 'If yes, a compatibility test is required; if not, check the source is lawful.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.reuse.notManifestlyUnlawful', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'reused' && src(r, id)?.reuse?.ownData !== true, prompt: { fr: 'Source non manifestement illicite (vérifié) ?', en: 'Source not manifestly unlawful (checked)?' },
    help: { fr: 'Ex. pas issue d’une fuite de données.', en: 'E.g. not from a data leak.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.reuse.publiclyAvailable', kind: 'bool', each: 'source', when: (r, id) => mode(r, id) === 'reused' && src(r, id)?.reuse?.ownData !== true, prompt: { fr: 'Jeu accessible publiquement ?', en: 'Publicly available data set?' },
    help: { fr: 'Non s’il a été acheté ou obtenu sous licence privée (résumé du règlement IA, 2.1 / 2.2).', en: 'No if bought or obtained under a private licence (AI Act summary, 2.1 / 2.2).' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sources.*.reuse.licence', kind: 'text', each: 'source', when: (r, id) => mode(r, id) === 'reused', prompt: { fr: 'Licence', en: 'Licence' },
    help: { fr: 'La licence du jeu réutilisé.', en: 'The reused data set’s licence.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.legitimateInterest.interest', kind: 'text', when: usesLi, prompt: { fr: 'Intérêt poursuivi', en: 'Interest pursued' },
    help: { fr: 'Étape 1 : un intérêt licite, précis, réel et présent.', en: 'Step 1: a lawful, precise, real and present interest.' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.legitimateInterest.legitimacy', kind: 'text', when: usesLi, prompt: { fr: 'Pourquoi est-il légitime ?', en: 'Why is it legitimate?' },
    help: { fr: 'Étape 1 (suite).', en: 'Step 1 (continued).' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.legitimateInterest.necessity', kind: 'text', when: usesLi, prompt: { fr: 'Nécessité', en: 'Necessity' },
    help: { fr: 'Étape 2 : pas de moyen moins intrusif.', en: 'Step 2: no less intrusive means.' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.legitimateInterest.balancing.reasonableExpectations', kind: 'text', when: usesLi, prompt: { fr: 'Attentes raisonnables des personnes', en: 'People’s reasonable expectations' },
    help: { fr: 'Étape 3 : les personnes peuvent-elles s’attendre à cet usage ?', en: 'Step 3: can people expect this use?' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.legitimateInterest.balancing.impacts', kind: 'text', when: usesLi, prompt: { fr: 'Impacts sur les personnes', en: 'Impacts on people' },
    help: { fr: 'Étape 3 : risques pour la vie privée et les autres droits.', en: 'Step 3: risks to privacy and other rights.' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.legitimateInterest.balancing.safeguards', kind: 'list', when: usesLi, prompt: { fr: 'Garanties additionnelles', en: 'Additional safeguards' },
    help: { fr: 'Opposition préalable, pseudonymisation, exclusion de sites sensibles, respect des opt-out…', en: 'Prior opt-out, pseudonymisation, exclusion of sensitive sites, opt-outs honoured...' }, link: CNIL.legitimateInterest },
  { path: 'lawfulness.sensitiveData.present', kind: 'bool', prompt: { fr: 'Des données sensibles peuvent-elles être présentes ?', en: 'May sensitive data be present?' },
    help: { fr: 'Santé, opinions, religion, orientation sexuelle, infractions… même de façon incidente.', en: 'Health, opinions, religion, sexual orientation, offences... even incidentally.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sensitiveData.sought', kind: 'bool', when: (r) => r.lawfulness?.sensitiveData?.present === true, prompt: { fr: 'Sont-elles recherchées volontairement ?', en: 'Are they sought on purpose?' },
    help: { fr: 'Si oui, une exception de l’article 9 est nécessaire.', en: 'If yes, an Article 9 exception is needed.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sensitiveData.exception', kind: 'enum', choices: ART9_EXCEPTIONS, labels: 'art9', when: (r) => r.lawfulness?.sensitiveData?.sought === true, prompt: { fr: 'Exception de l’article 9', en: 'Article 9 exception' },
    help: { fr: '« Manifestement rendues publiques » suppose une intention claire de la personne (CJUE C-252/21).', en: '"Manifestly made public" requires the person’s clear intent (CJEU C-252/21).' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sensitiveData.filters', kind: 'bool', when: (r) => r.lawfulness?.sensitiveData?.present === true && r.lawfulness.sensitiveData.sought !== true, prompt: { fr: 'Filtres automatiques en place ?', en: 'Automatic filters in place?' },
    help: { fr: 'Ex. étape `drop-sensitive` du pipeline.', en: 'E.g. the pipeline’s `drop-sensitive` step.' }, link: CNIL.lawfulness },
  { path: 'lawfulness.sensitiveData.deletionOnDiscovery', kind: 'bool', when: (r) => r.lawfulness?.sensitiveData?.present === true && r.lawfulness.sensitiveData.sought !== true, prompt: { fr: 'Suppression dès découverte ?', en: 'Deleted as soon as found?' },
    help: { fr: 'Les données sensibles découvertes sont supprimées au plus vite.', en: 'Sensitive data found is deleted as soon as possible.' }, link: CNIL.lawfulness },
  { path: 'dpia.criteria', kind: 'multi', choices: DPIA_CRITERIA, labels: 'dpiaCriteria', prompt: { fr: 'Critères AIPD remplis', en: 'DPIA criteria met' },
    help: { fr: 'Deux critères ou plus : une AIPD est en général requise.', en: 'Two or more criteria: a DPIA is usually required.' }, link: CNIL.dpia },
  { path: 'dpia.cnilList', kind: 'bool', prompt: { fr: 'Traitement sur la liste CNIL des AIPD obligatoires ?', en: 'On the CNIL list of mandatory DPIAs?' },
    help: { fr: 'Liste publiée par la CNIL.', en: 'List published by the CNIL.' }, link: CNIL.dpiaFr },
  { path: 'dpia.aiActHighRisk', kind: 'bool', prompt: { fr: 'Système à haut risque (règlement IA) ?', en: 'High-risk system (AI Act)?' },
    help: { fr: 'Si oui, l’AIPD est obligatoire.', en: 'If yes, a DPIA is mandatory.' }, link: CNIL.dpia },
  { path: 'dpia.status', kind: 'enum', choices: DPIA_STATUSES, labels: 'dpiaStatus', prompt: { fr: 'État de l’AIPD', en: 'DPIA status' },
    help: { fr: 'Elle doit être réalisée avant le traitement.', en: 'It must be done before processing.' }, link: CNIL.dpia },
  { path: 'dpia.risks', kind: 'multi', choices: AI_RISKS, labels: 'risk', when: (r) => r.dpia?.status !== 'not-required', prompt: { fr: 'Risques IA évalués', en: 'AI risks assessed' },
    help: { fr: 'Les risques propres à l’IA à traiter dans l’AIPD.', en: 'The AI-specific risks the DPIA must cover.' }, link: CNIL.dpia },
  { path: 'dpia.risks.*.severity', kind: 'enum', each: 'risk', choices: SCALE, labels: 'scale', prompt: { fr: 'Gravité du risque', en: 'Severity of risk' },
    help: { fr: 'Échelle CNIL : négligeable, limitée, importante, maximale.', en: 'CNIL scale: negligible, limited, significant, maximum.' }, link: CNIL.dpia },
  { path: 'dpia.risks.*.likelihood', kind: 'enum', each: 'risk', choices: SCALE, labels: 'scale', prompt: { fr: 'Vraisemblance du risque', en: 'Likelihood of risk' },
    help: { fr: 'Même échelle.', en: 'Same scale.' }, link: CNIL.dpia },
  { path: 'dpia.risks.*.measures', kind: 'list', each: 'risk', prompt: { fr: 'Mesures contre le risque', en: 'Measures against risk' },
    help: { fr: 'Ce qui réduit la gravité ou la vraisemblance.', en: 'What reduces severity or likelihood.' }, link: CNIL.dpia },
  { path: 'dpia.dpoOpinion', kind: 'text', when: (r) => r.dpia?.status === 'done', prompt: { fr: 'Avis du DPO', en: 'DPO opinion' },
    help: { fr: 'Requis lors de l’AIPD.', en: 'Required for the DPIA.' }, link: CNIL.dpia },
  { path: 'design.minimisation.fieldNames', kind: 'list', prompt: { fr: 'Champs ou catégories de données conservés', en: 'Fields or data categories kept' },
    help: { fr: 'Chacun doit être justifié (complétez `justification` dans le fichier).', en: 'Each must be justified (fill `justification` in the file).' }, link: CNIL.design },
  { path: 'design.minimisation.alternativesConsidered', kind: 'text', prompt: { fr: 'Alternatives moins gourmandes envisagées', en: 'Less data-hungry alternatives considered' },
    help: { fr: 'Règles, petits modèles, données synthétiques…', en: 'Rules, smaller models, synthetic data...' }, link: CNIL.design },
  { path: 'design.minimisation.techniques', kind: 'list', prompt: { fr: 'Techniques de protection dès la conception', en: 'Data-protection-by-design techniques' },
    help: { fr: 'Pseudonymisation, filtrage, données synthétiques, apprentissage fédéré…', en: 'Pseudonymisation, filtering, synthetic data, federated learning...' }, link: CNIL.design },
  { path: 'design.aiReferent', kind: 'text', prompt: { fr: 'Comité d’éthique ou référent IA', en: 'Ethics committee or AI referent' },
    help: { fr: 'Bonne pratique : un avis interne sur le projet.', en: 'Good practice: an internal opinion on the project.' }, link: CNIL.design },
  { path: 'design.qualityChecks', kind: 'text', prompt: { fr: 'Contrôles de qualité et de représentativité', en: 'Quality and representativeness checks' },
    help: { fr: 'Revue d’échantillons, validation des annotations, équilibre des sous-populations.', en: 'Sample reviews, annotation validation, balance of sub-populations.' }, link: CNIL.design },
  { path: 'retention.raw.period', kind: 'duration', prompt: { fr: 'Conservation des données brutes', en: 'Retention of raw data' },
    help: { fr: 'Durée ISO 8601 (P6M = 6 mois).', en: 'ISO 8601 duration (P6M = 6 months).' }, link: CNIL.collection },
  { path: 'retention.raw.justification', kind: 'text', prompt: { fr: 'Justification', en: 'Justification' },
    help: { fr: 'Pourquoi cette durée.', en: 'Why this period.' }, link: CNIL.collection },
  { path: 'retention.dataset.period', kind: 'duration', prompt: { fr: 'Conservation du jeu d’entraînement', en: 'Retention of the training set' },
    help: { fr: 'Durée ISO 8601 (P3Y = 3 ans).', en: 'ISO 8601 duration (P3Y = 3 years).' }, link: CNIL.collection },
  { path: 'retention.dataset.justification', kind: 'text', prompt: { fr: 'Justification', en: 'Justification' },
    help: { fr: 'Une longue durée est possible si elle est justifiée.', en: 'A long period is possible if justified.' }, link: CNIL.collection },
  { path: 'retention.security', kind: 'list', prompt: { fr: 'Mesures de sécurité', en: 'Security measures' },
    help: { fr: 'Contrôle d’accès, chiffrement, journalisation…', en: 'Access control, encryption, logging...' }, link: CNIL.collection },
  { path: 'retention.monitoring', kind: 'text', prompt: { fr: 'Suivi et mise à jour du jeu', en: 'Monitoring and updates of the set' },
    help: { fr: 'Revue périodique, suppression de ce qui n’est plus utile.', en: 'Periodic review, deletion of what is no longer needed.' }, link: CNIL.collection },
  { path: 'retention.datasheet', kind: 'bool', prompt: { fr: 'Fiche descriptive du jeu produite ?', en: 'Data set description sheet produced?' },
    help: { fr: '`tamis docs` la génère.', en: '`tamis docs` generates it.' }, link: CNIL.collection },
  { path: 'information.direct', kind: 'text', when: (r) => anyMode(r, 'direct'), prompt: { fr: 'Information lors de la collecte directe', en: 'Information on direct collection' },
    help: { fr: 'Art. 13 : au moment de la collecte.', en: 'Art. 13: at collection time.' }, link: CNIL.information },
  { path: 'information.indirectMode', kind: 'enum', choices: INFO_MODES, labels: 'infoMode',
    when: (r) => anyMode(r, 'scraped', 'reused'),
    prompt: { fr: 'Information lors de la collecte indirecte', en: 'Information on indirect collection' },
    help: { fr: 'Art. 14 : individuelle, sauf effort disproportionné (alors notice publique).', en: 'Art. 14: individual, unless disproportionate effort (then a public notice).' }, link: CNIL.information },
  { path: 'information.disproportionateEffort', kind: 'text', when: (r) => r.information?.indirectMode === 'general-notice' || r.information?.indirectMode === 'exempt',
    prompt: { fr: 'Mise en balance de l’effort disproportionné', en: 'Disproportionate-effort balancing' },
    help: { fr: 'Effort (pas de coordonnées, ancienneté, nombre) contre atteinte aux personnes.', en: 'Effort (no contact details, age, number) against intrusion for people.' }, link: CNIL.information },
  { path: 'information.noticeUrl', kind: 'text', when: (r) => r.information?.indirectMode === 'general-notice' || r.information?.indirectMode === 'exempt',
    prompt: { fr: 'Adresse de la notice publiée', en: 'URL of the published notice' },
    help: { fr: '`tamis docs` rédige la notice.', en: '`tamis docs` drafts the notice.' }, link: CNIL.information },
  { path: 'information.sourcesDisclosed', kind: 'enum', choices: ['sources', 'categories'], prompt: { fr: 'Sources indiquées dans la notice', en: 'Sources given in the notice' },
    help: { fr: 'Chaque source, ou des catégories si elles sont très nombreuses.', en: 'Each source, or categories when very numerous.' }, link: CNIL.information },
  { path: 'information.delayBeforeTraining', kind: 'duration', prompt: { fr: 'Délai entre information et entraînement', en: 'Delay between information and training' },
    help: { fr: 'Bonne pratique : laisser le temps de s’opposer (ex. P30D).', en: 'Good practice: leave time to object (e.g. P30D).' }, link: CNIL.information },
  { path: 'rights.contact', kind: 'text', prompt: { fr: 'Contact pour l’exercice des droits', en: 'Contact for rights requests' },
    help: { fr: 'Adresse e-mail ou formulaire.', en: 'E-mail address or form.' }, link: CNIL.rights },
  { path: 'rights.procedure', kind: 'text', prompt: { fr: 'Procédure de traitement des demandes', en: 'Procedure for requests' },
    help: { fr: 'Qui traite, dans quel délai, comment c’est suivi.', en: 'Who handles them, how fast, how followed up.' }, link: CNIL.rights },
  { path: 'rights.identifiers', kind: 'list', prompt: { fr: 'Informations permettant de retrouver une personne', en: 'Information that helps find a person' },
    help: { fr: 'Ex. e-mail, pseudonyme, numéro de ticket.', en: 'E.g. e-mail, user name, ticket number.' }, link: CNIL.rights },
  { path: 'rights.modelUpdates', kind: 'text', prompt: { fr: 'Répercussion sur les versions du modèle', en: 'Follow-up in model versions' },
    help: { fr: 'Réentraînement, filtres, information des réutilisateurs.', en: 'Retraining, filters, notice to re-users.' }, link: CNIL.rights },
  { path: 'rights.searchTool', kind: 'text', prompt: { fr: 'Outil permettant de vérifier sa présence dans le jeu', en: 'Tool to check one’s presence in the set' },
    help: { fr: 'Bonne pratique : moteur de recherche ou formulaire.', en: 'Good practice: a search engine or form.' }, link: CNIL.rights },
];
