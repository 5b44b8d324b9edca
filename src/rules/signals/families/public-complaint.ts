/**
 * public_complaint: the customer threatens to take the complaint public —
 * reviews, social media, the press. Being FOUND on Twitter or giving five
 * stars on Trustpilot is not a complaint, so a platform only counts after a
 * verb of posting or with a negative review word.
 */
import { familiesOf, re, withFaultInTicket, words } from "../family.js";

const publicComplaint = familiesOf("public_complaint");

const PLATFORM_EN = String.raw`(?:twitter|x|linkedin|reddit|facebook|instagram|tiktok|youtube|social media|socials|trustpilot|g2|capterra|hacker news|the internet|my blog|our blog|glassdoor|yelp|google reviews|app store|play store)`;

export const PUBLIC_COMPLAINT_FAMILIES = [
  publicComplaint(
    "en",
    "negative_review",
    re`\b(?:negative|bad|terrible|scathing|horrible|1-star|one-star|1 star|one star|poor)\s+(?:reviews?|ratings?|feedback\s+(?:on|online|publicly))\b`,
  ),
  publicComplaint(
    "en",
    "post_publicly",
    re`\b(?:post|posting|tweet|tweeting|leave|leaving|write|writing|share|sharing|blog|blogging|complain|complaining|publish|publishing|talk|talking|tell|telling|rant|ranting|shout|shouting)\b${words(3)}\s+(?:publicly|in public|online|on\s+${PLATFORM_EN})\b`,
  ),
  // Already done: "I've already posted about it on LinkedIn". Past tense needs "about": "we posted the job on LinkedIn" is no complaint.
  publicComplaint(
    "en",
    "posted_about_it",
    re`\b(?:posted|tweeted|wrote|written|blogged|complained|ranted|published|shared\s+(?:my|our)\s+(?:experience|frustration|story))\s+(?:[a-z]+\s+){0,2}?about\s+(?:it|this|that|you|your\s+[a-z]+|the\s+[a-z]+)\b${words(3)}\s+(?:publicly|in public|online|on\s+${PLATFORM_EN})\b`,
  ),
  // The post is already up, named as a noun: "my LinkedIn post from Tuesday about the report builder".
  // Only a post about something wrong: "my LinkedIn post about our new integration got great feedback" praises.
  withFaultInTicket(
    publicComplaint("en", "my_public_post", re`\b(?:my|our)\s+${PLATFORM_EN}\s+(?:post|thread|review|tweet|video|article|rant)\b${words(3)}\s+about\b`),
    re`\b(?:losing|lost|loses|broken|breaks|bug|bugs|issues?|problems?|complain\w*|frustrat\w*|terrible|awful|fail\w*|same thing|(?:does|did)\s*n[o']?t work|not working|wrong)\b`,
  ),
  // Warning others off: "I'm telling every founder I know to avoid you".
  publicComplaint(
    "en",
    "warn_others_off",
    re`\b(?:tell|telling|told|warn|warning|warned|advise|advising|advised|urge|urging)\b${words(5)}\s+(?:to\s+)?(?:avoid|stay away from|steer clear of|never use|not use|not to use|never to use)\s+(?:you|your\s+[a-z]+|this\s+(?:company|product|tool|app|service|platform))\b`,
  ),
  publicComplaint(
    "en",
    "tell_everyone",
    re`\b(?:tell|telling|warn|warning)\s+(?:everyone|everybody|all my (?:friends|followers|contacts|network)|others|other (?:users|customers|companies|businesses)|the world|my (?:followers|network))\b|\bgo(?:ing)?\s+public\b|\b(?:contact|contacting|call|calling|tell|talk to|go to)\s+the\s+(?:press|media|news|journalists)\b`,
  ),

  publicComplaint("de", "negative_bewertung", re`\b(?:negative|schlechte|vernichtende|miese)[nr]?\s+(?:bewertung|bewertungen|rezension|rezensionen|kritik)\b`),
  publicComplaint(
    "de",
    "oeffentlich_posten",
    re`\b(?:auf|bei|in)\s+(?:twitter|x|linkedin|reddit|facebook|instagram|tiktok|youtube|trustpilot|social media|den sozialen medien|meinem blog)\b${words(3)}\s+(?:posten|schreiben|berichten|veroe?ffentlichen|teilen|melden|bewerten|beschweren)\b|\boe?ffentlich\s+machen\b|\bpublik\s+machen\b`,
  ),
  // Past tense needs "darüber"/"über euch" (or a complaint verb): "euren Beitrag auf LinkedIn geteilt" is praise.
  publicComplaint(
    "de",
    "schon_gepostet",
    re`\b(?:auf|bei|in)\s+(?:twitter|x|linkedin|reddit|facebook|instagram|tiktok|youtube|trustpilot|social media|den sozialen medien|meinem blog)\b${words(3)}\s+(?:(?:daru?e?ber|ue?ber\s+(?:euch|sie|ihr\w*|eur\w*|das|diese[nms]?\s+\w+))\s+(?:gepostet|geschrieben|berichtet)|beschwert)\b|\b(?:abraten|abgeraten|warne|warnen)\b${words(4)}\s+(?:vor\s+(?:ihnen|euch|ihrem|eurem)|davon\s+ab)\b`,
  ),
  publicComplaint(
    "de",
    "alle_warnen",
    re`\b(?:alle|andere|jeden)\s+(?:kunden\s+|nutzer\s+)?(?:warnen|wissen lassen)\b|\b(?:allen|jedem)\s+(?:erzae?hlen|davon erzae?hlen|berichten)\b|\b(?:die\s+)?presse\s+(?:informieren|einschalten|kontaktieren)\b|\ban\s+die\s+presse\b`,
  ),

  publicComplaint(
    "es",
    "resena_negativa",
    re`\b(?:resenas?|opinion(?:es)?|valoracion(?:es)?|calificacion(?:es)?|critica)\s+(?:negativas?|malas?|pesimas?)\b|\b(?:mala|pesima)s?\s+(?:resenas?|opinion(?:es)?|valoracion(?:es)?)\b`,
  ),
  publicComplaint(
    "es",
    "publicar",
    re`\b(?:publicar(?:lo)?|publicare|publicaremos|contar(?:lo)?|escribir|quejarme|quejarnos|compartir(?:lo)?)\b${words(3)}\s+(?:en\s+(?:twitter|x|linkedin|reddit|facebook|instagram|tiktok|youtube|trustpilot|redes sociales|las redes|internet|mi blog)|publicamente)\b|\bhacer(?:lo)?\s+publico\b`,
  ),
  publicComplaint(
    "es",
    "contar_a_todos",
    re`\b(?:contar(?:selo)?|decir(?:selo)?|avisar)\s+a\s+(?:todos|todo el mundo|otros clientes|mis contactos)\b|\b(?:a\s+la|contactar\s+a\s+la|acudir\s+a\s+la)\s+prensa\b`,
  ),

  publicComplaint("fr", "avis_negatif", re`\b(?:avis|commentaires?|critiques?|notes?)\s+(?:negatifs?|negatives?|desastreux|desastreuses)\b|\bmauvais\s+avis\b`),
  publicComplaint(
    "fr",
    "publier",
    re`\b(?:publier|publierai|poster|posterai|ecrire|ecrirai|partager|partagerai|raconter|raconterai|denoncer)\b${words(3)}\s+(?:sur\s+(?:twitter|x|linkedin|reddit|facebook|instagram|tiktok|youtube|trustpilot|les reseaux sociaux|internet|mon blog)|publiquement)\b|\brendre\s+(?:cela\s+|ca\s+)?public\b`,
  ),
  publicComplaint(
    "fr",
    "dire_a_tous",
    re`\b(?:le dire|dire|raconter|prevenir)\s+a\s+(?:tout le monde|tous|mes contacts|d'autres clients)\b|\b(?:contacter|alerter|prevenir)\s+(?:la\s+presse|les\s+medias|les\s+journalistes)\b`,
  ),
];
