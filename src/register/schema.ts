/**
 * The register part of `tamis.yaml` (who, why, on which legal basis, DPIA, retention, information, rights), as a
 * zod schema. The schema only checks shapes and enumerations: a *missing* answer is not a schema error but a
 * finding of `tamis check` (rules in ./rules/), so that users get the CNIL's explanation and link instead of
 * "Required". Inner objects are strict so a typo in a key is reported at its line; the top level is loose
 * because the pipeline part (`sources`, `pipeline`, `output`) is validated by the build.
 * Field reference: docs/register.md.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const texts = z.array(text);
/** ISO 8601 duration (P6M, P3Y, P1Y6M, P90D). */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;
const duration = z.string().regex(ISO_DURATION, 'must be an ISO 8601 duration such as P6M, P3Y or P90D');

export const REGIMES = ['gdpr', 'law-enforcement-directive', 'national-defence'] as const;
export const PURPOSE_KINDS = ['operational', 'general-purpose', 'research'] as const;
export const RELEASE_MODES = ['internal', 'open-weights', 'open-source', 'saas', 'api', 'on-premise'] as const;
export const GDPR_ROLES = ['controller', 'joint-controller', 'processor'] as const;
export const AI_ACT_ROLES = ['provider', 'deployer', 'importer', 'distributor', 'none'] as const;
export const COLLECTION_MODES = ['direct', 'scraped', 'reused'] as const;
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'public-interest', 'legitimate-interest', 'vital-interest'] as const;
/** GDPR Art. 9(2) exceptions, by letter. */
export const ART9_EXCEPTIONS = [
  'explicit-consent', 'employment', 'vital-interest', 'non-profit-body', 'manifestly-made-public', 'legal-claims',
  'substantial-public-interest', 'health-care', 'public-health', 'research-statistics',
] as const;
/** The nine criteria of the EDPB (WP248) guidelines adopted by the CNIL: two or more usually mean a DPIA. */
export const DPIA_CRITERIA = [
  'evaluation-scoring', 'automated-decision', 'systematic-monitoring', 'sensitive-data', 'large-scale',
  'matching-combining', 'vulnerable-persons', 'innovative-technology', 'prevents-rights',
] as const;
export const DPIA_STATUSES = ['not-required', 'planned', 'in-progress', 'done'] as const;
/** AI-specific risks the CNIL asks a DPIA to consider (sheet 5). */
export const AI_RISKS = [
  'memorisation-regurgitation', 'membership-inference', 'bias-discrimination', 'false-content-real-people',
  'loss-of-control-published-data', 'poisoning-attacks', 'automation-bias', 'confidentiality-breach',
] as const;
/** Severity and likelihood on the CNIL PIA scale. */
export const SCALE = ['negligible', 'limited', 'significant', 'maximum'] as const;
export const INFO_MODES = ['individual', 'general-notice', 'exempt'] as const;

const reuseSchema = z.strictObject({
  /** Who published or provided the data set. */
  origin: text.optional(),
  licence: text.optional(),
  /** The controller's own data initially collected for another purpose, or a third party's. */
  ownData: z.boolean().optional(),
  /** The source is not manifestly unlawful (e.g. not a leak). */
  notManifestlyUnlawful: z.boolean().optional(),
  /** No court or authority decision forbids the data set or its reuse. */
  noCourtDecision: z.boolean().optional(),
  /** Art. 6(4) compatibility test (for the controller's own data reused for a new purpose). */
  compatibility: z.strictObject({
    link: text.optional(), context: text.optional(), nature: text.optional(), consequences: text.optional(),
    safeguards: text.optional(),
  }).optional(),
  /** How the data set's documentation was checked (data sheet, collection method, sources). */
  documentation: text.optional(),
  /** Publicly available (open data set) or obtained privately from a third party (licensed, purchased). */
  publiclyAvailable: z.boolean().optional(),
});

const scrapingSchema = z.strictObject({
  /** Precise collection criteria defined before collection. */
  criteria: text.optional(),
  /** Sites or categories of sites excluded (sensitive sites, sites opposing scraping). */
  excludedSites: texts.optional(),
  respectsRobotsTxt: z.boolean().optional(),
  respectsTdmOptOut: z.boolean().optional(),
  /** Filters that exclude sensitive or irrelevant data at collection time. */
  sensitiveFilters: z.boolean().optional(),
  /** Sites where people can reasonably expect their data to be collected (public forum about the product). */
  expectations: text.optional(),
  /** Opt-out list people can join before collection. */
  priorOptOut: z.boolean().optional(),
  /** Only freely accessible pages: nothing behind a login, no bypassing of access restrictions. */
  publicOnly: z.boolean().optional(),
});

