import type { RuleTexts } from '../types.js';

/** Textes de la sonde en direct (bouquet-lint probe). */
export const rules: Record<string, RuleTexts> = {
  'bouquet-probe': {
    title: 'Déroulement de la sonde',
    fix: "Ces informations disent ce que la sonde n'a pas pu vérifier et pourquoi : complétez la spécification, le jeton ou les options, puis relancez `bouquet-lint probe`.",
    messages: {
      expectUrl: 'une URL absolue en http:// ou https://, sans identifiant ni mot de passe',
      expectInteger: 'un entier entre {min} et {max}',
      expectPositive: 'un nombre strictement positif, au plus {max}',
      expectEnvName: "un nom de variable d'environnement (lettres, chiffres et « _ »)",
      noExample:
        "L'opération « {operation} » n'a pas été sondée : aucune valeur d'exemple pour le paramètre obligatoire « {param} ». Ajoutez un « example » au paramètre ou un cas de test.",
      caseWithoutOperation: "Le cas de test « {file} » ne correspond à aucune opération GET de la spécification : ses paramètres ne sont ceux d'aucune route.",
      noCredential:
        "La variable d'environnement « {env} » est vide : les appels authentifiés n'ont pas été envoyés. Seul l'appel sans jeton a été vérifié (AUTH-07) ; définissez « {env} » avec un jeton du bac à sable pour tout vérifier.",
      notGet: "{count} opération(s) autre(s) que GET n'ont pas été sondées, dont « {operation} » : la sonde n'envoie que des requêtes GET, qui ne modifient rien.",
      tlsStopped: "Le certificat ou la négociation TLS de « {url} » n'est pas valide : la sonde s'est arrêtée là pour ne pas envoyer le jeton sur une connexion non vérifiée.",
      planCut: "Le plan de la sonde a été écourté : {unsent} appel(s) sur {planned} n'ont pas été envoyés (limite --max-requests {max}).",
      'kind.plain-http': 'appel en HTTP simple',
      'kind.nominal': 'appel nominal',
      'kind.no-credential': 'appel sans jeton',
      'kind.unknown-id': 'appel avec un identifiant inconnu',
      'kind.malformed-id': 'appel avec un identifiant mal formé',
      'kind.wrong-credential': 'appel avec un jeton erroné',
      'kind.case': 'rejeu de cas de test',
      'kind.cors': 'requête de pré-vérification CORS',
      'kind.method': 'appel avec une méthode non documentée',
    },
  },
  'bouquet-live-tls': {
    title: 'HTTPS avec un certificat valide et TLS 1.2 ou plus',
    fix: "Servez l'API uniquement en HTTPS (TLS 1.2 ou 1.3), avec un certificat délivré par une autorité reconnue pour le nom d'hôte public ; le port 80 refuse les connexions ou redirige (301/308) vers https://.",
    messages: {
      plainHttpBase:
        "L'URL de base « {url} » est en HTTP simple : TLS, certificat et redirection HTTP → HTTPS n'ont pas pu être vérifiés. Sondez le bac à sable public en https:// avant de demander l'intégration.",
      handshake: "La négociation TLS avec « {url} » a échoué : {detail}. Le bouquet exige TLS 1.2 ou plus.",
      oldProtocol: "« {url} » négocie {protocol} : le bouquet exige TLS 1.2 ou plus.",
      certificate: "Le certificat de « {url} » n'est pas valide ({detail}) : le bouquet refusera la connexion.",
      plainHttpServed: "« {url} » répond {status} en HTTP simple au lieu de refuser la connexion ou de rediriger vers https://.",
    },
  },
  'bouquet-live-hsts': {
    title: 'En-tête Strict-Transport-Security',
    fix: 'Ajoutez à toutes les réponses :\n```\nStrict-Transport-Security: max-age=31536000; includeSubDomains\n```',
    messages: {
      missing: "La réponse {status} de « {operation} » n'a pas d'en-tête « Strict-Transport-Security ».",
      noMaxAge: "L'en-tête « Strict-Transport-Security: {value} » de « {operation} » n'a pas de « max-age » positif.",
    },
  },
  'bouquet-live-cors': {
    title: 'Pas de CORS ouvert sur les données authentifiées',
    fix: "Les bouquets appellent l'API de serveur à serveur : retirez l'en-tête « Access-Control-Allow-Origin » des routes authentifiées (ou limitez-le à une liste fermée d'origines connues), et ne renvoyez jamais l'origine reçue telle quelle.",
    messages: {
      wildcard: "La réponse authentifiée de « {operation} » porte « Access-Control-Allow-Origin: {value} » : n'importe quel site web peut lire ces données depuis un navigateur.",
      reflected: "La réponse authentifiée de « {operation} » renvoie l'origine reçue (« {origin} ») dans « Access-Control-Allow-Origin » : tout site est autorisé.",
      'preflight.wildcard': "La pré-vérification CORS (OPTIONS) de « {operation} » autorise toutes les origines (« Access-Control-Allow-Origin: {value} »).",
      'preflight.reflected': "La pré-vérification CORS (OPTIONS) de « {operation} » autorise une origine quelconque (« {origin} ») en la renvoyant telle quelle.",
    },
  },
  'bouquet-live-auth': {
    title: 'Sans jeton ou avec un mauvais jeton : 401',
    fix: "Sans jeton, ou avec un jeton invalide ou expiré, répondez 401 avec un corps d'erreur JSON, avant tout autre traitement ; réservez 403 au jeton valide qui n'a pas les droits sur la donnée :\n```json\n{\"errors\": [{\"code\": \"00101\", \"title\": \"Non authentifié\", \"detail\": \"Votre jeton est absent, invalide ou expiré.\"}]}\n```",
    messages: {
      noCredentialAccepted: "Sans jeton, « {operation} » répond {status} et sert les données : la route n'est pas protégée.",
      noCredentialForbidden: 'Sans jeton, « {operation} » répond 403 au lieu de 401 : 403 veut dire « authentifié mais pas autorisé ».',
      noCredentialStatus: 'Sans jeton, « {operation} » répond {status} au lieu de 401.',
      wrongCredentialAccepted: "Avec un jeton erroné, « {operation} » répond {status} : le jeton n'est pas vérifié.",
      wrongCredentialForbidden: 'Avec un jeton erroné, « {operation} » répond 403 au lieu de 401 : un jeton invalide est une absence d\'authentification, pas un manque de droits.',
      wrongCredentialStatus: 'Avec un jeton erroné, « {operation} » répond {status} au lieu de 401.',
      noErrorBody: "Sans jeton, « {operation} » répond bien 401, mais sans corps d'erreur JSON lisible.",
    },
  },
  'bouquet-live-not-found': {
    title: 'Identifiant inconnu : 404 avec un corps d’erreur',
    fix: "Pour un identifiant bien formé mais absent de vos données, répondez 404 avec un corps d'erreur JSON au format documenté :\n```json\n{\"errors\": [{\"code\": \"00404\", \"title\": \"Entité non trouvée\", \"detail\": \"Aucune entreprise n'est connue sous ce numéro.\"}]}\n```",
    messages: {
      status: "Avec l'identifiant inconnu « {param} » = « {value} », « {operation} » répond {status} au lieu de 404.",
      noErrorBody: "Avec l'identifiant inconnu « {param} » = « {value} », « {operation} » répond bien 404, mais sans corps d'erreur JSON lisible.",
    },
  },
  'bouquet-live-not-found-distinct': {
    title: 'Non trouvé distinct des autres réponses',
    fix: "Distinguez « non trouvé » (404) d'une réussite (200) et d'un paramètre invalide (400/422) : le bouquet traduit le 404 en erreur « non trouvé » pour l'usager ; un 200 vide laisserait croire à une entité sans données.",
    messages: {
      success: "Avec l'identifiant inconnu « {param} » = « {value} », « {operation} » répond {status} comme si l'entité existait, au lieu de 404.",
      paramError: "Avec l'identifiant bien formé mais inconnu « {param} » = « {value} », « {operation} » répond {status} (paramètre invalide) au lieu de 404.",
      serverError: "Avec l'identifiant bien formé mais inconnu « {param} » = « {value} », « {operation} » répond {status} (erreur serveur) au lieu de 404.",
    },
  },
  'bouquet-live-malformed': {
    title: 'Identifiant mal formé : 400 ou 422',
    fix: "Vérifiez le format de chaque identifiant (motif, et clé de contrôle : Luhn pour le SIREN et le SIRET...) avant d'interroger vos données, et répondez 400 ou 422 avec un corps d'erreur qui nomme le paramètre :\n```json\n{\"errors\": [{\"code\": \"00301\", \"title\": \"Paramètre invalide\", \"detail\": \"Le numéro SIREN n'est pas valide.\", \"source\": {\"parameter\": \"siren\"}}]}\n```",
    messages: {
      formatAccepted: "Avec « {param} » mal formé (« {value} »), « {operation} » répond {status} comme si la valeur était valide, au lieu de 400 ou 422.",
      formatStatus: "Avec « {param} » mal formé (« {value} »), « {operation} » répond {status} au lieu de 400 ou 422.",
      checksumAccepted: "Avec « {param} » = « {value} », dont la clé de contrôle est fausse, « {operation} » répond {status} : la clé n'est pas vérifiée.",
      checksumStatus: "Avec « {param} » = « {value} », dont la clé de contrôle est fausse, « {operation} » répond {status} au lieu de 400 ou 422.",
      noErrorBody: "Avec « {param} » mal formé (« {value} »), « {operation} » répond {status}, mais sans corps d'erreur JSON lisible.",
    },
  },
  'bouquet-live-method': {
    title: 'Méthode non prise en charge : 405',
    fix: 'Répondez 405 (avec un en-tête « Allow: GET ») aux méthodes que la route ne documente pas.',
    messages: {
      accepted: "« {method} » sur « {operation} », route documentée en GET seulement, répond {status} : la méthode est acceptée.",
      status: "« {method} » sur « {operation} », route documentée en GET seulement, répond {status} au lieu de 405.",
    },
  },
  'bouquet-live-case': {
    title: 'Cas de test rejoués sur le bac à sable',
    fix: "Mettez le bac à sable et les cas de test en accord : chaque cas doit obtenir le statut qu'il déclare, un corps conforme au schéma documenté et, s'il en donne une, exactement la réponse (« payload ») déclarée.",
    messages: {
      status: 'Le cas « {file} » déclare le statut {expected}, le bac à sable répond {status}.',
      notJson: "Le cas « {file} » : la réponse {status} n'est pas un JSON lisible.",
      schema: "Le cas « {file} » : la réponse n'est pas conforme au schéma documenté ({detail}).",
      payload: 'Le cas « {file} » : la réponse diffère de la réponse déclarée, à partir de « {at} ».',
    },
  },
  'bouquet-live-status': {
    title: 'Statuts documentés, appel nominal réussi',
    fix: "L'appel nominal (paramètres d'exemple, jeton valide) doit répondre 200 avec le type de contenu documenté ; tout statut renvoyé doit figurer dans les « responses » de l'opération.",
    messages: {
      nominalStatus: "L'appel nominal de « {operation} » (valeurs d'exemple de la spécification) répond {status} au lieu de 200.",
      undocumented: "« {operation} » répond {status} ({kind}), statut absent de ses « responses ».",
      contentType: "L'appel nominal de « {operation} » répond avec le type de contenu « {contentType} », qui n'est pas documenté pour le statut {status}.",
    },
  },
  'bouquet-live-schema': {
    title: 'Corps de réponse conforme au schéma documenté',
    fix: "Faites correspondre la réponse et le schéma documenté pour ce statut (types, propriétés obligatoires, motifs, formats) : le bouquet reconstruit sa réponse à partir de ce contrat.",
    messages: {
      invalid: 'La réponse {status} de « {operation} » ({kind}) ne respecte pas le schéma documenté : {detail}.',
      notJson: "La réponse {status} de « {operation} » ({kind}) n'est pas un JSON lisible.",
      tooLarge: 'La réponse {status} de « {operation} » ({kind}) dépasse 5 Mo une fois décompressée : la sonde l’a coupée.',
      'error.type': "« {at} » devrait être de type {expected}",
      'error.required': "la propriété obligatoire « {property} » manque dans « {at} »",
      'error.additional': "« {at} » contient la propriété non documentée « {property} »",
      'error.enum': "« {at} » ne fait pas partie des valeurs permises ({allowed})",
      'error.pattern': "« {at} » ne respecte pas le motif « {pattern} »",
      'error.format': "« {at} » n'est pas au format « {format} »",
      'error.other': "« {at} » ne respecte pas la contrainte « {keyword} »",
    },
  },
  'bouquet-live-headers': {
    title: 'En-têtes et type de contenu documentés présents',
    fix: "Renvoyez sur chaque réponse les en-têtes que la spécification documente pour ce statut (par exemple « RateLimit-Limit », « RateLimit-Remaining », « RateLimit-Reset », « X-Request-ID ») et le type de contenu documenté.",
    messages: {
      missing: "La réponse {status} de « {operation} » ({kind}) n'a pas les en-têtes documentés « {headers} ».",
      contentType: "La réponse {status} de « {operation} » ({kind}) a le type de contenu « {contentType} », qui n'est pas documenté.",
    },
  },
  'bouquet-live-leak': {
    title: "Pas de détail interne dans les erreurs",
    fix: "Renvoyez des erreurs génériques au format documenté ; gardez les traces, exceptions, requêtes SQL, chemins et noms d'hôtes internes dans vos journaux. Retirez les bannières de version (« X-Powered-By », « Server: Apache/2.4.x »).",
    messages: {
      stack: "La réponse {status} de « {operation} » contient une trace d'exécution (« {snippet} »).",
      exception: "La réponse {status} de « {operation} » nomme une classe d'exception (« {snippet} »).",
      sql: "La réponse {status} de « {operation} » contient du SQL ou une erreur de base de données (« {snippet} »).",
      path: "La réponse {status} de « {operation} » révèle un chemin de fichier du serveur (« {snippet} »).",
      host: "La réponse {status} de « {operation} » révèle un hôte ou une adresse interne (« {snippet} »).",
      banner: "La réponse {status} de « {operation} » affiche une bannière de logiciel serveur (« {snippet} »).",
      bannerHeader: "La réponse {status} de « {operation} » annonce son logiciel serveur dans l'en-tête « {header}: {value} ».",
    },
  },
  'bouquet-live-latency': {
    title: 'Temps de réponse',
    fix: "Le bouquet coupe l'appel au producteur après 10 s (erreur 504 pour l'usager) : chaque appel doit répondre bien avant, et 95 % des appels nominaux en moins d'1 s. Mettez en cache, indexez, ou déportez les traitements lents.",
    messages: {
      timeout: "« {operation} » n'a pas répondu complètement en {timeout} : au-delà de 10 s, le bouquet abandonne l'appel. Un appel coupé par --timeout compte comme trop lent.",
      overCutoff: "« {operation} » a répondu en {latency} ms, au-delà de la limite de {cutoff} ms du bouquet.",
      p95: "Le 95e centile des appels nominaux est de {p95} ms (objectif : {target} ms au plus) ; le plus lent : « {operation} » en {latency} ms.",
    },
  },
  'bouquet-live-5xx': {
    title: 'Aucune erreur 5xx',
    fix: "Aucun appel de la sonde ne doit provoquer d'erreur serveur : traitez les identifiants inconnus, mal formés et les jetons invalides avant d'interroger vos systèmes.",
    messages: {
      serverError: '« {operation} » répond {status} ({kind}).',
    },
  },
  'bouquet-live-unreachable': {
    title: 'Réponse complète à chaque appel',
    fix: "Chaque appel doit recevoir une réponse HTTP complète et lisible : une connexion coupée ou une réponse illisible devient une erreur 502 pour l'usager du bouquet.",
    messages: {
      reset: "La connexion a été coupée pendant « {operation} » ({detail}).",
      refused: "La connexion a été refusée pendant « {operation} » ({detail}).",
      tls: "La connexion TLS a échoué pendant « {operation} » ({detail}).",
      decode: "La réponse de « {operation} » est illisible : sa compression est invalide ({detail}).",
      other: "« {operation} » n'a pas obtenu de réponse exploitable ({detail}).",
    },
  },
  'bouquet-live-redirect': {
    title: 'Pas de redirection hors de l’API ni en boucle',
    fix: "Servez les routes documentées directement à l'URL documentée ; une redirection vers un autre hôte, en boucle ou en cascade n'est pas suivie par le bouquet.",
    messages: {
      'redirect-off-origin':
        "« {operation} » redirige vers une autre origine ({detail}) : la sonde ne la suit pas, pour ne jamais y envoyer le jeton.",
      'redirect-loop': "« {operation} » redirige en boucle (retour à « {detail} »).",
      'too-many-redirects': "« {operation} » enchaîne plus de {detail} redirections.",
    },
  },
};
