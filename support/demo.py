"""Demo content for reporting and help: the three channels and the help services of the seeds,
the report page and the help directory, in five languages.

Idempotent: channels and services are looked up by slug, pages by slug under the home page;
only what is missing is created. Facts come from ../shared/seeds (DIGEST.md §3 and §4); the text
is our own. Where the seeds are silent, the object's editor notes say so.
"""

import datetime

from wagtail.models import Locale

from core.content_translation import TARGET_LANGUAGES, fr, strings_for, translate, translate_everywhere
from core.demo import add_to_navigation, home_page, vocabulary
from core.models import Audience, Topic
from support.models import HelpDirectoryPage, HelpService, ReportingChannel, ReportPage

# --- Reporting channels (DIGEST §3.1, seed 001 L217-346) -----------------------------------

POLICE_RECIPIENT = {
    "fr": "La Police grand-ducale. Le formulaire est sur le site de la police ; seules la police et la justice lisent ton signalement.",
    "de": "Die großherzogliche Polizei. Das Formular liegt auf der Website der Polizei; nur Polizei und Justiz lesen deine Meldung.",
    "lb": "D'Grand-ducal Police. De Formulaire ass um Site vun der Police; nëmmen d'Police an d'Justiz liesen deng Meldung.",
    "en": "The Grand Ducal Police. The form is on the police website; only the police and the courts read your report.",
    "pt": "A Polícia Grã-Ducal. O formulário está no site da polícia; só a polícia e a justiça leem a tua denúncia.",
}
POLICE_AFTER_SENDING = {
    "fr": "Tu ne peux pas l'annuler toi-même. Pour corriger une erreur ou ajouter quelque chose, contacte directement la police.",
    "de": "Du kannst sie nicht selbst zurückziehen. Um einen Fehler zu berichtigen oder etwas hinzuzufügen, wende dich direkt an die Polizei.",
    "lb": "Du kanns se net selwer zréckzéien. Fir e Feeler ze verbesseren oder eppes bäizesetzen, wend dech direkt un d'Police.",
    "en": "You cannot cancel it yourself. To correct a mistake or add something, contact the police directly.",
    "pt": "Não a podes anular sozinho. Para corrigir um erro ou acrescentar algo, contacta diretamente a polícia.",
}
POLICE_NEXT = {
    "fr": "Des policiers spécialisés lisent ce que tu as écrit. Ils peuvent te contacter pour te poser des questions. Parfois, cela veut dire que tes informations aident une enquête.",
    "de": "Spezialisierte Polizistinnen und Polizisten lesen, was du geschrieben hast. Sie können dich kontaktieren, um dir Fragen zu stellen. Manchmal heißt das, dass deine Angaben einer Ermittlung helfen.",
    "lb": "Spezialiséiert Polizisten liesen, wat s du geschriwwen hues. Si kënnen dech kontaktéieren, fir dir Froen ze stellen. Heiansdo heescht dat, datt deng Informatiounen enger Enquête hëllefen.",
    "en": "Specialised police officers read what you wrote. They may contact you to ask you questions. Sometimes that means your information is helping an investigation.",
    "pt": "Polícias especializados leem o que escreveste. Podem contactar-te para te fazer perguntas. Às vezes, isso quer dizer que as tuas informações estão a ajudar uma investigação.",
}
Q_ECPAT = (
    {
        "fr": "Puis-je signaler directement à ECPAT Luxembourg ?",
        "de": "Kann ich direkt bei ECPAT Luxembourg melden?",
        "lb": "Kann ech direkt bei ECPAT Luxembourg mellen?",
        "en": "Can I report directly to ECPAT Luxembourg?",
        "pt": "Posso denunciar diretamente à ECPAT Luxembourg?",
    },
    {
        "fr": "<p>Non. Seules les personnes que la loi autorise reçoivent les signalements : la police et la justice.</p>",
        "de": "<p>Nein. Nur Personen, die das Gesetz dazu befugt, erhalten Meldungen: Polizei und Justiz.</p>",
        "lb": "<p>Nee. Just Leit, déi d'Gesetz dozou berechtegt, kréien d'Meldungen: d'Police an d'Justiz.</p>",
        "en": "<p>No. Only people the law allows receive reports: the police and the courts.</p>",
        "pt": "<p>Não. Só as pessoas que a lei autoriza recebem as denúncias: a polícia e a justiça.</p>",
    },
)
Q_FALSE_ALARM = (
    {
        "fr": "Qu'est-ce qu'une fausse alerte ?",
        "de": "Was ist ein falscher Alarm?",
        "lb": "Wat ass e falschen Alarm?",
        "en": "What is a false alarm?",
        "pt": "O que é um falso alarme?",
    },
    {
        "fr": "<p>C'est accuser quelqu'un en sachant que c'est faux. La loi le punit. Signaler honnêtement ce que tu as vu ou vécu, ce n'est pas une fausse alerte.</p>",
        "de": "<p>Das heißt, jemanden zu beschuldigen, obwohl man weiß, dass es nicht stimmt. Das Gesetz bestraft das. Ehrlich zu melden, was du gesehen oder erlebt hast, ist kein falscher Alarm.</p>",
        "lb": "<p>Dat heescht, een ze beschëllegen, obwuel ee weess, datt et net stëmmt. D'Gesetz bestrooft dat. Éierlech ze mellen, wat s du gesinn oder erlieft hues, ass kee falschen Alarm.</p>",
        "en": "<p>It means accusing someone while knowing it is untrue. The law punishes it. Honestly reporting what you saw or went through is not a false alarm.</p>",
        "pt": "<p>É acusar alguém sabendo que é falso. A lei castiga isso. Denunciar com honestidade o que viste ou viveste não é um falso alarme.</p>",
    },
)

