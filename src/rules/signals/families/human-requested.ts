/**
 * human_requested: the customer asks for a person instead of the bot or
 * the standard channel. Mentions of people that are not requests ("can
 * someone from your technical team help clarify…") stay out: a family needs
 * a verb of speaking/connecting to a person, or an explicit rejection of
 * the bot.
 */
import { familiesOf, re, withFaultInTicket, words } from "../family.js";

const human = familiesOf("human_requested");

const PERSON_EN = String.raw`(?:(?:a|an|some|your|the)\s+)?(?:real\s+|actual\s+|live\s+|human\s+)?(?:human(?: being)?s?|person|manager|supervisor|agent|representative|rep|operator|someone|somebody|anyone|employee|customer\s+(?:service|support|care)|support\s+(?:team|staff|desk))`;

/** A department is its people: "transfer me to billing", "put me through to your sales team". */
const DEPARTMENT_EN = String.raw`(?:(?:the|your)\s+)?(?:billing|sales|accounts?|finance|security|tech(?:nical)?\s+support|support|customer\s+success)(?:\s+(?:dept|department|team|people|desk))?`;

export const HUMAN_REQUESTED_FAMILIES = [
  // "…a human being. Can I please talk to one?": "one" stands for the person the ticket has just named.
  withFaultInTicket(
    human("en", "talk_to_one", re`\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+one\b`),
    re`\b(?:a\s+)?(?:human(?:\s+being)?|real\s+person|actual\s+person|live\s+agent|person)\s*[.!?]`,
  ),
  human("en", "speak_to_human", re`\b(?:speak|talk|chat)\s+(?:to|with)\s+${PERSON_EN}\b`),
  // Who to turn to about what just happened: "who do I even talk to about this", « à qui dois-je m'adresser à ce sujet ? ».
  // Only pointing back at the matter ("even", "about this", "damit", "de esto", « pour ça »): "We'd like custom payment
  // terms. Who should we talk to?" asks for a department, and the terms are the need.
  human(
    "en",
    "who_do_i_talk_to",
    re`\bwho\s+(?:can|do|should|could|am)\s+(?:i|we)\s+(?:supposed\s+to\s+)?(?:(?:even|actually)\s+(?:talk|speak|write)\s+(?:to|with)(?:\s+about\s+(?:this|that|it))?|(?:talk|speak|write)\s+(?:to|with)\s+about\s+(?:this|that|it))\s*[?!.]*\s*$`,
  ),
  human(
    "de",
    "an_wen_wenden",
    re`\ban\s+wen\s+(?:kann|soll|muss)\s+(?:ich|man)\s+(?:mich|sich|uns)\s+(?:damit|deswegen|diesbezuglich|deshalb)\s+(?:\w+\s+)?(?:wenden|richten)\s*[?!.]*\s*$|\bmit\s+wem\s+(?:kann|soll)\s+(?:ich|man)\s+(?:daruber|darueber|deswegen)\s+sprechen\s*[?!.]*\s*$`,
  ),
  human(
    "es",
    "con_quien_hablo",
    re`\bcon\s+quien\s+(?:puedo|podemos|debo|tengo\s+que|hay\s+que)\s+hablar\s+(?:de|sobre)\s+(?:esto|eso)\s*[?!.]*\s*$|\ba\s+quien\s+(?:me|nos)\s+(?:dirijo|dirigimos|tengo\s+que\s+dirigir)\s+(?:con|para)\s+(?:esto|eso)\s*[?!.]*\s*$`,
  ),
  human(
    "fr",
    "a_qui_m_adresser",
    re`\ba\s+qui\s+(?:dois-je|puis-je|je\s+peux|je\s+dois|faut-il|on\s+peut)\s+(?:m'|s'|nous\s+)?(?:adresser|parler|ecrire)\s+(?:pour\s+(?:ca|cela)|a\s+ce\s+sujet)\s*[?!.]*\s*$`,
  ),
  human(
    "en",
    "connect_me",
    re`\b(?:get|give|connect|transfer|put|escalate|forward|pass)\s+(?:me|this|us)\s+(?:to|through to|with)\s+(?:${PERSON_EN}|${DEPARTMENT_EN}(?!\s+(?:page|tab|screen|section|settings|portal|form|menu)\b))\b|\bget\s+me\s+${PERSON_EN}\b`,
  ),
  human(
    "en",
    "want_a_human",
    // Chat drops the article ("need human", "want real person"); "need human review/approval" is a flow step, not a request.
    re`\b(?:want|need|demand|request|require|prefer|involve|get)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|live\s+)?(?:human(?: being)?|person|human agent)\b(?!\s+(?:review|reviewer|approval|approver|oversight|in the loop|step|input|check|sign-?off)\b)|\b(?:human|person|agent|representative|operator)\s*,?\s+please\b`,
  ),
  human(
    "en",
    "no_bot",
    re`\b(?:don'?t|do not|no more|stop)\s+(?:want\s+)?(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:sending\s+me\s+)?(?:a|the|your|this)?\s*(?:bot|chatbot|robot|automated (?:responses?|replies|answers)|canned (?:responses?|replies|answers))\b|\bare you (?:a bot|a robot|human)\b`,
  ),

  // "Please escalate.", "escalate this asap", "I'd like my case escalated": asking for someone above the answer given.
  // "Please escalate this to whoever can answer it: can we …?" wants an answer, which the bot may give.
  human(
    "en",
    "escalate_this",
    re`\b(?:please|pls|plz|kindly)\s+escalate(?:\s+(?:this|it|my (?:ticket|case|issue|request)|the (?:ticket|case|issue)))?(?!\s+to\s+(?:whoever|someone|somebody|anyone|the (?:right|relevant) (?:person|team))\s+(?:who\s+)?(?:can|could|knows? how to)\s+(?:answer|clarify|explain)\b)(?=\s*(?:[.!,;:]|$|\s+(?:to|now|asap|urgently|immediately|further)\b))|\bescalate\s+(?:this|it|my (?:ticket|case))\s+(?:please|pls|asap|now|urgently)\b|\b(?:i|we)(?:'d| would)?\s+(?:like|want|need)\s+(?:this|it|my (?:ticket|case|issue)|our (?:ticket|case|issue))\s+escalated\b`,
  ),
  human(
    "de",
    "bitte_eskalieren",
    re`\bbitte\s+(?:\w+\s+)?eskalieren\b|\beskalieren\s+sie\s+(?:das|dies|den fall|mein(?:en)? (?:fall|ticket|anliegen))\b|\b(?:mochte|mochten|will|wollen)\s+(?:das|dies|den fall|mein(?:en)? (?:fall|ticket))\s+eskalieren\b`,
  ),
  human(
    "es",
    "escalar_esto",
    re`\bpor\s+favor,?\s+escal(?:en|e|ad|enlo|elo)\b|\bescalenlo\b|\b(?:quiero|quisiera|necesito)\s+(?:que\s+)?escal(?:ar|en)\s+(?:esto|el caso|mi caso|el ticket|la incidencia)\b`,
  ),
  // "Put us in touch with your sales team", « mettez-nous en relation avec votre service commercial »: one of ours, not
  // "un partenaire intégrateur".
  human(
    "en",
    "put_in_touch",
    re`\bput\s+(?:me|us)\s+in\s+touch\s+with\s+(?:your|one of your|(?:someone|somebody)\s+(?:from|at|on|in)\s+your|a\s+(?:real\s+)?(?:person|human)|an?\s+(?:account manager|sales (?:rep|person|engineer)|solutions? engineer))\b`,
  ),
  human(
    "de",
    "in_kontakt_bringen",
    re`\b(?:bringen|verbinden)\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?(?:mit|in kontakt mit)\s+(?:ihre[mnrs]?|jemandem\s+(?:aus|von)\s+ihre\w*|einem\s+(?:mitarbeiter|menschen|ansprechpartner)|einer\s+mitarbeiterin)\b`,
  ),
  human(
    "es",
    "poner_en_contacto",
    re`\b(?:poner(?:me|nos)|pong(?:a|an)(?:me|nos)|poned(?:me|nos))\s+en\s+contacto\s+con\s+(?:su|sus|vuestr\w+|alguien\s+de\s+(?:su|vuestr\w+)|una\s+persona|un\s+humano|un\s+comercial|un\s+responsable)\b`,
  ),
  human(
    "fr",
    "mettre_en_relation",
    re`\b(?:(?:mettre|mettez)[- ](?:nous|moi)|(?:nous|me)\s+mettre)\s+en\s+(?:relation|contact)\s+avec\s+(?:votre|vos|un de vos|une de vos|quelqu'un de (?:votre|chez vous)|un commercial|un conseiller|un responsable|une personne|un humain)\b`,
  ),
  human(
    "fr",
    "escalader",
    re`\b(?:merci\s+d'|veuillez\s+|pouvez-vous\s+)escalader\b|\bescaladez\b|\b(?:je|nous)\s+(?:veux|voudrais|souhaite|souhaitons|voulons)\s+(?:que\s+)?(?:escalader|(?:ce|le|mon|notre) (?:ticket|dossier|cas)\s+soit\s+escalade)`,
  ),
  human(
    "de",
    "mit_mensch_sprechen",
    re`\bmit\s+(?:jemandem|(?:einem|einer|ihrem|ihrer|eurem|eurer|dem|der)\s+(?:echten\s+|richtigen\s+|realen\s+|menschlichen\s+|zustae?ndigen\s+)?(?:menschen|person|mitarbeiter(?:in)?|sachbearbeiter(?:in)?|vorgesetzten|manager(?:in)?|ansprechpartner(?:in)?|verantwortlichen|teamleiter(?:in)?|support-?mitarbeiter(?:in)?|berater(?:in)?))\b${words(3)}\s+(?:sprechen|reden|telefonieren|chatten|verbunden werden|verbinden)\b`,
  ),
  human(
    "de",
    "echter_mensch",
    re`\b(?:einen?|einem|einer)\s+(?:echten|richtigen|realen)\s+(?:menschen|person|mitarbeiter(?:in)?)\b|\b(?:mensch|menschen|mitarbeiter)\s*,?\s+bitte\b|\bverbinde[nt]?\s+(?:sie\s+)?mich\s+(?:bitte\s+)?mit\b`,
  ),
  human(
    "de",
    "kein_bot",
    re`\bkein(?:en|em)?\s+(?:bot|chatbot|roboter|ki|automatische\w*\s+antwort\w*)\b(?:\s+mehr)?|\bnicht\s+mit\s+(?:einem|dem)\s+(?:bot|chatbot|roboter)\b`,
  ),

  human(
    "es",
    "hablar_con_persona",
    re`\b(?:hablar|comunicarme|comunicarnos|conversar|chatear)\s+con\s+(?:alguien|(?:una|un|algun|alguna|el|la|su)\s+(?:persona(?:\s+real)?|humano|ser humano|agente|representante|supervisor(?:a)?|gerente|encargad[oa]|responsable|operador(?:a)?|asesor(?:a)?))\b`,
  ),
  human(
    "es",
    "persona_real",
    re`\b(?:una|un)\s+(?:persona|humano)\s+(?:real|de verdad)\b|\b(?:pasame|paseme|comuniqueme|transfierame|transfiereme)\s+con\b|\bno\s+(?:quiero\s+)?(?:hablar\s+con\s+)?(?:un|el)\s+(?:bot|robot|chatbot)\b`,
  ),

  human(
    "fr",
    "parler_humain",
    re`\b(?:parler|discuter|echanger)\s+(?:a|avec)\s+(?:quelqu'un|(?:un|une|le|la|votre)\s+(?:vrai(?:e)?\s+)?(?:humain|personne|etre humain|agent|conseill(?:er|ere)|responsable|superviseur|manager|operat(?:eur|rice)|interlocut(?:eur|rice)))\b`,
  ),
  human(
    "fr",
    "vrai_humain",
    re`\b(?:un|une)\s+(?:vrai(?:e)?\s+)?(?:etre\s+humain|humain|personne)\s+(?:reelle|physique|svp|s'il vous plait)\b|\bun\s+vrai\s+humain\b|\bmettez-moi\s+en\s+relation\b|\bpas\s+(?:un|de|avec\s+un)\s+(?:bot|robot|chatbot)\b`,
  ),
];
