/** Textes des conventions (CONVENTIONS.md) en français : titre et raison d’être, par identifiant. */
import type { ConventionTexts } from '../types.js';

export const conventions: Record<string, ConventionTexts> = {
  'DOC-01': {
    title: 'Le document est en OpenAPI 3.0.x ou 3.1.x',
    why: 'Les spécifications des deux bouquets sont en OpenAPI 3.0 : un document Swagger 2.0 doit être migré avant l’intégration (c’est encore le cas d’une spécification de producteur DGFiP).',
  },
  'DOC-02': {
    title: 'Le document est un OpenAPI structurellement valide et toutes ses `$ref` se résolvent',
    why: 'L’intégration repose sur le contrat, et un document invalide ne peut pas être lu de façon fiable par l’outillage. Ces défauts sont fréquents, jusque dans les spécifications des bouquets : `type: date` dans AE-OAS (il faut `type: string` + `format: date`), `in`/`name` sur un schéma de sécurité `http` dans AE-OAS et AP-OAS, un paramètre sans `schema` chez CVEC.',
  },
  'DOC-03': {
    title: '`info` comporte `title`, `version`, `description` et un `contact` avec une adresse `email`',
    why: 'Le support de niveau 1 est confié à la DINUM, qui doit pouvoir joindre le producteur. Le titre, la version et la description identifient le contrat intégré.',
  },
  'DOC-04': {
    title: '`info.termsOfService` (CGU) et une `license` ou des conditions d’utilisation sont indiqués',
    why: 'Les conditions générales d’utilisation et les conditions de réutilisation encadrent l’accès aux données par le bouquet et ses utilisateurs : elles doivent être trouvables depuis le contrat.',
  },
  'DOC-05': {
    title: 'Chaque opération a un `summary` et une `description`, chaque paramètre une `description`',
    why: 'Ces textes sont ce sur quoi s’appuient les équipes de la DINUM pour comprendre chaque appel et chaque paramètre ; sans eux, l’intégration passe par des allers-retours avec le producteur.',
  },
  'DOC-06': {
    title: 'Chaque paramètre et chaque propriété de réponse a un exemple, et chaque propriété une `description`',
    why: 'Exemples et descriptions permettent de reconstruire le format du bouquet sans deviner le sens des champs. AE-OAS donne un `title`, une `description` et un `example` sur presque chaque champ.',
  },
  'DOC-07': {
    title: 'Chaque exemple est valide au regard de son propre schéma',
    why: 'Un exemple qui contredit son schéma (type, motif, énumération, format, champs requis) induit en erreur ceux qui s’en servent pour intégrer ou tester. Défaut réel : dans AE-OAS, `code_APRM` a pour motif `^\\d{4}[A-Z]{2}$` et pour exemple `6202A`.',
  },
  'DOC-08': {
    title: 'Chaque opération a un `operationId` unique ; les tags sont utilisés de façon cohérente',
    why: 'L’`operationId` est le nom stable d’une opération (génération de clients, suivi, échanges avec la DINUM) ; des tags cohérents rendent le document lisible.',
  },
  'DOC-09': {
    title: 'Aucun composant inutilisé ni schéma en ligne dupliqué qui devrait être mutualisé',
    why: 'Les composants orphelins et les schémas copiés-collés divergent avec le temps et brouillent le contrat ; un schéma partagé garantit qu’un même objet a la même forme partout.',
  },

  'SRV-01': {
    title: '`servers` est déclaré, en `https://` uniquement, sans adresse privée ou locale ni hôte fictif',
    why: 'La plateforme doit pouvoir joindre l’URL déclarée, sur un canal chiffré : une URL `http://`, une adresse privée ou de bouclage (10/8, 172.16/12, 192.168/16, 127/8, localhost) ou un hôte provisoire (`to-be-defined`, `example.com`, `xxx`) est inutilisable. Défauts réels : MEN `https://to-be-defined/...`, MESRI avec des IP privées et du `http`.',
  },
  'SRV-02': {
    title: 'Un serveur de bac à sable aux données fictives est déclaré à côté de la production',
    why: 'Le bac à sable permet de tester l’intégration sans toucher aux données réelles ; c’est la recommandation 5 de la doctrine API de la DINUM. Sa description ou son URL le signale (sandbox, bac à sable, staging, recette, qualification).',
  },
  'SRV-03': {
    title: 'La version majeure figure dans le chemin (`/v1/...`), dans l’URL du serveur ou dans les chemins',
    why: 'Comme dans les bouquets (`/v3/`, `/v4/`), toute rupture de compatibilité donne une nouvelle version majeure, visible dans le chemin : la plateforme garde ainsi la version qu’elle a intégrée.',
  },
  'SRV-04': {
    title: 'L’URL de base répond en HTTPS, certificat valide et TLS ≥ 1.2 ; le HTTP en clair est refusé ou redirigé',
    why: 'Les données échangées concernent des entreprises, des associations et des particuliers : elles ne circulent que sur un canal chiffré et authentifié. Cette vérification porte sur le service réel, là où SRV-01 porte sur le document.',
  },
  'SRV-05': {
    title: 'Les réponses portent l’en-tête `Strict-Transport-Security`',
    why: 'HSTS impose HTTPS aux clients pour les appels suivants et empêche toute rétrogradation vers le HTTP en clair.',
  },
  'SRV-06': {
    title: 'Pas de CORS ouvert aux navigateurs (`Access-Control-Allow-Origin: *`) sur les données authentifiées',
    why: 'Les bouquets refusent le CORS : les appels se font de serveur à serveur (AE-DOC, « prérequis techniques »). Un `Access-Control-Allow-Origin: *`, documenté ou renvoyé sur une réponse authentifiée, rend les données lisibles depuis n’importe quelle page web.',
  },

  'AUTH-01': {
    title: 'Des `securitySchemes` sont déclarés et chaque opération de données est sécurisée',
    why: 'Les données ne sont accessibles qu’aux appelants habilités : seule une opération de santé ou de ping peut rester publique. Défaut réel : la spécification MEN ne déclare aucun schéma de sécurité.',
  },
  'AUTH-02': {
    title: 'Le jeton ou la clé d’accès circule dans un en-tête, jamais en paramètre de requête ni en cookie',
    why: 'Un jeton placé dans l’URL finit dans les journaux ; c’est pour cette raison qu’API Particulier v3 a déplacé le jeton dans l’en-tête (guide de migration, AP-DOC). Sont acceptés : `http` bearer (JWT ou opaque), OAuth2 client credentials, ou `apiKey` dans un en-tête.',
  },
  'AUTH-03': {
    title: 'Aucun flux OAuth2 `implicit` ou `password`',
    why: 'Ces flux, déconseillés par les bonnes pratiques de sécurité OAuth 2.0, exposent le jeton au navigateur (`implicit`) ou le mot de passe au client (`password`) ; les appels de la plateforme se font de serveur à serveur.',
  },
  'AUTH-04': {
    title: 'Privilégier le bearer `http` ou OAuth2 client credentials plutôt qu’une `apiKey` en en-tête',
    why: 'Les bouquets utilisent `Authorization: Bearer <JWT>` et les producteurs DGFiP OAuth2 client credentials : ce sont les schémas que la plateforme pratique déjà. Une `apiKey` dans un en-tête reste acceptée, avec cet avertissement.',
  },
  'AUTH-05': {
    title: 'Chaque opération sécurisée documente un `401` avec corps d’erreur, et un `403` là où il y a des scopes',
    why: 'La plateforme doit distinguer un jeton absent ou invalide (401) d’un droit insuffisant (403) pour renvoyer la bonne erreur à l’appelant. Défaut réel : DSNJ répond 403 pour une clé invalide.',
  },
  'AUTH-06': {
    title: 'Les scopes OAuth2 sont déclarés par opération et alignés sur les sous-objets de la réponse',
    why: 'API Particulier masque les clés de la réponse selon les scopes de l’appelant (minimisation des données) : des scopes alignés sur les sous-objets permettent d’appliquer ce principe jusque chez le producteur.',
  },
  'AUTH-07': {
    title: 'Sans jeton, ou avec un jeton bien formé mais erroné, le service répond 401 avec un corps d’erreur',
    why: 'Vérifié sur le service réel : un jeton absent ou faux doit donner 401, jamais 200 (les données seraient servies sans contrôle), jamais 5xx. C’est la preuve que l’accès est réellement contrôlé.',
  },

  'ID-01': {
    title: 'Les identifiants sont de type `string`, jamais `integer` ni `number`',
    why: 'Un identifiant numérique perd ses zéros de tête : SIREN `005572466`, IDCC `0573`, code postal `01000`. Défauts réels : `numero_idcc` est un nombre dans AE-OAS ; `codePostal` et `numeroAllocataire` sont en `type: number, format: string` dans API Particulier v2.',
  },
  'ID-02': {
    title: 'Les paramètres identifiants contraignent leur format par un `pattern` (ou un `enum`)',
    why: 'Un motif déclaré documente le format attendu et permet de rejeter une valeur malformée avant tout traitement. Défaut réel : tous les paramètres de chemin `siren`/`siret` d’AE-OAS sont des chaînes sans contrainte. Pour les propriétés de réponse identifiantes, c’est une recommandation.',
  },
  'ID-03': {
    title: 'Le motif déclaré est juste : il accepte les valeurs canoniques valides et rejette les valeurs malformées',
    why: 'Un motif faux refuse des valeurs légitimes ou en laisse passer d’invalides, et trompe aussi bien l’intégrateur que le contrôle. Par exemple, un motif SIREN qui accepte `13002526` ou `13002526A`, ou qui rejette `005572466`, est faux.',
  },
  'ID-04': {
    title: 'Les exemples d’identifiants passent leur algorithme de contrôle (Luhn, clé TVA, clé NIR…)',
    why: 'Un exemple à la clé fausse est rejeté par toute validation et ne peut pas servir à tester. Défauts réels : `12345678900001`, `123456789`, `751080001` dans AE-OAS ; `telephone2` `1122334455` dans AP-OAS. Sont exemptés les exemples de réponses d’erreur et ceux explicitement marqués comme cas de test d’erreur.',
  },
  'ID-05': {
    title: 'Entreprise : les ressources sont adressées par identifiant dans le chemin, avec les noms du bouquet',
    why: 'Reprendre `/unites_legales/{siren}`, `/etablissements/{siret}`, `/associations/{siren_or_rna}` rend immédiate la correspondance avec la façade API Entreprise.',
  },
  'ID-06': {
    title: 'Particulier : le NIR n’est ni paramètre ni champ de réponse, sauf justification légale (`x-bouquet-nir`)',
    why: 'L’usage du NIR (numéro de sécurité sociale) est encadré par le décret 2019-341 et aucun des deux bouquets ne l’utilise. Une opération qui le manipule doit porter sa justification légale dans l’extension `x-bouquet-nir`.',
  },
  'ID-07': {
    title: 'Particulier : les recherches d’identité acceptent l’identité pivot (noms API Particulier ou FranceConnect)',
    why: 'API Particulier interroge les producteurs avec l’identité pivot, sous ses propres noms (`nomNaissance`, `prenoms[]`, `sexeEtatCivil` `M`/`F`, codes COG de naissance…) ou sous ceux des claims FranceConnect (`family_name`, `given_name`, `birthdate`, `gender` `male`/`female`…). Un sexe codé `1`/`2` (défaut réel : MEN) ou en texte libre est une violation.',
  },
  'ID-08': {
    title: 'Particulier : les données d’identité des personnes ne figurent pas dans les segments de chemin',
    why: 'Les chemins sont journalisés par chaque proxy traversé : une donnée personnelle placée dans le chemin s’y retrouve.',
  },
  'ID-09': {
    title: 'Les dates sont de type `string` au format `date` (AAAA-MM-JJ) ou `date-time`',
    why: 'Un format unique et normalisé évite les conversions ambiguës : ni horodatage entier, ni motif `DD/MM/YYYY`.',
  },

  'ERR-01': {
    title: 'Chaque opération de données documente 400 ou 422, 401, 404 et au moins un 5xx',
    why: 'La plateforme doit connaître à l’avance les erreurs possibles pour les traduire dans le format du bouquet. Les bouquets déclarent 401, 403, 404, 409, 422, 429, 502 et 504 sur presque toutes leurs opérations ; le 429 est recommandé.',
  },
  'ERR-02': {
    title: 'Chaque réponse 4xx ou 5xx a un corps JSON décrit par un schéma',
    why: 'Un corps d’erreur vide ne dit rien de ce qui s’est passé et ne peut pas être traduit en erreur du bouquet. Défaut réel : les 401 et 403 de MEN n’ont pas de corps.',
  },
  'ERR-03': {
    title: 'Les corps d’erreur sont lisibles par machine, avec un code stable (format du bouquet ou RFC 9457)',
    why: 'La plateforme fait correspondre chaque erreur du producteur à une erreur du bouquet grâce à un code stable, pas à un message. Formes acceptées : `{errors: [{code, title, detail, source?, meta?}]}` avec un code en chaîne, ou les problem details RFC 9457 (`application/problem+json`, `type`, `title`, `status` entier, `detail`) ; un tableau nu, un simple `{message}` ou un `status` textuel (`BAD_REQUEST`) ne conviennent pas.',
  },
  'ERR-04': {
    title: 'Les erreurs suivent le format du bouquet : codes en chaîne, `title` et `detail` en français',
    why: 'C’est la forme préférée, exigée par le profil strict : elle rend les erreurs du producteur identiques à celles de la façade.',
  },
  'ERR-05': {
    title: '« Non trouvé » est distinct : un 404 avec son propre exemple, jamais un 400, un 500 ou un 200 vide',
    why: 'Le bouquet traduit l’absence de résultat en `PP003` : il doit la distinguer sans ambiguïté d’une erreur de paramètre ou d’une panne. Un non-trouvé confondu avec un 400 ou un 500, ou rendu en 200 avec un corps vide ou « non trouvé », fausse la réponse donnée à l’appelant.',
  },
  'ERR-06': {
    title: 'Les erreurs de paramètre indiquent quel paramètre est en cause',
    why: 'L’appelant corrige sa requête sans deviner : `source.parameter` dans le format du bouquet, membre `invalid-params` ou `errors` dans les problem details.',
  },
  'ERR-07': {
    title: 'Le 429 documente `Retry-After`, de même que le 503 lorsqu’une maintenance est prévue',
    why: '`Retry-After` indique à la plateforme quand réessayer, au lieu de multiplier les appels vers un service saturé ou en maintenance.',
  },
  'ERR-08': {
    title: 'Les corps d’erreur ne divulguent rien d’interne (trace, classe d’exception, SQL, chemin, hôte…)',
    why: 'Une trace de pile, une classe d’exception, une requête SQL, un chemin de fichier, un nom d’hôte interne ou une bannière de framework renseignent un attaquant sur le système et n’aident en rien l’appelant.',
  },

  'DATA-01': {
    title: 'Les réponses sont en `application/json` ; un PDF est une URL à expiration ou un `application/pdf` déclaré',
    why: 'La plateforme reconstruit le format du bouquet à partir de JSON ; un type `+json` est accepté avec un avertissement, et les paramètres de charset doivent être valides (défaut réel : DSNJ `application/json; chasert=utf-8`). Les documents suivent le modèle des bouquets (`document_url`, `expires_in`) ou sont une réponse `application/pdf` déclarée.',
  },
  'DATA-02': {
    title: 'Une seule casse par API pour les clés de réponse (snake_case de préférence) comme pour les paramètres',
    why: 'Une casse uniforme évite les erreurs de correspondance ; les bouquets ont choisi le snake_case en v3 (3 exceptions dans 2 Mo d’AE-OAS). Les paramètres de requête suivent une seule casse (snake_case pour AE, lowerCamelCase pour AP) ; le kebab-case (défaut réel : MEN `date-naissance`, `info-scolarite`) est déconseillé.',
  },
  'DATA-03': {
    title: 'Le corps d’une réponse de succès est un objet JSON, pas un tableau nu',
    why: 'Un objet laisse la place à des métadonnées, ajoutables plus tard sans rupture de compatibilité.',
  },
  'DATA-04': {
    title: 'Les objets de réponse listent `required` et fixent `additionalProperties: false` ; l’inconnu vaut `null`',
    why: 'Un contrat fermé fait apparaître tout écart entre la documentation et les réponses. Une valeur inconnue vaut `null` (déclarée `nullable`) plutôt que d’être une clé absente, pour que la forme de la réponse reste stable.',
  },
  'DATA-05': {
    title: 'Profil strict : enveloppe de succès `{data, links, meta}`, les trois membres étant requis',
    why: 'C’est l’enveloppe v3 des bouquets : un producteur qui la reprend, y compris pour chaque élément des collections, est identique à la façade. Facultatif en profil standard, exigé en profil strict.',
  },
  'DATA-06': {
    title: 'Les consultations se font en `GET`',
    why: 'Une consultation ne modifie rien, et `GET` le dit explicitement. `POST` n’est accepté pour une consultation que si son corps porte des données personnelles (signalé pour information).',
  },
  'DATA-07': {
    title: 'Particulier : booléens de statut préfixés `est_`, périodes de droits en `date_debut_droit`/`date_fin_droit`',
    why: 'Ce sont les conventions de nommage du bouquet API Particulier : les reprendre rend la correspondance immédiate.',
  },
  'DATA-08': {
    title: 'Un appel nominal répond 200, avec le type de contenu documenté et un corps conforme au schéma',
    why: 'La plateforme s’appuie sur le contrat pour reconstruire le format du bouquet : tout écart entre la réponse réelle et la documentation casse l’intégration. Chaque statut et en-tête documenté doit se vérifier, et un code de statut non documenté est une violation.',
  },

  'QOS-01': {
    title: 'Les limites de débit sont documentées : en-têtes `RateLimit-Limit`, `-Remaining` et `-Reset` sur le 200',
    why: 'Comme dans AE-OAS, ces en-têtes permettent à la plateforme de régler son rythme d’appels avant d’atteindre la limite.',
  },
  'QOS-02': {
    title: 'Un point de santé peu coûteux (`/ping`, `/health`, `/status`…) est documenté',
    why: 'Les bouquets surveillent chaque fournisseur de données par des routes de ping. Ce point peut être public : ce n’est pas une opération de données, AUTH-01 et ERR-01 ne s’y appliquent pas.',
  },
  'QOS-03': {
    title: 'Les niveaux de service sont publiés : disponibilité, temps de réponse, quotas',
    why: 'La qualité du bouquet dépend de celle de chaque producteur ; le guide api.gouv.fr vise 99,9 % de disponibilité et une réponse en moins de 50 ms. Ils se déclarent dans `info.description` ou dans une extension `x-sla`.',
  },
  'QOS-04': {
    title: 'Un en-tête de corrélation (`X-Request-ID` ou `X-Correlation-ID`) est accepté et renvoyé',
    why: 'Les bouquets renvoient `X-Request-ID` sur chaque réponse : un identifiant commun permet de suivre un appel de bout en bout, de la plateforme au producteur, lors d’un incident.',
  },
  'QOS-05': {
    title: 'Les plages de maintenance sont déclarées (`x-maintenances: [{from_hour, to_hour}]`)',
    why: 'Comme dans AE-OAS, la plateforme peut alors anticiper les indisponibilités prévues au lieu de les traiter comme des pannes.',
  },
  'QOS-06': {
    title: 'Les opérations dépréciées portent `deprecated: true` avec une date de fin ou un successeur',
    why: 'La doctrine API de la DINUM prévoit 6 à 12 mois de coexistence : la plateforme doit savoir quand et vers quoi migrer.',
  },
  'QOS-07': {
    title: 'Chaque appel sondé répond dans le délai de coupure du bouquet, 10 s (p95 ≤ 1 s recommandé)',
    why: 'Au-delà de 10 s, le bouquet abandonne l’appel et renvoie 504 `PP002`. Sur les appels nominaux, un p95 inférieur ou égal à 1 s est recommandé ; le rapport donne p50, p95 et le maximum.',
  },
  'QOS-08': {
    title: 'Aucune sonde ne provoque de réponse 5xx',
    why: 'Une erreur serveur, même sur un appel malformé ou visant une donnée inconnue, signale un défaut de robustesse : chaque requête doit recevoir une réponse maîtrisée.',
  },

  'TRACE-01': {
    title: 'Entreprise : l’API peut recevoir les données de traçabilité de l’appelant (`recipient`, `context`, `object`)',
    why: 'Les bouquets exigent à chaque appel `recipient` (SIRET de l’organisme public), `context` et `object` ; le producteur documente comment il les reçoit (paramètres de requête ou en-têtes).',
  },

  'CASE-01': {
    title: 'Les fichiers de cas de test sont bien formés et leur `payload` est conforme au schéma documenté',
    why: 'Les cas de test alimentent le bac à sable des bouquets : chacun a `params`, `status`, `payload` et `description`, un statut parmi 200/400/403/404/409/422/429/500/502/503/504, un `payload` JSON valide pour son chemin et son statut, et des `params` uniques dans son dossier.',
  },
  'CASE-02': {
    title: 'Au moins un cas nominal (200) et un cas « non trouvé » (404) par opération',
    why: 'Le bac à sable doit permettre de tester le parcours normal comme l’absence de résultat. Pour les routes d’identité particulier, il est recommandé de couvrir aussi les cas limites du bouquet : personne née à l’étranger, faute de frappe, données insuffisantes.',
  },
  'CASE-03': {
    title: 'Aucune donnée personnelle réelle dans les cas de test',
    why: 'Les cas de test sont publics : aucune valeur ne doit passer la clé de contrôle du NIR, et les identifiants de personnes doivent être visiblement fictifs.',
  },
  'CASE-04': {
    title: 'Rejoués sur le bac à sable du producteur, les cas de test renvoient le statut et le corps déclarés',
    why: 'Le bac à sable n’est utile que s’il tient parole : chaque cas renvoie son statut déclaré, un corps valide au regard du schéma et, s’il est donné, le `payload` déclaré.',
  },

  'LIVE-01': {
    title: 'Un identifiant malformé (motif ou clé de contrôle) donne 400 ou 422 avec un corps d’erreur',
    why: 'Jamais 200 ni 5xx : la plateforme doit distinguer une erreur de saisie de l’appelant d’un résultat ou d’une panne.',
  },
  'LIVE-02': {
    title: 'Un identifiant bien formé mais inconnu (par ex. SIREN `000000000`) donne 404 avec un corps d’erreur',
    why: 'Vérifie sur le service réel que le non-trouvé est bien distinct (ERR-05) : le bouquet le traduit en `PP003`.',
  },
  'LIVE-03': {
    title: 'Une méthode non prise en charge sur un chemin documenté donne 405 (ou 404), jamais 200 ni 5xx',
    why: 'Un service qui accepte n’importe quelle méthode, ou qui tombe en erreur serveur, expose une surface que le contrat ne décrit pas.',
  },
  'LIVE-04': {
    title: 'Chaque réponse porte les en-têtes et le type de contenu documentés',
    why: 'Les en-têtes de limite de débit et de corrélation ne servent que s’ils sont réellement présents : la plateforme s’y fie pour régler son rythme d’appels et suivre les requêtes.',
  },
};