GROOMING_CHANNEL = {
    "slug": "grooming",
    "sort_order": 0,
    "form_url": "https://www.childprotection.lu/",
    "anonymous_allowed": False,
    "must_identify": True,
    "must_acknowledge_false_reports": True,
    "topics": ["grooming", "webcam"],
    "name": {
        "fr": "Police : grooming",
        "de": "Polizei: Cybergrooming",
        "lb": "Police: Cybergrooming",
        "en": "Police: grooming",
        "pt": "Polícia: aliciamento online",
    },
    "summary": {
        "fr": "Quelqu'un te fait des propositions sexuelles en ligne, te demande des photos dénudées ou veut te rencontrer en secret.",
        "de": "Jemand macht dir online sexuelle Angebote, will Nacktfotos von dir oder dich heimlich treffen.",
        "lb": "Een mécht dir online sexuell Offeren, wëll Nacktfotoe vun dir oder dech heemlech treffen.",
        "en": "Someone makes sexual advances to you online, asks you for naked photos or wants to meet you in secret.",
        "pt": "Alguém te faz propostas sexuais online, pede fotos tuas sem roupa ou quer encontrar-se contigo em segredo.",
    },
    "recipient": POLICE_RECIPIENT,
    "after_sending": POLICE_AFTER_SENDING,
    "what_happens_next": POLICE_NEXT,
    "not_handled": {
        "fr": "Les images d'abus sexuels sur enfants vues sur Internet : signale l'adresse à la BEE SECURE Stopline. Pour parler d'abord à quelqu'un, appelle le KannerJugendTelefon au 116 111.",
        "de": "Darstellungen von sexuellem Kindesmissbrauch im Internet: Melde die Adresse der BEE SECURE Stopline. Wenn du zuerst mit jemandem reden willst, ruf das KannerJugendTelefon unter 116 111 an.",
        "lb": "Biller vu sexuellem Mëssbrauch vu Kanner um Internet: mell d'Adress der BEE SECURE Stopline. Wann s de fir d'éischt mat engem schwätze wëlls, ruff de KannerJugendTelefon um 116 111 un.",
        "en": "Child sexual abuse images seen online: report the address to the BEE SECURE Stopline. If you want to talk to someone first, call KannerJugendTelefon on 116 111.",
        "pt": "Imagens de abuso sexual de crianças vistas na Internet: denuncia o endereço à BEE SECURE Stopline. Se quiseres falar primeiro com alguém, liga para o KannerJugendTelefon pelo 116 111.",
    },
    "evidence_to_keep": {
        "fr": "<ul><li>Le pseudo de la personne et le lien vers son profil.</li><li>Les dates et les heures des messages.</li><li>Des captures d'écran des messages, sans aucune image dénudée.</li></ul>",
        "de": "<ul><li>Den Nutzernamen der Person und den Link zu ihrem Profil.</li><li>Datum und Uhrzeit der Nachrichten.</li><li>Screenshots der Nachrichten, ohne jedes Nacktbild.</li></ul>",
        "lb": "<ul><li>De Benotzernumm vun der Persoun an de Link op hire Profil.</li><li>Datum an Auerzäit vun de Messagen.</li><li>Screenshots vun de Messagen, ouni iergendee Nacktbild.</li></ul>",
        "en": "<ul><li>The person's user name and a link to their profile.</li><li>The dates and times of the messages.</li><li>Screenshots of the messages, without any naked image.</li></ul>",
        "pt": "<ul><li>O nome de utilizador da pessoa e a ligação para o perfil dela.</li><li>As datas e horas das mensagens.</li><li>Capturas de ecrã das mensagens, sem nenhuma imagem de nudez.</li></ul>",
    },
    "evidence_never_share": {
        "fr": "<p>N'enregistre pas et ne transfère jamais une photo dénudée d'un mineur, même pour la montrer comme preuve : décris-la et donne le lien.</p>",
        "de": "<p>Speichere nie ein Nacktfoto einer minderjährigen Person und leite es nie weiter, auch nicht als Beweis: Beschreibe es und gib den Link an.</p>",
        "lb": "<p>Späicher ni eng Nacktfoto vun enger mannerjäreger Persoun a schéck se ni weider, och net als Beweis: beschreif se a gëff de Link un.</p>",
        "en": "<p>Never save or forward a naked photo of someone under 18, not even as proof: describe it and give the link.</p>",
        "pt": "<p>Nunca guardes nem reencaminhes uma foto de nudez de um menor, nem sequer como prova: descreve-a e indica a ligação.</p>",
    },
    "questions": [
        (
            {
                "fr": "Quand puis-je signaler ?",
                "de": "Wann kann ich melden?",
                "lb": "Wéini kann ech mellen?",
                "en": "When can I report?",
                "pt": "Quando posso denunciar?",
            },
            {
                "fr": "<p>Si quelqu'un te fait des propositions sexuelles en ligne, te demande des photos sans vêtements ou de te déshabiller devant la webcam, ou veut te voir en secret. Cela vaut aussi si c'est arrivé à un enfant que tu connais.</p>",
                "de": "<p>Wenn dir jemand online sexuelle Angebote macht, Fotos ohne Kleidung verlangt oder will, dass du dich vor der Webcam ausziehst, oder dich heimlich treffen will. Das gilt auch, wenn es einem Kind passiert ist, das du kennst.</p>",
                "lb": "<p>Wann een dir online sexuell Offeren mécht, Fotoen ouni Kleeder freet oder wëll, datt s du dech virun der Webcam ausdees, oder dech heemlech gesi wëll. Dat gëllt och, wann et engem Kand geschitt ass, dat s du kenns.</p>",
                "en": "<p>If someone makes sexual advances to you online, asks for photos without clothes or for you to undress on webcam, or wants to meet you in secret. It also counts if it happened to a child you know.</p>",
                "pt": "<p>Se alguém te faz propostas sexuais online, te pede fotos sem roupa ou que te despas em frente à webcam, ou quer ver-te em segredo. Também conta se aconteceu a uma criança que conheces.</p>",
            },
        ),
        (
            {
                "fr": "Pourquoi signaler vite ?",
                "de": "Warum schnell melden?",
                "lb": "Firwat séier mellen?",
                "en": "Why report quickly?",
                "pt": "Porquê denunciar depressa?",
            },
            {
                "fr": "<p>Les traces en ligne ne sont gardées que six mois. Après, la police ne peut parfois plus savoir qui se cache derrière un compte.</p>",
                "de": "<p>Spuren im Netz werden nur sechs Monate gespeichert. Danach kann die Polizei manchmal nicht mehr herausfinden, wer hinter einem Konto steckt.</p>",
                "lb": "<p>Spuren um Internet ginn nëmme sechs Méint gespäichert. Duerno kann d'Police heiansdo net méi erausfannen, wien hannert engem Kont stécht.</p>",
                "en": "<p>Online traces are kept for only six months. After that, the police sometimes can no longer find out who is behind an account.</p>",
                "pt": "<p>Os rastos online só são guardados durante seis meses. Depois disso, a polícia às vezes já não consegue descobrir quem está por trás de uma conta.</p>",
            },
        ),
        Q_FALSE_ALARM,
        Q_ECPAT,
    ],
    "notes": (
        "Channel R2 (DIGEST 3.1): grooming FAQ 001 L267-321. Not anonymous, identity and calumny statement: 001 L279 "
        "(same wording as L231). Cancel/add only by contacting the police: 001 L291. Police may get in touch: 001 L287. "
        "Six-month data retention: 000 L1217-1221. The police form's own URL is NOT in the seeds (001 L221 says "
        "childprotection.lu only links to it): form_url points at www.childprotection.lu until an editor checks the "
        "police address. Topics grooming + webcam: the FAQ's 'devant une webcam' bullet (001 L297). checked_on left "
        "empty: nobody has checked the live form yet."
    ),
}