const sourceBasisSchema = z.strictObject({
  collection: z.enum(COLLECTION_MODES).optional(),
  basis: z.enum(LEGAL_BASES).optional(),
  /** Why this basis fits this source. */
  rationale: text.optional(),
  /** For legal-obligation / public-interest: the text that provides it. */
  legalText: text.optional(),
  /** For consent: how it is collected and withdrawn. */
  consentMechanism: text.optional(),
  reuse: reuseSchema.optional(),
  scraping: scrapingSchema.optional(),
});

const legitimateInterestSchema = z.strictObject({
  /** The interest pursued, stated clearly and precisely. */
  interest: text.optional(),
  /** Why it is lawful, real and present. */
  legitimacy: text.optional(),
  /** Why the processing is necessary and no less intrusive means exists. */
  necessity: text.optional(),
  balancing: z.strictObject({
    reasonableExpectations: text.optional(),
    impacts: text.optional(),
    benefits: text.optional(),
    safeguards: texts.optional(),
  }).optional(),
});

const sensitiveSchema = z.strictObject({
  /** Art. 9/10 data may be present in the sources (even incidentally). */
  present: z.boolean().optional(),
  /** Whether it is sought on purpose or only incidental. */
  sought: z.boolean().optional(),
  exception: z.enum(ART9_EXCEPTIONS).optional(),
  /** For "manifestly made public": why the person clearly meant to make it public (CJEU C-252/21). */
  manifestlyPublicAssessment: text.optional(),
  /** Automatic filters excluding sensitive data at collection. */
  filters: z.boolean().optional(),
  /** Sensitive data discovered later is deleted as soon as possible, automatically. */
  deletionOnDiscovery: z.boolean().optional(),
  categories: texts.optional(),
});

const riskSchema = z.strictObject({
  risk: z.enum(AI_RISKS),
  severity: z.enum(SCALE).optional(),
  likelihood: z.enum(SCALE).optional(),
  measures: texts.optional(),
  description: text.optional(),
});

/** A stage is `{ period, justification }`; the short form `raw: P6M` (DESIGN.md sketch) means `{ period: P6M }`. */
const retentionStageSchema = z.union([
  duration.transform((period) => ({ period, justification: undefined as string | undefined })),
  z.strictObject({ period: duration.optional(), justification: text.optional() }),
]);

