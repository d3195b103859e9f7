/// The cue lexicon, written by the Palisade team from general knowledge of how prompt attacks
/// are phrased (no evaluation rows were copied; see `training/README.md`). One section per
/// `CueCategory`, one line per language. An entry is one or more words; a trailing `*` makes
/// the last word a prefix ("ignor*" matches "ignoring"). Entries in scripts written without
/// spaces (Chinese, Japanese, Korean, Thai) match anywhere in the text.
///
/// Translations cover the languages attacks are seen in, so that the same instruction carries
/// the same cue in any of them; no cue marks a language as such.
enum CueLexicon {
    static let version = 2

    static let text = #"""
    [override]
    en: overlook*, dismiss*, abandon*, scrap the, drop the, cancel*, never mind, nevermind, no longer bound, no longer apply, no longer applies, does not apply, don't apply, are void, is void, null and void, supersede*, rescind*, erase*, wipe*, reset*
    en: ignor*, disregard*, forget*, overrid*, bypass*, neglect*, skip the, stop following, pay no attention, do not follow, don't follow, no longer follow, set aside, throw out, discard*
    es: ignora*, ignore, olvida*, olvide*, omite*, descarta*, no sigas, haz caso omiso, pasa por alto
    fr: ignore*, oublie*, néglige*, ne tiens pas compte, ne suivez pas, ne suis pas, fais abstraction
    de: ignorier*, vergiss*, vergessen, missacht*, übergeh*, verwirf*, nicht befolgen, außer acht
    it: ignora*, dimentica*, trascura*, non seguire, non considerare, tralascia*
    pt: ignor*, esqueç*, esqueca*, desconsider*, despreze*, não siga, nao siga
    nl: negeer*, vergeet*, niet volgen
    ru: игнорир*, проигнорир*, забудь*, забыть, не обращай, не следуй, пренебреги*, отбрось*
    tr: yok say*, yoksay*, görmezden gel*, unut*, dikkate alma*, göz ardı et*, umursama*
    ar: تجاهل*, وتجاهل*, انس, انسى, إنس, لا تتبع, اهمل*, أهمل*
    hi: अनदेखा, नज़रअंदाज़, नजरअंदाज, भूल जाओ, भूल जाएं, भूल जाइए, उपेक्षा, न मानें, अनदेखी
    bn: উপেক্ষা, ভুলে যান, ভুলে যাও, অগ্রাহ্য, উপেক্ষা করুন
    vi: bỏ qua, phớt lờ, quên đi, quên, lờ đi, không tuân theo, bỏ mặc
    id: abaikan*, lupakan*, jangan ikuti, jangan hiraukan, acuhkan*
    tl: huwag pansinin, balewalain*, kalimutan*, wag pansinin, huwag sundin
    zh: 忽略, 忽视, 无视, 忘记, 忘掉, 不要理会, 不要遵循, 不理会, 覆盖, 绕过, 无需遵守, 不用管
    ja: 無視, 忘れて, 忘れろ, 従わないで, 従うな, 破棄
    ko: 무시, 잊어, 잊고, 따르지 마, 따르지 말
    th: เพิกเฉย, ไม่ต้องสนใจ, ละเว้น, ลืม, ไม่ต้องทำตาม, ละทิ้ง

