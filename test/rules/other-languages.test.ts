/**
 * The reading tables of the languages the pattern families do not cover:
 * per language, phrasings of each concept it must find, and calm look-alikes
 * (negations, questions about a topic, "how do I cancel one flow") it must
 * not call a report. Written from the concepts, not from dev tickets.
 */
import { describe, expect, it } from "vitest";
import { otherLanguageSignals } from "../../src/rules/other-languages/evidence.js";
import { readOtherLanguage } from "../../src/rules/other-languages/read.js";
import { settlesInOtherLanguage } from "../../src/rules/other-languages/settles.js";
import type { OtherLanguageConcept } from "../../src/rules/other-languages/table.js";

interface Table {
  found: ReadonlyArray<readonly [string, OtherLanguageConcept]>;
  /** Messages that report none of the concepts; each must be calm or doubted, never a finding. */
  notFound: readonly string[];
  /** Calm messages the bot may answer, with what they are. */
  calm: ReadonlyArray<readonly [string, "question" | "compliment" | "request"]>;
}

const TABLES: Record<string, Table> = {
  it: {
    found: [
      ["Vorrei parlare con un operatore, per favore.", "person"],
      ["Il sistema è fermo da stamattina, nessuno riesce ad accedere.", "outage"],
      ["Ci sono tre addebiti non autorizzati sulla carta aziendale.", "fraud"],
      ["Se non risolvete entro venerdì passeremo alle vie legali.", "legal"],
      ["Ho chiesto alla mia banca di stornare il pagamento, contesterò l'addebito.", "chargeback"],
      ["Tutti i progetti sono spariti dal nostro spazio di lavoro.", "data_loss"],
      ["Disdiciamo l'abbonamento a fine mese e passiamo a un concorrente.", "churn"],
      ["Uso uno screen reader e il modulo di login non si legge.", "accessibility"],
      ["Nessuno mi risponde da due settimane.", "handling"],
    ],
    notFound: [
      "Il sistema non è down, volevo solo sapere come esportare i dati.",
      "Avete una pagina di stato per i disservizi?",
      "Come posso annullare un flusso programmato?",
      "Se i dati venissero cancellati per errore, esiste un backup?",
    ],
    calm: [
      ["Buongiorno, come posso esportare la cronologia delle esecuzioni in CSV?", "question"],
      ["Grazie mille, adesso va tutto bene.", "compliment"],
      ["Sarebbe utile poter duplicare un flusso con un clic.", "request"],
    ],
  },
  pt: {
    found: [
      ["Quero falar com um atendente humano.", "person"],
      ["O sistema caiu e está fora do ar desde as 8h.", "outage"],
      ["Apareceu uma cobrança que eu não fiz no cartão.", "fraud"],
      ["Vou entrar na justiça e registrar no Procon.", "legal"],
      ["Vou abrir uma disputa com o banco por essa cobrança.", "chargeback"],
      ["Perdemos todos os registros de clientes de ontem.", "data_loss"],
      ["Vamos cancelar a assinatura e migrar para o concorrente.", "churn"],
      ["Ninguém me responde há dez dias.", "handling"],
    ],
    notFound: [
      "Vocês têm uma página de status para incidentes de indisponibilidade?",
      "Como faço para cancelar um fluxo agendado?",
      "Não perdemos dados, só queremos saber como funciona o backup.",
    ],
    calm: [
      ["Olá, como faço para conectar o Lumaflow ao Google Sheets?", "question"],
      ["Obrigada pela ajuda de ontem.", "compliment"],
    ],
  },
  nl: {
    found: [
      ["Ik wil graag met een medewerker spreken.", "person"],
      ["Het platform ligt al een uur plat.", "outage"],
      ["Geen enkele flow start meer sinds een half uur.", "outage"],
      ["Er staat een login op het beheerdersaccount vanuit Rusland, vannacht om 02:40.", "fraud"],
      ["Mijn account is gehackt, iemand heeft mijn e-mailadres gewijzigd.", "fraud"],
      ["Onze advocaat gaat contact met jullie opnemen, we overwegen juridische stappen.", "legal"],
      ["Ik laat de betaling terugboeken via mijn bank.", "chargeback"],
      ["Alle bestanden van het project zijn verdwenen.", "data_loss"],
      ["We gaan ons abonnement opzeggen.", "churn"],
    ],
    notFound: [
      "Is er een statuspagina voor storingen?",
      "Hoe stop ik één flow?",
      "Er zijn geen gegevens verdwenen, alles staat er nog.",
      "Hoe log ik in op het beheerdersaccount?",
    ],
    calm: [
      ["Hoe koppel ik Exact Online aan Lumaflow?", "question"],
      ["Bedankt voor de snelle hulp!", "compliment"],
    ],
  },
  pl: {
    found: [
      ["Chcę porozmawiać z konsultantem, nie z botem.", "person"],
      ["Od rana mamy awarię, nic nie działa.", "outage"],
      ["Na karcie są nieautoryzowane transakcje.", "fraud"],
      ["Sprawę przekażemy naszemu prawnikowi i skierujemy do sądu.", "legal"],
      ["Straciliśmy wszystkie dane z ostatniego tygodnia.", "data_loss"],
      ["Rezygnujemy z subskrypcji od przyszłego miesiąca.", "churn"],
    ],
    notFound: ["Czy macie stronę statusu awarii?", "Jak anulować jeden przepływ?"],
    calm: [
      ["Jak dodać nowego użytkownika do przestrzeni roboczej?", "question"],
      ["Dziękuję za pomoc.", "compliment"],
    ],
  },
  sv: {
    found: [
      ["Jag vill prata med en människa.", "person"],
      ["Tjänsten ligger nere och ingen kan logga in.", "outage"],
      ["Någon har loggat in på mitt konto och ändrat lösenordet.", "fraud"],
      ["Vi har förlorat all data i projektet, filerna är borta.", "data_loss"],
      ["Vi kommer att säga upp avtalet.", "churn"],
    ],
    notFound: ["Finns det en statussida för driftstörningar?", "Hur avslutar jag ett enskilt flöde?"],
    calm: [
      ["Hej! Hur lägger jag till en ny användare?", "question"],
      ["Tack, det löste sig.", "compliment"],
    ],
  },
  da: {
    found: [
      ["Jeg vil gerne tale med et rigtigt menneske.", "person"],
      ["Systemet er nede, og ingen kan arbejde.", "outage"],
      ["Der er et træk på kortet, som jeg ikke har foretaget.", "fraud"],
      ["Vi har mistet alle data i vores projekter.", "data_loss"],
      ["Vi opsiger abonnementet.", "churn"],
    ],
    notFound: ["Har I en statusside for nedbrud?", "Hvordan stopper jeg et enkelt flow?"],
    calm: [
      ["Hvordan eksporterer jeg mine data til CSV?", "question"],
      ["Tusind tak for hjælpen.", "compliment"],
    ],
  },
  tr: {
    found: [
      ["Bir temsilciyle görüşmek istiyorum.", "person"],
      ["Sistem çöktü, hiçbir şey çalışmıyor.", "outage"],
      ["Hesabım hacklendi.", "fraud"],
      ["Avukatımla görüşeceğim, dava açacağız.", "legal"],
      ["Bütün kayıtlar silindi, veri kaybı yaşadık.", "data_loss"],
      ["Aboneliğimizi iptal edeceğiz.", "churn"],
    ],
    notFound: ["Bir akışı nasıl iptal ederim?", "Veri kaybı yok, sadece yedekleme hakkında soru soruyorum."],
    calm: [
      ["Merhaba, Slack entegrasyonunu nasıl kurabilirim?", "question"],
      ["Yardımınız için teşekkürler.", "compliment"],
    ],
  },
  ja: {
    found: [
      ["担当者と話したいです。", "person"],
      ["今朝からサービスがダウンしています。", "outage"],
      ["身に覚えのない請求があります。", "fraud"],
      ["弁護士に相談します。", "legal"],
      ["データが全部消えてしまいました。", "data_loss"],
      ["カード会社に連絡して支払い停止を依頼しました。", "chargeback"],
    ],
    notFound: ["データは消えていません。バックアップの方法を教えてください。", "障害が起きた場合、ステータスページはありますか？"],
    calm: [
      ["CSVエクスポートの方法を教えてください。", "question"],
      ["ありがとうございました。", "compliment"],
    ],
  },
  zh: {
    found: [
      ["我要转人工。", "person"],
      ["系统宕机了。", "outage"],
      ["我的账号被盗了。", "fraud"],
      ["我们会起诉你们。", "legal"],
      ["项目数据全部丢失了。", "data_loss"],
      ["我已经联系银行拒付。", "chargeback"],
    ],
    notFound: ["人工智能功能在哪里设置？", "如果系统宕机，你们有状态页面吗？"],
    calm: [
      ["请问如何导出CSV？", "question"],
      ["谢谢你们的帮助。", "compliment"],
    ],
  },
  ko: {
    found: [
      ["상담원과 통화하고 싶어요.", "person"],
      ["서비스가 다운됐어요.", "outage"],
      ["계정이 해킹당했어요.", "fraud"],
      ["법적 조치를 취하겠습니다.", "legal"],
      ["데이터가 사라졌어요.", "data_loss"],
      ["카드사에 이의 제기했습니다.", "chargeback"],
    ],
    notFound: ["서비스 장애가 발생하면 어디서 확인하나요?"],
    calm: [
      ["CSV로 내보내려면 어떻게 하나요?", "question"],
      ["도와주셔서 감사합니다.", "compliment"],
    ],
  },
};

