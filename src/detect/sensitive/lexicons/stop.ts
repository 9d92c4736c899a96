/**
 * Stop phrases: longer expressions that contain a cue word but reveal nothing (figures of speech, place and
 * product names). They win the longest-match rule in the scan and are then ignored.
 */
import type { CategoryLexicon } from '../lexicon.js';

export const stopPhrases: CategoryLexicon = {
  category: null,
  groups: [
    {
      // Not cues: they only tell the detector to look for the same-sex-partner rule (see author.ts).
      kind: 'partner marker', weight: 0,
      fr: ['mon mari', 'mon époux', 'mon fiancé', 'mon petit ami', 'mon copain', 'mon compagnon', 'ma femme', 'mon épouse', 'ma fiancée',
        'ma petite amie', 'ma copine', 'ma compagne', 'ma chérie', 'mon chéri'],
      en: ['my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'my fiancé', 'my fiancée', 'my fiance', 'my fiancee'],
    },
    {
      kind: 'stop phrase', weight: 0,
      fr: ['union européenne', 'empreinte carbone', 'empreinte écologique', 'empreinte environnementale', 'dans notre adn', 'dans son adn',
        'dans l\'adn', 'l\'adn de la marque', 'l\'adn de l\'entreprise', 'bonne foi', 'mauvaise foi', 'fait foi', 'faire foi', 'ma foi',
        'prière de', 'baptême de l\'air', 'pays d\'origine', 'd\'origine contrôlée', 'appellation d\'origine', 'pièces d\'origine',
        'd\'origine animale', 'd\'origine végétale', 'd\'origine inconnue', 'd\'origine humaine', 'état d\'origine', 'jeûne intermittent',
        'vol aller', 'vol retour', 'vol direct', 'vol annulé', 'vol de nuit', 'vol en provenance', 'vol à destination', 'vol retardé',
        'crise de fou rire', 'malade imaginaire', 'en campagne', 'la campagne',
        'à la campagne', 'maladie de la vache folle', 'cancer du travail', 'syndicat de copropriétaires', 'syndicat des copropriétaires',
        'syndicat intercommunal', 'syndicat mixte', 'syndic', 'ramadan moubarak', 'grève des transports', 'temple bar', 'pompe à chaleur',
        'prison break', 'lutte contre le cancer', 'ligue contre le cancer', 'plan cancer', 'institut du cancer',
        'centre de lutte contre le cancer', 'journée mondiale', 'octobre rose', 'association des diabétiques', 'fédération française des diabétiques',
        'infirmière en oncologie', 'infirmier en oncologie', 'service de diabétologie', 'droit pénal', 'avocat pénaliste', 'avocate pénaliste',
        'surveillant pénitentiaire', 'surveillante pénitentiaire', 'administration pénitentiaire', 'sciences politiques', 'sciences po',
        'passeport biométrique', 'génie génétique', 'empreinte de la clé', 'empreinte numérique', 'empreinte du certificat', 'arrêté préfectoral', 'arrêté municipal', 'arrêté du', 'par arrêté', 'suspect de rien'],
      en: ['european union', 'carbon footprint', 'in our dna', 'in its dna', 'part of our dna', 'our dna', 'good faith', 'bad faith',
        'faith in', 'intermittent fasting', 'fasting blood', 'students union', 'students\' union', 'student union', 'union jack',
        'union station', 'union street', 'credit union', 'civil union', 'union square', 'state of the union', 'in unison', 'race day', 'arms race',
        'rat race', 'race track', 'human race', 'space race', 'race against', 'pride and prejudice', 'pride of place', 'take pride',
        'lucky strike', 'strike a balance', 'strike price', 'first strike', 'hunger strike', 'theft protection', 'fraud protection',
        'fraud alert', 'fraud team', 'fraud department', 'identity theft protection', 'fraud prevention', 'charged with electricity',
        'sentence case', 'first sentence', 'this sentence', 'death stroke', 'heat stroke', 'stroke of luck', 'master stroke', 'brush stroke',
        'breast stroke', 'breaststroke', 'back stroke', 'ramadan mubarak', 'eid mubarak', 'carrier pigeon', 'mail carrier', 'phone carrier',
        'carrier bag', 'airline carrier', 'carrier id', 'gene simmons', 'campaign manager', 'marketing campaign', 'ad campaign', 'email campaign',
        'heritage site', 'english heritage', 'heritage lottery', 'national heritage', 'world heritage', 'template literal',
        'page template', 'email template', 'dr martens', 'police station', 'police officer', 'privacy policy', 'insurance policy',
        'parole evidence', 'cancer nurse', 'diabetes nurse', 'asthma nurse', 'mental health nurse', 'cancer specialist', 'diabetes specialist',
        'mental health services', 'mental health service', 'sexual health clinic', 'criminal lawyer', 'criminal law', 'criminal defence',
        'prison officer', 'prison officers', 'prison guard', 'political science', 'politics degree', 'religious studies', 'biometric passport',
        'genetic engineering', 'key fingerprint', 'host key fingerprint', 'ssh fingerprint', 'certificate fingerprint', 'fingerprint sha256',
        'browser fingerprint', 'browser fingerprinting', 'device fingerprint', 'device fingerprinting', 'fingerprint of the key', 'race condition',
        'race conditions', 'cancer research', 'cancer charity', 'cancer centre', 'cancer center', 'cancer unit', 'cancer ward', 'cancer trust',
        'cancer society', 'diabetes uk', 'world cancer day', 'awareness week', 'awareness month'],
    },
  ],
};
