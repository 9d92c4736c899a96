/** SEXUAL_ORIENTATION (GDPR Art. 9 "sex life or sexual orientation"). */
import type { CategoryLexicon } from '../lexicon.js';

export const sexual: CategoryLexicon = {
  category: 'SEXUAL_ORIENTATION',
  groups: [
    {
      kind: 'sexual orientation', weight: 0.92,
      fr: ['gay', 'gays', 'homosexuel*', 'homosexualité', 'lesbienne*', 'bisexuel*', 'bisexualité', 'pansexuel*', 'asexuel*', 'queer',
        'hétérosexuel*', 'hétéro', 'coming out', 'fait son coming out', 'mec gay', 'homme cherche homme', 'femme cherche femme',
        'h cherche h', 'f cherche f'],
      en: ['gay', 'lesbian*', 'bisexual*', 'pansexual*', 'asexual*', 'queer', 'homosexual*', 'heterosexual*', 'came out as', 'coming out as',
        'out and proud', 'woman seeking woman', 'women seeking women', 'man seeking man', 'men seeking men', 'bi guy', 'bi girl', 'bi man', 'bi woman', 'his husband', 'her wife', 'his boyfriend', 'her girlfriend',
        'his male partner', 'her female partner'],
    },
    {
      kind: 'sex life', weight: 0.85,
      fr: ['vie sexuelle', 'partenaires sexuels', 'partenaire sexuel', 'relations sexuelles', 'libertin*', 'échangiste*', 'rapports sexuels',
        'plan cul'],
      en: ['sex life', 'sexual partners', 'sexual partner', 'hookup*', 'swinger*', 'sexual relationship', 'one night stand'],
    },
    {
      kind: 'orientation hint', weight: 0.5,
      fr: ['homophobe*', 'homophobie', 'lgbt*', 'lgbtqia*', 'pacs', 'pacsé*', 'pacser', 'se pacser', 'couple de même sexe', 'mariage homosexuel',
        'ma copine et moi', 'mon copain et moi', 'fierté', 'marche des fiertés'],
      en: ['homophobic', 'homophobia', 'lgbt*', 'lgbtq*', 'same sex', 'civil partnership', 'loveislove', 'coming out',
        'grindr', 'looking for a guy', 'looking for a man', 'looking for a woman', 'sexual orientation'],
    },
  ],
};
