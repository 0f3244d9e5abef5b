import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-json-responses': {
    title: 'Réponses en JSON',
    fix: "Servez les réponses en `application/json` (sans autre paramètre qu'un `charset=utf-8` valide), les erreurs éventuellement en `application/problem+json`, et un document soit en `application/pdf`, soit par une URL accompagnée de sa durée de validité :\n```yaml\ncontent:\n  application/json:\n    schema:\n      type: object\n      properties:\n        document_url:\n          type: string\n          format: uri\n        expires_in:\n          type: integer\n          description: Secondes avant l'expiration de l'URL\n```",
    messages: {
      notJson: "La réponse {status} de {operation} est déclarée en « {mediaType} » : les données sont servies en « application/json » (ou un document en « application/pdf »).",
      noContent: "La réponse 200 de {operation} ne documente aucun contenu : décrivez le corps renvoyé (« application/json » et son schéma, ou « application/pdf » pour un document).",
      badParameter: "Le type « {mediaType} » de la réponse {status} de {operation} porte un paramètre inconnu « {param} » : seul « charset=utf-8 » est admis (faute de frappe ?).",
      badCharset: "Le type « {mediaType} » de la réponse {status} de {operation} déclare le jeu de caractères « {charset} » : le JSON s'échange en UTF-8.",
      embeddedDocument: "La propriété « {name} » transporte un fichier encodé dans le JSON : servez le document en « application/pdf », ou donnez son URL (« document_url ») et sa durée de validité (« expires_in »).",
    },
  },
  'bouquet-json-vendor-type': {
    title: 'Type de média JSON standard',
    fix: "Préférez `application/json` à un type propriétaire ; la version de l'API se lit dans le chemin (`/v1/`) :\n```yaml\ncontent:\n  application/json:\n    schema:\n      $ref: '#/components/schemas/Reponse'\n```",
    messages: {
      vendorType: "La réponse {status} de {operation} est déclarée en « {mediaType} », un type propriétaire : préférez « application/json ».",
    },
  },
  'bouquet-casing-consistent': {
    title: 'Une seule casse par API',
    fix: "Écrivez toutes les clés de réponse dans une seule casse (snake_case de préférence, comme les bouquets), et de même tous les paramètres de requête :\n```yaml\nproperties:\n  date_naissance:\n    type: string\n    format: date\n  code_postal:\n    type: string\n```",
    messages: {
      keys: "Ces clés ne suivent pas la casse de l'API ({casing}) : {names}.",
      query: "Le paramètre de requête « {name} » ne suit pas la casse des autres paramètres de l'API ({casing}).",
    },
  },
  'bouquet-casing-snake': {
    title: 'Clés en snake_case',
    fix: "Nommez les clés de réponse en snake_case, le choix des bouquets en v3, et n'utilisez pas le kebab-case (ni pour les clés, ni pour les paramètres de requête) :\n```yaml\nproperties:\n  info_scolarite:\n    type: object\n  date_naissance:\n    type: string\n    format: date\n```",
    messages: {
      kebabKeys: "Ces clés sont en kebab-case, difficile à manipuler dans la plupart des langages : {names} ; écrivez-les en snake_case.",
      notSnakeKeys: "Ces clés ne sont pas en snake_case (le choix des bouquets) : {names}.",
      kebabParam: "Le paramètre de requête « {name} » est en kebab-case : écrivez-le en snake_case ou en camelCase.",
    },
  },
  'bouquet-success-object': {
    title: 'Réponse objet plutôt que tableau',
    fix: "Renvoyez un objet qui contient la liste, pour garder la place de métadonnées :\n```yaml\nschema:\n  type: object\n  required: [data]\n  properties:\n    data:\n      type: array\n      items:\n        $ref: '#/components/schemas/Element'\n    meta:\n      type: object\n```",
    messages: {
      bareArray: "La réponse {status} de {operation} est un tableau nu : enveloppez-le dans un objet, pour laisser la place aux métadonnées.",
    },
  },
  'bouquet-closed-objects': {
    title: 'Objets de réponse fermés',
    fix: "Listez les clés toujours présentes dans `required` (une valeur inconnue vaut `null`, déclarée `nullable`) et interdisez les clés non documentées :\n```yaml\ntype: object\nadditionalProperties: false\nrequired: [siren, date_creation]\nproperties:\n  siren:\n    type: string\n  date_creation:\n    type: string\n    format: date\n    nullable: true\n```",
    messages: {
      both: "L'objet « {schema} » ne liste pas ses clés requises (« required ») et accepte des clés non documentées (pas de « additionalProperties: false »).",
      noRequired: "L'objet « {schema} » ne liste pas ses clés requises (« required ») : le client ne sait pas sur quelles clés compter.",
      open: "L'objet « {schema} » accepte des clés non documentées : ajoutez « additionalProperties: false ».",
    },
  },
  'bouquet-success-envelope': {
    title: 'Enveloppe { data, links, meta }',
    fix: "Enveloppez les réponses comme les bouquets, les trois membres étant requis (et chaque élément d'une collection enveloppé de même) :\n```yaml\ntype: object\nrequired: [data, links, meta]\nproperties:\n  data:\n    $ref: '#/components/schemas/UniteLegale'\n  links:\n    type: object\n  meta:\n    type: object\n```",
    messages: {
      noEnvelope: "La réponse {status} de {operation} n'utilise pas l'enveloppe des bouquets { data, links, meta }.",
      missingMembers: "L'enveloppe de la réponse {status} de {operation} n'a pas ces membres, ou ne les rend pas requis : {members}.",
      collectionItems: "Les éléments de la collection renvoyée par {operation} ne sont pas enveloppés comme la réponse ({ data, links, meta }).",
    },
  },
  'bouquet-lookup-get': {
    title: 'Consultation en GET',
    fix: "Exposez une consultation en `GET`, les critères en paramètres de chemin ou de requête :\n```yaml\n/unites_legales/{siren}:\n  get:\n    parameters:\n      - name: siren\n        in: path\n        required: true\n        schema:\n          type: string\n          pattern: '^\\d{9}$'\n```",
    messages: {
      postLookup: "L'opération {operation} est une consultation exposée en POST, sans donnée personnelle dans son corps : une consultation se fait en GET.",
    },
  },
  'bouquet-lookup-post-personal': {
    title: 'Consultation en POST (données personnelles)',
    fix: "Une consultation en `POST` est admise quand son corps porte des données personnelles (elles restent ainsi hors des URL et des journaux) ; documentez-le dans la description de l'opération :\n```yaml\npost:\n  summary: Statut d'un particulier\n  description: Consultation en POST pour que l'identité ne figure pas dans l'URL.\n```",
    messages: {
      postPersonal: "L'opération {operation} est une consultation en POST dont le corps porte des données personnelles : c'est admis, pour les garder hors des URL.",
    },
  },
  'bouquet-particulier-names': {
    title: 'Noms des statuts et des périodes de droits',
    fix: "Préfixez les booléens de statut par `est_`, et nommez les bornes d'une période de droits `date_debut_droit` et `date_fin_droit`, comme API Particulier :\n```yaml\nproperties:\n  est_beneficiaire:\n    type: boolean\n  date_debut_droit:\n    type: string\n    format: date\n    nullable: true\n  date_fin_droit:\n    type: string\n    format: date\n    nullable: true\n```",
    messages: {
      booleanPrefix: "Le booléen « {name} » n'est pas préfixé par « est_ » (par exemple « {expected} »), comme les statuts d'API Particulier.",
      rightsPeriod: "La date « {name} » borne une période de droits : nommez-la « {expected} », comme dans API Particulier.",
    },
  },
};