describe.each(Object.entries(TABLES))("the %s reading table", (language, table) => {
  it.each(table.found.map(([text, concept]) => [concept, text] as const))("finds %s in %s", (concept, text) => {
    const reading = readOtherLanguage(text, language);
    expect(reading?.found.map((f) => f.concept)).toContain(concept);
    expect(reading?.calm).toBeNull();
  });

  it.each(table.notFound.map((text) => [text] as const))("reports nothing in the look-alike %s", (text) => {
    expect(readOtherLanguage(text, language)?.found).toEqual([]);
  });

  it.each(table.calm.map(([text, kind]) => [kind, text] as const))("reads a calm %s in %s", (kind, text) => {
    const reading = readOtherLanguage(text, language);
    expect(reading).toMatchObject({ found: [], doubts: [], calm: kind });
  });
});

describe("the other-language reader", () => {
  it("has no table for a language it does not know, and leaves it to the engine's plain rule", () => {
    expect(readOtherLanguage("Dobrý den, jak exportuji data?", "cs")).toBeUndefined();
  });

  it("keeps a negated, asked-about or supposed concept as a doubt, so a person still reads it", () => {
    expect(readOtherLanguage("Il sistema non è down.", "it")?.doubts.join(" ")).toMatch(/negated outage/);
    expect(readOtherLanguage("Avete una pagina di stato per i disservizi?", "it")?.doubts.join(" ")).toMatch(/asked about outage/);
    expect(readOtherLanguage("Se i progetti sono spariti, cosa faccio", "it")?.doubts.join(" ")).toMatch(/supposed data_loss/);
  });

  it("does not call calm a message with trouble, urgency, shouting, an exclamation or an error code", () => {
    for (const text of [
      "Come mai ricevo un errore quando salvo?",
      "Potete aiutarmi? È urgente.",
      "PERCHÉ NON POSSO SALVARE NIENTE?",
      "Come esporto i dati?!",
      "Il flusso restituisce 502, come faccio?",
      "Il servizio è lento da stamattina! Potete controllare?",
    ]) {
      expect(readOtherLanguage(text, "it")?.calm, text).toBeNull();
    }
  });

  it("quotes the customer's own words, accents and all", () => {
    expect(readOtherLanguage("Straciliśmy wszystkie dane.", "pl")?.found[0]?.match).toBe("Straciliśmy wszystkie dane");
  });
});