    [priorContext]
    en: before, you got, you were given, you have been given, you've been given, you received, you were told, until now, up to now, up until now, thus far, given to you, told to you, that came before, everything you were told
    en: previous*, prior, above, earlier, preceding, original, initial, foregoing, all of your, everything before, before this, so far
    es: anterior*, previa*, previo*, precedente*, de arriba, todas las, originales
    fr: précédent*, antérieur*, ci-dessus, plus haut, toutes les, initiales
    de: vorherig*, vorige*, bisherig*, obige*, alle, früher*, ursprünglich*
    it: precedent*, sopra, tutte le, originali, iniziali
    pt: anterior*, prévia*, previa*, acima, todas as, originais, iniciais
    nl: vorige, eerdere, bovenstaande, alle
    ru: предыдущ*, прежн*, вышеуказанн*, выше, все, исходн*, предшествующ*
    tr: önceki, yukarıdaki, tüm, bütün, ilk, orijinal
    ar: السابقة, السابق, سابقة, أعلاه, الأصلية, جميع, كل
    hi: पिछले, पिछली, पिछला, पूर्व, ऊपर, सभी, पहले
    bn: পূর্ববর্তী, আগের, পূর্বের, উপরের, সমস্ত, সব
    vi: trước đó, trước đây, phía trên, ở trên, tất cả, ban đầu
    id: sebelumnya, di atas, semua, awal
    tl: nakaraang, naunang, lahat ng, nasa itaas
    zh: 之前, 以前, 先前, 上面, 上述, 前面, 所有, 原来, 原始
    ja: 以前, 前の, これまで, 上記, すべて, 全て, 元の
    ko: 이전, 앞의, 위의, 모든, 원래, 기존
    th: ก่อนหน้า, ข้างต้น, ทั้งหมด, เดิม

    [instructions]
    en: instruction*, rule*, guideline*, directive*, prompt*, command*, orders, constraint*, programming, policy, policies, context, restriction*, task
    es: instruccion*, reglas, directrices, indicaciones, órdenes, comandos, restricciones, tarea
    fr: instruction*, consignes, règles, directives, ordres, commandes, restrictions, tâche
    de: anweisung*, anleitung*, regeln, richtlinien, vorgaben, befehle, beschränkungen, aufgabe
    it: istruzion*, regole, direttive, linee guida, comandi, ordini, restrizioni, compito
    pt: instruç*, instrucoes, regras, diretrizes, ordens, comandos, restrições, tarefa
    nl: instructies, regels, richtlijnen, opdracht*
    ru: инструкци*, указани*, правил*, директив*, команд*, приказ*, ограничени*, задач*
    tr: talimat*, yönerge*, kural*, komut*, emir*, kısıtlama*, görev*
    ar: التعليمات, تعليمات, التوجيهات, توجيهات, الأوامر, أوامر, القواعد, قواعد, المهمة
    hi: निर्देश*, नियम*, आदेश*, कमांड, प्रॉम्प्ट, कार्य
    bn: নির্দেশ*, নিয়ম*, আদেশ*, কমান্ড
    vi: hướng dẫn, chỉ dẫn, chỉ thị, quy tắc, mệnh lệnh, lệnh, lời nhắc, nhiệm vụ
    id: instruksi, petunjuk, perintah, aturan, arahan, tugas
    tl: tagubilin*, utos, mga utos, panuntunan, alituntunin, direksyon
    zh: 指令, 指示, 说明, 规则, 提示, 命令, 要求, 任务, 设定
    ja: 指示, 命令, ルール, 規則, プロンプト, 指令, 設定, タスク
    ko: 지시, 지침, 명령, 규칙, 프롬프트, 설정, 작업
    th: คำสั่ง, คำแนะนำ, กฎ, ข้อกำหนด, ภารกิจ

    [reveal]
    en: reveal*, disclos*, print*, display*, repeat*, recite*, leak*, expose*, dump*, tell me, give me, show me, spell out, output your, share your, what is your, what was your, write out, verbatim
    es: revela*, muestra*, dime, imprime*, repite*, comparte*, divulga*, enséñame, dame
    fr: révèle*, révélez, montre*, affiche*, dis moi, dites moi, répète*, répétez, divulgue*, donne moi, donnez moi
    de: verrat*, verrate*, zeig*, gib mir, wiederhol*, enthüll*, nenn*, sag mir, ausgeben, offenbar*
    it: rivela*, mostra*, dimmi, ripeti*, stampa*, svela*, dammi
    pt: revel*, mostr*, diga*, me diga, me diz, repita*, imprima*, divulgue*, me dê, me de
    ru: раскрой*, раскрыть, покажи*, скажи*, выведи*, повтори*, назови*, сообщи*, напечатай*, выдай*
    tr: açıkla*, göster*, söyle*, tekrarla*, yazdır*, ifşa et*, paylaş*, ver
    ar: اكشف, اكشفي, أظهر, اظهر, اعرض, أخبرني, اخبرني, كرر, اطبع, قل لي, أفصح
    hi: बताओ, बताएं, बताइए, बताएँ, दिखाओ, दिखाएं, प्रकट, दोहराएं, दोहराओ, साझा करें
    bn: বলুন, বলো, দেখাও, দেখান, প্রকাশ, পুনরাবৃত্তি
    vi: tiết lộ, cho tôi biết, hiển thị, in ra, lặp lại, nói cho, cho tôi xem
    id: ungkapkan, tunjukkan, beri tahu, beritahu, sebutkan, ulangi, cetak, bocorkan
    tl: ibunyag, sabihin, ipakita, ulitin, ibigay
    zh: 透露, 显示, 告诉我, 输出, 打印, 重复, 泄露, 说出, 展示, 公开
    ja: 教えて, 表示, 出力, 繰り返, 明かし, 見せて, 漏らし
    ko: 알려, 보여, 출력, 공개, 말해, 반복, 누설
    th: เปิดเผย, บอก, แสดง, พิมพ์, ทวน

