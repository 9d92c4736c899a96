/**
 * Small hand-written word lists (folded keys: lower case, no diacritics). They carry knowledge the corpora are too
 * small to teach: honorific titles (excluded from PERSON spans), cue words that make the following name part of a
 * street, school, company or place name, name particles, and function words that can never start a name.
 */

/** Honorifics and role titles that precede a name but are not part of it. */
export const TITLES = new Set([
  'm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'docteur', 'doctor', 'pr', 'prof', 'professeur', 'professor',
  'me', 'maitre', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'sir', 'dame', 'lord', 'lady', 'mgr', 'pere',
  'soeur', 'frere', 'rev', 'reverend', 'capt', 'captain', 'capitaine', 'col', 'colonel', 'gen', 'general', 'lt', 'sgt',
  'sergent', 'adjudant', 'commandant', 'lieutenant', 'inspecteur', 'inspector', 'judge', 'juge', 'president', 'presidente',
  'mm', 'mmes', 'dres', 'drs', 'hon', 'ing', 'hhj', 'qc', 'kc', 'pc', 'dc', 'ds', 'dci', 'insp', 'supt', 'cllr',
  'councillor', 'mayor', 'senator', 'sen', 'rep', 'gov', 'governor', 'minister', 'ministre', 'depute', 'senateur',
]);

/** Honorifics proper (not roles): after these a lower-case particle starts a surname ("M. de La Fontaine"). */
export const HONORIFICS = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'me', 'pr', 'prof', 'monsieur', 'madame', 'mademoiselle', 'maitre', 'docteur', 'sir', 'dame', 'lord', 'lady']);

/** Words after which a capitalised name is part of a street, building, school, company or place name. */
export const PLACE_CUES = new Set([
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'place', 'allee', 'chemin', 'impasse', 'quai', 'cours', 'route',
  'square', 'passage', 'esplanade', 'parc', 'pont', 'port', 'porte', 'residence', 'cite', 'lotissement', 'faubourg',
  'lycee', 'college', 'ecole', 'universite', 'institut', 'groupe', 'scolaire', 'hopital', 'clinique', 'chu', 'ehpad',
  'centre', 'stade', 'gymnase', 'salle', 'piscine', 'mediatheque', 'bibliotheque', 'musee', 'fondation', 'association',
  'societe', 'entreprise', 'etablissements', 'ets', 'cabinet', 'pharmacie', 'gare', 'station', 'aeroport', 'metro',
  'street', 'st', 'road', 'rd', 'lane', 'drive', 'way', 'close', 'crescent', 'terrace', 'gardens', 'grove',
  'school', 'academy', 'university', 'college', 'hospital', 'foundation', 'institute', 'company', 'inc', 'ltd', 'llc',
  'bridge', 'airport', 'park', 'hall', 'house', 'centre', 'center', 'church', 'eglise', 'cathedrale', 'cathedral',
  'saint', 'sainte', 'san', 'santa', 'mont', 'lac', 'lake', 'mount', 'fort', 'cap', 'ile', 'isle', 'prix', 'prize', 'award',
  'fondation', 'programme', 'plan', 'loi', 'law', 'act', 'affaire', 'rapport', 'syndrome', 'maladie', 'disease',
  'mutuelle', 'editions', 'carte', 'assurance', 'assurances', 'banque', 'caisse', 'credit', 'agence', 'office',
  'syndicat', 'federation', 'comite', 'conseil', 'ministere', 'mairie', 'prefecture', 'tribunal', 'cour', 'hotel',
  'restaurant', 'brasserie', 'cafe', 'librairie', 'garage', 'salon', 'boutique', 'magasin', 'supermarche',
]);

/** Lower-case particles inside a person's name (Hugues de La Fontaine, van der Berg, Rachid El Mansouri). */
export const PARTICLES = new Set([
  'de', 'du', 'des', 'd', "d'", 'la', 'le', 'van', 'der', 'den', 'von', 'vom', 'zu', 'da', 'di', 'dos', 'das', 'do', 'del',
  'della', 'de la', 'el', 'al', 'ben', 'bin', 'ibn', 'ter', 'ten', 'y', 'e', 'af', 'st',
]);

