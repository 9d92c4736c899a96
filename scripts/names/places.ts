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

/** More towns (France, UK and Ireland, US, elsewhere) and French departments/regions: hand list for the gazetteer. */
export const MORE_PLACES = ('Dieppe Cholet Carpentras Flamanville Riedisheim Quiberon Vitry Créteil Ivry Vincennes Boulogne-Billancourt ' +
  'Argenteuil Saint-Maur Aubervilliers Colombes Courbevoie Asnières Rueil-Malmaison Champigny Antony Neuilly Levallois ' +
  'Issy-les-Moulineaux Clichy Pantin Bobigny Bondy Sarcelles Cergy Pontoise Évry Corbeil Massy Palaiseau Meaux Melun ' +
  'Chelles Beauvais Compiègne Soissons Laon Saint-Quentin Arras Lens Douai Valenciennes Cambrai Maubeuge Béthune Boulogne-sur-Mer ' +
  'Abbeville Évreux Vernon Lisieux Bayeux Alençon Saint-Lô Granville Avranches Fougères Vitré Saint-Malo Dinan Lannion Morlaix ' +
  'Landerneau Quimperlé Concarneau Douarnenez Pontivy Auray Redon Saint-Brieuc Guingamp Laval Mayenne Le_Mans Saumur Cholet ' +
  'La_Roche-sur-Yon Les_Sables-d\'Olonne Rochefort Saintes Cognac Angoulême Périgueux Bergerac Brive Tulle Guéret Montluçon ' +
  'Vichy Moulins Nevers Bourges Vierzon Châteauroux Blois Chartres Dreux Montargis Auxerre Sens Chalon-sur-Saône Mâcon Beaune ' +
  'Dole Lons-le-Saunier Pontarlier Montbéliard Belfort Vesoul Épinal Saint-Dié Lunéville Thionville Forbach Sarreguemines ' +
  'Haguenau Saverne Sélestat Charleville-Mézières Sedan Épernay Châlons-en-Champagne Chaumont Langres Bar-le-Duc Verdun ' +
  'Roanne Vienne Bourgoin-Jallieu Voiron Villefranche-sur-Saône Bourg-en-Bresse Oyonnax Annemasse Thonon-les-Bains Albertville ' +
  'Gap Briançon Digne Manosque Aix Arles Salon-de-Provence Martigues Istres Aubagne La_Ciotat Hyères Fréjus Draguignan Cannes ' +
  'Antibes Grasse Menton Ajaccio Bastia Porto-Vecchio Sète Béziers Narbonne Carcassonne Castres Albi Rodez Millau Cahors ' +
  'Montauban Agen Auch Tarbes Lourdes Dax Mont-de-Marsan Biarritz Anglet Arcachon Libourne Mérignac Pessac Talence Vénissieux ' +
  'Villeurbanne Bron Caluire Écully Oullins Givors Rillieux Décines Meyzieu Échirolles Saint-Martin-d\'Hères Fontaine Seyssinet ' +
  'Ain Aisne Allier Ardèche Ardennes Ariège Aube Aude Aveyron Calvados Cantal Charente Cher Corrèze Creuse Dordogne Doubs Drôme ' +
  'Essonne Eure Finistère Gard Gers Gironde Hérault Ille-et-Vilaine Indre Isère Jura Landes Loire Loiret Lot Lozère Manche Marne ' +
  'Mayenne Meuse Morbihan Moselle Nièvre Nord Oise Orne Pas-de-Calais Puy-de-Dôme Rhône Saône Sarthe Savoie Somme Tarn Var ' +
  'Vaucluse Vendée Vienne Vosges Yonne Yvelines Val-de-Marne Val-d\'Oise Seine-Saint-Denis Hauts-de-Seine Île-de-France ' +
  'Auvergne-Rhône-Alpes Hauts-de-France Grand-Est Nouvelle-Aquitaine Bourgogne-Franche-Comté Centre-Val Pays-de-la-Loire ' +
  'Martinique Guadeloupe Guyane Réunion Mayotte Wallonie Flandre Anvers Gand Liège Namur Charleroi Bruges Genève Fribourg Neuchâtel ' +
  'Bilston Ardwick Wolverhampton Walsall Dudley Coventry Derby Stoke Stafford Shrewsbury Hereford Worcester Gloucester Cheltenham ' +
  'Swindon Reading Slough Luton Watford Stevenage Basildon Southend Chelmsford Colchester Ipswich Peterborough Lincoln Hull ' +
  'Grimsby Doncaster Rotherham Barnsley Wakefield Huddersfield Bradford Halifax Harrogate Scarborough Middlesbrough Sunderland ' +
  'Newcastle Gateshead Durham Carlisle Kendal Lancaster Preston Blackpool Blackburn Burnley Bolton Wigan Warrington Stockport ' +
  'Salford Oldham Rochdale Bury Crewe Macclesfield Southampton Portsmouth Bournemouth Poole Exeter Plymouth Truro Torquay ' +
  'Taunton Bath Salisbury Winchester Guildford Woking Croydon Bromley Ealing Hackney Camden Islington Lambeth Southwark ' +
  'Greenwich Lewisham Brixton Paddington Kensington Chelsea Westminster Hampstead Stratford Wimbledon Dundee Inverness Perth ' +
  'Stirling Paisley Kilmarnock Ayr Dumfries Falkirk Livingston Newport Wrexham Bangor Aberystwyth Llanelli Derry Armagh Newry ' +
  'Lisburn Waterford Kilkenny Sligo Athlone Drogheda Dundalk Wexford Tralee Killarney Donegal Mayo Kerry Clare Tipperary ' +
  'Tacoma Galveston Spokane Sacramento Fresno Oakland Pasadena Tucson Albuquerque Omaha Tulsa Wichita Memphis Nashville ' +
  'Louisville Lexington Cincinnati Cleveland Columbus Detroit Milwaukee Minneapolis Pittsburgh Philadelphia Baltimore Richmond ' +
  'Raleigh Savannah Orlando Tampa Jacksonville Birmingham Montgomery Jackson Orleans Baton Shreveport Dallas Antonio ' +
  'Brooklyn Queens Bronx Manhattan Harlem Newark Hoboken Yonkers Buffalo Rochester Syracuse Albany Hartford Providence ' +
  'Cambridge Worcester Springfield Burlington Anchorage Honolulu Calgary Edmonton Winnipeg Ottawa Halifax Brisbane Perth ' +
  'Adelaide Hobart Darwin Wellington Christchurch Dunedin Kampala Kigali Addis Harare Lusaka Lilongwe Maputo Kinshasa ' +
  'Brazzaville Douala Yaoundé Libreville Lomé Cotonou Niamey Ouagadougou Conakry Freetown Monrovia Nouakchott Kayes ' +
  'Labé Kankan Ghazni Kabul Kandahar Herat Karachi Lahore Islamabad Delhi Kolkata Chennai Bangalore Hyderabad Dhaka ' +
  'Colombo Kathmandu Bangkok Manila Jakarta Hanoi Saigon Shanghai Beijing Shenzhen Osaka Kyoto Busan Istanbul Ankara Izmir ' +
  'Beirut Damascus Amman Baghdad Tehran Riyadh Dubai Doha Cairo Alexandria Marrakech Fès Tanger Agadir Sfax Sousse Constantine ' +
  'Annaba Tlemcen Sétif Béjaïa Tizi-Ouzou Oujda Kenitra Meknès Lyon Krakow Cracovie Gdansk Wroclaw Poznan Lodz Porto Braga ' +
  'Coimbra Faro Sevilla Séville Valencia Bilbao Malaga Zaragoza Napoli Naples Torino Turin Firenze Bologna Venise Venice Genova ' +
  'Palermo Hamburg Hambourg Cologne Köln Frankfurt Francfort Stuttgart Düsseldorf Leipzig Dresden Hanover Bremen Nuremberg ' +
  'Vienna Vienne Salzburg Graz Prague Brno Budapest Bratislava Ljubljana Zagreb Belgrade Sofia Athens Athènes Thessaloniki ' +
  'Helsinki Stockholm Oslo Copenhagen Copenhague Reykjavik Tallinn Riga Vilnius Minsk Kyiv Kiev Odessa Moscow Moscou').split(' ').map((c) => c.replace(/_/g, ' '));
