/** GENETIC (GDPR Art. 9 "genetic data"): genetic tests, DNA profiles, variants, carrier status, ancestry DNA. */
import type { CategoryLexicon } from '../lexicon.js';

export const genetic: CategoryLexicon = {
  category: 'GENETIC',
  groups: [
    {
      kind: 'genetic test or result', weight: 0.92,
      any: ['=BRCA', '=BRCA1', '=BRCA2', 'fnaeg', 'ndnad'],
      fr: ['test génétique', 'tests génétiques', 'analyse génétique', 'étude moléculaire', 'profil adn',
        'profil génétique', 'empreinte génétique', 'test adn', 'test ADN', 'haplogroupe*', 'hétérozygote*', 'homozygote*', 'homozygotie',
        'variant pathogène', 'mutation du gène', 'mutation génétique', 'génotypage', 'caryotype', 'syndrome de lynch', 'prédisposition héréditaire',
        'porteur sain', 'porteuse saine', 'porteurs hétérozygotes', 'oncogénétique', 'correspondances adn', 'panel de gènes',
        'séquençage de votre génome', 'conseil génétique'],
      en: ['genetic test', 'genetic testing', 'genetic tests', 'dna test', 'dna results', 'dna profile',
        'dna match*', 'dna relatives', 'dna analysis', 'haplogroup*', 'heterozygous', 'homozygous', 'pathogenic variant', 'germline',
        'predictive testing', 'carrier status', 'carrier screening', 'carrier test', 'genotyp*', 'karyotype', 'lynch syndrome', 'sickle gene',
        'sickle cell trait', 'gene variant', 'genetic counsellor', 'genetic counselor', 'national dna database', 'shared dna',
        'carriers were', 'were found to be carriers', 'dna recovered', 'dna evidence', 'dna sample', 'matched your profile', 'matched his profile',
        'matched her profile'],
    },
    {
      kind: 'genetic hint', weight: 0.55,
      fr: ['adn', 'génétique*', 'gène', 'gènes', 'mutation', 'héréditaire*', 'génome', 'échantillon de salive', 'prélèvement biologique',
        'porteur', 'porteuse', 'drépanocytose'],
      en: ['dna', 'genetic*', 'gene', 'genes', 'mutation', 'hereditary', 'inherited', 'genome', 'carrier', 'carriers', 'variant', 'saliva sample'],
    },
  ],
};
