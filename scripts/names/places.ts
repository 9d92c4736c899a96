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
