/** Sheet 3 — legal qualification of the organisations: controller, joint controller, processor; AI Act roles. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

export const rolesRules = [
  rule({
    id: 'roles.controller', sheet: 3, level: 'obligation',
    title: { fr: 'Responsable du traitement identifié', en: 'Controller identified' },
    message: {
      fr: 'Le responsable du traitement (l’organisme qui détermine les finalités et les moyens) n’est pas identifié.',
      en: 'The controller (the organisation deciding the purposes and means) is not identified.',
    },
    fix: { fr: 'Renseignez `project.controller.name` et `project.controller.contact`.', en: 'Set `project.controller.name` and `project.controller.contact`.' },
    sources: [CNIL.roles],
    check: (c) => answered(c.reg.project?.controller?.name) && answered(c.reg.project?.controller?.contact),
  }),
  rule({
    id: 'roles.qualified', sheet: 3, level: 'obligation',
    title: { fr: 'Qualification de chaque organisme', en: 'Role of each organisation' },
    message: {
      fr: 'La qualification RGPD (responsable, responsable conjoint, sous-traitant) de chaque organisme impliqué doit être déterminée, au cas par cas.',
      en: 'The GDPR role (controller, joint controller, processor) of each organisation involved must be determined, case by case.',
    },
    fix: {
      fr: 'Listez les organismes dans `roles.organisations` avec `gdprRole` pour chacun.',
      en: 'List the organisations in `roles.organisations` with a `gdprRole` each.',
    },
    sources: [CNIL.roles],
    check: (c) => {
      const orgs = c.reg.roles?.organisations ?? [];
      if (orgs.length === 0) return false;
      return orgs.filter((o) => !o.gdprRole).map((o) => o.name);
    },
  }),
  rule({
    id: 'roles.agreement', sheet: 3, level: 'obligation',
    title: { fr: 'Accord entre responsables conjoints / contrat de sous-traitance', en: 'Joint-controller arrangement / processor contract' },
    message: {
      fr: 'Un accord (art. 26 RGPD) est requis entre responsables conjoints, et un contrat (art. 28) avec chaque sous-traitant.',
      en: 'An arrangement (GDPR Art. 26) is required between joint controllers, and a contract (Art. 28) with each processor.',
    },
    fix: { fr: 'Décrivez-le dans `roles.organisations[].agreement`.', en: 'Describe it in `roles.organisations[].agreement`.' },
    sources: [CNIL.roles],
    check: (c) => {
      const orgs = (c.reg.roles?.organisations ?? []).filter((o) => o.gdprRole === 'joint-controller' || o.gdprRole === 'processor');
      return orgs.length === 0 ? 'n/a' : orgs.filter((o) => !answered(o.agreement)).map((o) => o.name);
    },
  }),
  rule({
    id: 'roles.ai-act', sheet: 3, level: 'recommendation',
    title: { fr: 'Rôles au sens du règlement IA', en: 'AI Act roles' },
    message: {
      fr: 'Le rôle au sens du règlement européen sur l’IA (fournisseur, déployeur…) n’est pas indiqué pour chaque organisme ; il éclaire la qualification RGPD.',
      en: 'The AI Act role (provider, deployer...) is not stated for each organisation; it informs the GDPR qualification.',
    },
    fix: { fr: 'Renseignez `roles.organisations[].aiActRole` (provider, deployer, importer, distributor, none).', en: 'Set `roles.organisations[].aiActRole` (provider, deployer, importer, distributor, none).' },
    sources: [CNIL.roles],
    check: (c) => {
      const orgs = c.reg.roles?.organisations ?? [];
      return orgs.length === 0 ? 'n/a' : orgs.filter((o) => !o.aiActRole).map((o) => o.name);
    },
  }),
  rule({
    id: 'roles.dpo', sheet: 3, level: 'recommendation',
    title: { fr: 'Délégué à la protection des données', en: 'Data protection officer' },
    message: {
      fr: 'Aucun contact de DPO n’est indiqué ; le DPO doit être associé dès le début du projet (et sa désignation est obligatoire dans certains cas).',
      en: 'No DPO contact is given; the DPO should be involved from the start (and must be appointed in some cases).',
    },
    fix: { fr: 'Renseignez `project.controller.dpo.email`.', en: 'Set `project.controller.dpo.email`.' },
    sources: [CNIL.dpo, CNIL.roles],
    check: (c) => answered(c.reg.project?.controller?.dpo?.email),
  }),
];