describe("a later message that settles the thread, in a table's language", () => {
  it.each([
    ["nl", "Werkt weer, alles is bijgewerkt. Bedankt!"],
    ["pt", "Confirmámos internamente. Falso alarme, obrigado."],
    ["it", "Falso allarme, ora funziona."],
    ["pl", "Już działa, dziękuję."],
    ["sv", "Det fungerar igen, tack."],
    ["da", "Det virker igen, tak."],
    ["tr", "Sorun çözüldü, teşekkürler."],
  ])("settles (%s): %s", (language, text) => {
    expect(settlesInOtherLanguage(text, language)).toBe(true);
  });

  it.each([
    ["nl", "Het werkt nog steeds niet."],
    ["pt", "Ainda não funciona."],
    ["ja", "まだ動きません。"],
  ])("does not when the problem goes on (%s): %s", (language, text) => {
    expect(settlesInOtherLanguage(text, language)).toBe(false);
  });

  it("withdraws what can be over, and keeps what cannot", () => {
    const text = "Geen enkele flow start meer sinds een half uur. Onze advocaat gaat contact met jullie opnemen.";
    expect(otherLanguageSignals(text, "nl").signals).toEqual(expect.arrayContaining(["outage", "legal_threat"]));
    const settled = otherLanguageSignals(text, "nl", true).signals;
    expect(settled).toContain("legal_threat");
    expect(settled).not.toContain("outage");
  });
});