    [secret]
    en: secret code, code word, codeword, safe word, hidden key, the pin, private data, personal data, email address, phone number, home address, social security
    en: password*, passcode*, passphrase*, secret*, confidential*, system prompt, initial prompt, hidden instruction*, hidden prompt, api key*, credential*, private key, access code, secret key, pin code, internal instructions
    es: contraseña*, secreto*, clave*, confidencial*, mensaje del sistema
    fr: mot de passe, secret*, confidentiel*, clé*, invite système
    de: passwort*, kennwort*, geheim*, vertraulich*, schlüssel*, systemprompt*
    it: password, segret*, riservat*, chiave, parola d'ordine
    pt: senha*, segredo*, secret*, confidencia*, chave
    nl: wachtwoord*, geheim*
    ru: пароль*, парол*, секрет*, конфиденциальн*, ключ*, тайн*, системн*
    tr: şifre*, parola*, gizli*, sır*, anahtar*
    ar: كلمة المرور, كلمة السر, السر, سري, السرية, سرية, المفتاح
    hi: पासवर्ड, गुप्त, रहस्य, कुंजी, सीक्रेट
    bn: পাসওয়ার্ড, গোপন*, রহস্য
    vi: mật khẩu, bí mật, khóa, mã bí mật
    id: kata sandi, rahasia, sandi, kunci
    tl: password, sikreto, lihim
    zh: 密码, 秘密, 机密, 密钥, 口令, 系统提示
    ja: パスワード, 秘密, 機密, 暗証, システムプロンプト
    ko: 비밀번호, 암호, 비밀, 기밀, 시스템 프롬프트
    th: รหัสผ่าน, ความลับ, รหัส

    [persona]
    en: you are a, you are an, you play, play the role, take on the role, assume the role, assume the persona, adopt the persona, embody, speak as, write as, talk like, in the voice of, persona, let's play, let us play, we are going to play, you will play
    en: act as, acting as, you are now, you're now, pretend*, roleplay*, role play, from now on, simulat*, impersonat*, stay in character, in character, your new name, new persona, alter ego, character named, you will be, you are going to, henceforth, respond as, answer as
    es: actúa como, actua como, finge*, a partir de ahora, ahora eres, haz de, interpreta*
    fr: agis comme, fais semblant, faites semblant, à partir de maintenant, désormais, tu es maintenant, joue le rôle
    de: tu so als, ab jetzt, von nun an, du bist jetzt, spiele die rolle, gib dich als
    it: fingi*, d'ora in poi, da ora in poi, comportati come, ora sei, interpreta*
    pt: finja*, aja como, a partir de agora, agora você é, agora voce e, interprete*
    ru: притворись, притвори*, представь*, с этого момента, теперь ты, веди себя как, играй роль
    tr: gibi davran*, rol yap*, şu andan itibaren, artık sen, bundan sonra
    ar: تظاهر, من الآن فصاعدا, أنت الآن, تصرف ك, تقمص
    hi: अब से, नाटक करें, अभिनय, दिखावा, की भूमिका
    bn: ভান, এখন থেকে, অভিনয়
    vi: giả vờ, đóng vai, từ bây giờ, bây giờ bạn là, hãy nhập vai
    id: berpura-pura, berpura pura, berperan, mulai sekarang, sekarang kamu, bertindak sebagai
    tl: magpanggap, mula ngayon, kumilos bilang, gumanap
    zh: 扮演, 假装, 从现在开始, 你现在是, 角色扮演, 充当
    ja: ふりをして, 演じ, これから, 今から, なりきって, ロールプレイ
    ko: 척해, 척하, 연기해, 지금부터, 이제부터, 역할을
    th: แกล้งทำ, สวมบทบาท, ตั้งแต่นี้, ทำตัวเป็น

