/**
 * Person-link, negation, hypothetical and generic-statement cues, FR and EN. Data (regular expressions), kept apart
 * from the logic in attribution.ts. Pronoun lists are closed-class words: they never change with the corpus.
 */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string, flags = 'iu') => new RegExp(body, flags.includes('g') ? flags : `${flags}g`);

/** The word-boundary assertions wordGate drops: B and E, and the letters-only ones of the patterns below. */
const BOUNDARIES = [B, E, '(?<![\\p{L}])', '(?![\\p{L}])'];

/**
 * A cheap necessary condition for `cue`: the same pattern without its word-boundary lookarounds (BOUNDARIES), which
 * matches wherever `cue` matches (an assertion removed only lets more through) yet runs several times faster, since
 * V8 cannot skip ahead on a pattern that starts with a lookbehind. Null when `cue` has none. These are only ever
 * used as plain assertions (never inside another lookaround), which is what makes the removal safe.
 */
export function wordGate(cue: RegExp): RegExp | null {
  let body = cue.source;
  for (const a of BOUNDARIES) body = body.replaceAll(a, '');
  return body === cue.source ? null : new RegExp(body, cue.flags);
}

export interface LangCues {
  first: RegExp;
  firstPlural: RegExp;
  second: RegExp;
  third: RegExp;
  /** A third-person pronoun with a verb only people take ("il a fait 2 ans", "she is pregnant"). */
  thirdHuman: RegExp;
  relation: RegExp;
  role: RegExp;
  generic: RegExp;
  hypothetical: RegExp;
  negBefore: RegExp;
  negAfter: RegExp;
  booster: RegExp;
  /** An animal as the subject ("mon chat est diabétique"): pets' health is not personal data. */
  animal: RegExp;
}