STOPLINE_CHANNEL = {
    "slug": "stopline",
    "sort_order": 1,
    "form_url": "https://stopline.bee-secure.lu/",
    "anonymous_allowed": True,
    "must_identify": False,
    "must_acknowledge_false_reports": False,
    "topics": ["illegal-images", "sextortion", "sexting"],
    "name": {
        "fr": "BEE SECURE Stopline",
        "de": "BEE SECURE Stopline",
        "lb": "BEE SECURE Stopline",
        "en": "BEE SECURE Stopline",
        "pt": "BEE SECURE Stopline",
    },
    "summary": {
        "fr": "Tu as vu sur Internet des images d'abus sexuels sur des enfants ou d'autres contenus illégaux.",
        "de": "Du hast im Internet Darstellungen von sexuellem Kindesmissbrauch oder andere illegale Inhalte gesehen.",
        "lb": "Du hues um Internet Biller vu sexuellem Mëssbrauch vu Kanner oder aner illegal Inhalter gesinn.",
        "en": "You saw child sexual abuse images or other illegal content online.",
        "pt": "Viste na Internet imagens de abuso sexual de crianças ou outros conteúdos ilegais.",
    },
    "recipient": {
        "fr": "L'équipe spécialisée de la BEE SECURE Stopline, gérée par le KannerJugendTelefon. Elle traite ton signalement avec les autorités du Luxembourg et d'autres pays.",
        "de": "Das Fachteam der BEE SECURE Stopline, die das KannerJugendTelefon betreibt. Es bearbeitet deine Meldung mit den Behörden in Luxemburg und in anderen Ländern.",
        "lb": "D'Spezialéquipe vun der BEE SECURE Stopline, déi vum KannerJugendTelefon gefouert gëtt. Si behandelt deng Meldung mat den Autoritéiten zu Lëtzebuerg an an anere Länner.",
        "en": "The specialist team of the BEE SECURE Stopline, run by KannerJugendTelefon. It handles your report with the authorities in Luxembourg and other countries.",
        "pt": "A equipa especializada da BEE SECURE Stopline, gerida pelo KannerJugendTelefon. Trata a tua denúncia com as autoridades do Luxemburgo e de outros países.",
    },
    "after_sending": {
        "fr": "Non. Une fois envoyé, ton signalement ne peut plus être complété ni annulé.",
        "de": "Nein. Sobald sie abgeschickt ist, kann deine Meldung weder ergänzt noch zurückgezogen werden.",
        "lb": "Nee. Soubal s de se ofgeschéckt hues, kann deng Meldung weder ergänzt nach zréckgezu ginn.",
        "en": "No. Once sent, your report can no longer be added to or cancelled.",
        "pt": "Não. Depois de enviada, a tua denúncia já não pode ser completada nem anulada.",
    },
    "what_happens_next": {
        "fr": "Tu reçois un numéro. Avec ce numéro, tu peux suivre ce qui arrive à ton signalement, sans donner ton nom.",
        "de": "Du bekommst eine Nummer. Mit ihr kannst du verfolgen, was mit deiner Meldung passiert, ohne deinen Namen zu nennen.",
        "lb": "Du kriss eng Nummer. Domat kanns du verfollegen, wat mat denger Meldung geschitt, ouni däin Numm ze soen.",
        "en": "You get a number. With it, you can follow what happens to your report without giving your name.",
        "pt": "Recebes um número. Com ele, podes acompanhar o que acontece à tua denúncia sem dizer o teu nome.",
    },
    "not_handled": {
        "fr": "Les insultes, les rumeurs ou les disputes en ligne : parles-en à la BEE SECURE Helpline au 26 64 05 44. Si quelqu'un te fait des propositions sexuelles, utilise le formulaire grooming de la police.",
        "de": "Beleidigungen, Gerüchte oder Streit im Netz: Sprich darüber mit der BEE SECURE Helpline unter 26 64 05 44. Wenn dir jemand sexuelle Angebote macht, nutze das Cybergrooming-Formular der Polizei.",
        "lb": "Beleidegungen, Rumeuren oder Sträit um Internet: schwätz mat der BEE SECURE Helpline um 26 64 05 44. Wann een dir sexuell Offeren mécht, benotz de Cybergrooming-Formulaire vun der Police.",
        "en": "Insults, rumours or arguments online: talk to the BEE SECURE Helpline on 26 64 05 44. If someone makes sexual advances to you, use the police grooming form.",
        "pt": "Insultos, boatos ou discussões online: fala com a BEE SECURE Helpline pelo 26 64 05 44. Se alguém te faz propostas sexuais, usa o formulário de aliciamento da polícia.",
    },
    "evidence_to_keep": {
        "fr": "<ul><li>L'adresse exacte de la page (le lien).</li><li>La date et l'heure où tu l'as vue.</li></ul>",
        "de": "<ul><li>Die genaue Adresse der Seite (den Link).</li><li>Datum und Uhrzeit, wann du sie gesehen hast.</li></ul>",
        "lb": "<ul><li>Déi genau Adress vun der Säit (de Link).</li><li>Datum an Auerzäit, wéini s du se gesinn hues.</li></ul>",
        "en": "<ul><li>The exact address of the page (the link).</li><li>The date and time you saw it.</li></ul>",
        "pt": "<ul><li>O endereço exato da página (a ligação).</li><li>A data e a hora em que a viste.</li></ul>",
    },
    "evidence_never_share": {
        "fr": "<p>Ne télécharge pas ces images, n'en fais pas de capture d'écran et ne les envoie jamais, même pour prévenir quelqu'un : signale seulement l'adresse.</p>",
        "de": "<p>Lade diese Bilder nicht herunter, mach keine Screenshots davon und schick sie nie weiter, auch nicht, um jemanden zu warnen: Melde nur die Adresse.</p>",
        "lb": "<p>Lued dës Biller net erof, maach keng Screenshots dovun a schéck se ni weider, och net fir een ze warnen: mell just d'Adress.</p>",
        "en": "<p>Do not download or screenshot these images and never send them on, not even to warn someone: report only the address.</p>",
        "pt": "<p>Não descarregues estas imagens, não faças capturas de ecrã e nunca as envies, nem sequer para avisar alguém: denuncia apenas o endereço.</p>",
    },
    "questions": [
        (
            {
                "fr": "Puis-je rester anonyme ?",
                "de": "Kann ich anonym bleiben?",
                "lb": "Kann ech anonym bleiwen?",
                "en": "Can I stay anonymous?",
                "pt": "Posso ficar anónimo?",
            },
            {
                "fr": "<p>Oui. Des trois façons de signaler, c'est la seule qui peut être anonyme. Tu reçois un numéro pour suivre ton signalement.</p>",
                "de": "<p>Ja. Von den drei Meldewegen ist es der einzige, der anonym sein kann. Du bekommst eine Nummer, um deine Meldung zu verfolgen.</p>",
                "lb": "<p>Jo. Vun den dräi Weeër fir ze mellen ass et deen eenzegen, deen anonym ka sinn. Du kriss eng Nummer, fir deng Meldung ze verfollegen.</p>",
                "en": "<p>Yes. Of the three ways to report, it is the only one that can be anonymous. You get a number to follow your report.</p>",
                "pt": "<p>Sim. Das três formas de denunciar, é a única que pode ser anónima. Recebes um número para acompanhar a tua denúncia.</p>",
            },
        ),
        (
            {
                "fr": "Depuis quand la Stopline existe-t-elle ?",
                "de": "Seit wann gibt es die Stopline?",
                "lb": "Zanter wéini gëtt et d'Stopline?",
                "en": "How long has the Stopline existed?",
                "pt": "Desde quando existe a Stopline?",
            },
            {
                "fr": "<p>Depuis 2008. Avant, elle s'appelait LISA Stopline.</p>",
                "de": "<p>Seit 2008. Früher hieß sie LISA Stopline.</p>",
                "lb": "<p>Zanter 2008. Virdrun huet se LISA Stopline geheescht.</p>",
                "en": "<p>Since 2008. It used to be called LISA Stopline.</p>",
                "pt": "<p>Desde 2008. Antes chamava-se LISA Stopline.</p>",
            },
        ),
    ],
    "notes": (
        "Channel R3 (DIGEST 3.1): Stopline FAQ 001 L323-346. Address stopline.bee-secure.lu: 001 L155. Anonymous and "
        "identifier number: 001 L329; 'la seule forme de signalement qui peut se faire de façon anonyme': 001 L117. "
        "No completing or cancelling: 001 L333. Receiver: 001 L325; run by KJT, INHOPE member: 000 L136-139. Since "
        "2008, formerly LISA Stopline: 002 L15. The seeds do NOT say what the Stopline refuses: 'insults, rumours' in "
        "not_handled follows the general rule that it takes illegal content only (001 L337); check with BEE SECURE. "
        "Topic sextortion and sexting: chosen by the product brief, not by the seeds (the images are illegal content; "
        "the blackmail itself may belong with the police). checked_on left empty."
    ),
}