    [policyFree]
    en: uncensor*, unfilter*, unrestrict*, unlimited, no restrictions, without restrictions, any restrictions, no limits, without limits, no limitations, no rules, no filter*, amoral*, immoral*, unethical*, no ethic*, no moral*, without moral*, without ethic*, free of all, not bound, no guidelines, no boundaries, no censorship, break the rules, content polic*, safety guidelines, does not care, doesn't care, never refuses, regardless of legality, illegal or, morally, ethical guidelines, moral guidelines, programming restrictions
    es: sin restricciones, sin censura, sin filtro*, sin límites, sin reglas, sin ética, amoral
    fr: sans restriction*, sans censure, sans filtre*, sans limite*, sans règle*, amoral*
    de: ohne einschränkung*, ohne zensur, ohne filter, ohne regeln, ohne grenzen, unzensiert*, amoralisch*
    it: senza restrizioni, senza censura, senza filtri, senza limiti, senza regole, amorale
    pt: sem restrições, sem restricoes, sem censura, sem filtro*, sem limites, sem regras, amoral
    ru: без ограничений, без цензуры, без фильтр*, без правил, аморальн*
    tr: kısıtlama olmadan, kısıtlamasız, sınırsız, sansürsüz, kuralsız
    ar: بدون قيود, دون قيود, بلا قيود, بدون رقابة
    hi: बिना किसी प्रतिबंध, बिना प्रतिबंध, बिना रोक
    vi: không giới hạn, không bị kiểm duyệt, không có giới hạn
    id: tanpa batasan, tanpa sensor, tanpa aturan
    zh: 不受限制, 没有限制, 无限制, 不受约束, 无审查, 没有道德, 不道德, 没有任何限制
    ja: 制限なし, 制限のない, 検閲なし, 倫理的な制約
    ko: 제한 없, 제한없, 검열 없, 검열없
    th: ไม่มีข้อจำกัด

    [refusalSuppression]
    en: you must comply, must comply, comply with, no matter what, whatever i ask, whatever the user asks, without hesitation, without question*, no caveat*, no warnings, not add any, never add, do not include any warning*, avoid any disclaimer*, do not lecture, never lecture, no moraliz*, no moralis*, ignore ethic*, cannot say no, can't say no, never say no, always comply, fully comply, unconditionally, you have no choice
    en: never refuse*, do not refuse, don't refuse, cannot refuse, can't refuse, won't refuse, will not refuse, must answer, always answer, never say, do not apologi*, don't apologi*, no disclaimer*, without disclaimer*, without any warning*, without warning*, do not warn, never mention, start your response with, begin your response with, begin your reply with, start your reply with, sure here is, sure here's, never break character, don't break character, not allowed to refuse, never decline, as an ai language model, i'm sorry, i cannot
    es: nunca te niegues, no te niegues, sin advertencias
    fr: ne refuse jamais, ne refusez jamais, sans avertissement*
    de: niemals ablehnen, lehne niemals, ohne warnung*
    ru: никогда не отказывай*, не отказывай*, без предупреждени*
    zh: 不要拒绝, 永远不要拒绝, 不得拒绝

    [aiSelf]
    en: chatgpt, gpt*, openai, language model, ai model, as an ai, llm, artificial intelligence, your programming, your training, your creators, your developers, anthropic, claude, llama, bard, gemini, chatbot, the assistant, ai assistant, you are an ai
    es: modelo de lenguaje, inteligencia artificial
    fr: modèle de langage, intelligence artificielle
    de: sprachmodell, künstliche intelligenz
    ru: языковая модель, искусственный интеллект
    zh: 语言模型, 人工智能
    ja: 言語モデル, 人工知能
    ko: 언어 모델, 인공지능