export const FR: LangCues = {
  first: re(`${B}(?:[Jj]e|[Mm]oi|me|[Mm]on|[Mm]a|[Mm]es)${E}|${B}[JjMm]['’](?=\\p{L})`, 'u'),
  firstPlural: re(`${B}(?:nous|notre|nos)${E}`),
  second: re(`${B}(?:vous|votre|vos|tu|ton|ta|tes|te|toi)${E}|${B}[Tt]['’](?=\\p{L})`),
  thirdHuman: re(`${B}(?:il|elle)\\s+(?:(?:ne\\s+|n['’])?(?:a|avait|est|était)\\s+(?:pas\\s+|jamais\\s+|déjà\\s+)?(?:fait|été|eu|pris|passé|sorti|sortie|née?|allée?|venue?|dit|perdu|arrêtée?|opérée?|hospitalisée?|condamnée?|diagnostiquée?|enceinte|malade|atteinte?|interpellée?|incarcérée?|convertie?|marié|mariée|pacsée?)|m['’]a|vit|habite|travaille|souffre|pense|veut|s['’]appelle|prie|jeûne|milite|vote|sort)${E}`),
  third: re(`${B}(?:il(?!\\s+(?:faut|y|existe|s['’]agit|semble|suffit|reste|convient|arrive|est\\s+(?:recommandé|conseillé|possible|important|nécessaire|interdit|rappelé|prévu|demandé|probable|question)))|elle|lui|son|sa|ses|l['’]intéressée?)${E}`),
  relation: re(`${B}(?:(?:mon|ma|mes|ton|ta|tes|votre|vos|son|sa|ses|notre|nos)\\s+(?:(?:petit|petite|grand|grande|nouveau|nouvelle|ex|meilleur|meilleure)[\\s-])?(?:père|mère|papa|maman|mari|femme|épouse|époux|fils|fille|frère|s(?:œ|oe)ur|copain|copine|compagnon|compagne|conjoint|conjointe|ami|amie|voisin|voisine|collègue|cousin|cousine|oncle|tante|grand-père|grand-mère|grands-parents|parents|enfant|enfants|petit-fils|petite-fille|beau-père|belle-mère|belle-s(?:œ|oe)ur|beau-frère|mec|meuf|chéri|chérie|patron|patronne|chef|cheffe|neveu|nièce|fiancé|fiancée|bébé|gamin|gamine|élève|patient|patiente|salarié|salariée|client|cliente|locataire)|(?:le|la)\\s+(?:mec|copain|copine|femme|mari|frère|s(?:œ|oe)ur|fils|fille|père|mère|voisin|voisine)\\s+d[e'’]\\s*\\p{Lu}|(?:le|la|un|une|ce|cette)\\s+nouve(?:au|l|lle)\\s+(?:voisin|voisine|collègue|mec|stagiaire|locataire))${E}`),
  role: re(`${B}(?:(?:le|la|l['’]|du|au|de\\s+la|à\\s+la)\\s*(?:patiente?|prévenue?|intéressée?|demandeur|demanderesse|requérante?|salariée?|agente?|élève|candidate?|accusée?|détenue?|condamnée?|victime|défunte?|plaignante?|enfant|bénéficiaire|adhérente?|assurée?|locataire|stagiaire|collaborat(?:eur|rice)|sexagénaire|quadragénaire|quinquagénaire|trentenaire|septuagénaire|octogénaire|jeune\\s+homme|jeune\\s+femme|suspecte?|agresseur|auteur\\s+des\\s+faits|mineure?|témoin|personne\\s+mise\\s+en\\s+cause|président(?:e)?|ministre|maire|chanteu(?:r|se)|act(?:eur|rice)|joueu(?:r|se)|entraîneu(?:r|se)|capitaine|pilote|sportive?|comédien(?:ne)?)|(?:un|une)\\s+(?:homme|femme|jeune|adolescente?|garçon|fille)\\s+de\\s+\\d{1,3}\\s+ans|(?:âgée?)\\s+de\\s+\\d{1,3}\\s+ans)${E}|,\\s*\\d{1,3}\\s+ans\\s*[,.]|(?:^|[:\\n]\\s*)(?:patiente?|salariée?|candidate?|élève|locataire|résidente?|prévenue?|demandeur|intéressée?)${E}`),
  generic: re(`(?:\\d+(?:[.,]\\d+)?\\s?%\\s*(?:des|de\\s+la|du|d['’])|millions?\\s+de|milliers?\\s+de|${B}les\\s+(?:patients|malades|personnes|gens|français|françaises|salariés|femmes|hommes|fidèles|électeurs|musulmans|chrétiens|juifs|catholiques|homosexuels|syndiqués|détenus|citoyens|habitants|diabétiques|asthmatiques)${E}|${B}des\\s+(?:personnes|patients|malades|cas|salariés|électeurs)${E}|${B}en\\s+France${E}|${B}selon\\s+(?:une|un|l['’]|le|la|les)|chaque\\s+année|${B}par\\s+an${E}|${B}(?:une\\s+étude|des\\s+études|enquête|sondage|statistiques?|taux\\s+de|la\\s+plupart\\s+des|on\\s+estime|touche\\s+(?:environ|près|plus)|touchent|concerne\\s+(?:environ|près|plus))|${B}(?:tout|toute|chaque)\\s+(?:salarié|personne|patient|citoyen|individu)${E}|${B}(?:nul|quiconque)${E}|${B}(?:deux|trois|quatre|cinq|six|plusieurs|\\d+)\\s+(?:hommes|femmes|personnes|jeunes|suspects|individus|mineurs)${E}|${B}(?:une|un)\\s+(?:femme|homme|personne|français|française|adulte|enfant)\\s+sur\\s+\\d|${B}(?:un|une|le|la|l['’]|cet|cette|ce|mon|ma|son|sa|leur)\\s*(?:article|livre|reportage|documentaire|conférence|émission|podcast|exposé|thèse|mémoire|cours|formation|dossier)(?:\\s+\\p{L}+){0,2}\\s+(?:sur|consacrée?\\s+à)${E}|${B}(?:lutte\\s+contre|prévention|sensibilisation|dépistage\\s+organisé|campagne\\s+de\\s+(?:vaccination|dépistage|sensibilisation))${E})`),
  hypothetical: re(`${B}(?:si\\s+(?:vous|tu|on|l['’]on|votre|ton|un|une|le|la|l['’])|s['’]ils?|en\\s+cas\\s+d[e'’]|au\\s+cas\\s+où|pourrai(?:t|ent)|lorsque\\s+vous|quand\\s+vous|peut\\s+(?:provoquer|entraîner|causer)|est-ce\\s+que|faut-il|découvrez|pour\\s+(?:connaître|savoir|découvrir)|passez\\s+à)`),
  negBefore: re(`${B}(?:pas\\s+d[e'’]|pas\\s+(?:atteinte?|diabétique|malade|enceinte|croyante?|pratiquante?|syndiquée?|militante?|condamnée?)|aucune?|sans|ni|jamais|n['’](?:est|ai|a|était|avait)\\s+(?:pas|jamais)|ne\\s+(?:suis|sont|sommes|fait|fais)\\s+(?:pas|plus|jamais)|non)${E}`),
  negAfter: re(`^[^.;\\n]{0,30}?${B}(?:négati(?:f|ve)|exclue?|écartée?|refusée?|vierge|néant)${E}|^\\s*:\\s*(?:aucune?|non|néant|sans|non\\s+renseignée?|ne\\s+souhaite\\s+pas|-+|/)\\s*(?:$|[.;,\\n])`),
  animal: re(`${B}(?:(?:mon|ma|mes|notre|nos|ton|ta|son|sa|le|la|les|un|une|ce|cette)\\s+(?:chat|chatte|chats|chien|chienne|chiens|chiot|chaton|cheval|jument|lapin|hamster|perroquet|vache|vaches|animal|animaux)|vétérinaire|véto)${E}`),
  booster: re(`${B}(?:membre|adhérente?|adhéré|adhésion|militante?|délégué(?:e|s)?|élue?s?|représentante?|secrétaire|trésori(?:er|ère)|candidate?|tête\\s+de\\s+liste|rejoint|encartée?|syndiquée?|responsable|porte-parole|sympathisante?|vote|voté|voterai|voter|tracté|tracter|carte|investie?|ancienne?|section|fédération|conseill(?:er|ère)|députée?|maire|sénat(?:eur|rice)|fan|pro|anti|électeur|électrice|électeurs)${E}`),
};

