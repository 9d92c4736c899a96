/** POLITICAL_OPINION (GDPR Art. 9): parties, militancy, votes, campaigns, demonstrations. */
import type { CategoryLexicon } from '../lexicon.js';

export const political: CategoryLexicon = {
  category: 'POLITICAL_OPINION',
  groups: [
    {
      kind: 'political party', weight: 0.6,
      any: ['parti socialiste', 'parti communiste*', '=PCF', 'france insoumise', '=LFI', 'insoumis', 'insoumise', 'rassemblement national',
        'front national', 'les républicains', '=Renaissance', 'république en marche', '=LREM', '=EELV',
        'europe écologie', 'les verts', 'les écologistes', '=UDI', '=MoDem', '=Reconquête', 'lutte ouvrière', '=NPA', '=UMP',
        'union de la gauche', 'union de la droite', '=NUPES', '=NFP', 'nouveau front populaire', '=UFDG', 'parti radical', 'debout la france',
        'parti pirate', 'extinction rebellion', 'just stop oil', 'black lives matter', '=Attac', 'antifa', 'gilets jaunes', 'gilet jaune',
        'soulèvements de la terre', 'dernière rénovation', 'greenpeace', 'la manif pour tous',
        '=Labour', 'labour party', '=Tory', '=Tories', '=Conservative', '=Conservatives', 'conservative party', '=Lib Dem', '=Lib Dems',
        'liberal democrat*', 'green party', '=Greens', 'reform uk', '=SNP', 'plaid cymru', '=DUP', 'sinn féin', 'sinn fein', '=UKIP',
        'democratic party', 'republican party', '=Democrat', '=Democrats', '=Republican', '=Republicans', '=GOP', '=MAGA',
        'democratic socialists of america', '=DSA', 'young conservatives', 'young labour', 'hezb e wahdat', 'brexit party'],
    },
    {
      kind: 'militancy, vote or political stance', weight: 0.7,
      fr: ['militant', 'militante', 'militants', 'militantisme', 'militer', 'milite', 'tracter', 'tracté', 'tractage', 'tracts',
        'sympathisant*', 'tête de liste', 'encarté', 'encartée', 'd\'extrême droite', 'd\'extrême gauche',
        'anarchiste*', 'communiste*', 'socialiste*', 'gaulliste*', 'macroniste*', 'écologiste', 'trotskiste*', 'antinucléaire',
        'sortir du nucléaire', 'je voterai', 'j\'ai voté', 'manifesté', 'manifester contre', 'homme politique',
        'femme politique', 'parti d\'opposition', 'voté à gauche', 'voté à droite', 'vote à gauche', 'vote à droite', 'voter à gauche',
        'voter à droite', 'voté blanc', 'voté rn', 'voté macron', 'royaliste*', 'indépendantiste*', 'nationaliste*'],
      en: ['canvassing', 'canvassed', 'canvass', 'knocking doors', 'knocking on doors', 'knocked on doors', 'knocked doors', 'activist*',
        'party member*', 'far right', 'far left', 'socialist*', 'communist*', 'anarchist*', 'voting for',
        'voted for', 'vote for', 'campaigned for', 'politician', 'campaign days', 'hustings', 'leafleting', 'protested against',
        'marched against', 'pro life', 'pro choice', 'labourdoorstep', 'republican voter', 'democratic voter'],
    },
    {
      // Leaders' names alone are news; with "supporter", "voted", "fan de" next to them they are an opinion.
      kind: 'political figure', weight: 0.45,
      any: ['=Trump', '=Biden', '=Obama', '=Macron', '=Le Pen', '=Mélenchon', '=Zemmour', '=Bardella', '=Starmer', '=Sunak', '=Farage',
        '=Corbyn', '=Sanders', '=Reagan', '=Thatcher', '=Mitterrand', '=Sarkozy', '=Hollande', '=Chirac'],
    },
    {
      kind: 'short party acronym', weight: 0.45,
      any: ['=PS', '=RN', '=FN', '=LR'],
    },
    {
      kind: 'political stance', weight: 0.55,
      fr: ['de gauche', 'de droite', 'écolo', 'écolos'],
    },
    {
      kind: 'political activity hint', weight: 0.4,
      fr: ['voter pour', 'voté pour', 'porte à porte', 'manifestation*', 'pancarte', 'candidat', 'candidate', 'élections', 'campagne', 'député', 'députée'],
      en: ['left wing', 'right wing', 'protest*', 'demonstration', 'rally', 'campaign', 'candidate', 'election', 'member of parliament'],
    },
  ],
};
