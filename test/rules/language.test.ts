/**
 * detectLanguage: right on ordinary support messages in the four supported
 * languages, a real code for non-Latin scripts, and "en" whenever the text is
 * too thin to tell.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/rules/language.js";

const SUPPORT_MESSAGES: Record<"en" | "de" | "es" | "fr", string[]> = {
  en: [
    "Hi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks!",
    "Our production system has been down for 20 minutes due to API authentication failures. We need immediate escalation to your engineering team.",
    "I was charged twice for my subscription this month. Can you refund the duplicate payment please?",
    "The export button does nothing when I click it. I tried Chrome and Firefox and cleared the cache.",
    "Could you add a dark mode to the dashboard? It would really help our team working late at night.",
    "We are implementing your webhooks API and the payload structure differs from the documentation. Can someone clarify the expected behavior?",
    "This is the third time I am contacting support about the same billing issue. Nobody seems to be able to fix this.",
    "How do I invite new users to my workspace? I can't find the option in the settings page.",
    // One-sentence questions that tinyld, the first detector we used, read as Hungarian.
    "Hi, how do I export my data to CSV?",
    "My CSV export is empty.",
  ],
  de: [
    "Hallo, ich habe mein Passwort vergessen und kann mich nicht mehr anmelden. Können Sie mir bitte helfen?",
    "Unsere Produktionsumgebung ist seit einer Stunde nicht erreichbar. Die API liefert nur noch Fehler 503. Bitte sofort eskalieren!",
    "Mir wurde das Abonnement diesen Monat doppelt berechnet. Bitte erstatten Sie den zweiten Betrag.",
    "Der Export-Button funktioniert nicht. Ich habe es mit Chrome und Firefox versucht, leider ohne Erfolg.",
    "Es wäre toll, wenn es einen Dunkelmodus für das Dashboard gäbe. Vielen Dank für Ihre Mühe!",
    "Ich melde mich jetzt zum dritten Mal wegen derselben Rechnung. Das ist wirklich inakzeptabel.",
    "Wie kann ich neue Benutzer zu meinem Arbeitsbereich einladen? Ich finde die Option in den Einstellungen nicht.",
    "Seit dem letzten Update werden unsere Webhooks nicht mehr zugestellt. Können Sie das bitte prüfen?",
  ],
  es: [
    "Hola, olvidé mi contraseña y no puedo acceder a mi cuenta. ¿Me pueden ayudar, por favor?",
    "Nuestro sistema de producción lleva una hora caído. La API solo devuelve errores 503. ¡Necesitamos ayuda inmediata!",
    "Me cobraron dos veces la suscripción este mes. ¿Pueden devolverme el segundo cargo?",
    "El botón de exportar no hace nada cuando lo pulso. Lo he probado en Chrome y en Firefox.",
    "Sería genial tener un modo oscuro en el panel. Muchas gracias por vuestro trabajo.",
    "Es la tercera vez que escribo por el mismo problema de facturación. Esto es inaceptable.",
    "¿Cómo puedo invitar a nuevos usuarios a mi espacio de trabajo? No encuentro la opción en la configuración.",
    "Desde la última actualización los webhooks ya no llegan. ¿Pueden revisarlo, por favor?",
  ],
  fr: [
    "Bonjour, j'ai oublié mon mot de passe et je ne peux plus accéder à mon compte. Pouvez-vous m'aider ?",
    "Notre système de production est en panne depuis une heure. L'API ne renvoie que des erreurs 503. Nous avons besoin d'aide immédiatement !",
    "J'ai été facturé deux fois pour mon abonnement ce mois-ci. Pouvez-vous rembourser le second paiement ?",
    "Le bouton d'export ne fait rien quand je clique dessus. J'ai essayé avec Chrome et Firefox.",
    "Ce serait super d'avoir un mode sombre dans le tableau de bord. Merci pour votre travail !",
    "C'est la troisième fois que je contacte le support pour le même problème de facturation. C'est inacceptable.",
    "Comment puis-je inviter de nouveaux utilisateurs dans mon espace de travail ? Je ne trouve pas l'option dans les paramètres.",
    "Depuis la dernière mise à jour, les webhooks ne sont plus livrés. Pouvez-vous vérifier, s'il vous plaît ?",
  ],
};

describe("detectLanguage", () => {
  for (const [language, messages] of Object.entries(SUPPORT_MESSAGES)) {
    it.each(messages)(`reads a ${language} support message as ${language}: %s`, (message) => {
      expect(detectLanguage(message)).toBe(language);
    });
  }

  it.each([
    ["ja", "パスワードを忘れました。アカウントにアクセスできません。助けてください。"],
    ["zh", "我忘记了密码，无法登录我的账户。请帮帮我。"],
    ["ru", "Я забыл пароль и не могу войти в аккаунт. Помогите, пожалуйста."],
    ["ar", "نسيت كلمة المرور ولا أستطيع الدخول إلى حسابي. أرجو المساعدة."],
  ])("returns %s for a message in that script", (language, message) => {
    expect(detectLanguage(message)).toBe(language);
  });

  it.each(["HTTP 503", "ok", "hi", "hello?", "Webhook 502", "API error 500 on /v1/orders", "ERROR: ECONNREFUSED 127.0.0.1:5432"])(
    "falls back to en for the short or technical string %j",
    (text) => {
      expect(detectLanguage(text)).toBe("en");
    },
  );

  // eld calls each of these a reliable guess of a language the rules cannot read
  // (Norwegian, Italian, Dutch, Danish…); a fragment or a near-tie is no
  // evidence that a person who reads another language is needed.
  it.each(["farewell", "reset my password", "thankyou", "Start radio", "change over to whisper mode", "i am camile", "Doller rate"])(
    "keeps a short or near-tie English text as en: %j",
    (text) => {
      expect(detectLanguage(text)).toBe("en");
    },
  );

  it.each([
    ["pt", "quero falar com um atendente"],
    ["pt", "o sistema caiu e perdemos os dados"],
    ["it", "Il sistema non funziona da stamattina"],
    ["ja", "APIが動きません"],
  ])("still names a language the rules cannot read when the text shows it (%s): %j", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(["", "   \n\t ", "12345 67890", "!!!", "😡😡😡"])("falls back to en when there are no words: %j", (text) => {
    expect(detectLanguage(text)).toBe("en");
  });

  it("judges a ticket by its opening, not by what is pasted far below it", () => {
    const germanOpening =
      "Hallo zusammen, seit dem gestrigen Update schlägt der Export unserer Berichte jedes Mal fehl, sobald mehr als tausend Zeilen enthalten sind. Wir haben es mit verschiedenen Browsern versucht, leider ohne Erfolg.\n".repeat(
        12,
      );
    const englishLog = "at com.example.export.Worker.run(Worker.java:42) connection reset by peer, retrying request\n".repeat(500);
    expect(detectLanguage(germanOpening + englishLog)).toBe("de");
  });

  it("handles a 1 MB text without punctuation", () => {
    expect(detectLanguage("support ticket text ".repeat(50_000))).toBe("en");
  });
});