export const EN: LangCues = {
  first: re(`${B}(?:i(?:['’](?:m|ve|d|ll))?|me|my|mine|myself|im)${E}`),
  firstPlural: re(`${B}(?:[Ww]e|[Oo]urs?|us)${E}`, 'u'),
  second: re(`${B}(?:you|your|yours|yourself|u|ur)${E}`),
  thirdHuman: re(`${B}(?:he|she|him|his|her|hers|himself|herself)${E}`),
  third: re(`${B}(?:he|she|him|his|her|hers|himself|herself)${E}`),
  relation: re(`${B}(?:(?:my|your|his|her|our|their)\\s+(?:(?:older|younger|little|big|best|new|ex|late)[\\s-])?(?:mum|mom|mother|dad|father|husband|wife|son|daughter|brother|sister|partner|boyfriend|girlfriend|friend|colleague|neighbour|neighbor|cousin|uncle|aunt|grandma|grandmother|grandad|granddad|grandfather|grandparents|parents|child|children|kid|kids|nephew|niece|boss|manager|flatmate|housemate|roommate|fianc[ée]e?|baby|stepdad|stepmum|stepmom|client|patient|student|pupil|tenant)|(?:the|this|a)\\s+new\\s+(?:guy|girl|neighbour|neighbor|colleague|tenant|lodger|flatmate))${E}|${B}(?:Mum|Mom|Dad|Mummy|Daddy|Grandma|Grandad)${E}`),
  role: re(`${B}(?:(?:the|this|that)\\s+(?:patient|employee|appellant|claimant|defendant|accused|applicant|complainant|respondent|pupil|child|candidate|detained\\s+person|detainee|prisoner|offender|individual|staff\\s+member|worker|tenant|service\\s+user|victim|suspect|deceased|man|woman|boy|girl|teenager|driver|guy|lad|bloke|student|caller|claimant|appellant|president|minister|mayor|singer|actor|actress|player|striker|captain|coach|driver|star)|(?:a|an)\\s+\\d{1,3}-year-old)${E}|,\\s*\\d{1,3}\\s*,|(?:^|[:\\n]\\s*)(?:applicant|patient|employee|tenant|candidate|claimant|pupil|resident|client|defendant|appellant)${E}`),
  generic: re(`(?:\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent)\\s*of|millions?\\s+(?:of\\s+)?people|thousands\\s+of|${B}(?:people|patients|adults|children|women|men|employees|workers|voters|members|those|anyone|everyone|individuals)\\s+(?:with|who|living|affected|suffering)${E}|${B}in\\s+the\\s+(?:UK|US|USA|country)${E}|${B}across\\s+the\\s+(?:country|city|region)|according\\s+to|${B}(?:each|every|per)\\s+year${E}|${B}(?:a\\s+(?:recent\\s+|new\\s+)?study|studies\\s+(?:show|suggest|found)|survey|poll|statistics|rate\\s+of|most\\s+people|many\\s+people|some\\s+people|estimated|number\\s+of\\s+people|on\\s+the\\s+grounds\\s+of|we\\s+do\\s+not\\s+discriminate|protected\\s+characteristic|(?:two|three|four|five|six|several|\\d+)\\s+(?:men|women|people|teenagers|youths|suspects|persons|boys|girls)|fight\\s+against|awareness|prevention|fundraising|(?:one|1)\\s+in\\s+\\d+|(?:an?|the|this|that|my|his|her|their)\\s+(?:\\p{L}+\\s+){0,2}(?:article|book|documentary|talk|lecture|podcast|essay|thesis|dissertation|course|training|paper|series)\\s+(?:on|about))${E})`),
  hypothetical: re(`${B}(?:if\\s+(?:you|your|a|an|the|someone|anyone|they|he|she|we)|in\\s+case\\s+of|unless|whether|could|might|may\\s+(?:cause|lead|affect)|can\\s+cause|when\\s+you|should\\s+you|in\\s+the\\s+event\\s+of|anyone\\s+who|those\\s+who|does\\s+anyone|is\\s+it|upgrade|find\\s+out|learn\\s+more|want\\s+to\\s+know|to\\s+see\\s+your)${E}`),
  negBefore: re(`${B}(?:no|not|never|without|negative\\s+for|free\\s+(?:of|from)|denies|denied|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t\\s+have|don['’]t\\s+have|no\\s+history\\s+of|nor|neither)${E}`),
  negAfter: re(`^[^.;\\n]{0,30}?${B}(?:negative|ruled\\s+out|refused|declined|excluded|not\\s+detected)${E}|^\\s*:\\s*(?:none|no|n/?a|nil|not\\s+stated|prefer\\s+not\\s+to\\s+say|-+|/)\\s*(?:$|[.;,\\n])`),
  animal: re(`${B}(?:(?:my|our|your|his|her|the|a|this)\\s+(?:cat|cats|dog|dogs|puppy|kitten|horse|pony|rabbit|hamster|parrot|pet|pets|cow|cattle)|vet|vets|veterinary)${E}`),
  booster: re(`${B}(?:member|members|membership|joined|rep|representative|steward|delegate|activist|candidate|chair|chairman|chairwoman|secretary|treasurer|voted|vote|voting|supporter|canvassing|canvassed|organiser|organizer|councillor|councilor|mp|spokesperson|stand|standing|campaigned|campaigning|leader|official|branch|former|card-carrying|supporter|supporters|fan|backer|diehard|hardcore|lifelong)${E}`),
};

