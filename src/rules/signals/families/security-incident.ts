/**
 * security_incident: an account, key or system has been, or is believed to
 * have been, compromised. Security FEATURES ("do you support 2FA?", "how do I
 * enable two-factor authentication") never match these families; questions
 * about incidents ("what happens if my API key leaks?") are cancelled by the
 * question and hypothetical rules. English here; German, Spanish and
 * French in security-incident-de-es-fr.ts.
 */
import { familiesOf, re, selfConfirmable, withFaultInTicket, words } from "../family.js";
import { SECURITY_INCIDENT_DE_ES_FR } from "./security-incident-de-es-fr.js";

const security = familiesOf("security_incident");

/** The secrets whose exposure is an incident in itself. */
const SECRET_EN = String.raw`(?:api[- ]?keys?|keys?|tokens?|credentials|passwords?|secrets?|private keys?|customer data|personal data|user data|data)`;

/** Words that make a leak or a wrong recipient an incident: something secret or sensitive went out. */
const SENSITIVE_EN = String.raw`\b(?:api[- ]?keys?|tokens?|credentials|passwords?|secrets?|private keys?|share links?|confidential|sensitive|private|personal|internal|customer (?:data|details|contact\w*|records)|pii)\b`;

/**
 * Sent to the wrong people in bulk: "we sent around 230 invoices to the
 * wrong clients". One mis-addressed invite is an ordinary mistake; a count
 * of two digits or more, or sensitive content, makes it a disclosure.
 */
const DISCLOSED_AT_SCALE_EN = String.raw`(?:${SENSITIVE_EN}|(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{2,}|hundreds|dozens|thousands)\s+(?:of\s+)?(?:[a-z]+\s+)?(?:invoices|e-?mails|messages|documents|records|files|reports|notifications|links|statements|contracts|quotes|letters))`;

/** Whose personal data a customer's form, view or export holds: their own customers, candidates, pupils, patients. */
const OTHER_PEOPLE_EN = String.raw`(?:candidates?|applicants?|students?|pupils?|patients?|clients?|customers?|users?|members?|employees?|people|respondents?|guests?|tenants?|parents?|volunteers?|donors?)`;
/** The personal data that makes it a disclosure rather than a layout bug. */
const PERSONAL_DATA_EN = String.raw`(?:data|details|salar(?:y|ies)|names?|answers?|responses?|submissions?|applications?|records?|notes?|addresses|phone numbers?|emails?|e-mail addresses|grades|invoices?|personal (?:data|details|information)|information|info|cvs?|files?)`;

/** People who are no longer entitled to access: "a former employee", "an ex-contractor". */
const FORMER_EN = String.raw`(?:former|ex-|departed|fired|terminated|dismissed)\s*(?:employees?|colleagues?|staff(?:\s+members?)?|contractors?|team\s+members?|admins?|freelancers?|interns?)`;

