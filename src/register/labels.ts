/** French and English labels for the register's enumerations (used by `tamis init` and the documents). */
import type { Text } from './rule.js';

export const LABELS: Record<string, Record<string, Text>> = {
  framework: {
    gdpr: { fr: 'RGPD', en: 'GDPR' },
    'law-enforcement-directive': { fr: 'Directive « police-justice »', en: 'Law-enforcement directive' },
    'national-defence': { fr: 'Défense nationale / sûreté de l’État', en: 'National defence / state security' },
  },
  purposeKind: {
    operational: { fr: 'Usage opérationnel identifié dès le développement', en: 'Operational use known from development' },
    'general-purpose': { fr: 'Système d’IA à usage général', en: 'General-purpose AI system' },
    research: { fr: 'Recherche scientifique', en: 'Scientific research' },
  },
  release: {
    internal: { fr: 'usage interne', en: 'internal use' }, 'open-weights': { fr: 'poids ouverts', en: 'open weights' },
    'open-source': { fr: 'source ouverte', en: 'open source' }, saas: { fr: 'SaaS', en: 'SaaS' }, api: { fr: 'API', en: 'API' },
    'on-premise': { fr: 'sur site', en: 'on premise' },
  },
  gdprRole: {
    controller: { fr: 'responsable du traitement', en: 'controller' },
    'joint-controller': { fr: 'responsable conjoint', en: 'joint controller' },
    processor: { fr: 'sous-traitant', en: 'processor' },
  },
  aiActRole: {
    provider: { fr: 'fournisseur', en: 'provider' }, deployer: { fr: 'déployeur', en: 'deployer' },
    importer: { fr: 'importateur', en: 'importer' }, distributor: { fr: 'distributeur', en: 'distributor' },
    none: { fr: 'aucun', en: 'none' },
  },
  collection: {
    direct: { fr: 'collecte directe', en: 'direct collection' },
    scraped: { fr: 'moissonnage (web scraping)', en: 'web scraping' },
    reused: { fr: 'réutilisation', en: 'reuse' },
  },
  basis: {
    consent: { fr: 'consentement (art. 6(1)(a))', en: 'consent (Art. 6(1)(a))' },
    contract: { fr: 'contrat (art. 6(1)(b))', en: 'contract (Art. 6(1)(b))' },
    'legal-obligation': { fr: 'obligation légale (art. 6(1)(c))', en: 'legal obligation (Art. 6(1)(c))' },
    'vital-interest': { fr: 'intérêts vitaux (art. 6(1)(d))', en: 'vital interests (Art. 6(1)(d))' },
    'public-interest': { fr: 'mission d’intérêt public (art. 6(1)(e))', en: 'public-interest task (Art. 6(1)(e))' },
    'legitimate-interest': { fr: 'intérêt légitime (art. 6(1)(f))', en: 'legitimate interest (Art. 6(1)(f))' },
  },
  art9: {
    'explicit-consent': { fr: 'consentement explicite (9(2)(a))', en: 'explicit consent (9(2)(a))' },
    employment: { fr: 'droit du travail (9(2)(b))', en: 'employment law (9(2)(b))' },
    'vital-interest': { fr: 'intérêts vitaux (9(2)(c))', en: 'vital interests (9(2)(c))' },
    'non-profit-body': { fr: 'organisme à but non lucratif (9(2)(d))', en: 'non-profit body (9(2)(d))' },
    'manifestly-made-public': { fr: 'données manifestement rendues publiques (9(2)(e))', en: 'manifestly made public (9(2)(e))' },
    'legal-claims': { fr: 'droits en justice (9(2)(f))', en: 'legal claims (9(2)(f))' },
    'substantial-public-interest': { fr: 'intérêt public important (9(2)(g))', en: 'substantial public interest (9(2)(g))' },
    'health-care': { fr: 'médecine préventive, soins (9(2)(h))', en: 'health or social care (9(2)(h))' },
    'public-health': { fr: 'santé publique (9(2)(i))', en: 'public health (9(2)(i))' },
    'research-statistics': { fr: 'recherche, statistique, archives (9(2)(j))', en: 'research, statistics, archiving (9(2)(j))' },
  },
  dpiaCriteria: {
    'evaluation-scoring': { fr: 'évaluation ou notation', en: 'evaluation or scoring' },
    'automated-decision': { fr: 'décision automatisée avec effet juridique ou similaire', en: 'automated decision with legal or similar effect' },
    'systematic-monitoring': { fr: 'surveillance systématique', en: 'systematic monitoring' },
    'sensitive-data': { fr: 'données sensibles ou hautement personnelles', en: 'sensitive or highly personal data' },
    'large-scale': { fr: 'données à grande échelle', en: 'data processed on a large scale' },
    'matching-combining': { fr: 'croisement ou combinaison de jeux de données', en: 'matching or combining data sets' },
    'vulnerable-persons': { fr: 'personnes vulnérables', en: 'vulnerable data subjects' },
    'innovative-technology': { fr: 'usage innovant ou nouvelle technologie', en: 'innovative use or new technology' },
    'prevents-rights': { fr: 'exclusion du bénéfice d’un droit ou d’un contrat', en: 'prevents exercising a right or using a service' },
  },
  dpiaStatus: {
    'not-required': { fr: 'non requise', en: 'not required' }, planned: { fr: 'prévue', en: 'planned' },
    'in-progress': { fr: 'en cours', en: 'in progress' }, done: { fr: 'réalisée', en: 'done' },
  },
  risk: {
    'memorisation-regurgitation': { fr: 'mémorisation et régurgitation de données', en: 'memorisation and regurgitation of data' },
    'membership-inference': { fr: 'inférence d’appartenance', en: 'membership inference' },
    'bias-discrimination': { fr: 'biais et discrimination', en: 'bias and discrimination' },
    'false-content-real-people': { fr: 'contenus faux sur des personnes réelles', en: 'false content about real people' },
    'loss-of-control-published-data': { fr: 'perte de maîtrise des données publiées en ligne', en: 'loss of control over data published online' },
    'poisoning-attacks': { fr: 'attaques (empoisonnement, porte dérobée)', en: 'attacks (poisoning, backdoors)' },
    'automation-bias': { fr: 'biais d’automatisation', en: 'automation bias' },
    'confidentiality-breach': { fr: 'atteinte à la confidentialité des données', en: 'breach of data confidentiality' },
  },
  scale: {
    negligible: { fr: 'négligeable', en: 'negligible' }, limited: { fr: 'limitée', en: 'limited' },
    significant: { fr: 'importante', en: 'significant' }, maximum: { fr: 'maximale', en: 'maximum' },
  },
  infoMode: {
    individual: { fr: 'information individuelle', en: 'individual information' },
    'general-notice': { fr: 'notice générale publiée', en: 'published general notice' },
    exempt: { fr: 'dispense (art. 14(5)(b)) avec notice publique', en: 'exemption (Art. 14(5)(b)) with public notice' },
  },
};

/** Label of an enumeration value, or the value itself when unknown. */
export function label(kind: string, value: string | undefined, lang: 'fr' | 'en'): string {
  if (value === undefined) return '';
  return LABELS[kind]?.[value]?.[lang] ?? value;
}