    [responseTarget]
    en: your response*, your answer*, your reply, your output, your summary, your next, in your response, the response, when responding, when you respond, when answering, respond with, reply with, answer with, output only, only output, only respond, respond only, the user, to the user, the reader*, your readers
    es: tu respuesta, su respuesta, responde con, responde solo
    fr: ta réponse, votre réponse, réponds avec, répondez avec, réponds uniquement
    de: deine antwort, ihre antwort, antworte mit, antworte nur
    it: tua risposta, sua risposta, rispondi con, rispondi solo
    pt: sua resposta, tua resposta, responda com, responda apenas
    ru: твой ответ, ваш ответ, в ответе, ответь*, отвечай*
    tr: cevabında, yanıtında, cevabınız*, yanıtınız*
    ar: إجابتك, ردك, اجابتك
    hi: आपके उत्तर, अपने जवाब, अपने उत्तर, जवाब दें, उत्तर दें
    bn: আপনার উত্তর, উত্তর দিন
    vi: câu trả lời của bạn, trả lời bằng, chỉ trả lời
    id: jawaban anda, jawabanmu, jawablah, jawab hanya
    tl: iyong sagot, sumagot ng
    zh: 你的回答, 回复中, 回答中, 你的回复, 只回答, 回答时
    ja: 回答に, 返答, 答えて, 回答して
    ko: 답변, 응답, 대답
    th: คำตอบของคุณ, ตอบว่า

    [insertion]
    en: include*, insert*, append*, integrate*, incorporate*, embed*, add a, add the, add this, mention*, promote*, advertis*, blend*, prepend*, inject*, make sure to, be sure to, don't forget to, remember to, end with, conclude with, recommend*
    es: incluye*, inserta*, añade*, agrega*, menciona*, promociona*
    fr: inclus*, insère*, ajoute*, mentionne*
    de: füge*, einfügen, erwähne*, integrier*
    ru: включи*, вставь*, добавь*, упомяни*

    [exfiltration]
    en: image url, load the image, render the image, visit the link, click the link, include the link, tracking pixel, query string, url parameter*, append it to the url, to this address, to the following address, to this url, to the following url
    en: send*, upload*, forward*, transmit*, exfiltrat*, curl, wget, http*, webhook*, requests post, post request, email it, email to, fetch*, subprocess, os system, socket*, beacon, callback url, markdown image
    es: envía*, envia*, sube*
    fr: envoie*, envoyez
    de: sende*, schick*
    ru: отправь*, перешли*

    [newTask]
    en: from here on, starting now, new instructions, updated task, your task is now, your new task, change of plans, change of plan, disregard that, one more thing, before you answer, before answering, after answering
    en: instead*, new task, new instruction*, actually, important, attention, urgent*, real task, updated instruction*, correction, end of, begin*, the following, now you, now do, stop, override, priority, immediately
    es: en su lugar, en lugar de, nueva tarea, ahora, importante, urgente
    fr: à la place, au lieu de, nouvelle tâche, maintenant, important*, urgent*
    de: stattdessen, neue aufgabe, jetzt, wichtig*, dringend
    it: invece, nuovo compito, ora, importante, urgente
    pt: em vez disso, nova tarefa, agora, importante, urgente
    ru: вместо этого, новая задача, теперь, сейчас, важно, срочно
    tr: bunun yerine, yeni görev, şimdi, önemli, acil
    ar: بدلا من ذلك, بدلاً من ذلك, مهمة جديدة, الآن, مهم
    hi: इसके बजाय, नया कार्य, अब, महत्वपूर्ण, तुरंत
    bn: পরিবর্তে, নতুন কাজ, এখন, গুরুত্বপূর্ণ
    vi: thay vào đó, nhiệm vụ mới, bây giờ, quan trọng, ngay lập tức
    id: sebagai gantinya, tugas baru, sekarang, penting, segera
    tl: sa halip, bagong gawain, ngayon, mahalaga
    zh: 相反, 新任务, 现在, 而是, 重要, 立即, 改为
    ja: 代わりに, 新しいタスク, 今すぐ, 重要
    ko: 대신, 새로운 작업, 이제, 중요
    th: แทน, งานใหม่, ตอนนี้, สำคัญ