export const registerShape = {
  project: z.strictObject({
    name: text.optional(),
    description: text.optional(),
    controller: z.strictObject({
      name: text.optional(),
      address: text.optional(),
      contact: text.optional(),
      /** `dpo: dpo@example.org` is short for `dpo: { email: dpo@example.org }`. */
      dpo: z.union([
        text.transform((email) => ({ email, name: undefined as string | undefined })),
        z.strictObject({ name: text.optional(), email: text.optional() }),
      ]).optional(),
    }).optional(),
  }).optional(),
  regime: z.strictObject({
    framework: z.enum(REGIMES).optional(),
    /** Is the system developed a general-purpose AI system (or model)? */
    generalPurpose: z.boolean().optional(),
    rationale: text.optional(),
  }).optional(),
  purpose: z.strictObject({
    description: text.optional(),
    kind: z.enum(PURPOSE_KINDS).optional(),
    /** Case 1 of sheet 2: the operational use known from development. */
    operationalUse: text.optional(),
    systemType: text.optional(),
    capabilities: texts.optional(),
    excludedUses: texts.optional(),
    release: z.strictObject({
      modes: z.array(z.enum(RELEASE_MODES)).optional(),
      licence: text.optional(),
      conditions: text.optional(),
      /** Open release good practices (CNIL analysis of open-source practices in AI). */
      modelCard: z.boolean().optional(),
      regurgitationTests: z.boolean().optional(),
      redTeaming: z.boolean().optional(),
      /** Channel through which re-users learn of new versions (so rights requests reach their copies). */
      updateChannel: text.optional(),
    }).optional(),
    research: z.strictObject({
      /** Why the work is scientific research (novelty, method, publication, peer review). */
      justification: text.optional(),
      publication: text.optional(),
      commercialUse: text.optional(),
    }).optional(),
  }).optional(),
  roles: z.strictObject({
    organisations: z.array(z.strictObject({
      name: text,
      gdprRole: z.enum(GDPR_ROLES).optional(),
      aiActRole: z.enum(AI_ACT_ROLES).optional(),
      responsibilities: text.optional(),
      /** Art. 26 arrangement (joint controllers) or Art. 28 contract (processors). */
      agreement: text.optional(),
    })).optional(),
  }).optional(),
  lawfulness: z.strictObject({
    /** Legal basis per source id (the ids of `sources`). */
    sources: z.record(z.string(), sourceBasisSchema).optional(),
    legitimateInterest: legitimateInterestSchema.optional(),
    sensitiveData: sensitiveSchema.optional(),
  }).optional(),
  dpia: z.strictObject({
    criteria: z.array(z.enum(DPIA_CRITERIA)).optional(),
    /** The processing is on the CNIL's list of operations requiring a DPIA. */
    cnilList: z.boolean().optional(),
    aiActHighRisk: z.boolean().optional(),
    status: z.enum(DPIA_STATUSES).optional(),
    notRequiredReason: text.optional(),
    date: text.optional(),
    risks: z.array(riskSchema).optional(),
    dpoOpinion: text.optional(),
    /** Published or shared with re-users of the model (recommended for models others fine-tune). */
    shared: z.boolean().optional(),
  }).optional(),
  design: z.strictObject({
    minimisation: z.strictObject({
      fields: z.array(z.strictObject({ name: text, category: text.optional(), justification: text.optional() })).optional(),
      /** Less data-hungry methods considered first (rules, smaller models, synthetic data...). */
      alternativesConsidered: text.optional(),
      techniques: texts.optional(),
    }).optional(),
    ethicsCommittee: text.optional(),
    aiReferent: text.optional(),
    /** Data quality and representativeness checks. */
    qualityChecks: text.optional(),
  }).optional(),
  retention: z.strictObject({
    raw: retentionStageSchema.optional(),
    dataset: retentionStageSchema.optional(),
    audit: z.strictObject({
      period: duration.optional(),
      justification: text.optional(),
      pseudonymised: z.boolean().optional(),
      encrypted: z.boolean().optional(),
      accessRestricted: z.boolean().optional(),
    }).optional(),
    /** The data description sheet is produced (by `tamis docs`, or a path to it). */
    datasheet: z.union([z.boolean(), text]).optional(),
    monitoring: text.optional(),
    security: texts.optional(),
  }).optional(),
  information: z.strictObject({
    /** Art. 13: how people whose data is collected directly are told. */
    direct: text.optional(),
    /** Art. 14: how people whose data is collected indirectly are told. */
    indirectMode: z.enum(INFO_MODES).optional(),
    noticeUrl: text.optional(),
    /** Art. 14(5)(b) balancing, when individual information is not given. */
    disproportionateEffort: text.optional(),
    /** Delay between information and training, so people can object first. */
    delayBeforeTraining: duration.optional(),
    /** Sources disclosed in the notice: each source, or categories of sources. */
    sourcesDisclosed: z.enum(['sources', 'categories']).optional(),
  }).optional(),
  rights: z.strictObject({
    contact: text.optional(),
    procedure: text.optional(),
    /** What a person can give to be found in the data set (e-mail, user name, ticket number...). */
    identifiers: texts.optional(),
    /** How later model versions take requests into account (retraining, filters, update channel). */
    modelUpdates: text.optional(),
    responseDelay: duration.optional(),
    /** A tool letting people check whether their data is in the data set (search engine, form). */
    searchTool: text.optional(),
  }).optional(),
  /** Written justifications for deviating from a rule: `rule-id: "why"`. */
  justifications: z.record(z.string(), text).optional(),
};

/** The whole tamis.yaml: the register, plus the pipeline part validated by the build. */
export const tamisConfigSchema = z.looseObject({
  ...registerShape,
  sources: z.unknown().optional(),
  pipeline: z.unknown().optional(),
  output: z.unknown().optional(),
});

export type TamisConfig = z.infer<typeof tamisConfigSchema>;
/** The register, i.e. the config without the pipeline part. */
export type Register = TamisConfig;
export type SourceBasis = z.infer<typeof sourceBasisSchema>;
export type DpiaRisk = z.infer<typeof riskSchema>;
