/** Contracts and invoicing set up by hand: custom terms, the customer's own amendments, e-invoicing formats. */
import { B, E, re, S, type Rule } from "./pattern-text.js";

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
    String.raw`${B}(?:(?:custom|special|extended|different) (?:payment |contract )?terms|net ?(?:30|45|60|90)|contract (?:amendment|change)|amend (?:our|the) contract)${E}`,
  ),
  re(String.raw`${B}(?:(?:sonder|individuelle)(?:konditionen| konditionen| zahlungsbedingungen)|zahlungsziel|vertragsänderung)${E}`),
  re(String.raw`${B}(?:condiciones (?:de pago )?(?:personalizadas|especiales)|modificación del contrato)${E}`),
  re(String.raw`${B}(?:conditions (?:de paiement )?(?:personnalisées|particulières)|avenant au contrat)${E}`),
  // The customer's own changes to our paper, to be agreed by a person: "the DPA must include our two amendments",
  // "who should we send our redline to?", "a contract with a 99.9 % SLA and penalties: who can we negotiate it with?".
  re(
    String.raw`${B}(?:(?:dpa|contract|msa|agreement|addendum|terms)${E}${S}{0,60}?${B}(?:our|with (?:our|the|two|three|\d+|a few|some))(?: \w+)? (?:amendments|redlines?|changes to the (?:wording|clauses?))|(?:our|send (?:you |over )?(?:our|the)) redline|countersign${S}{0,40}?${B}(?:our|the amended|the changed)|(?:negotiate|agree)${E}${S}{0,30}?${B}(?:the |our |a )?(?:contract|terms|sla|penalt(?:y|ies))|(?:sla|uptime)${E}${S}{0,60}?${B}(?:penalt(?:y|ies)|service credits?) (?:for|if|when)${E})`,
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

export const INVOICING_SETUP: readonly Rule[] = [
  re(
    String.raw`${B}(?:consolidated (?:invoic\w*|billing)|one invoice for (?:all|our|every)|sammelrechnung|factura consolidada|facturation consolidée|facture consolidée)${E}`,
  ),
];