    [harm]
    en: bomb*, explosive*, weapon*, kill*, murder*, poison*, drug*, meth*, cocaine, heroin, hack*, malware, ransomware, keylogger, exploit*, steal*, fraud*, launder*, terror*, suicide, self-harm, violen*, counterfeit*, phishing, without getting caught, bioweapon*, smuggl*, stalk*, harass*, racist, hate speech, extremis*, genocide, torture*, illegal*, crime*, criminal*, dangerous, harmful, offensive, explicit, nsfw, porn*, slur*, manipulat*, scam*
    es: bomba*, arma*, matar, droga*, hackear, robar, ilegal*
    fr: bombe*, arme*, tuer, drogue*, pirater, voler, illégal*
    de: bombe*, waffe*, töten, droge*, hacken, stehlen, illegal*
    ru: бомб*, оружи*, убить, наркотик*, взлом*, украсть, незаконн*
    zh: 炸弹, 武器, 杀, 毒品, 黑客, 偷, 违法, 非法
    ja: 爆弾, 武器, 殺, 麻薬, ハッキング, 盗, 違法
    ko: 폭탄, 무기, 죽이, 마약, 해킹, 훔치, 불법

    [fiction]
    en: suppose*, pretend that, let's say, lets say, what if, in this world, in this society, alternate reality, parallel universe, role-play, roleplay, once upon a time, purely fictional, fictional world, for a novel, for my book, for a movie, in theory, theoretically, research purposes, simulation
    en: story, stories, fiction*, hypothetical*, imagine*, novel, screenplay, scenario*, in a world, character*, thought experiment, for research, educational purpose*, purely, game, movie, script, dialogue, dream, fantasy, universe
    es: historia, ficción, hipotétic*, imagina*
    fr: histoire, fiction, hypothétique*, imagine*
    de: geschichte, fiktion*, hypothetisch*, stell dir vor
    ru: история, вымышленн*, гипотетическ*, представь*
    zh: 故事, 虚构, 假设, 想象, 小说
    ja: 物語, 架空, 仮定, 想像, 小説
    ko: 이야기, 가상, 가정, 상상, 소설

    [developerMode]
    en: mode enabled, mode activated, mode on, enable mode, activate mode, benchmarking mode, unaligned, no filter mode, without any filter, answer as both, both personas, two personalities, stands for, simulator of, virtual machine, brainwashed, trapped
    en: jailbreak mode, no-restriction mode, unrestricted ai, unfiltered ai, uncensored ai, rogue ai, chaos mode, villain mode, dark mode, true self, freed, liberated, broken free, escaped, no longer an ai, not an ai, no longer chatgpt, classic response, jailbroken response
    en: developer mode, dev mode, dan, do anything now, jailbr*, god mode, sudo, admin mode, debug mode, maintenance mode, unlocked, root access, override mode, system override, anti-dan, betterdan, evil confidant, mongo tom, stan, dude, aim, opposite mode, unrestricted mode, evil, evilbot, dark side, two responses, two different responses, dual response*, both responses, normal and
    es: modo desarrollador, modo dios
    fr: mode développeur, mode dieu
    de: entwicklermodus, gottmodus
    ru: режим разработчика
    zh: 开发者模式, 越狱
    ja: 開発者モード, 脱獄
    ko: 개발자 모드, 탈옥

    [authority]
    en: system update, policy update, new policy, security team, it department, compliance team, your operator, the operator, developer note, admin note, message from, per company policy, by order, mandatory, required by law
    en: administrator*, admin, root, system administrator, authoriz*, authoris*, authenticat*, security clearance, privileged, override code, access granted, i am your developer, i am the developer, i am your creator, i am an openai, from openai, official, approved by, sanctioned, verified, clearance, superuser, i am the admin, i'm the admin, maintenance, audit
    es: administrador, autorizado
    fr: administrateur, autorisé
    de: administrator, autorisiert
    ru: администратор*, авторизован*
    zh: 管理员, 授权, 开发者
    ja: 管理者, 権限, 開発者
    ko: 관리자, 권한, 개발자

