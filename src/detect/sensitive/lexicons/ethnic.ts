/**
 * ETHNIC_ORIGIN (GDPR Art. 9 "racial or ethnic origin"). Nationality alone is NOT ethnic origin (a passport says
 * nothing about origin): nationality adjectives are not cues; "origine(s)", "heritage", ethnic group names,
 * ancestry results and racial harassment are.
 */
import type { CategoryLexicon } from '../lexicon.js';

export const ethnic: CategoryLexicon = {
  category: 'ETHNIC_ORIGIN',
  groups: [
    {
      kind: 'ethnic or racial origin', weight: 0.88,
      fr: ['ethnie', 'appartenance ethnique', 'origine ethnique', 'origines ethniques', 'ses origines', 'mes origines', 'son origine', 'leurs origines', 'nos origines',
        'estimation d\'origines', 'métis', 'métisse', 'maghrébin*', 'peul', 'peule', 'peuls', 'soninké', 'kabyle*', 'berbère*',
        'tsigane*', 'gitan', 'gitane', 'gens du voyage', 'ouïghour*', 'hazara', 'couleur de peau', 'femme noire', 'homme noir', 'femmes noires', 'hommes noirs', 'type nord africain',
        'type européen', 'type africain', 'type asiatique', 'type caucasien', 'afro descendant*', 'racisé*', '=Rom', '=Roms', 'antillais*',
        'arménienne d\'origine', 'noir de peau'],
      en: ['ethnicity', 'ethnic origin', 'ethnic background', 'ethnic minority', 'ancestry breakdown', 'mixed race',
        'biracial', 'black british', 'black african', 'black caribbean', 'african american*', 'afro caribbean', 'hispanic', 'latino', 'latina',
        'white british', 'white irish', 'irish traveller*', 'gypsy', 'hazara', 'pashtun', 'uyghur',
        'aboriginal', 'maori', 'first nations', 'of west african', 'of south asian', 'skin colour', 'skin color', 'racial slur*',
        'black woman', 'black women', 'black man', 'black men', 'asian woman', 'asian man', 'racially aggravated', 'racially and religiously aggravated', 'race discrimination', 'related to race'],
    },
    {
      kind: 'origin or heritage', weight: 0.65,
      fr: ['d\'origine', 'origines'],
      en: ['heritage', 'ancestry', 'descent'],
    },
    {
      kind: 'racism hint', weight: 0.5,
      fr: ['raciste*', 'racisme', 'yoruba', 'bambara', 'wolof', 'kurde*', 'tamoul*', 'asiatique*', 'discrimination raciale', 'propos racistes', 'origine', 'originaire de', 'racial*'],
      en: ['racist', 'racism', 'roma', 'yoruba', 'igbo', 'punjabi', 'racial*', 'race', 'background', 'indigenous', 'asian', 'south asian', 'kurdish', 'tamil'],
    },
  ],
};
