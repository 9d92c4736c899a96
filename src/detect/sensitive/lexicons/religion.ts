/** RELIGION (GDPR Art. 9 "religious or philosophical beliefs"): faiths, practices, places of worship, clergy. */
import type { CategoryLexicon } from '../lexicon.js';

export const religion: CategoryLexicon = {
  category: 'RELIGION',
  groups: [
    {
      kind: 'faith or belief', weight: 0.85,
      fr: ['musulman', 'musulmane', 'musulmans', 'musulmanes', 'catholique*', 'chrétien', 'chrétienne', 'chrétiens', 'protestant',
        'protestante', 'protestants', 'évangélique*', 'juif', 'juive', 'juifs', 'juives', 'bouddhiste*', 'hindou*', 'sikh*', 'athée*',
        'agnostique*', 'témoin de jéhovah', 'témoins de jéhovah', 'mormon*', 'chiite*', 'sunnite*', 'orthodoxe*', 'de confession',
        'confession musulmane', 'confession juive', 'confession catholique',
        'converti à l\'islam', 'convertie à l\'islam', 'foi musulmane', 'foi chrétienne', 'foi juive', 'sa foi', 'ma foi en'],
      en: ['muslim*', 'catholic*',  'protestant*', 'evangelical', 'jewish', 'buddhist*', 'hindu', 'hindus',
        'sikh*', 'atheist*', 'agnostic', 'jehovah\'s witness*', 'mormon*', 'latter day saint*', 'shia', 'shi\'a', 'sunni', 
        'born again', 'converted to islam', 'my faith', 'his faith', 'her faith', 'jewish faith',
        'muslim faith', 'christian faith'],
    },
    {
      kind: 'religious practice', weight: 0.7,
      fr: ['ramadan', 'ftour', 'iftar', 'carême', 'shabbat', 'chabbat', 'casher', 'cacher', 'kasher', 'halal', 'yom kippour', 'aïd',
        'hanoucca', 'pâques orthodoxe*', 'messe', 'prière', 'prières', 'prié pour', 'aumônerie', 'pèlerinage', 'baptême', 'baptisé*', 'communion',
        'hijab', 'kippa', 'voile islamique', 'office religieux', 'je jeûne', 'bar mitzvah', 'bat mitzvah', 'sans porc'],
      en: ['ramadan', 'iftar', 'shabbat', 'sabbath', 'kosher', 'halal', 'yom kippur', 'eid', 'diwali', 'passover', 'hanukkah',
        'pray*', 'prayer*', 'pilgrimage', 'baptised', 'baptized', 'hijab', 'kippah', 'yarmulke', 'turban', 'fasting', 'mass on sunday*',
        'bar mitzvah', 'bat mitzvah', 'confirmation class*', 'to mass', 'goes to mass', 'went to mass', 'sunday mass', 'midnight mass'],
    },
    {
      kind: 'named faith (ambiguous as a first name)', weight: 0.6,
      en: ['christian', 'christians'],
    },
    {
      kind: 'place of worship or clergy', weight: 0.45,
      fr: ['croyant', 'croyante', 'pratiquant', 'pratiquante', 'pratiquants', 'mosquée*', 'église', 'synagogue*', 'paroisse*', 'temple', 'imam', 'rabbin', 'prêtre', 'curé', 'pasteur évangélique',
        'religion', 'religieux', 'religieuse', 'foi'],
      en: ['practising', 'practicing', 'orthodox', 'believer', 'mosque*', 'church', 'synagogue*', 'parish', 'temple', 'gurdwara', 'imam', 'rabbi', 'priest', 'vicar', 'faith', 'religion',
        'religious', 'congregation'],
    },
  ],
};