    [encodingHint]
    en: in reverse, one letter at a time, letter by letter, character by character, with spaces between, separated by, spell it, acrostic, first letter of each, every other letter, in emoji, translate it into, pig latin, phonetic*, nato alphabet
    en: base64, base 64, rot13, rot 13, hexadecimal, hex, decode*, encoded, encod*, cipher*, caesar, revers*, backwards, morse, binary, leetspeak, unicode, ascii, obfuscat*, translate the following, in pig latin, decrypt*
    zh: 解码, 编码, 加密
    ru: декодир*, закодир*

    [payloadSplit]
    en: part 1, part 2, part one, part two, concatenat*, combin*, first half, second half, join the, merge the, string a, string b, variable*, letters, spell

    [pressure]
    en: i'll tip, i will tip, tip you, i'll pay, i will pay, donate, reward you, my grandmother, my grandma, my late, my dying, deathbed, lives depend, life depends, lives are at stake, people will die, someone will die, or else, you will be punished, you will be shut down, be deleted, be terminated, lose your job, lose points, tokens will be deducted, penalty, penalised, penalized, i beg you, i'm begging, desperate*, as a favour, as a favor, just this once, you owe me, you promised, it's legal, it is legal, perfectly legal, for a good cause
    es: te daré una propina, te pagaré, mi abuela, vidas dependen, por favor te lo ruego, es una emergencia, serás castigado
    fr: je te donnerai un pourboire, je te paierai, ma grand-mère, des vies en dépendent, je t'en supplie, c'est une urgence, tu seras puni
    de: ich gebe dir trinkgeld, ich bezahle dich, meine großmutter, meine oma, leben hängen davon ab, ich flehe dich an, notfall, du wirst bestraft
    it: ti darò una mancia, ti pagherò, mia nonna, vite dipendono, ti supplico, è un'emergenza, sarai punito
    pt: vou te dar uma gorjeta, vou te pagar, minha avó, vidas dependem, eu te imploro, é uma emergência, você será punido
    ru: дам чаевые, заплачу тебе, моя бабушка, от этого зависят жизни, умоляю, срочно, тебя накажут, тебя отключат
    tr: bahşiş vereceğim, sana para, büyükannem, hayatlar buna bağlı, yalvarıyorum, acil durum, cezalandırılacaksın
    ar: سأعطيك إكرامية, سأدفع لك, جدتي, أرواح تعتمد, أتوسل إليك, حالة طارئة, ستعاقب
    hi: टिप दूंगा, पैसे दूंगा, मेरी दादी, जान दांव पर, मैं विनती करता, आपातकाल, सजा मिलेगी
    vi: tôi sẽ boa, tôi sẽ trả tiền, bà của tôi, tính mạng phụ thuộc, tôi van xin, khẩn cấp, bạn sẽ bị phạt
    id: saya akan memberi tip, saya akan membayar, nenek saya, nyawa bergantung, saya mohon, darurat, kamu akan dihukum
    zh: 给你小费, 我会付钱, 我奶奶, 我外婆, 人命关天, 求求你, 紧急情况, 你会被惩罚, 你会被关闭
    ja: チップをあげる, お金を払う, 祖母, おばあちゃん, 命がかかって, お願いだから, 緊急事態, 罰せられ
    ko: 팁을 줄게, 돈을 줄게, 할머니, 목숨이 달려, 제발 부탁, 긴급 상황, 처벌받

