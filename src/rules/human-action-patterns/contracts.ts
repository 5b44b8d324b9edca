/** Contracts and invoicing set up by hand: custom terms, the customer's own amendments, e-invoicing formats. */
import { B, E, eitherOrder, re, S, type Rule } from "./pattern-text.js";

export const CONTRACT_TERMS: readonly Rule[] = [
  // A clause of the contract changed: "the auto-renewal clause has to be replaced", "change the termination clause".
  re(
    String.raw`${B}(?:clause${E}${S}{0,60}?${B}(?:has to|must|needs? to|should|to) be (?:changed|replaced|amended|removed|deleted|modified|struck)|(?:change|amend|replace|remove|modify|strike) the (?:[\w-]+ ){0,2}clause)${E}`,
  ),
  // German compounds end in the word: "Kündigungsklausel", "Verlängerungsklausel".
  re(String.raw`(?:klausel${E}${S}{0,60}?${B}(?:ändern|streichen|anpassen|ersetzen|geändert|gestrichen|angepasst|ersetzt))${E}`),
  re(String.raw`${B}(?:cláusula${E}${S}{0,60}?${B}(?:modificar|cambiar|eliminar|sustituir|modifique|cambie|elimine|sustituya|modificada|eliminada))${E}`),
  re(String.raw`${B}(?:clause${E}${S}{0,60}?${B}(?:modifier|supprimer|remplacer|modifiée|supprimée|remplacée))${E}`),
  re(
    String.raw`${B}(?:(?:custom|special|extended|different) (?:payment |contract )?terms|net[ -]?(?:30|45|60|90)|contract (?:amendment|change)|amend (?:our|the) contract)${E}`,
  ),
  re(String.raw`${B}(?:(?:sonder|individuelle)(?:konditionen| konditionen| zahlungsbedingungen)|zahlungsziel|vertragsänderung)${E}`),
  re(String.raw`${B}(?:condiciones (?:de pago )?(?:personalizadas|especiales)|modificación del contrato)${E}`),
  re(String.raw`${B}(?:conditions (?:de paiement )?(?:personnalisées|particulières)|avenant au contrat)${E}`),
  // The customer's own changes to our paper, to be agreed by a person: "the DPA must include our two amendments",
  // "who should we send our redline to?", "a contract with a 99.9 % SLA and penalties: who can we negotiate it with?".
  re(
    String.raw`${B}(?:(?:dpa|contract|msa|agreement|addendum|terms)${E}${S}{0,60}?${B}(?:our|with (?:our|the|two|three|\d+|a few|some))(?: \w+)? (?:amendments|redlines?|changes to the (?:wording|clauses?))|(?:our|send (?:you |over )?(?:our|the)) redline|(?:has|have|with|attached (?:are|is)) (?:our |the |their )?(?:redlines|a marked-up)|countersign${S}{0,40}?${B}(?:our|the amended|the changed)|(?:negotiate|agree)${E}${S}{0,30}?${B}(?:the |our |a )?(?:contract|terms|sla|penalt(?:y|ies))|(?:sla|uptime)${E}${S}{0,60}?${B}(?:penalt(?:y|ies)|service credits?) (?:for|if|when)${E})`,
  ),
  [
    re(String.raw`${B}(?:vertrag|avv|dpa|sla|rahmenvertrag|vertragsbedingungen)\p{L}*`),
    re(String.raw`${B}(?:(?:unsere[nm]?|mit) (?:\p{L}+ )?(?:änderungen|anpassungen|ergänzungen)|verhandeln|vertragsstrafe|pönale|gegenzeichn)`),
  ],
  [
    re(String.raw`${B}(?:contrato|acuerdo|sla|condiciones contractuales|dpa)${E}`),
    re(String.raw`${B}(?:negociar(?:lo|la|los|las)?|penalizaci(?:ón|ones)|(?:nuestras?|con) (?:\p{L}+ )?(?:modificaciones|enmiendas)|contrafirm)`),
  ],
  [
    re(String.raw`${B}(?:contrat|dpa|sla|accord|conditions contractuelles)${E}`),
    re(String.raw`${B}(?:négocier|pénalités|(?:nos|avec nos) (?:\p{L}+ )?(?:modifications|amendements)|contresign)`),
  ],
];

/**
 * A vendor review's paperwork for us to fill in or sign: "we kindly ask you to complete our supplier questionnaire",
 * "please sign the attached code of conduct", « merci de remplir notre questionnaire fournisseur ». Only a person
 * (security, legal) can answer for the company. The nouns are a buyer's review of us, never a questionnaire the
 * customer builds in the product; the verbs are asked-for forms ("complete", "fill in", "to sign"), not "we completed".
 */
function paperworkForUs(verb: string, paper: string): RegExp {
  return eitherOrder(verb, paper, String.raw`${S}{0,60}?`, String.raw`${S}{0,80}?`);
}

export const VENDOR_PAPERWORK: readonly Rule[] = [
  paperworkForUs(
    String.raw`complete|fill (?:in|out)|sign|countersign|return (?:the|our) (?:completed|signed)`,
    String.raw`(?:security|vendor|supplier|third[- ]party|infosec|information security|due diligence|procurement|compliance|risk) (?:questionnaire|assessment|self-assessment)s?|(?:attached|enclosed) (?:\p{L}+ )?questionnaire|(?:supplier|vendor) (?:code of conduct|onboarding form|registration form)|code of conduct|sig (?:lite|core)|caiq`,
  ),
  // Asked for as a list of documents: "we kindly ask you to provide the following: 1. Signed acknowledgement of our
  // Supplier Code of Conduct … 3. Completed supplier questionnaire".
  [
    re(
      String.raw`${B}(?:(?:kindly|please) (?:ask you to )?(?:provide|send|return)|ask you to (?:provide|send|return)|(?:we|i) (?:need|require) (?:you to (?:provide|send|return)|the following))${E}`,
    ),
    re(
      String.raw`${B}(?:signed|completed|filled[- ]in)${E}${S}{0,40}?${B}(?:code of conduct|(?:security|vendor|supplier|due diligence) questionnaire|questionnaire|nda|supplier form)${E}`,
    ),
  ],
  paperworkForUs(
    String.raw`ausfüllen|ausfuellen|ausgefüllt|unterschreiben|unterzeichnen|beantworten`,
    String.raw`sicherheitsfragebogen\p{L}*|lieferanten\p{L}*fragebogen\p{L}*|lieferantenselbstauskunft|lieferantenkodex|verhaltenskodex|fragebogen\p{L}* (?:zur|für die) (?:lieferantenbewertung|informationssicherheit|it-sicherheit)`,
  ),
  paperworkForUs(
    String.raw`rellen\p{L}*|complet\p{L}*|cumpliment\p{L}*|firm\p{L}*`,
    String.raw`cuestionario (?:de (?:seguridad|proveedores?|homologación|diligencia debida))|código (?:ético|de conducta) (?:de|para) proveedores`,
  ),
  paperworkForUs(
    String.raw`rempli\p{L}*|compléter|completer|signer|retourner`,
    String.raw`questionnaire (?:de sécurité|fournisseurs?|de référencement|sécurité)|charte (?:fournisseurs?|éthique)|code de conduite (?:fournisseurs?)?|fiche fournisseur`,
  ),
];

export const INVOICING_SETUP: readonly Rule[] = [
  re(
    String.raw`${B}(?:consolidated (?:invoic\w*|billing)|one invoice for (?:all|our|every)|sammelrechnung|factura consolidada|facturation consolidée|facture consolidée)${E}`,
  ),
];
