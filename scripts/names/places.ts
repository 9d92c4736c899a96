/**
 * Hand lists for synthetic text and the gazetteer: cities and countries (LOCATION), and capitalised terms that are
 * not people (brands, software, products, roles, headings) so that the tagger does not learn "capitalised = name".
 */
export const FR_CITIES = 'Lyon Marseille Toulouse Nantes Rennes Brest Lille Bordeaux Strasbourg Nice Montpellier Grenoble Dijon Besançon Rouen Caen Metz Nancy Tours Orléans Limoges Clermont-Ferrand Saint-Étienne Le_Havre Villeurbanne Vaulx-en-Velin Aix-en-Provence Perpignan Quimper Vannes Lorient Paris Angers Reims Amiens Pau Bayonne Annecy Chambéry Poitiers Niort La_Rochelle Saint-Nazaire Mulhouse Colmar Troyes Valence Nîmes Avignon Toulon Cherbourg Saint-Denis Montreuil Créteil Versailles Nanterre Roubaix Tourcoing Dunkerque Calais Lisbonne Londres Bruxelles Genève Lausanne Madrid Barcelone Rome Milan Berlin Munich Alger Oran Tunis Dakar Casablanca Rabat Montréal Québec Abidjan Bamako Varsovie Bucarest Hanoï Pékin Tokyo'.split(' ').map((c) => c.replace(/_/g, ' '));
export const EN_CITIES = 'London Manchester Leeds Glasgow Edinburgh Cardiff Belfast Dublin Cork Bristol Birmingham Liverpool Sheffield Leicester Nottingham Brighton Oxford Cambridge York Chester Norwich Aberdeen Galway Limerick Swansea New_York Chicago Boston Seattle Austin Denver Houston Phoenix Atlanta Charlotte Portland Toronto Vancouver Sydney Melbourne Auckland Lagos Nairobi Accra Johannesburg Mumbai Singapore Paris Berlin Madrid Lisbon Rome Warsaw Brussels Amsterdam Tokyo Seoul Toronto Miami Dallas Glasgow Leeds'.split(' ').map((c) => c.replace(/_/g, ' '));
export const FR_COUNTRIES = ['France', 'Espagne', 'Italie', 'Allemagne', 'Belgique', 'Suisse', 'Portugal', 'Maroc', 'Algérie', 'Tunisie', 'Sénégal', 'Canada', 'Royaume-Uni', 'Pologne', 'Roumanie', 'Vietnam', 'Chine', 'Brésil', 'Côte d\'Ivoire'];
export const EN_COUNTRIES = ['France', 'Spain', 'Italy', 'Germany', 'Ireland', 'Scotland', 'Wales', 'Canada', 'Australia', 'Nigeria', 'Kenya', 'Ghana', 'India', 'Poland', 'Portugal', 'the United States', 'New Zealand', 'South Africa', 'Brazil', 'Japan'];
export const NON_PERSON_TERMS = ('Renault Peugeot Citroën Airbus Orange Free Bouygues Carrefour Leclerc Decathlon Fnac Darty Ikea Amazon Google ' +
  'Microsoft Apple Android Windows Linux Excel Word PowerPoint Outlook Teams Slack Zoom Docker Kubernetes Kafka Kotlin Java Python ' +
  'PostgreSQL Spring React Angular Jira Confluence GitHub Salesforce SAP Oracle Tesla Nike Adidas Chanel Dior Sephora Netflix Spotify ' +
  'Uber Deliveroo Doctolib Ameli Vitale Pôle Emploi Urssaf Caf Sncf Ratp Ouigo Airbnb Booking LinkedIn Instagram Facebook WhatsApp ' +
  'Client Conseillère Conseiller Agent Support Service Accueil Livreur Customer Admin Bot Système Moderator Modérateur Opérateur ' +
  'Objet Remarque Note Total Statut Catégorie Description Résumé Compétences Formation Expérience Langues Loisirs Profil Summary ' +
  'Skills Education Experience References Overview Status Priority Category Feedback Ingredients Préparation Garantie Livraison ' +
  'Dietary Floorplan Freehold Rainfall Vigilance Chaudière Biographie Pistache Bravo Parfait Merci Super Génial Cool Thanks Cheers').split(' ');

/** Country and region names (French and English forms) for the place gazetteer. */
export const COUNTRIES = ('Afghanistan Afrique Albanie Algérie Allemagne Andorre Angola Arabie Argentine Arménie Australie Autriche ' +
  'Azerbaïdjan Bahreïn Bangladesh Belgique Bénin Biélorussie Birmanie Bolivie Bosnie Botswana Brésil Bulgarie Burkina Burundi ' +
  'Cambodge Cameroun Canada Chili Chine Chypre Colombie Comores Congo Corée Croatie Cuba Danemark Djibouti Égypte Émirats ' +
  'Équateur Érythrée Espagne Estonie Éthiopie Finlande France Gabon Gambie Géorgie Ghana Grèce Guatemala Guinée Haïti Honduras ' +
  'Hongrie Inde Indonésie Irak Iran Irlande Islande Israël Italie Jamaïque Japon Jordanie Kazakhstan Kenya Kirghizistan Kosovo ' +
  'Koweït Laos Lettonie Liban Libéria Libye Lituanie Luxembourg Macédoine Madagascar Malaisie Malawi Mali Malte Maroc Maurice ' +
  'Mauritanie Mexique Moldavie Monaco Mongolie Monténégro Mozambique Namibie Népal Nicaragua Niger Nigéria Norvège Nouvelle-Zélande ' +
  'Oman Ouganda Ouzbékistan Pakistan Palestine Panama Paraguay Pays-Bas Pérou Philippines Pologne Portugal Qatar Roumanie ' +
  'Royaume-Uni Russie Rwanda Salvador Sénégal Serbie Singapour Slovaquie Slovénie Somalie Soudan Suède Suisse Syrie Tadjikistan ' +
  'Taïwan Tanzanie Tchad Tchéquie Thaïlande Togo Tunisie Turquie Turkménistan Ukraine Uruguay Venezuela Vietnam Yémen Zambie ' +
  'Zimbabwe Europe Asie Amérique Océanie Bretagne Normandie Alsace Provence Corse Occitanie Aquitaine Bourgogne Picardie Lorraine ' +
  'Albania Algeria Argentina Armenia Australia Austria Belgium Bolivia Brazil Bulgaria Cambodia Cameroon Chile China Colombia ' +
  'Croatia Cyprus Denmark Egypt England Eritrea Estonia Ethiopia Finland Georgia Germany Greece Guinea Hungary Iceland India ' +
  'Indonesia Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya Korea Latvia Lebanon Liberia Libya Lithuania Malaysia Mali ' +
  'Malta Mexico Moldova Mongolia Morocco Mozambique Namibia Nepal Netherlands Nigeria Norway Pakistan Peru Poland Portugal ' +
  'Romania Russia Rwanda Scotland Senegal Serbia Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania ' +
  'Thailand Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Europe Asia Africa America ' +
  'Oceania Texas California Florida Ohio Yorkshire Lancashire Kent Essex Surrey Devon Cornwall Ulster Munster Leinster Connacht ' +
  'Sulawesi Bornéo Borneo Sumatra Java Bali').split(' ');