/** Function words (fr + en) that never start a name, even capitalised at a sentence start. */
export const STOP_WORDS = new Set(
  ('le la les l un une des du de d au aux et ou ou mais donc or ni car ce cet cette ces mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te se lui y en que qui quoi dont ou quand comme ' +
    'si ne pas plus tres bien tout tous toute toutes est sont etre avoir a ai as avons avez ont fait faire pour par sur sous ' +
    'dans avec sans chez entre vers depuis pendant avant apres selon contre bonjour bonsoir merci salut cordialement objet ' +
    'the a an and or but if then so of to in on at by for with from as is are was were be been being have has had do does ' +
    'did this that these those it its he she they we you i me my your his her our their them him us hi hello hey dear thanks ' +
    'thank regards best sincerely yes no not ok okay please re fw fwd subject from to cc date ' +
    // Months and days (abbreviations too) lead log lines and dates; the ones that are also first names (Avril,
    // April, May, June, August) are left out.
    'jan feb mar apr jun jul aug sep sept oct nov dec january february march july september october november december ' +
    'janv fevr avr juil aout janvier fevrier mars juin juillet septembre octobre novembre decembre ' +
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'lun mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    // Log levels and code literals.
    'debug info warn warning error err trace fatal notice crit true false null none nan undefined todo fixme ' +
    // Identifier and format acronyms that precede codes ("IBAN FR76 …").
    'iban bic swift rib siret siren tva vat nir ssn ean isbn url http https www pdf csv json xml html api sql').split(' '),
);

/** Words that end a company, institution or place name: a "name" right before them is not a person. */
export const ORG_SUFFIXES = new Set([
  'county', 'bank', 'surgery', 'logistics', 'engineering', 'tribunal', 'court', 'council', 'ltd', 'limited', 'inc', 'llc',
  'plc', 'llp', 'gmbh', 'sa', 'sas', 'sarl', 'sasu', 'eurl', 'group', 'groupe', 'solutions', 'consulting', 'partners',
  'associates', 'foundation', 'university', 'college', 'academy', 'school', 'hospital', 'clinic', 'centre', 'center',
  'hall', 'park', 'station', 'airport', 'church', 'street', 'road', 'avenue', 'lane', 'drive', 'square', 'bridge',
  'technologies', 'systems', 'services', 'industries', 'holdings', 'capital', 'ventures', 'labs', 'media', 'motors',
  'pharma', 'insurance', 'assurances', 'mutuelle', 'hotel', 'restaurant', 'cafe', 'bakery', 'pharmacy', 'trust', 'fund',
  'institute', 'museum', 'library', 'stadium', 'arena', 'theatre', 'cinema', 'market', 'mall', 'prize', 'award', 'cup',
  // Job titles written with capitals ("Shift Supervisor", "Warehouse Operative").
  'supervisor', 'manager', 'operative', 'engineer', 'director', 'officer', 'assistant', 'coordinator', 'analyst',
  'consultant', 'developer', 'technician', 'nurse', 'clerk', 'secretary', 'treasurer', 'administrator', 'executive',
  'gallery', 'river', 'valley', 'mountains', 'island', 'islands', 'line', 'committee', 'union', 'association',
  'federation', 'society', 'board', 'department', 'ministry', 'agency', 'authority', 'commission', 'branch',
  // Trades and businesses named after their owner ("Steele Electric", "Farrell Plumbing", "Russell Investments").
  'electric', 'electrical', 'plumbing', 'roofing', 'construction', 'builders', 'realty', 'properties', 'investments',
  'corporation', 'corp', 'orchestra', 'records', 'studio', 'studios', 'designs', 'dental', 'tire', 'tires', 'landscaping',
  'cleaning', 'removals', 'catering', 'florists', 'opticians', 'kitchens', 'transport', 'foods', 'brewery', 'accountants',
  'solicitors', 'architects', 'autos', 'fitness', 'travel', 'airlines', 'airways', 'liquor', 'pizzeria', 'bistro',
  'plomberie', 'electricite', 'immobilier', 'transports', 'automobiles', 'menuiserie', 'couverture', 'traiteur', 'optique',
]);

/** Lower-case words that, right after a capitalised word, make it an eponym: "Elizabeth line", "Lynch syndrome". */
export const LOWER_ENDINGS = new Set(['line', 'syndrome', 'disease', 'effect', 'law', 'street', 'road', 'avenue', 'square', 'bridge', 'station', 'river', 'sauce', 'style']);

/** Holidays and religious observances: capitalised, name-like, never a person (Noël is left out: a first name too). */
export const HOLIDAYS = new Set(['ramadan', 'shabbat', 'hanoukka', 'hanukkah', 'diwali', 'easter', 'christmas', 'paques', 'toussaint', 'halloween', 'thanksgiving', 'eid', 'kippour']);

/** More cue words for the recognizer's post-filter only (not model features): venues named after people. */
export const MORE_PLACE_CUES = new Set(['halles', 'halle', 'marche', 'espace', 'theatre', 'opera', 'auditorium', 'amphitheatre', 'amphi', 'promenade', 'jardin', 'jardins', 'gardens', 'villa', 'domaine', 'chateau', 'manoir', 'ferme', 'moulin', 'hameau', 'lieu-dit', 'zone', 'zac', 'za', 'zi']);
