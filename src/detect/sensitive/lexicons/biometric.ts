/** BIOMETRIC (GDPR Art. 9 biometric data processed to identify a person): fingerprints, face, iris, voice, veins. */
import type { CategoryLexicon } from '../lexicon.js';

export const biometric: CategoryLexicon = {
  category: 'BIOMETRIC',
  groups: [
    {
      kind: 'biometric identifier', weight: 0.9,
      fr: ['empreinte digitale', 'empreintes digitales', 'relevé décadactylaire', 'décadactylaire', 'traces papillaires', 'papillaire*',
        'biométrie', 'biométrique*', 'reconnaissance faciale', 'reconnaissance du visage', 'empreinte vocale',
        'réseau veineux', 'gabarit biométrique', 'scan de l\'iris', 'reconnaissance de l\'iris', 'photographie anthropométrique',
        'anthropométrique*', 'face id', 'touch id', 'par empreinte', 'empreintes palmaires', 'relevé d\'empreintes',
        'gabarit enregistré'],
      any: ['=FAED', 'eurodac', 'livescan', '=IDENT1', 'face id', 'touch id'],
      en: ['fingerprint*', 'biometric*', 'face id', 'touch id', 'facial recognition', 'face recognition', 'facial image', 'face template',
        'iris scan', 'retina scan', 'voiceprint*', 'voice id', 'palm print*', 'palm vein', 'vein pattern', 'livescan', '=IDENT1',
        'facial scan', 'face scan', 'gait recognition'],
    },
    {
      kind: 'biometric hint', weight: 0.45,
      fr: ['empreintes', 'gabarit', 'iris', 'enrôlement', 'photographies de face et de profil', 'palmaire'],
      en: ['iris', 'custody photograph', 'mugshot', 'template', 'enrolled', 'enrolment', 'enrollment'],
    },
  ],
};
