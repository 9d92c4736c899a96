/**
 * Hand-written templates for synthetic training text in the genres of the held-out evaluation (emails, chats,
 * CVs, letters, HR and medical letters, logs, forms, CSV exports, court excerpts, news, signatures). Placeholders:
 * {A} {B} {C} full names (PER) in varied layouts; {Af}/{Al} first/last name alone (PER); {At} a title (not part of the
 * name); {Ae} an e-mail; {Au} a login; {CITY} {COUNTRY} (LOC); {STREET} a street named after a person (not a PER);
 * {ORG} a school/company/hospital named after a person (not a PER); {W} a common word that is also a first name;
 * {X} a capitalised term that is not a person (brand, software, role, organisation);
 * {N} number, {D} date, {TEL} phone, {H} time, {ID} reference. Genre "chat" is lower-cased half of the time.
 */
export interface Template { genre: string; text: string }

const fr = (genre: string, text: string): Template => ({ genre, text });

export const FR_TEMPLATES: Template[] = [
  fr('email', 'Objet : Réunion du {D}\n\nBonjour {At} {Al},\n\nJe vous confirme notre rendez-vous le {D} à {H} dans nos locaux de {CITY}. {B} sera également présent.\n\nBien cordialement,\n\n{C}\nAssistante de direction – {ORG}\nTél. : {TEL}'),
  fr('email', 'Bonjour {Af},\n\nPeux-tu transmettre le dossier {ID} à {B} avant vendredi ? {Bf} m\'a dit qu\'il manquait la pièce jointe.\n\nMerci,\n{C}'),
  fr('email', 'De : {A} <{Ae}>\nÀ : {B}\nObjet : RE: devis n° {N}\n\nMadame, Monsieur,\n\nSuite à notre échange téléphonique, je vous adresse le devis révisé. N\'hésitez pas à me contacter au {TEL}.\n\nCordialement,\n{Af} {Al}'),
  fr('chat', '[{H}] {Af} : salut tu es dispo ce soir ?\n[{H}] {Bf} : oui vers 20h, on se retrouve {STREET} ?\n[{H}] {Af} : ok je préviens {Cf}\n[{H}] {Bf} : {Cf} vient avec {Cl} ?'),
  fr('chat', '{Af}: t\'as vu le message de {Bf} ?\n{Cf}: non pas encore, il disait quoi\n{Af}: que {Bf} et {Df} arrivent à {CITY} demain\n{Cf}: trop bien, dis à {Bf} de m\'appeler'),
  fr('chat', 'coucou {Af} ! merci pour hier soir\nde rien {Bf}, c\'était cool. tu as des nouvelles de {Cf} ?\noui elle est rentrée à {CITY}, elle passe le bonjour\nsuper, bisous à {Df}'),
  fr('cv', '{A}\n{STREET}, {N} {CITY}\n{TEL} – {Ae}\n\nEXPÉRIENCE PROFESSIONNELLE\n{D} – aujourd\'hui : Chef de projet, {ORG}, {CITY}\nFormation : Master, Université de {CITY}\nRéférences : {B}, directeur technique'),
  fr('letter', '{A}\n{STREET}\n{N} {CITY}\n\n{CITY}, le {D}\n\nObjet : résiliation du contrat n° {ID}\n\nMadame, Monsieur,\n\nJe soussigné(e) {B}, demeurant {STREET} à {CITY}, vous informe de ma décision de résilier mon abonnement.\n\nVeuillez agréer mes salutations distinguées.\n\n{Af} {Al}'),
  fr('medical', 'Dr {A}\nCentre hospitalier de {CITY}\n\nCher confrère,\n\nJ\'ai vu en consultation {At} {B}, née le {D}, pour un suivi. {At} {Bl} présente une évolution favorable. Je la reverrai dans trois mois.\n\nConfraternellement,\nDr {Al}'),
  fr('hr', 'Compte rendu d\'entretien annuel\nSalarié : {A}\nManager : {B}\nDate : {D}\n\n{Af} a atteint ses objectifs. {Bl} propose une formation au {ORG}. Prochain point avec {C} le {D}.'),
  fr('form', 'Nom : {AL}\nPrénom : {Af}\nDate de naissance : {D}\nAdresse : {STREET}, {N} {CITY}\nTéléphone : {TEL}\nPersonne à prévenir : {B} ({TEL})'),
  fr('form', 'NOM : {AL}   Prénom(s) : {Af}\nNé(e) le {D} à {CITY}\nNom de naissance : {BL}\nSignature : {Af} {Al}'),
  fr('log', '{D} {H} INFO  [auth] login succeeded for user={Au} ip=10.0.{N}.{N} session={ID}\n{D} {H} WARN  [mail] bounce from {Ae} code={N}\n{D} {H} INFO  [crm] contact updated: {A} (id={N})\n{D} {H} ERROR [job] retry {N}/5 failed after {N} ms'),
  fr('log', '{D}T{H}Z level=info msg="ticket assigned" agent="{A}" ticket={N} queue=support\n{D}T{H}Z level=debug worker={N} batch={N} rows={N} elapsed={N}ms'),
  fr('csv', 'id;nom;prenom;ville;code_postal;montant\n{N};{AL};{Af};{CITY};{N};{N},{N}\n{N};{BL};{Bf};{CITY};{N};{N},{N}\n{N};{CL};{Cf};{CITY};{N};{N},{N}'),
  fr('court', 'COUR D\'APPEL DE {CITY}\nArrêt du {D}\n\nENTRE : {At} {A}, demeurant {STREET}, {CITY}, appelant, représenté par Me {B}, avocat au barreau de {CITY}\nET : la société {ORG}, intimée\n\nLa cour, après en avoir délibéré, confirme le jugement. {At} {Al} est condamné aux dépens.'),
  fr('news', '{CITY} : le maire {A} inaugure la nouvelle médiathèque\n\nLe maire de {CITY}, {B}, a inauguré samedi le bâtiment situé {STREET}, près du {ORG}. « C\'est un grand jour », a déclaré {Bl} devant plusieurs centaines d\'habitants. L\'architecte {C} a rappelé que le chantier avait duré {N} mois.'),
  fr('news', 'Le footballeur {A} quitte {CITY} pour rejoindre un club en {COUNTRY}. Selon son agent, {B}, le transfert s\'élève à {N} millions d\'euros. {Al} avait rejoint le club en {N}.'),
  fr('minutes', 'Procès-verbal du conseil d\'administration du {D}\nPrésents : {A}, {B}, {C}\nExcusé : {D_}\nOrdre du jour adopté. {Al} présente le budget. {Bf} {Bl} demande un vote. Adopté à l\'unanimité.'),
  fr('signature', 'Merci pour votre retour.\n\n--\n{A}\nResponsable commercial | {ORG}\n{STREET} – {N} {CITY}\nLigne directe : {TEL}'),
  fr('school', 'Bulletin du 1er trimestre – {ORG}\nÉlève : {A}   Classe : 4e B\nProfesseur principal : {At} {Bl}\nAppréciation : {Af} fournit un travail sérieux. Félicitations.'),
  fr('police', 'Le {D} à {H}, nous, {At} {A}, agissant en flagrant délit, avons entendu {B}, né le {D} à {CITY}. L\'intéressé déclare connaître {C} depuis {N} ans. {Bl} reconnaît avoir été présent {STREET}.'),
  fr('forum', 'Re: problème de chaudière\n\nSalut, j\'ai eu le même souci. Le technicien, {A}, m\'a conseillé de purger les radiateurs. Merci {Bf} pour le lien !\n-- {Cf}'),
  fr('chat', '[{H}] Client : bonjour, j\'ai un souci avec ma commande {ID}\n[{H}] {X} : bonjour {At} {Al}, je regarde votre dossier\n[{H}] Client : merci\n[{H}] Conseillère : c\'est réglé, bonne journée'),
  fr('chat', '{Af} : qui conduit vendredi ?\n{Bf} : moi, départ de chez moi à 8h\n{Cf} : {Bf} tu peux me prendre ?\n{Af} : demande à {Df}, il passe par {CITY}'),
  fr('cv', '{A}\n{Ae} | {TEL}\n\nCOMPÉTENCES\n{X}, {X}, {X}, {X}\n\nEXPÉRIENCE\n{D} – {D} : développeur chez {X}, {CITY}\nRéférent : {B}'),
  fr('news', 'Le groupe {X} annonce {N} embauches sur son site de {CITY}. Le directeur, {A}, se félicite de l\'accord signé avec {X}. Selon {Bl}, délégué syndical, les négociations ont duré {N} semaines.'),
  fr('review', 'Avis sur {X} : livraison rapide, service client au top. {X} reste ma référence. Merci à {Af} du SAV ! Note : {N}/5'),
  fr('common', '{X}\n\n{X} : {N} €\n{X} : disponible\n{X} : {D}\nContact : {X}'),
  fr('common', 'Pierre, feuille, ciseaux : le jeu préféré des enfants. Rose des vents et boussole sont au programme. Marine et montagne : deux séjours proposés à {CITY}.'),
  fr('common', 'Pour {X} et {X}, la mise à jour est disponible. Ouvrez {X}, puis redémarrez. Le support {X} répond sous {N} heures.'),
  fr('news', 'Faits divers : un incendie s\'est déclaré dans la nuit à {TOWN}, près de {CITY}. Les pompiers de {TOWN} sont intervenus. Le maire de {TOWN}, {A}, s\'est rendu sur place.'),
  fr('hr', 'Mutation de {A}, actuellement en poste à {TOWN}, vers l\'agence de {CITY} au {D}. {Af} a grandi à {TOWN} et connaît bien la région.'),
  fr('common', 'La {W} de taille est utilisée pour les façades. Cette {W} est posée sur un lit de mortier à {CITY}.'),
  fr('common', 'Rendez-vous {STREET}, devant le {ORG}. Le marché de {CITY} ouvre à {H}.'),
  fr('common', 'Le {ORG} accueille {N} élèves. La cantine est située {STREET}, à {CITY}.'),
  fr('common', 'Total : {N} € TTC. Référence client : {ID}. Paiement par virement avant le {D}. Livraison à {CITY} ({COUNTRY}).'),
  fr('common', 'Pour cette recette, comptez {N} g de farine, une pincée de sel et quelques pétales de rose. Cuisson : {N} minutes à {N} °C.'),
  fr('common', 'Saint-Étienne, Saint-Malo et Sainte-Foy-lès-Lyon accueillent le festival. Les billets sont en vente au {ORG}.'),
];