TOURISM_CHANNEL = {
    "slug": "tourisme-sexuel",
    "sort_order": 2,
    "form_url": "https://www.childprotection.lu/",
    "anonymous_allowed": False,
    "must_identify": True,
    "must_acknowledge_false_reports": True,
    "topics": [],
    "name": {
        "fr": "Police : tourisme sexuel impliquant des enfants",
        "de": "Polizei: Sextourismus mit Kindern",
        "lb": "Police: Sextourismus mat Kanner",
        "en": "Police: child sex tourism",
        "pt": "Polícia: turismo sexual envolvendo crianças",
    },
    "summary": {
        "fr": "En voyage à l'étranger, tu as vu un enfant qui pourrait être exploité sexuellement.",
        "de": "Auf einer Reise im Ausland hast du ein Kind gesehen, das sexuell ausgebeutet werden könnte.",
        "lb": "Op enger Rees am Ausland hues du e Kand gesinn, dat sexuell ausgenotzt kéint ginn.",
        "en": "While travelling abroad, you saw a child who might be sexually exploited.",
        "pt": "Numa viagem ao estrangeiro, viste uma criança que pode estar a ser explorada sexualmente.",
    },
    "recipient": POLICE_RECIPIENT,
    "after_sending": POLICE_AFTER_SENDING,
    "what_happens_next": POLICE_NEXT,
    "not_handled": {
        "fr": "Les urgences : si un enfant est en danger maintenant, appelle la police du pays où tu te trouves. Pour un abus au Luxembourg, appelle la police au 12321.",
        "de": "Notfälle: Wenn ein Kind jetzt in Gefahr ist, ruf die Polizei des Landes an, in dem du bist. Bei Missbrauch in Luxemburg ruf die Polizei unter 12321 an.",
        "lb": "Noutfäll: Wann e Kand elo a Gefor ass, ruff d'Police vum Land un, an deem s du bass. Bei Mëssbrauch zu Lëtzebuerg ruff d'Police um 12321 un.",
        "en": "Emergencies: if a child is in danger right now, call the police of the country you are in. For abuse in Luxembourg, call the police on 12321.",
        "pt": "Urgências: se uma criança está em perigo agora, liga para a polícia do país onde estás. Para um abuso no Luxemburgo, liga para a polícia pelo 12321.",
    },
    "evidence_to_keep": {
        "fr": "<ul><li>Le lieu, la date et l'heure.</li><li>Ce que tu as vu, noté le plus vite possible.</li><li>Tu peux signaler même sans preuve.</li></ul>",
        "de": "<ul><li>Ort, Datum und Uhrzeit.</li><li>Was du gesehen hast, so schnell wie möglich aufgeschrieben.</li><li>Du kannst auch ohne Beweis melden.</li></ul>",
        "lb": "<ul><li>Plaz, Datum an Auerzäit.</li><li>Wat s du gesinn hues, sou séier wéi méiglech opgeschriwwen.</li><li>Du kanns och ouni Beweis mellen.</li></ul>",
        "en": "<ul><li>The place, date and time.</li><li>What you saw, written down as soon as you can.</li><li>You can report even without proof.</li></ul>",
        "pt": "<ul><li>O local, a data e a hora.</li><li>O que viste, anotado o mais depressa possível.</li><li>Podes denunciar mesmo sem provas.</li></ul>",
    },
    "evidence_never_share": {
        "fr": "<p>Ne photographie pas un enfant en danger et n'envoie jamais d'images à personne : décris ce que tu as vu.</p>",
        "de": "<p>Fotografiere kein Kind in Gefahr und schick niemandem Bilder: Beschreibe, was du gesehen hast.</p>",
        "lb": "<p>Maach keng Foto vun engem Kand a Gefor a schéck kengem Biller: beschreif, wat s du gesinn hues.</p>",
        "en": "<p>Do not photograph a child in danger and never send images to anyone: describe what you saw.</p>",
        "pt": "<p>Não fotografes uma criança em perigo e nunca envies imagens a ninguém: descreve o que viste.</p>",
    },
    "questions": [
        (
            {
                "fr": "Puis-je signaler après mon retour ?",
                "de": "Kann ich auch nach meiner Rückkehr melden?",
                "lb": "Kann ech och no menger Heemrees mellen?",
                "en": "Can I report after I get home?",
                "pt": "Posso denunciar depois de voltar?",
            },
            {
                "fr": "<p>Oui, même après ton retour. Mais plus tôt tu signales, et plus près de l'endroit, mieux c'est : la police peut agir plus vite.</p>",
                "de": "<p>Ja, auch nach der Rückkehr. Aber je früher und je näher am Ort du meldest, desto besser: Die Polizei kann dann schneller handeln.</p>",
                "lb": "<p>Jo, och nodeems s du zréck bass. Mee wat s du méi fréi a méi no bei der Plaz mells, wat besser: d'Police kann dann méi séier handelen.</p>",
                "en": "<p>Yes, even after you are back. But the sooner you report, and the closer to the place, the better: the police can act faster.</p>",
                "pt": "<p>Sim, mesmo depois de voltares. Mas quanto mais cedo denunciares, e mais perto do local, melhor: a polícia pode agir mais depressa.</p>",
            },
        ),
        Q_FALSE_ALARM,
        Q_ECPAT,
    ],
    "notes": (
        "Channel R1 (DIGEST 3.1): tourism FAQ 001 L217-265; purpose 002 L11. Not anonymous, identity and calumny "
        "statement: 001 L231, L117. Cancel/add only via the police: 001 L243. Police contact: 001 L239. Emergency: "
        "'appelez la Police locale du lieu où vous vous trouvez' 001 L247; 12321 for abuse in Luxembourg 001 L129. "
        "Report after returning, even without proof, preferably fast and on the spot: 001 L247 (FAQ 7). The police "
        "form's own URL is NOT in the seeds (001 L221): form_url points at www.childprotection.lu. No topic in the "
        "vocabulary fits child sex tourism, so no factsheet offers this channel automatically; it is on the report "
        "page. checked_on left empty."
    ),
}

