/** CRIMINAL_OFFENCE (GDPR Art. 10): offences, suspicion, arrest, proceedings, convictions, sentences, records. */
import type { CategoryLexicon } from '../lexicon.js';

export const criminal: CategoryLexicon = {
  category: 'CRIMINAL_OFFENCE',
  groups: [
    {
      kind: 'conviction, sentence or criminal procedure', weight: 0.9,
      fr: ['condamné', 'condamnée', 'condamnés', 'condamnation*', 'casier judiciaire', 'garde à vue', 'mis en examen', 'mise en examen',
        'inculpé*', 'écroué*', 'incarcéré*', 'incarcération', 'emprisonnement', 'sursis probatoire', 'avec sursis', 'du sursis', 'de sursis', 'prison ferme',
        'travaux d\'intérêt général', 'bracelet électronique', 'interpellé', 'interpellée', 'poursuivi pour', 'poursuivie pour',
        'détention provisoire', 'liberté conditionnelle', 'connu des services de police', 'connue des services de police', 'le prévenu',
        'la prévenue', 'récidive', 'récidiviste*', 'reconnu coupable', 'reconnue coupable', 'déclare coupable', 'a reconnu les faits',
        'mis en cause', 'mise en cause', 'fiche s', 'sort de prison', 'sorti de prison', 'sortie de prison', 'en prison', 'de prison',
        'plainte contre lui', 'plainte contre elle', 'contrôle judiciaire', 'comparution immédiate', 'placé sous contrôle judiciaire'],
      en: ['convicted', 'conviction for', 'convictions for', 'previous convictions', 'unspent conviction*', 'spent conviction*', 'criminal record', 'police record', 'jailed', 'in jail',
        'imprisonment', 'imprisoned', 'sentenced', 'suspended sentence', 'pleaded guilty', 'pleads guilty', 'found guilty', 'charged with',
        'arrested', 'on suspicion of', 'remanded', 'on bail', 'released under investigation', 'custody record', 'community order',
        'community service', 'on parole', 'parole', 'police caution', 'sex offender', 'in prison', 'out of prison', 'behind bars', 'ex con',
        'served time', 'did time', 'detained person', 'the defendant', 'the accused', 'accused of', 'alleged to have', 'sentencing remarks',
        'on licence', 'criminal conviction', 'offender'],
    },
    {
      kind: 'offence charged or punished', weight: 0.9,
      fr: ['pour vol', 'pour recel', 'pour escroquerie', 'pour violences', 'pour agression', 'pour meurtre', 'pour viol', 'pour trafic',
        'pour fraude', 'pour outrage', 'pour cambriolage', 'pour braquage', 'pour abus de biens sociaux', 'pour détournement'],
      en: ['for theft', 'for burglary', 'for fraud', 'for assault', 'for robbery', 'for murder', 'for manslaughter', 'for shoplifting',
        'for drink driving', 'for drug dealing', 'for possession', 'for rape', 'for arson'],
    },
    {
      kind: 'offence', weight: 0.75,
      fr: ['vol avec violence', 'vol à l\'étalage', 'vol par effraction', 'vols aggravés', 'recel', 'escroquerie', 'abus de biens sociaux',
        'détournement de fonds', 'trafic de stup*', 'trafic de drogue', 'violences conjugales', 'violences aggravées', 'braquage', 'braqué',
        'conduite en état d\'ivresse', 'conduite sous l\'emprise', 'outrage', 'rébellion', 'viol', 'meurtre', 'homicide', 'agression sexuelle',
        'harcèlement sexuel', 'blanchiment', 'fraude fiscale', 'délit de fuite', 'stupéfiants', 'usage de stupéfiants'],
      en: ['theft', 'burglary', 'burglaries', 'fraud', 'defrauding', 'shoplifting', 'assault', 'drink driving', 'drunk driving',
        '=DUI', 'manslaughter', 'murder', 'robbery', 'drug dealing', 'possession of', 'false accounting', 'criminal damage', 'handling stolen goods',
        'domestic violence', 'embezzlement', 'money laundering', 'obstructed', 'obstruction'],
    },
    {
      kind: 'criminal justice hint', weight: 0.45,
      fr: ['prison', 'tribunal correctionnel', 'cour d\'assises', 'délit', 'crime', 'infraction*', 'plainte', 'suspect', 'peine', 'coupable',
        'parquet', 'détenu', 'arrêté', 'délinquant*', 'vol'],
      en: ['prison', 'crown court', 'magistrates', 'offence', 'offences', 'offense', 'crime', 'guilty', 'custody', 'probation', 'suspect', 'jail',
        'bail', 'arrest', 'police'],
    },
  ],
};
