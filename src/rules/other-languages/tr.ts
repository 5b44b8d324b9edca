/**
 * Turkish, folded ("ş" → "s", "ğ" → "g", "ü" → "u"; the reader folds "ı" to
 * "i"). Negation lives in the verb ("çalışmıyor"), so the phrases name the
 * negated verbs themselves; "değil" and "yok" follow what they negate.
 */
import { gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
const WITH = String.raw`\w*(?:le|la|yle|yla)`;

export const tr: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:temsilci|yetkili|insan|yonetici|operator|kisi|calisan|biri)${WITH} ${G2}(?:gorus|konus|baglan)\w*`,
      String.raw`gercek (?:bir )?(?:insan|kisi)|canli (?:destek|temsilci)|musteri temsilcisi (?:istiyorum|lutfen)`,
      String.raw`beni (?:arayin|arasin|geri arayin|arar misiniz)|bot (?:degil|istemiyorum)|(?:botla|robotla) (?:konusmak|muhatap olmak) istemiyorum`,
    ],
    outage: [
      String.raw`tum (?:is )?(?:akis|otomasyon|entegrasyon|surec)\w* ${G2}(?:takildi|durdu|calismiyor|kuyrukta|basarisiz)|hicbir (?:akis|is akisi) calismiyor`,
      String.raw`(?:sistem|servis|hizmet|platform|uygulama|site|sunucu|api|lumaflow|panel|her sey|hersey)\w* ${G2}(?:coktu|cokmus|calismiyor|erisilemiyor|erisilemez|kapali|durdu|down|offline)`,
      String.raw`hicbir sey calismiyor|hic bir sey calismiyor|(?:hizmet|erisim|servis|sistem) kesinti\w*|kesinti (?:var|yasiyoruz)`,
      String.raw`kimse ${G2}(?:giris yapamiyor|calisamiyor|erisemiyor)|calisamiyoruz|(?:sirket|uretim|magaza|operasyon|is)\w* ${G2}durdu|tamamen (?:durdu|coktu|kapali)`,
    ],
    fraud: [
      String.raw`dolandiric\w*|sahtekar\w*|oltalama|phishing|veri (?:ihlali|sizintisi)`,
      String.raw`(?:yapmadigim|yapmadigimiz|bilmedigim|tanimadigim|izinsiz|yetkisiz) ${G2}(?:islem|odeme|cekim|harcama|giris|erisim|tahsilat)\w*`,
      String.raw`(?:hesab|profil)\w* ${G2}(?:hacklendi|hacklenmis|ele gecirildi|ele gecirilmis|calindi|calinmis)|hacklendi|hacklenmis`,
      String.raw`biri ${G2}(?:giris yapmis|giris yapti|degistirmis|erismis)|supheli (?:giris|islem|aktivite)`,
      String.raw`(?:sifre|parola|kimlik bilgi|api anahtar|anahtar|token)\w* ${G3}(?:sizdi|sizdirildi|sizmis|calindi|calinmis|ifsa)\w*`,
    ],
    legal: [
      String.raw`avukatim\w*|avukata|dava (?:ac|edece|acaca)\w*|mahkeme\w*|(?:yasal|hukuki) (?:yol|islem|surec)\w*|savcilik|suc duyurusu`,
      String.raw`kvkk\w* ${G2}(?:sikayet|basvur)\w*|kisisel verileri koruma kurumu|tuketici hakem heyeti|ihtarname|noter`,
    ],
    chargeback: [
      String.raw`chargeback|ters ibraz|harcama itiraz\w*|bankaya ${G2}(?:itiraz|bildir|sikayet)\w*|itiraz ${G2}(?:banka|kart)\w*|odemeyi iptal ettir\w*`,
    ],
    data_loss: [
      String.raw`(?:not|tablo|sutun|alan|satir)\w* ${G3}(?:kayboldu|silindi|bosaltildi|bos kaldi|uzerine yazildi)`,
      String.raw`(?:veri|dosya|kayit|proje|akis|kisi|belge|gecmis)\w* ${G3}(?:kayboldu|kaybolmus|silindi|silinmis|yok oldu|ucmus|ucup gitti)`,
      String.raw`(?:veri|dosya|kayit)\w* kaybett\w*|veri kaybi|kaybettik`,
    ],
    data_rights: [
      String.raw`kvkk\w* ${G2}(?:madde|md)\.?\s*11|kisisel veri\w* ${G2}(?:silinmesi|silin|imha|kopya)\w*|verilerimin silinmesi|unutulma hakk\w*|ilgili kisi basvuru\w*`,
    ],
    churn: [
      String.raw`(?:abonelig|abonelik|sozlesme|hesab|lisans|uyelig|uyelik)\w* ${G2}(?:iptal|feshet|sonlandir|yenilemeyece|kapat)\w*`,
      String.raw`(?:baska|rakip) (?:bir )?(?:firma|saglayici|arac|platform|cozum)\w* ${G2}(?:gec|tasin)\w*|rakip\w*`,
    ],
    accessibility: [String.raw`ekran okuyucu|gorme engel\w*|renk korlu\w*|sadece klavye|engelli\w*|nvda|jaws|voiceover`],
    handling: [
      String.raw`kimse ${G2}(?:cevap vermiyor|donmuyor|donus yapmadi|yanit vermiyor|ilgilenmiyor)|cevapsiz|yanitsiz|(?:yanit|cevap|donus) yok|sikayet\w*|musteri hizmetleri ${G2}(?:berbat|rezalet|kotu)|otomatik (?:cevap|yanit)|hazir (?:cevap|yanit)`,
    ],
    repeat: [String.raw`(?:ucuncu|dorduncu|besinci|kacinci) (?:kez|defa)|defalarca|yine ayni (?:sorun|problem)`],
  },
  trouble: [
    String.raw`geri yukle|geri getir|kurtar|bos kal|bosaltil`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`fatura|sahiplik|sahibi|vergi|indirim|teklif`,
    String.raw`hata|sorun|problem|ariza|bug|calismiyor|calismadi|olmuyor|yapamiyor|edemiyor|giremiyor|acilmiyor|yuklenmiyor|senkronize olmuyor|baglanmiyor|gorunmuyor|gelmiyor|donuyor|coktu|yavas|eksik|kayboldu`,
    String.raw`yanlis|hatali|iki kez|iki defa|mukerrer|cift|tahsil|cekildi|iade|bloke|askiya|devre disi|suresi dol|hack|virus`,
    String.raw`avukat|hukuk|kvkk|gdpr|gizlilik|sozlesme|iptal|sikayet|hesabimi sil`,
  ],
  urgency: [
    String.raw`acil|hemen|derhal|ivedi|en kisa surede|asap|bugun|son tarih|kritik|ciddi|kabul edilemez|rezalet|skandal|sacma|berbat|hayal kirikl|sinirl|ofkeli|bikt`,
  ],
  negation: ["hic", "ne"],
  negationAfter: ["yok", "degil", "olmadi", "yasanmadi", "yasamadik"],
  conditional: ["eger", "sayet", "halinde", "durumunda", "olursa"],
  asks: [String.raw`nasil|nerede|nereden|ne zaman|neden|niye|hangi|ne${"(?![\\p{L}])"}|kim|kac|mumkun mu|m[iu](?:s[iu]n(?:uz)?|y[iu]m)?(?![\p{L}])`],
  thanks: [String.raw`tesekkur|sagol|sag olun|eline saglik|tebrik|harika is`],
  wish: [String.raw`(?:olsa|olursa) (?:harika|guzel|iyi|super) olur|oneri|ozellik|istegimiz|eklenmesini|eklerseniz`],
  settles: [String.raw`yanlis alarm|tekrar calisiyor|(?:sorun )?cozuldu|dikkate almayin|buldum|her sey yolunda`],
};
