/**
 * security_related and outage_related, beyond what they inherit from the
 * security_incident and outage signals (see ../report.ts): a reported
 * vulnerability is security-related without being an incident yet, and a
 * degraded service is outage-related without being down.
 */
import { familiesOf, re } from "../family.js";

const securityRelated = familiesOf("security_related");
const outageRelated = familiesOf("outage_related");

export const SECURITY_RELATED_FAMILIES = [
  securityRelated(
    "en",
    "vulnerability",
    re`\bsecurity\s+(?:vulnerability|vulnerabilities|hole|flaw|issue|problem|concern|incident|risk|bug)\b|\bvulnerabilit(?:y|ies)\b|\bexploit(?:s|ed|able)?\b|\bcve-\d{4}-\d+\b|\b(?:xss|csrf|sql injection|remote code execution)\b`,
  ),
  securityRelated("de", "sicherheitsluecke", re`\b(?:sicherheitslue?cke\w*|sicherheitsproblem\w*|schwachstelle\w*|sicherheitsrisiko|sicherheitsbedenken)\b`),
  securityRelated("es", "vulnerabilidad", re`\bvulnerabilidad(?:es)?\b|\b(?:fallo|problema|agujero|riesgo)\s+de\s+seguridad\b`),
  securityRelated("fr", "faille", re`\bvulnerabilites?\b|\bfailles?\s+de\s+securite\b|\b(?:probleme|risque|trou)\s+de\s+securite\b`),
];

export const OUTAGE_RELATED_FAMILIES = [
  outageRelated(
    "en",
    "degraded",
    re`\b(?:degraded\s+(?:performance|service)|service\s+degradation|partial\s+outage|intermittent\s+outages?)\b|\b(?:site|app|api|platform|service|system|dashboard)\s+(?:is\s+)?(?:extremely|very|super|really|painfully)\s+slow\b`,
  ),
  outageRelated(
    "de",
    "eingeschraenkt",
    re`\b(?:eingeschrae?nkt\s+verfue?gbar|leistungseinbruch|teilausfall|teilweise\s+ausgefallen)\b|\b(?:extrem|sehr|unglaublich)\s+langsam\b`,
  ),
  outageRelated(
    "es",
    "degradado",
    re`\b(?:servicio\s+degradado|degradacion\s+del\s+servicio|rendimiento\s+degradado|caida\s+parcial)\b|\b(?:muy|extremadamente)\s+lent[oa]\b`,
  ),
  outageRelated("fr", "degrade", re`\b(?:service\s+degrade|degradation\s+(?:du|de)\s+service|panne\s+partielle)\b|\b(?:tres|extremement)\s+lente?\b`),
];