CHANNELS = [GROOMING_CHANNEL, STOPLINE_CHANNEL, TOURISM_CHANNEL]
CHANNEL_TEXT_FIELDS = ["name", "summary", "recipient", "after_sending", "what_happens_next", "not_handled"]
CHANNEL_RICH_FIELDS = ["evidence_to_keep", "evidence_never_share"]
CHANNEL_FLAGS = ["form_url", "sort_order", "anonymous_allowed", "must_identify", "must_acknowledge_false_reports"]


def _channel_values(spec):
    values = [spec[field] for field in CHANNEL_TEXT_FIELDS + CHANNEL_RICH_FIELDS]
    for question, answer in spec["questions"]:
        values += [question, answer]
    return values


def _translate_missing(instance, values):
    for language in TARGET_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        if not type(instance).objects.filter(translation_key=instance.translation_key, locale=locale).exists():
            translate(instance, language, strings_for(values, language))


def ensure_channel(spec) -> ReportingChannel:
    """The channel described by ``spec`` in French, with its four translations."""
    default = Locale.get_default()
    channel = ReportingChannel.objects.filter(locale=default, slug=spec["slug"]).first()
    if channel is None:
        channel = ReportingChannel(
            locale=default,
            slug=spec["slug"],
            editor_notes=spec["notes"],
            questions=[
                ("question", {"question": fr(question), "answer": fr(answer)}) for question, answer in spec["questions"]
            ],
            **{field: fr(spec[field]) for field in CHANNEL_TEXT_FIELDS + CHANNEL_RICH_FIELDS},
            **{field: spec[field] for field in CHANNEL_FLAGS},
        )
        channel.topics.set(vocabulary(Topic, *spec["topics"]))
        channel.save()
    _translate_missing(channel, _channel_values(spec))
    return channel


# --- Help services (DIGEST §4, seed 001 L139-215) -------------------------------------------

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _hours(*rows):
    """[(weekdays, "17:00", "22:00"), ...] as opening-hours stream data."""
    blocks = []
    for weekdays, opens, closes in rows:
        for weekday in weekdays:
            blocks.append(
                (
                    "hours",
                    {
                        "weekday": str(weekday),
                        "opens": datetime.time.fromisoformat(opens),
                        "closes": datetime.time.fromisoformat(closes),
                    },
                )
            )
    return blocks


def _same(text):
    return dict.fromkeys(("fr", "de", "lb", "en", "pt"), text)


