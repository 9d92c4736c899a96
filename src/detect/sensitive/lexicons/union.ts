/** TRADE_UNION (GDPR Art. 9 "trade union membership"): unions, mandates, delegates, stewards. */
import type { CategoryLexicon } from '../lexicon.js';

export const union: CategoryLexicon = {
  category: 'TRADE_UNION',
  groups: [
    {
      kind: 'union mandate or membership', weight: 0.95,
      fr: ['délégué syndical', 'déléguée syndicale', 'délégués syndicaux', 'représentant syndical', 'représentante syndicale', 'syndiqué',
        'syndiquée', 'syndiqués', 'me syndiquer', 'mandat syndical', 'militant syndical', 'militante syndicale', 'secrétaire du syndicat',
        'adhérent du syndicat', 'adhérente du syndicat', 'section syndicale', 'responsable syndical', 'responsable syndicale',
        'élu syndical', 'élue syndicale'],
      en: ['union rep', 'union representative', 'union reps', 'shop steward', 'branch steward', 'union steward', 'union member*',
        'union membership', 'joined the union', 'joined a union', 'union facility time', 'facility time', 'branch secretary',
        'workplace representative', 'union official', 'union organiser', 'union organizer', 'union activist', 'union branch',
        'trade unionist', 'trade unionists'],
    },
    {
      kind: 'union name', weight: 0.55,
      any: ['=CGT', '=CFDT', '=FO', 'force ouvrière', '=SUD', '=UNSA', '=CFE CGC', '=CGC', '=CFTC', '=FSU', '=SNES', '=SNUipp', '=CNT',
        '=Solidaires', 'sud rail', 'sud santé', 'sud éducation', 'cgt cheminots', 'sud ptt',
        '=UNISON', '=Unison', '=Unite', '=GMB', '=RMT', '=RCN', '=NEU', '=NUT', '=NASUWT', '=UCU', '=USDAW', '=Usdaw', '=TUC',
        '=CWU', '=AFL CIO', 'teamsters', '=UAW', '=SEIU', '=AFT', '=ASLEF', '=Aslef', '=BMA', '=FBU', '=EIS', '=SIPTU'],
    },
    {
      kind: 'union activity hint', weight: 0.4,
      fr: ['syndicat*', 'syndical*', 'grève*', 'gréviste*', 'piquet de grève', 'piquets de grève'],
      en: ['union', 'trade union', 'labor union', 'strike', 'strikes', 'on strike', 'picket line*', 'picket*', 'walkout'],
    },
  ],
};
