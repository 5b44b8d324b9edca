/** The Spanish reply wording. */
import { PRODUCT_NAME, type ReplyTemplates } from "./types.js";

export const es: ReplyTemplates = {
  greeting: (name) => (name ? `Hola, ${name}:` : "Hola:"),
  lowercaseAfterGreeting: false,
  repeatContactOpener: "Siento que haya tenido que contactarnos varias veces por este motivo. No debería ocurrir, y entiendo su frustración.",
  frustrationOpener: "Lamento las molestias que esto le ha causado y entiendo lo frustrante que resulta.",
  solutionIntro: (title) => `Gracias por escribirnos. Esto es lo que puede hacer, según nuestro artículo de ayuda «${title}»:`,
  solutionOutro: "Si con estos pasos no se resuelve, responda a este correo contándonos lo que ve y lo revisaremos con usted.",
  solutionOutroChat: "Si con estos pasos no se resuelve, cuénteme aquí lo que ve y lo revisaremos con usted.",
  clarificationIntro: "Gracias por escribirnos. Para poder orientarle mejor, ¿podría enviarnos algunos detalles más?",
  clarificationDetails: {
    technical: [
      "qué estaba haciendo cuando apareció el problema",
      "el mensaje de error exacto o una captura de pantalla",
      "desde cuándo ocurre (con su zona horaria)",
      "su navegador y sistema operativo, o el SDK y la versión que usa",
    ],
    billing: [
      "el número de factura (empieza por LF-) o la fecha y el importe del cargo",
      "el correo electrónico o el espacio de trabajo al que pertenece la suscripción",
      "los cuatro últimos dígitos de la tarjeta (nunca nos envíe el número completo)",
    ],
    account: [
      "el correo electrónico con el que inicia sesión",
      "el nombre de su espacio de trabajo",
      "lo que ve al intentarlo, incluido cualquier mensaje de error",
    ],
    product: ["de qué función o página se trata", "qué quiere conseguir", "qué esperaba y qué ocurrió en su lugar"],
    integration: [
      "qué integración, endpoint de la API o evento de webhook está implicado",
      "el request_id o el ID de entrega del webhook, y cuándo ocurrió (con su zona horaria)",
      "un ejemplo de solicitud o de payload, sin claves ni secretos",
    ],
    bug_report: [
      "los pasos que llevan al problema",
      "qué esperaba y qué ocurrió en su lugar",
      "su navegador y sistema operativo",
      "una captura o una breve grabación de pantalla, si es posible",
    ],
    feature_request: ["qué quiere conseguir", "cómo lo resuelve hoy", "a cuántas personas de su equipo afecta"],
    security: [
      "qué le pareció sospechoso y cuándo (con su zona horaria)",
      "qué cuentas, miembros o claves de API podrían estar afectados",
      "por favor, no nos envíe contraseñas ni códigos 2FA",
    ],
    general_inquiry: ["qué le gustaría hacer", "a qué espacio de trabajo o cuenta se refiere", "lo que ya ha probado"],
  },
  clarificationOutro: "En cuanto los tengamos, seguimos con su consulta.",
  escalationHandover: (team, who) => `He trasladado su consulta a ${team}; a partir de ahora, ${who} se encarga de ella.`,
  escalationExpectation: (within) => `Puede esperar noticias del equipo ${within}.`,
  escalationContext: "Todo lo que nos ha contado hasta ahora acompaña a su consulta, así que no tendrá que repetirlo.",
  within: {
    immediate: "en un plazo de 15 minutos",
    urgent: "en un plazo de 1 hora",
    standard: "en un plazo de 4 horas",
    scheduled: "en un plazo de 1 día hábil",
  },
  teams: {
    engineering: "nuestro equipo de ingeniería",
    technical_support: "nuestro equipo de soporte técnico",
    customer_success: "nuestro equipo de éxito del cliente",
    senior_support: "nuestro equipo de soporte sénior",
    finance: "nuestro equipo de facturación",
    security_team: "nuestro equipo de seguridad",
    product: "nuestro equipo de producto",
    general_support: "nuestro equipo de soporte",
  },
  takesOver: {
    engineering: "un ingeniero del equipo",
    technical_support: "un especialista",
    customer_success: "una persona del equipo",
    senior_support: "una persona con experiencia del equipo",
    finance: "una persona del equipo",
    security_team: "un especialista en seguridad",
    product: "una persona del equipo",
    general_support: "una persona del equipo",
  },
  statusPageTip: (url) => `Mientras tanto, puede seguir las novedades en nuestra página de estado: ${url}`,
  securityTip: (title) =>
    `Mientras tanto, le recomendamos proteger su cuenta de inmediato: cambie su contraseña y cierre todas las demás sesiones. Nuestro artículo «${title}» le guía paso a paso.`,
  withdrawnNote: (team) =>
    `Gracias por avisarnos de que ya está resuelto. Hemos avisado a ${team} de que ya no hace falta. Si vuelve a ocurrir, responda a este mensaje.`,
  signOff: `Un saludo,\nEl equipo de soporte de ${PRODUCT_NAME}`,
};