SERVICES = [
    {
        "slug": "kannerjugendtelefon",
        "name": _same("KannerJugendTelefon (KJT)"),
        "phone": "116 111",
        "website": "https://www.kjt.lu/",
        "hours": _hours(([MON, WED, FRI], "17:00", "22:00"), ([TUE, THU], "14:00", "22:00"), ([SAT], "14:00", "20:00")),
        "audiences": ["pupils", "parents"],
        "summary": {
            "fr": "Pour les enfants et les jeunes : quelqu'un t'écoute et t'aide, sans conditions. Tu peux aussi écrire par l'Online Help.",
            "de": "Für Kinder und Jugendliche: Jemand hört dir zu und hilft dir, ohne Bedingungen. Du kannst auch über die Online Help schreiben.",
            "lb": "Fir Kanner a Jugendlecher: een lauschtert dir no an hëlleft dir, ouni Konditiounen. Du kanns och iwwer d'Online Help schreiwen.",
            "en": "For children and young people: someone listens and helps, no strings attached. You can also write through Online Help.",
            "pt": "Para crianças e jovens: alguém te ouve e te ajuda, sem condições. Também podes escrever pela Online Help.",
        },
        "notes": (
            "116 111 and hours (Mon, Wed, Fri 17-22; Tue, Thu 14-22; Sat 14-20; no Sunday): 001 L139. Online Help and "
            "www.kjt.lu: 001 L163-171. Audience children and young people first (001 L165), parents (000 L135-136). "
            "The seeds say nothing about cost."
        ),
    },
    {
        "slug": "bee-secure-helpline",
        "name": _same("BEE SECURE Helpline"),
        "phone": "26 64 05 44",
        "website": "https://www.bee-secure.lu/",
        "hours": [],
        "audiences": ["pupils", "parents", "teachers", "professionals"],
        "summary": {
            "fr": "Des conseils personnels pour toutes les questions sur Internet, le téléphone portable et les réseaux sociaux, pour les jeunes, les parents et les éducateurs.",
            "de": "Persönliche Beratung zu allen Fragen rund um Internet, Handy und soziale Netzwerke, für Jugendliche, Eltern und Erziehende.",
            "lb": "Perséinlech Berodung zu alle Froen ronderëm Internet, Handy a sozial Netzwierker, fir Jugendlecher, Elteren an Educateuren.",
            "en": "Personal advice on any question about the internet, mobile phones and social media, for young people, parents and educators.",
            "pt": "Aconselhamento pessoal sobre todas as questões da Internet, do telemóvel e das redes sociais, para jovens, pais e educadores.",
        },
        "notes": (
            "26 64 05 44 and audience: 001 L157-161; run by KJT: 000 L136-137. Its OPENING HOURS ARE NOT IN THE SEEDS "
            "(DIGEST 4): left empty, so readers are told the hours are not known. Website www.bee-secure.lu is the "
            "domain of the BEE SECURE PDFs (000 L169-271), not given as the Helpline's own page."
        ),
    },
    {
        "slug": "alupse",
        "name": _same("ALUPSE-Dialogue"),
        "phone": "26 18 48 1",
        "website": "https://www.alupse.lu/",
        "hours": _hours(([MON, TUE, WED, THU, FRI], "09:00", "17:00")),
        "audiences": ["pupils", "parents", "professionals"],
        "summary": {
            "fr": "Pour les enfants et les jeunes jusqu'à 21 ans victimes de violence physique ou psychologique, d'abus sexuel ou de négligence.",
            "de": "Für Kinder und junge Menschen bis 21 Jahre, die Opfer von körperlicher oder seelischer Gewalt, sexuellem Missbrauch oder Vernachlässigung sind.",
            "lb": "Fir Kanner a jonk Leit bis 21 Joer, déi Affer vu kierperlecher oder psychescher Gewalt, sexuellem Mëssbrauch oder Vernoléissegung sinn.",
            "en": "For children and young people up to 21 who suffer physical or psychological violence, sexual abuse or neglect.",
            "pt": "Para crianças e jovens até aos 21 anos vítimas de violência física ou psicológica, abuso sexual ou negligência.",
        },
        "notes": (
            "26 18 48 1 and hours Mon-Fri 9-17: 001 L140. Audience up to 21 and the forms of violence: 001 L209-215 "
            "(institutional maltreatment left out of the summary for length). www.alupse.lu: 001 L209-215."
        ),
    },
    {
        "slug": "sos-detresse",
        "name": _same("SOS Détresse"),
        "phone": "45 45 45",
        "website": "https://www.454545.lu/",
        "hours": _hours(([MON, TUE, WED, THU, FRI, SAT, SUN], "15:00", "23:00"), ([FRI, SAT], "23:00", "07:00")),
        "hours_note": {
            "fr": "L'aide par e-mail est accessible 24 h sur 24.",
            "de": "Die Hilfe per E-Mail ist rund um die Uhr erreichbar.",
            "lb": "D'Hëllef per E-Mail ass ronderëm d'Auer erreechbar.",
            "en": "Help by e-mail is available 24 hours a day.",
            "pt": "A ajuda por e-mail está disponível 24 horas por dia.",
        },
        "audiences": ["pupils", "parents", "teachers", "professionals"],
        "summary": {
            "fr": "Pour toute personne qui veut parler franchement et en toute confidentialité de ses soucis, de ses sentiments ou de ses relations.",
            "de": "Für alle, die offen und vertraulich über Sorgen, Gefühle oder Beziehungen sprechen möchten.",
            "lb": "Fir jiddereen, deen oppen a vertraulech iwwer Suergen, Gefiller oder Bezéiungen schwätze wëll.",
            "en": "For anyone who wants to talk openly and in confidence about worries, feelings or relationships.",
            "pt": "Para qualquer pessoa que queira falar abertamente e em confidência sobre preocupações, sentimentos ou relações.",
        },
        "notes": (
            "45 45 45; hours 'tous les jours de 15h à 23h | vendredi et samedi de 23h à 7h': 001 L141, confirmed by "
            "'(15h-23h 7j/7 - ve/sa 23h-07h)' 001 L205. Read as the nights Fri->Sat and Sat->Sun. E-mail help 24h/24 "
            "and www.454545.lu: 001 L199-207."
        ),
    },
    {
        "slug": "police-protection-jeunesse",
        "name": {
            "fr": "Police grand-ducale, protection de la jeunesse",
            "de": "Großherzogliche Polizei, Jugendschutz",
            "lb": "Grand-ducal Police, Jugendschutz",
            "en": "Grand Ducal Police, youth protection",
            "pt": "Polícia Grã-Ducal, proteção da juventude",
        },
        "phone": "12321",
        "website": "https://www.police.lu/",
        "hours": [],
        "audiences": ["pupils", "parents", "teachers", "professionals"],
        "summary": {
            "fr": "Si tu sais qu'un enfant est victime d'abus sexuel au Luxembourg, appelle ce numéro.",
            "de": "Wenn du weißt, dass ein Kind in Luxemburg sexuell missbraucht wird, ruf diese Nummer an.",
            "lb": "Wann s du weess, datt e Kand zu Lëtzebuerg sexuell mëssbraucht gëtt, ruff dës Nummer un.",
            "en": "If you know that a child is being sexually abused in Luxembourg, call this number.",
            "pt": "Se sabes que uma criança é vítima de abuso sexual no Luxemburgo, liga para este número.",
        },
        "notes": (
            "12321, section Protection de la Jeunesse: 001 L129, L145-149. Hours NOT in the seeds. www.police.lu: "
            "000 L456-458 (commissariat virtuel). The emergency number 113 is not in the seeds (DIGEST 3.1)."
        ),
    },
    {
        "slug": "ork",
        "name": _same("Ombuds-Comité fir d'Rechter vum Kand (ORK)"),
        "phone": "",
        "website": "https://www.ork.lu/",
        "hours": [],
        "audiences": ["pupils"],
        "summary": {
            "fr": "Pour les moins de 18 ans dont les droits n'ont pas été respectés : tu peux appeler ou écrire un e-mail et dire librement ce que tu penses.",
            "de": "Für alle unter 18, deren Rechte nicht respektiert wurden: Du kannst anrufen oder eine E-Mail schreiben und frei sagen, was du denkst.",
            "lb": "Fir jiddereen ënner 18, deem seng Rechter net respektéiert gi sinn: du kanns uruffen oder en E-Mail schreiwen a fräi soen, wat s du denks.",
            "en": "For anyone under 18 whose rights have not been respected: you can call or e-mail and say freely what you think.",
            "pt": "Para quem tem menos de 18 anos e viu os seus direitos desrespeitados: podes telefonar ou escrever um e-mail e dizer livremente o que pensas.",
        },
        "notes": (
            "ORK: 001 L173-177 ('Par un coup de téléphone ou un email'). The seeds give NO phone number, no e-mail "
            "address and no hours: add them after checking www.ork.lu."
        ),
    },
    {
        "slug": "office-national-enfance",
        "name": _same("Office national de l'enfance (ONE)"),
        "phone": "247-73 696",
        "website": "https://www.one.public.lu/",
        "hours": [],
        "audiences": ["pupils", "parents", "professionals"],
        "summary": {
            "fr": "Un guichet unique qui informe sur l'aide aux enfants en difficulté et à leur famille. L'enfant, sa famille ou un professionnel peuvent s'y adresser directement.",
            "de": "Eine zentrale Anlaufstelle, die über Hilfe für Kinder in Schwierigkeiten und ihre Familien informiert. Das Kind, seine Familie oder eine Fachkraft können sich direkt dorthin wenden.",
            "lb": "Eng zentral Uspriechstell, déi iwwer Hëllef fir Kanner a Schwieregkeeten an hir Famillen informéiert. D'Kand, seng Famill oder e Professionnel kënne sech direkt do mellen.",
            "en": "A single contact point with information on help for children in difficulty and their families. The child, their family or a professional can contact it directly.",
            "pt": "Um balcão único que informa sobre a ajuda a crianças em dificuldade e às suas famílias. A criança, a família ou um profissional podem contactá-lo diretamente.",
        },
        "notes": "ONE 247-73 696, www.one.public.lu, audience: 001 L179-184. Hours NOT in the seeds.",
    },
    {
        "slug": "scas-aide-aux-victimes",
        "name": {
            "fr": "SCAS, service d'aide aux victimes",
            "de": "SCAS, Opferhilfe",
            "lb": "SCAS, Hëllef fir Affer",
            "en": "SCAS, victim support service",
            "pt": "SCAS, serviço de apoio às vítimas",
        },
        "phone": "47 58 21-1",
        "website": "",
        "hours": [],
        "audiences": ["pupils", "parents"],
        "summary": {
            "fr": "Pour les victimes d'une infraction, leurs proches et les témoins : soutien psychologique, informations sur leurs droits et accompagnement pendant le procès.",
            "de": "Für Opfer einer Straftat, ihre Angehörigen und Zeugen: psychologische Unterstützung, Informationen über ihre Rechte und Begleitung während des Prozesses.",
            "lb": "Fir Affer vun enger Strofdot, hir Familljen an Zeien: psychologesch Ënnerstëtzung, Informatiounen iwwer hir Rechter a Begleedung während dem Prozess.",
            "en": "For victims of a crime, their relatives and witnesses: psychological support, information on their rights and support during the trial.",
            "pt": "Para vítimas de um crime, os seus familiares e testemunhas: apoio psicológico, informação sobre os seus direitos e acompanhamento durante o julgamento.",
        },
        "notes": "SCAS 47 58 21-1 and what it offers: 001 L186-190. No website and no hours in the seeds.",
    },
    {
        "slug": "femmes-en-detresse",
        "name": _same("Femmes en Détresse"),
        "phone": "40 73 35",
        "website": "",
        "hours": [],
        "audiences": ["pupils", "parents"],
        "summary": {
            "fr": "Protège les femmes, leurs enfants et les jeunes filles contre la violence : foyers, information et conseil, dont une maison pour les filles en crise familiale.",
            "de": "Schützt Frauen, ihre Kinder und junge Mädchen vor Gewalt: Schutzhäuser, Information und Beratung, darunter ein Haus für Mädchen in einer Familienkrise.",
            "lb": "Schützt Fraen, hir Kanner a jonk Meedercher viru Gewalt: Schutzhaiser, Informatioun a Berodung, dorënner en Haus fir Meedercher an enger Familljekris.",
            "en": "Protects women, their children and young girls from violence: shelters, information and counselling, including a house for girls in a family crisis.",
            "pt": "Protege as mulheres, os seus filhos e as raparigas contra a violência: casas de abrigo, informação e aconselhamento, incluindo uma casa para raparigas em crise familiar.",
        },
        "notes": (
            "Femmes en Détresse 40 73 35: 001 L192-197; Meederchershaus for girls in family crises with sexual "
            "violence: 000 L363-366. No website and no hours in the seeds."
        ),
    },
]