const en = (genre: string, text: string): Template => ({ genre, text });

export const EN_TEMPLATES: Template[] = [
  en('email', 'Subject: Meeting on {D}\n\nHi {Af},\n\nJust confirming our call on {D} at {H}. {B} from the {CITY} office will join us. Could you send the slides to {Bf} beforehand?\n\nBest regards,\n{C}\nAccount Manager, {ORG}\n{TEL}'),
  en('email', 'Dear {At} {Al},\n\nThank you for your application. We would like to invite you for an interview with {B} on {D}.\n\nKind regards,\n\n{C}\nHR Coordinator'),
  en('email', 'From: {A} <{Ae}>\nTo: {B}\nSubject: RE: invoice {ID}\n\nHi {Bf},\n\nPlease find attached the corrected invoice. Let me know if {Cf} needs anything else.\n\nThanks,\n{Af}'),
  en('chat', '[{H}] {Af}: hey are you coming tonight?\n[{H}] {Bf}: yeah, will be there around 8\n[{H}] {Af}: cool, {Cf} is bringing snacks\n[{H}] {Bf}: tell {Cf} i said thanks'),
  en('chat', '{Af}: did you see what {Bf} posted lol\n{Cf}: no what\n{Af}: {Bf} and {Df} are moving to {CITY}\n{Cf}: no way. will ask {Bf} tomorrow'),
  en('chat', 'morning {Af}! you still ok to cover my shift?\nyes no problem {Bf}\nthanks, i owe you one. {Cf} says hi\nhaha say hi to {Cf} from me'),
  en('cv', '{A}\n{STREET}, {CITY}\n{TEL} | {Ae}\n\nEXPERIENCE\n{D} – present: Senior Analyst, {ORG}, {CITY}\nEDUCATION\nBSc Economics, University of {CITY}\nREFERENCES\n{B}, Head of Finance, {ORG}'),
  en('letter', '{A}\n{STREET}\n{CITY}\n\n{D}\n\nDear {At} {Bl},\n\nI am writing to complain about the repairs carried out at my flat. Your technician, {C}, did not return as promised.\n\nYours sincerely,\n\n{Af} {Al}'),
  en('medical', 'Dr {A}\n{ORG}\n\nRe: {B}, DOB {D}\n\nDear Dr {Cl},\n\nI reviewed {Bf} in clinic today. {At} {Bl} reports improvement and will be seen again in six weeks.\n\nYours sincerely,\nDr {Al}'),
  en('hr', 'Performance review\nEmployee: {A}\nManager: {B}\nDate: {D}\n\n{Af} exceeded targets this year. {Bl} recommends promotion. Follow-up meeting with {C} scheduled for {D}.'),
  en('form', 'Surname: {AL}\nFirst name: {Af}\nDate of birth: {D}\nAddress: {STREET}, {CITY}\nPhone: {TEL}\nEmergency contact: {B} ({TEL})'),
  en('form', 'LAST NAME: {AL}  FIRST NAME: {Af}\nPlace of birth: {CITY}, {COUNTRY}\nSignature: {Af} {Al}   Date: {D}'),
  en('log', '{D} {H} INFO  auth: login ok user={Au} src=192.168.{N}.{N} sid={ID}\n{D} {H} WARN  smtp: deferred for {Ae} status={N}\n{D} {H} INFO  crm: updated contact "{A}" id={N}\n{D} {H} ERROR worker {N}: timeout after {N}ms (attempt {N})'),
  en('log', '{D}T{H}Z level=info msg="ticket assigned" assignee="{A}" ticket={N} priority={N}\n{D}T{H}Z level=debug pid={N} rss={N}MB gc={N}ms'),
  en('csv', 'id,last_name,first_name,city,zip,amount\n{N},{AL},{Af},{CITY},{N},{N}.{N}\n{N},{BL},{Bf},{CITY},{N},{N}.{N}\n{N},{CL},{Cf},{CITY},{N},{N}.{N}'),
  en('court', 'IN THE HIGH COURT OF JUSTICE\nBetween: {A} (Claimant) and {ORG} (Defendant)\n\nJudgment of {At} Justice {Bl}, {D}\n\n1. The claimant, {At} {Al}, was employed by the defendant from {D}. 2. Evidence was given by {C}, the site manager. 3. I find that {Al} was unfairly dismissed.'),
  en('news', '{CITY} mayor {A} opens new library\n\nMayor {A} cut the ribbon on Saturday at the building on {STREET}. "This is a great day for {CITY}," {Al} said. Architect {B} said construction took {N} months. Council leader {C} praised the project.'),
  en('news', 'Striker {A} has left {CITY} to join a club in {COUNTRY}. His agent, {B}, said the fee was {N} million. {Al} joined the club in {N}.'),
  en('minutes', 'Minutes of the board meeting, {D}\nPresent: {A}, {B}, {C}\nApologies: {D_}\n{Al} presented the budget. {Bf} asked for a vote. Approved unanimously.'),
  en('signature', 'Thanks for getting back to me.\n\n--\n{A}\nSales Director | {ORG}\n{STREET}, {CITY}\nDirect: {TEL}'),
  en('school', 'End of term report – {ORG}\nPupil: {A}  Form: 9B\nForm tutor: {At} {Bl}\nComment: {Af} has worked hard this term. Well done.'),
  en('police', 'On {D} at {H}, officers attended {STREET} after a call from {A}. The suspect, {B}, was arrested. {Bl} told officers that {C} had witnessed the incident.'),
  en('forum', 'Re: boiler keeps losing pressure\n\nHad the same issue. The engineer, {A}, said to bleed the radiators first. Thanks {Bf} for the link!\n-- {Cf}'),
  en('chat', '[{H}] Customer: hi, my order {ID} has not arrived\n[{H}] {X}: hi {Af}, let me check that for you\n[{H}] Customer: thanks\n[{H}] Agent: all sorted, have a nice day'),
  en('chat', '{Af}: who\'s driving on friday\n{Bf}: me. leaving from mine at 8\n{Cf}: can {Bf} pick me up\n{Af}: ask {Df}, he goes past {CITY}'),
  en('cv', '{A}\n{Ae} | {TEL}\n\nSKILLS\n{X}, {X}, {X}, {X}\n\nEXPERIENCE\n{D} – {D}: Engineer at {X}, {CITY}\nReferee: {B}'),
  en('news', '{X} has announced {N} new jobs at its {CITY} plant. Chief executive {A} welcomed the deal with {X}. Union rep {Bl} said talks had lasted {N} weeks.'),
  en('review', 'Bought these {X} boots last winter. {X} customer service was helpful and {Af} sorted the refund. Rating: {N}/5'),
  en('common', '{X}\n\n{X}: {N}\n{X}: available\n{X}: {D}\nContact: {X}'),
  en('common', 'Grace period ends on {D}. Mark the date in your diary. Bill payments are due monthly. Will you renew? Hope to hear from you. Rose petals and olive oil are on sale.'),
  en('common', 'For {X} and {X}, the update is available. Open {X}, then restart. {X} support replies within {N} hours.'),
  en('news', 'Police were called to a house in {TOWN}, near {CITY}, on {D}. Residents of {TOWN} said the road was closed. Councillor {A} visited {TOWN} on Monday.'),
  en('hr', '{A} is relocating from {TOWN} to our {CITY} office on {D}. {Af} grew up in {TOWN}.'),
  en('common', 'Please {W} the box as fragile and sign the delivery note. The parcel ships from {CITY} on {D}.'),
  en('common', 'The {ORG} has {N} pupils. Parking is available on {STREET}, {CITY}.'),
  en('common', 'Total due: ${N}. Invoice {ID}. Payment by bank transfer before {D}. Delivery to {CITY}, {COUNTRY}.'),
  en('common', 'Add {N} g of flour, a pinch of salt and a few rose petals. Bake for {N} minutes at {N} °C. Serve with grace and a smile.'),
  en('common', 'The {ORG} in {CITY} will host the conference. Tickets are on sale at the {ORG}.'),
  en('common', 'I will {W} you the report tomorrow. Will you be at the {ORG} on {D}? We will meet near {STREET}.'),
];
