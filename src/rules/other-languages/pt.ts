/** Portuguese (Brazil and Portugal), folded: "não" → "nao", "cobrança" → "cobranca". */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;

export const pt: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:falar|conversar) com (?:um |uma |o |a |seu |sua |algum |alguma )?(?:atendente|pessoa|humano|ser humano|operador\w*|gerente|supervisor\w*|responsavel|consultor\w*|tecnico|alguem)`,
      String.raw`(?:atendente|pessoa|atendimento) (?:humano|real|de verdade)|pessoa de verdade`,
      String.raw`(?:me |nos )?(?:liguem|ligue|telefonem)(?: para mim| pra mim)?${END}`,
      String.raw`nao (?:quero |queremos )?(?:falar com )?(?:um |o |esse )?(?:bot|robo|chatbot)`,
      String.raw`(?:atendente|humano|pessoa),? por favor`,
    ],
    outage: [
      String.raw`tod[oa]s (?:os |as )?(?:nossos |nossas )?(?:fluxos|workflows|automacoes|integracoes|processos) ${G2}(?:travad|parad|falh|na fila|nao (?:rodam|funcionam|executam))\w*|nenhum (?:fluxo|workflow) (?:roda|funciona|executa)`,
      String.raw`fora do ar|fora de servico|(?:sistema|servico|plataforma|app|aplicativo|site|servidor|api|lumaflow|painel) ${G2}(?:caiu|esta fora|esta offline|esta inacessivel|esta indisponivel|parou)`,
      String.raw`(?:nada|tudo) (?:\S+ )?(?:funciona|parou|parado)|nao funciona (?:mais )?nada`,
      String.raw`ninguem (?:consegue|pode) (?:acessar|entrar|trabalhar|logar)|nao (?:conseguimos|podemos) trabalhar|estamos (?:totalmente |completamente )?parad\w*`,
      String.raw`(?:empresa|operacao|producao|loja|negocio) ${G2}parad\w*|interrupcao (?:do|de) servico|indisponibilidade`,
    ],
    fraud: [
      String.raw`fraud\w*|golpe|phishing`,
      String.raw`(?:cobranc|compra|transac|pagamento|debito)\w*${MONEY}(?:nao (?:autorizad|reconhecid|feit)\w*|desconhecid\w*|que (?:eu |nos )?nao (?:fiz|fizemos))`,
      String.raw`(?:conta|perfil) ${G2}(?:hackead|invadid|comprometid|roubad)\w*|(?:hackearam|invadiram|roubaram) (?:a |minha |nossa )`,
      String.raw`alguem (?:entrou|acessou|esta acessando|alterou|mudou)|acesso nao autorizado|acessos? suspeit\w*`,
      String.raw`(?:senha|credencia|chave|token)\w* ${G3}(?:vazad|expost|roubad|comprometid|publicad)\w*|vazamento de dados`,
    ],
    legal: [
      String.raw`(?:meu|nosso|um|o) advogad\w*|acao judicial|processo judicial|processar (?:voces|a empresa|a lumaflow)|vou processar|vamos processar`,
      String.raw`entrar na justica|(?:na|a) justica${END}|procon|anpd|tribunal|juizado|notificacao (?:extra)?judicial|medidas (?:judiciais|legais)`,
    ],
    chargeback: [
      String.raw`chargeback|contestar (?:a |o )?(?:cobranca|compra|pagamento|debito)|contestacao (?:da|do) (?:cobranca|compra|pagamento)`,
      String.raw`abrir (?:uma )?disputa|disputa (?:com|no|junto ao) (?:o )?(?:banco|cartao)|(?:ligar|acionar|falar com) (?:o |meu |nosso )(?:banco|cartao)`,
    ],
    data_loss: [
      String.raw`(?:notas|tabelas?|colunas?|campos|linhas) ${G3}(?:sumiram|sumiu|desapareceram|apagad\w*|esvaziad\w*|em branco|sobrescrit\w*|vazi[oa]s)`,
      String.raw`(?:dados|arquivos|registros|projetos|fluxos|contatos|documentos|historico) ${G3}(?:sumiram|sumiu|desapareceram|perdid\w*|apagad\w*|excluid\w*|deletad\w*)`,
      String.raw`perdemos ${G2}(?:dados|arquivos|registros|trabalho|tudo)|perda de dados|(?:sumiu|sumiram|desapareceu|desapareceram) (?:tudo|todos)`,
    ],
    data_rights: [
      String.raw`art(?:igo|\.)?\s*18${END}|direito (?:de acesso|ao esquecimento|a eliminacao|de eliminacao|a portabilidade)|titular dos dados`,
      String.raw`(?:exclusao|eliminacao|apagar|apaguem|excluam|copia) ${G2}(?:meus |nossos )?dados pessoais`,
    ],
    churn: [
      String.raw`(?:cancelar|encerrar|rescindir|nao (?:vou |vamos )?renovar) ${G2}(?:a |o )?(?:assinatura|contrato|conta|plano|licenc\w*)`,
      String.raw`rescisao|trocar de (?:fornecedor|ferramenta|plataforma)|migrar para (?:o |a )?(?:concorrente|outra|outro)|concorrente`,
    ],
    accessibility: [String.raw`leitor de tela|deficien\w* visua\w*|cego|baixa visao|daltonic\w*|so (?:pelo|com o) teclado|nvda|jaws|voiceover`],
    handling: [
      String.raw`ninguem (?:me |nos )?(?:responde|respondeu|retorna|retornou)|sem (?:nenhuma )?resposta|nenhuma resposta|reclamacao|atendimento (?:pessimo|horrivel|vergonhoso|ruim)|fecharam (?:o |meu |nosso )(?:chamado|ticket)|respostas? (?:automatica|pronta|padrao)`,
    ],
    repeat: [String.raw`(?:terceira|quarta|quinta|enesima) vez|ja (?:escrevi|enviei|abri|liguei) ${G2}vezes|de novo o mesmo problema`],
  },
  trouble: [
    String.raw`restaur|recuper|vazi[oa]|esvazi|em branco`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`fatura|nota fiscal|proprietari|titularidade|cnpj|desconto|orcamento`,
    String.raw`erro|problema|falha|bug|nao funciona|nao consig|nao (?:e possivel|posso|podemos|abre|carrega|sincroniza|conecta|aparece|aparecem|chega|chegam)`,
    String.raw`travad|trava|quebr|errad|incorret|falt|sum|lent|crash|cobr|estorn|reembols|duplicad|duas vezes|vencid|suspens|bloquead|desativad|hack|virus`,
    String.raw`advogad|juridic|lgpd|gdpr|privacidade|dpa${END}|contrato|cancel|reclam|(?:excluir|apagar|encerrar) (?:a |minha |nossa )?conta`,
  ],
  urgency: [
    String.raw`urgent|imediatamente|o quanto antes|o mais rapido|asap|ainda hoje|prazo|critic|grave|inaceitavel|absurd|ridicul|pessim|vergonh|decepcion|irritad|furios|cansad`,
  ],
  negation: ["nao", "nunca", "nenhum", "nenhuma", "nada", "sem", "nem", "jamais", "ninguem"],
  conditional: ["se", "caso", "na hipotese", "eventualmente"],
  asks: [
    String.raw`como|onde|quando|por que|porque|qual|quais|quanto|quantos|quem|o que|e possivel|da para|posso|podemos|voces podem|poderiam|existe|tem como|ha${END}|gostaria de saber|queria saber`,
  ],
  thanks: [String.raw`obrigad|agradec|valeu|parabens|otimo trabalho`],
  wish: [String.raw`seria (?:otimo|bom|legal|util|interessante)|gostariamos (?:de|que)|sugest|funcionalidade|recurso novo|ideia`],
  settles: [
    String.raw`falso alarme|(?:ja|agora) funciona|funciona (?:de novo|novamente)|voltou a funcionar|(?:esta|ja esta|foi) resolvido|pode(?:m)? ignorar|(?:ja )?encontrei|tudo (?:certo|resolvido|em ordem)`,
  ],
};