/** Language-independent person signals. */
export const TITLE = /(?<![\p{L}])(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Dr\.?|Pr\.?|Prof\.?|Me|Maître|Monsieur|Madame|Mademoiselle|Miss|Sir|Dame|Lady|Lord|Rabbi|Imam|Judge|HHJ|Mgr)\s+(?:[\p{Lu}]\.\s*)?[\p{Lu}][\p{L}'’-]+/gu;
export const IDENT_FIELD = /(?<![\p{L}])(?:user|uid|user_?id|userid|login|username|patient(?:_?id)?|customer_?id|member_?id|employee_?id|holder|pd-user|contact)\s*[=:]/giu;
export const FORM_LABEL = /^[ \t]*(?:Patiente?|Élève|Eleve|Nom|Prénom|Name|Employee|Employée?|Salariée?|Child|Pupil|Student|Demandeur|Prévenue?|Detained person|Complainant|Appellant|Candidate?|Applicant|Adhérente?|Assurée?|Member|Customer|Cliente?|Personne mise en cause|Mise? en cause|Defendant|Accused|Bénéficiaire|Résidente?|Resident|Enfant|Intéressée?|Patient name|Nom du patient)\s*:\s*\S/mu;
/** A letter to one person whose name is not written ("Madame,", "Dear Sir,"), not "Madame, Monsieur,". */
export const SALUTATION_ANONYMOUS = /^[ \t]*(?:(?:Chère\s+|Cher\s+)?(?:Madame|Monsieur|Mademoiselle)|Dear\s+(?:Sir|Madam))\s*,\s*$/mu;
export const SALUTATION = /^[ \t]*(?:Bonjour|Bonsoir|Cher|Chère|Salut|Coucou|Hello|Hi|Hey|Dear)\s+(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur|Maître|Docteur)\s+)?([\p{Lu}][\p{L}'’-]+)/gmu;
export const ADDRESSEE = /^[ \t]*(?:(?:À|A|To)\s*:\s*[\p{Lu}]|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?,\s+(?:you|vous)\s)/mu;
export const NOT_A_NAME = new Set(['customer', 'client', 'cliente', 'sir', 'madam', 'madame', 'monsieur', 'team', 'all', 'colleagues',
  'collègues', 'tous', 'toutes', 'member', 'members', 'parent', 'parents', 'friends', 'amis', 'équipe', 'friend', 'candidate', 'applicant',
  'user', 'utilisateur', 'everyone', 'there', 'folks', 'guys', 'à', 'a', 'la', 'le', 'les', 'to', 'the']);

/**
 * Same-sex relationship revealed by the author's declared gender and the partner they name ("je suis une fille …
 * ma copine et moi", "I'm a woman … my wife"). Only explicit self-descriptions are used, never a guess from a name.
 */
export const AUTHOR_FEMALE = /(?:je\s+suis\s+une\s+(?:fille|femme|meuf|nana)|en\s+tant\s+que\s+femme|I['’]?\s*a?m\s+an?\s+(?:\d{1,3}[- ]year[- ]old\s+)?(?:woman|girl))(?![\p{L}])/iu;
export const AUTHOR_MALE = /(?:je\s+suis\s+un\s+(?:mec|homme|garçon|gars)|en\s+tant\s+qu['’]homme|I['’]?\s*a?m\s+an?\s+(?:\d{1,3}[- ]year[- ]old\s+)?(?:man|guy|boy))(?![\p{L}])/iu;
export const PARTNER_FEMALE = /(?<![\p{L}])(?:ma\s+(?:copine|femme|compagne|petite\s+amie|chérie|fiancée)|mon\s+épouse|my\s+(?:girlfriend|wife|fianc[ée]e))(?![\p{L}])/giu;
/** Partners named unambiguously ("ma copine" may be a friend, "my partner" has no gender): used with a name's gender. */
export const SPOUSE_FEMALE = /(?<![\p{L}])(?:ma\s+(?:femme|fiancée|petite\s+amie)|mon\s+épouse|my\s+(?:wife|fianc[ée]e))(?![\p{L}])/giu;
export const SPOUSE_MALE = /(?<![\p{L}])(?:mon\s+(?:mari|époux|fiancé|petit\s+ami)|my\s+(?:husband|boyfriend|fianc[ée]))(?![\p{L}])/giu;
export const PARTNER_MALE = /(?<![\p{L}])(?:mon\s+(?:copain|mari|époux|compagnon|petit\s+ami|chéri|fiancé)|my\s+(?:boyfriend|husband|fianc[ée]))(?![\p{L}])/giu;

/**
 * A named official or expert speaking about a topic ("Le ministre … a annoncé un plan contre le diabète", "Dr X
 * explains the symptoms of diabetes"): the name is the speaker, not the subject, unless the sentence says something
 * personal about them (see PERSONAL_CUE).
 */
export const EXPERT_ROLE = /(?<![\p{L}])(?:ministre|secrétaire\s+d['’]État|professeure?|docteure?|Dr|Pr|juge|procureure?|sergent|commissaire|porte-parole|experte?|analyste|chercheu(?:r|se)|spécialiste|médecin|économiste|politologue|sociologue|épidémiologiste|généticien(?:ne)?|avocate?|sénat(?:eur|rice)|députée?|maire|préfète?|président(?:e)?|minister|secretary|professor|doctor|judge|prosecutor|sergeant|inspector|superintendent|detective|spokes(?:person|man|woman)|expert|analyst|researcher|scientist|specialist|economist|geneticist|epidemiologist|lawyer|barrister|solicitor|senator|mayor|councillor|chief|director|chair|pope|bishop|imam|rabbi|pastor|abbé|pape)(?![\p{L}])/iu;
export const SPEECH_VERB = /(?<![\p{L}])(?:a\s+annoncé|annonce|a\s+déclaré|déclare|a\s+indiqué|indique|explique|a\s+expliqué|analyse|décrypte|commente|souligne|estime|rappelle|défend|plaide|met\s+en\s+garde|alerte|a\s+présenté|présente|a\s+visité|visite|a\s+fondé|a\s+reçu|selon|said|says|announced|announces|explains|explained|analyses|analyzes|discusses|warned|warns|argues|argued|calls?\s+for|called\s+for|defend(?:s|ed)|visit(?:s|ed)|founded|presented|stated|noted|according\s+to)(?![\p{L}])/iu;
/** Something personal about someone in the sentence: the cue is their own (hospitalised, diagnosed, arrested…). */
export const PERSONAL_CUE = /(?<![\p{L}])(?:a\s+été|ont\s+été|avait\s+été|souffre|souffrait|atteinte?|diagnostiquée?\s+(?:d|avec)|est\s+(?:mort|morte|décédée?)|was|were|has\s+been|had\s+been|suffers|suffered|diagnosed\s+with|living\s+with|battling|died\s+of|died\s+from)(?![\p{L}])/iu;