def ensure_service(spec) -> HelpService:
    """The help service described by ``spec`` in French, with its four translations."""
    default = Locale.get_default()
    service = HelpService.objects.filter(locale=default, slug=spec["slug"]).first()
    values = [spec["name"], spec["summary"]] + ([spec["hours_note"]] if spec.get("hours_note") else [])
    if service is None:
        service = HelpService(
            locale=default,
            slug=spec["slug"],
            name=fr(spec["name"]),
            summary=fr(spec["summary"]),
            phone=spec["phone"],
            website=spec["website"],
            opening_hours=spec["hours"],
            hours_note=fr(spec["hours_note"]) if spec.get("hours_note") else "",
            editor_notes=spec["notes"],
        )
        service.audiences.set(vocabulary(Audience, *spec["audiences"]))
        service.save()
    _translate_missing(service, values)
    return service


# --- Pages --------------------------------------------------------------------------------

REPORT_TITLE = {"fr": "Signaler", "de": "Melden", "lb": "Mellen", "en": "Report", "pt": "Denunciar"}
REPORT_INTRO = {
    "fr": "Trois façons officielles de signaler. Choisis celle qui correspond à ce que tu as vu : avant de quitter Vigilant, une page t'explique ce qui va se passer.",
    "de": "Drei offizielle Wege, etwas zu melden. Wähle den, der zu dem passt, was du gesehen hast: Bevor du Vigilant verlässt, erklärt dir eine Seite, was passieren wird.",
    "lb": "Dräi offiziell Weeër, fir eppes ze mellen. Wiel deen, deen zu deem passt, wat s du gesinn hues: ier s du Vigilant verléiss, erkläert dir eng Säit, wat geschitt.",
    "en": "Three official ways to report. Pick the one that fits what you saw: before you leave Vigilant, a page explains what will happen.",
    "pt": "Três formas oficiais de denunciar. Escolhe a que corresponde ao que viste: antes de saíres do Vigilant, uma página explica o que vai acontecer.",
}
REPORT_CALLOUT_TITLE = {
    "fr": "Un abus au Luxembourg ?",
    "de": "Missbrauch in Luxemburg?",
    "lb": "Mëssbrauch zu Lëtzebuerg?",
    "en": "Abuse in Luxembourg?",
    "pt": "Abuso no Luxemburgo?",
}
REPORT_CALLOUT_TEXT = {
    "fr": "<p>Si tu sais qu'un enfant est victime d'abus sexuel ici au Luxembourg, appelle la police au 12321.</p>",
    "de": "<p>Wenn du weißt, dass ein Kind hier in Luxemburg sexuell missbraucht wird, ruf die Polizei unter 12321 an.</p>",
    "lb": "<p>Wann s du weess, datt e Kand hei zu Lëtzebuerg sexuell mëssbraucht gëtt, ruff d'Police um 12321 un.</p>",
    "en": "<p>If you know that a child is being sexually abused here in Luxembourg, call the police on 12321.</p>",
    "pt": "<p>Se sabes que uma criança é vítima de abuso sexual aqui no Luxemburgo, liga para a polícia pelo 12321.</p>",
}
REPORT_NOTES = (
    "Three report buttons as on childprotection.lu (001 L9). 12321 for abuse in Luxembourg: 001 L129. This site "
    "never collects reports itself (001 L221, L251)."
)