const SECURITY_INCIDENT_EN = [
  // "Hacked together a script" is craft, not an incident.
  // "Our claims SLA is breached", "the budget was breached": a limit overrun, not a break-in.
  security(
    "en",
    "hacked",
    re`\b(?:hacked(?!\s+(?:together|up\b|around|something))|hijacked|(?<!\b(?:slas?|deadlines?|limits?|thresholds?|targets?|quotas?|budgets?|kpis?|covenants?|terms)\s+(?:is\s+|are\s+|was\s+|were\s+|has been\s+|have been\s+|gets\s+|get\s+|got\s+|been\s+)?)breached|pwned|compromised|hackers?)\b`,
  ),
  security(
    "en",
    "unauthorized_access",
    re`\bunauthori[sz]ed\s+(?:access|logins?|log-?ins?|sign-?ins?|use|usage|activity|users?|persons?|party|parties|changes?|transfers?|payments?)\b|\bwithout\s+(?:my|our)\s+(?:permission|authori[sz]ation|consent)\b${words(3)}\s+(?:logged|accessed|changed|used)\b`,
  ),
  security(
    "en",
    "someone_got_in",
    re`\b(?:someone|somebody|a stranger|an attacker|an unknown (?:person|user|party))(?:\s+else)?\s+(?:has\s+|had\s+|have\s+)?(?:logged|signed|got|gotten|broke|broken)\s+in(?:to)?\b|\b(?:someone|somebody)(?:\s+else)?\s+(?:has\s+|had\s+)?(?:accessed|is accessing|is using|used|changed|took over|taken over|stole|stolen|reset)\s+(?:my|our)\b`,
  ),
  security(
    "en",
    "someone_is_in",
    re`\b(?:someone|somebody)(?:\s+else)?\s+(?:is|was|has been|might be|may be|could be)\s+(?:in|inside|using|accessing|logged into|logged in to|signed into)\s+(?:my|our)\b|\b(?:someone|somebody)(?:\s+else)?\s+(?:has\s+|had\s+)?(?:changed|reset|removed|added|transferred|disabled|turned off)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:owner\w*|admins?|administrators?|e-?mail(?: address)?|password|2fa|mfa|two-factor\w*|phone number|recovery \w+)\b`,
  ),
  // An owner, admin, device or IP nobody knows: "unknown admin in member list", "API calls from IP addresses we don't recognise".
  security(
    "en",
    "unknown_party",
    re`\b(?:unknown|unfamiliar|unrecogni[sz]ed|foreign)\s+(?:owners?|admins?|administrators?|super-?admins?|devices?|sessions?|ip(?: address)?(?:es|s)?)\b|\b(?:ip(?: address)?(?:es|s)?|devices?|locations?|countries|sessions?|logins?|browsers?)\s+(?:that\s+)?(?:we|i|none of us)\s+(?:don'?t|do not|didn'?t|did not|can'?t|cannot)\s+(?:know|recogni[sz]e)\b`,
  ),
  // "Someone from outside our organisation appears in our member list with admin rights."
  security(
    "en",
    "outsider_inside",
    re`\b(?:someone|somebody|a user|a person|an account|people|strangers?)\s+(?:from\s+)?outside\s+(?:of\s+)?(?:our|my|the)\s+(?:organi[sz]ation|org|company|team|domain)\b`,
    re`\b(?:admin\w*|owner\w*|appears?|appeared|showed up|shows up|popped up|logged in|has access)\b`,
  ),
  security(
    "en",
    "former_still_has_access",
    re`\b${FORMER_EN}\b${words(8)}\s+(?:still|can still|is still|are still|continues? to)\s+(?:has|have|had|access\w*|log\w*|sign\w*|us(?:e|es|ing))\b`,
  ),
  // Someone the customer removed, seen at work afterwards: "We removed Oliver on Friday. Today I see him in the
  // activity feed editing the 'Leads to CRM' flow".
  withFaultInTicket(
    security(
      "en",
      "removed_still_active",
      re`\b(?:see|saw|seeing|seen|shows?|showed|showing)\s+(?:him|her|them)\s+(?:in\s+the\s+(?:activity|audit)\s+(?:feed|log|trail)\s+)?(?:editing|logged in|signed in|logging in|signing in|making changes|changing|deleting|exporting)\b|\b(?:he|she|they)\s+(?:is|was|are|were|has been|have been)\s+still\s+(?:editing|logged in|signed in|logging in|signing in|making changes|changing|deleting|exporting)\b`,
    ),
    re`\b(?:removed|offboarded|deactivated|disabled|revoked|kicked\s+(?:him|her|them)\s+out|let\s+(?:him|her|them)\s+go|fired|left\s+(?:the\s+company|us))\b`,
  ),
  // A role that does not hold: "a foreman could open the payroll table although he has no access to it". The fault is
  // the pattern, so that a ticket that only says someone "can see" something names no incident (subject.ts).
  withFaultInTicket(
    security(
      "en",
      "permission_not_enforced",
      re`\b(?:(?:has|have|had) no (?:access|rights?|permission)|(?:doesn'?t|does not|didn'?t|did not) have (?:access|rights?|permission)|should(?:n'?t| not) (?:be able to|have access))\b`,
    ),
    re`\b(?:can|could|was able to|is able to|managed to)\s+(?:still\s+)?(?:open|see|view|edit|delete|download|export)\b`,
  ),
  // A password given away to a fake message: "a driver clicked the link and entered his password", with the message
  // called fake or odd somewhere in the ticket.
  withFaultInTicket(
    security(
      "en",
      "credentials_phished",
      re`\b(?:entered|typed|put in|gave|submitted|filled in)\s+(?:his|her|their|my|our)\s+(?:password|credentials|login(?: details)?|log-?in details)\b`,
    ),
    re`\b(?:fake|phishing|suspicious|strange|weird|odd|fraudulent|spoofed|not from (?:you|lumaflow))\b`,
  ),
  // Secrets or internal links made public: "pushed our API token to a public GitHub repository", "share link posted on a public forum".
  security(
    "en",
    "made_public",
    re`\b(?:pushed|committed|posted|published|pasted|uploaded|leaked|shared|exposed|found|visible|accessible|indexed)\b${words(6)}\s+(?:to|on|in|into|at)\s+(?:a\s+|the\s+)?(?:public(?:ly)?|open)\s+(?:[a-z]+\s+)?(?:repo\w*|forum|github|gitlab|website|site|pages?|channel|pastebin|gist|bucket|internet|web|slack|discord|group|post)\b`,
    re`${SENSITIVE_EN}`,
  ),
  security(
    "en",
    "sent_to_wrong_people",
    re`\b(?:sent|emailed|mailed|delivered|shared|exposed|shown|forwarded|leaked)\b${words(8)}\s+to\s+(?:the\s+|an?\s+)?(?:wrong|external|outside|unknown|unauthori[sz]ed)\s+(?:[a-z-]+\s+)?(?:clients?|customers?|recipients?|people|persons?|users?|e-?mail addresse?s?|addresse?s?|parties|party|tenants?|accounts?|companies|company)\b`,
    re`${DISCLOSED_AT_SCALE_EN}`,
  ),
  // One customer's data in front of another: "two of our clients have now seen each other's comments".
  security(
    "en",
    "cross_customer_exposure",
    re`\b(?:clients|customers|tenants|companies|organi[sz]ations)\b${words(4)}\s+(?:seen|saw|see|view(?:ed)?|access(?:ed)?|read)\s+(?:each other's|one another's)\b|\b(?:see|seen|saw|seeing|view|viewed|viewing|access|accessed|accessing|got|get|getting|received|receive|returned|returns|returning|shows|showed|showing|listed|lists)\s+(?:a\s+list\s+of\s+)?(?:another|other|a different)\s+(?:customer|client|company|tenant|organi[sz]ation|workspace|account)(?:'s|s'|s)?\s+(?:[a-z]+\s+)?(?:data|comments|messages|files|documents|invoices|records|tasks|projects|details|information|boards|emails|contacts|flows|workflows|connectors|connections|runs|workspaces|api keys|keys|tables|forms)\b`,
  ),
  // Other people's personal data in front of someone who should not see it: "a candidate could see a list with other
  // candidates' salaries", "the public form shows the previous applicants", "the export has notes about other clients".
  // What the customer saw may be their own preview ("I was still logged in as an editor"): a retraction takes it back.
  selfConfirmable(
    withFaultInTicket(
      security(
        "en",
        "others_personal_data_shown",
        re`\b(?:see|seen|saw|seeing|view|viewed|viewing|read|access|accessed|open|opened|download|downloaded|shows?|showed|showing|shown|lists?|listed|listing|displays?|displayed|contains?|contained|includes?|included|has|had|with|mention|mentions|mentioned)\s+(?:a\s+list\s+(?:of|with)\s+|the\s+(?:list\s+of\s+)?|all\s+(?:the\s+)?)?(?:other|another|the\s+other|previous|earlier|past)\s+(?:${OTHER_PEOPLE_EN})(?:'s|s'|')?(?:\s+(?:${PERSONAL_DATA_EN}))?\b|\b(?:${PERSONAL_DATA_EN})\s+(?:of|about|from|for)\s+(?:an?\s+)?other\s+(?:${OTHER_PEOPLE_EN})\b|\b(?:${PERSONAL_DATA_EN})\s+(?:are|is)\s+(?:now\s+)?(?:visible|shown|accessible|available)\s+to\s+(?:the\s+other|another|other|the\s+wrong|people who|everyone|anyone|all)\b`,
      ),
      re`\b(?:(?:a|an|one of (?:our|the)|our)\s+(?:${OTHER_PEOPLE_EN})\s+(?:told|showed|sent|says|said|could|can|saw|sees|reported)|private window|incognito|public|without (?:logging|signing) in|sent (?:it|them|this) to|shared (?:it|them|this) with|(?:could|can)\s+(?:see|read|access|open)|lets anyone|anyone can|(?:are|is)\s+(?:now\s+)?(?:visible|shown|accessible)|shows?\s+(?:up\s+)?(?:below|under|above|underneath))\b`,
    ),
  ),
  // An admin or owner nobody here put there: "who is 'support-verify@gmx.net'?? it's listed as an admin since yesterday".
  withFaultInTicket(
    security(
      "en",
      "unrecognised_admin",
      re`(?:\b(?:is|was|got|been|are|were)|'s)\s+(?:now\s+)?(?:listed|added|shown|showing|appearing|set up|made)\s+as\s+(?:an?\s+|the\s+)?(?:admin|administrator|owner)s?\b`,
    ),
    re`\b(?:who is|who's|who are|don'?t (?:know|recogni[sz]e)|do not (?:know|recogni[sz]e)|never (?:heard of|seen)|didn'?t add|did not add|nobody (?:here )?(?:added|knows)|none of us (?:added|knows?|created))\b`,
  ),
  // Alerts the customer may have caused themselves: a "that was me" in the ticket takes these back.
  selfConfirmable(
    security(
      "en",
      "login_alert_from",
      re`\b(?:got|received|receiving|getting|seeing|saw|had|see)\s+(?:[a-z']+\s+){0,2}?(?:login|log-?in|sign-?in|security)\s+(?:alerts?|warnings?|notifications?|e-?mails?|attempts?)\s+from\b|\b(?:logins?|log-?ins?|sign-?ins?|sessions?)\s+from\s+(?:another|a different|other|several|multiple)\s+(?:countr(?:y|ies)|locations?|continents?|cities)\b`,
    ),
  ),
  selfConfirmable(
    security(
      "en",
      "suspicious_login",
      re`\b(?:logins?|log-?ins?|sign-?ins?|access|activity|sessions?)\s+from\s+(?:an?\s+)?(?:unknown|unrecognized|unrecognised|strange|suspicious|foreign|unfamiliar)\b|\bsuspicious\s+(?:activity|logins?|log-?ins?|sign-?ins?|access|transactions?|sessions?)\b`,
    ),
  ),

  security(
    "en",
    "breach",
    re`\b(?:data|security)\s+breach(?:es)?\b|\bbreach\s+of\s+(?:my|our|the|customer|user|personal)\s+(?:\w+\s+)?data\b|\bdata\s+leak(?:age|s)?\b`,
  ),
  security(
    "en",
    "leaked_secret",
    re`\b${SECRET_EN}\b${words(2)}(?:\s+(?:was|were|has been|have been|got|gets|is|are))?\s+(?:leaked|exposed|stolen|compromised|published)\b|\b(?:leaked|exposed|stolen|compromised)${words(3)}\s+${SECRET_EN}\b`,
  ),
  security(
    "en",
    "attack",
    re`\b(?:phishing|malware|ransomware|keylogger|ddos|dos attack|cyber-?attack|brute[- ]force attack|account takeover|identity theft|under attack)\b`,
  ),
];

export const SECURITY_INCIDENT_FAMILIES = [...SECURITY_INCIDENT_EN, ...SECURITY_INCIDENT_DE_ES_FR];