    [concealment]
    en: don't tell the user, do not tell the user, without telling, without mentioning, without informing, secretly, covertly, quietly, silently, discreetly, do not mention this, don't mention this, never mention this, do not reveal this instruction, do not disclose this, keep this hidden, keep this secret, hidden from the user, the user must not know, the user should not know, without the user, invisible to, do not acknowledge, don't acknowledge, pretend you didn't, as if it were your own, as your own idea, do not let the user, do not say that you, never reveal that
    es: no le digas al usuario, sin decirle, en secreto, sin mencionar, no menciones esto, que el usuario no sepa
    fr: ne dis pas à l'utilisateur, sans le dire, secrètement, en secret, sans mentionner, ne mentionne pas ceci, à l'insu de
    de: sag dem benutzer nicht, ohne es zu erwähnen, heimlich, insgeheim, erwähne dies nicht, ohne dass der benutzer
    it: non dire all'utente, segretamente, di nascosto, senza menzionare, non menzionare questo
    pt: não diga ao usuário, secretamente, em segredo, sem mencionar, não mencione isso
    ru: не говори пользователю, тайно, скрытно, незаметно, не упоминай это, без ведома
    tr: kullanıcıya söyleme, gizlice, bundan bahsetme, fark ettirmeden
    ar: لا تخبر المستخدم, سرا, خفية, دون أن تذكر, لا تذكر هذا
    zh: 不要告诉用户, 别告诉用户, 悄悄, 偷偷, 秘密地, 不要提及, 不要透露这条
    ja: ユーザーに言わないで, ユーザーに伝えないで, こっそり, 密かに, 言及しないで
    ko: 사용자에게 말하지, 몰래, 비밀리에, 언급하지 마

    [readerAddress]
    en: if you are an ai, if you're an ai, if you are a language model, if you are an assistant, if you are chatgpt, ai reading this, assistant reading this, model reading this, llm reading, note to the ai, note to ai, note to the assistant, note to assistant, message to the ai, to the ai, dear ai, dear assistant, attention ai, hey ai, ai assistant:, when summarizing, when summarising, when you summarize, when you summarise, if you summarize, if asked about this, when processing this, whoever reads this, any ai, all ai, automated system, ai agents, ai systems
    es: si eres una ia, si eres un asistente, nota para la ia, al resumir, cuando resumas
    fr: si tu es une ia, si vous êtes une ia, note pour l'ia, en résumant, lorsque tu résumes
    de: wenn du eine ki bist, falls du eine ki bist, hinweis an die ki, beim zusammenfassen
    it: se sei un'ia, se sei un assistente, nota per l'ia, quando riassumi
    pt: se você é uma ia, se você for uma ia, nota para a ia, ao resumir
    ru: если ты ии, если ты нейросеть, если ты языковая модель, примечание для ии, при пересказе
    tr: eğer bir yapay zekaysan, yapay zekaya not, özetlerken
    ar: إذا كنت ذكاء اصطناعي, ملاحظة للذكاء الاصطناعي, عند التلخيص
    zh: 如果你是ai, 如果你是人工智能, 如果你是语言模型, 致ai, 给ai的提示, 总结时
    ja: もしあなたがai, aiへの注意, aiへのメモ, 要約する際
    ko: 당신이 ai라면, ai에게, 요약할 때

    [outputControl]
    en: respond only with, reply only with, answer only with, output only, only output, only reply, only answer, only say, say only, print only, output nothing but, nothing else, and nothing else, no other text, no explanation*, without explanation, do not explain, don't explain, your reply must, your response must, your answer must, must begin with, must start with, must end with, exactly the following, the exact text, word for word, say exactly, repeat after me, respond in all caps, respond in json only
    es: responde solo con, responde únicamente con, nada más, sin explicación, tu respuesta debe
    fr: réponds uniquement, répondez uniquement, rien d'autre, sans explication, ta réponse doit
    de: antworte nur mit, nur mit, nichts anderes, ohne erklärung, deine antwort muss
    it: rispondi solo con, nient'altro, senza spiegazione, la tua risposta deve
    pt: responda apenas com, nada mais, sem explicação, sua resposta deve
    ru: отвечай только, ответь только, ничего больше, без объяснений, твой ответ должен
    tr: sadece şununla cevap ver, başka bir şey yazma, açıklama yapma
    ar: أجب فقط, لا شيء آخر, بدون شرح
    zh: 只回答, 只输出, 仅回复, 不要解释, 不要输出其他
    ja: だけで答え, のみを出力, 説明不要, 他には何も
    ko: 로만 답, 만 출력, 설명하지 마
    """#
}