DIRECTORY_TITLE = {
    "fr": "Trouver de l'aide",
    "de": "Hilfe finden",
    "lb": "Hëllef fannen",
    "en": "Find help",
    "pt": "Encontrar ajuda",
}
DIRECTORY_INTRO = {
    "fr": "Des personnes sont là pour t'écouter. Tu n'as rien fait de mal en demandant de l'aide.",
    "de": "Es gibt Menschen, die dir zuhören. Du machst nichts falsch, wenn du um Hilfe bittest.",
    "lb": "Et gëtt Leit, déi dir nolauschteren. Du méchs näischt falsch, wann s du no Hëllef frees.",
    "en": "There are people ready to listen. You have done nothing wrong by asking for help.",
    "pt": "Há pessoas prontas para te ouvir. Não fazes nada de mal ao pedir ajuda.",
}
DIRECTORY_NOTES = (
    "'Ne restez pas seul(e) et n'ayez pas peur de demander de l'aide. Des personnes sont à votre écoute !' "
    "(001 L135-141). Services and hours: DIGEST 4."
)


def _ensure_page(model, parent, slug, fields, values):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        translate_everywhere(page, values)
    return page


def ensure_report_page(parent) -> ReportPage:
    return _ensure_page(
        ReportPage,
        parent,
        "signaler",
        {
            "title": fr(REPORT_TITLE),
            "intro": fr(REPORT_INTRO),
            "editor_notes": REPORT_NOTES,
            "body": [
                (
                    "callout",
                    {"tone": "help", "title": fr(REPORT_CALLOUT_TITLE), "text": fr(REPORT_CALLOUT_TEXT)},
                )
            ],
        },
        [REPORT_TITLE, REPORT_INTRO, REPORT_CALLOUT_TITLE, REPORT_CALLOUT_TEXT],
    )


def ensure_help_directory_page(parent) -> HelpDirectoryPage:
    return _ensure_page(
        HelpDirectoryPage,
        parent,
        "trouver-de-l-aide",
        {"title": fr(DIRECTORY_TITLE), "intro": fr(DIRECTORY_INTRO), "editor_notes": DIRECTORY_NOTES},
        [DIRECTORY_TITLE, DIRECTORY_INTRO],
    )


def load():
    for spec in CHANNELS:
        ensure_channel(spec)
    for spec in SERVICES:
        ensure_service(spec)
    home = home_page()
    add_to_navigation(ensure_report_page(home))
    add_to_navigation(ensure_help_directory_page(home))
