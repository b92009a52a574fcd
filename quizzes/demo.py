"""Demo quizzes for ages 12-14 (sexting, grooming, image rights) in all five languages.

Idempotent: the index and each quiz are looked up by slug and only created when missing.
Facts come from the seeds (line references in each quiz's editor notes); the text is our own.
``build_quiz`` is also what the tests use to make quizzes.
"""

from core.content_translation import fr, translate_everywhere
from core.demo import add_to_navigation, home_page, vocabulary
from core.models import AgeBand, Audience, Topic
from quizzes.models import QuizIndexPage, QuizPage

INDEX_SLUG = "quiz"
INDEX_TITLE = {"fr": "Quiz", "de": "Quiz", "lb": "Quiz", "en": "Quizzes", "pt": "Questionários"}
INDEX_INTRO = {
    "fr": "Teste ce que tu sais, seul·e ou avec ta classe. Personne ne voit tes réponses.",
    "de": "Teste, was du weißt, allein oder mit deiner Klasse. Niemand sieht deine Antworten.",
    "lb": "Test, wat s du weess, eleng oder mat denger Klass. Keen gesäit deng Äntwerten.",
    "en": "Test what you know, on your own or with your class. Nobody sees your answers.",
    "pt": "Testa o que sabes, sozinho ou com a tua turma. Ninguém vê as tuas respostas.",
}

TRUE = {"fr": "Vrai", "de": "Richtig", "lb": "Richteg", "en": "True", "pt": "Verdadeiro"}
FALSE = {"fr": "Faux", "de": "Falsch", "lb": "Falsch", "en": "False", "pt": "Falso"}

TEACHER_NOTES = {
    "fr": "Ces sujets peuvent toucher un élève personnellement. Si un élève vous confie un abus, écoutez-le, ne promettez pas le secret et contactez la Police, protection de la jeunesse (12321). Le KannerJugendTelefon (116 111) écoute aussi les jeunes.",
    "de": "Diese Themen können eine Schülerin oder einen Schüler persönlich betreffen. Wenn Ihnen jemand einen Missbrauch anvertraut, hören Sie zu, versprechen Sie keine Geheimhaltung und wenden Sie sich an die Polizei, Jugendschutz (12321). Auch das KannerJugendTelefon (116 111) hört Jugendlichen zu.",
    "lb": "Dës Themen kënnen e Schüler perséinlech betreffen. Wann e Schüler Iech e Mëssbrauch uvertraut, lauschtert no, verspriecht keen Geheimnis a kontaktéiert d'Police, Jugendschutz (12321). De KannerJugendTelefon (116 111) lauschtert och de Jonken no.",
    "en": "These topics can touch a pupil personally. If a pupil tells you about abuse, listen, do not promise secrecy, and contact the police youth protection service (12321). KannerJugendTelefon (116 111) also listens to young people.",
    "pt": "Estes temas podem tocar pessoalmente um aluno. Se um aluno lhe contar um abuso, ouça-o, não prometa segredo e contacte a Polícia, proteção da juventude (12321). O KannerJugendTelefon (116 111) também ouve os jovens.",
}
TEACHER_NOTES_SOURCES = (
    "Teacher notes: 12321 police youth protection (001 L129, L145-149); KJT 116 111 (001 L139). "
    "'Do not promise secrecy' is practice advice, not from the seeds: check with BEE SECURE."
)

SEXTING = {
    "slug": "quiz-sexting",
    "topics": ["sexting", "sextortion"],
    "title": {
        "fr": "Quiz : le sexting",
        "de": "Quiz: Sexting",
        "lb": "Quiz: Sexting",
        "en": "Quiz: sexting",
        "pt": "Questionário: sexting",
    },
    "intro": {
        "fr": "Quatre questions sur les photos intimes et ce qu'elles deviennent une fois envoyées.",
        "de": "Vier Fragen zu intimen Fotos und dazu, was mit ihnen passiert, wenn sie verschickt sind.",
        "lb": "Véier Froen iwwer intim Fotoen an dat, wat mat hinne geschitt, wa se eemol verschéckt sinn.",
        "en": "Four questions about intimate photos and what happens to them once they are sent.",
        "pt": "Quatro perguntas sobre fotos íntimas e o que lhes acontece depois de enviadas.",
    },
    "notes": (
        "Sexting definition and main danger: 001 L105. Hard to delete once online: 000 L989-990. "
        "Threat to publish images = sextortion, covered by art. 385-2 per 000 L967-978 (000 L987-989 calls it 'sexting': "
        "DIGEST 9.1 item 6; we use 001's meaning). KJT 116 111: 001 L139. " + TEACHER_NOTES_SOURCES
    ),
    "questions": [
        {
            "question": {
                "fr": "Que veut dire « sexting » ?",
                "de": "Was bedeutet „Sexting“?",
                "lb": "Wat bedeit „Sexting“?",
                "en": "What does “sexting” mean?",
                "pt": "O que quer dizer “sexting”?",
            },
            "answers": [
                (
                    {
                        "fr": "Échanger des messages ou des photos intimes",
                        "de": "Intime Nachrichten oder Fotos austauschen",
                        "lb": "Intim Messagen oder Fotoen austauschen",
                        "en": "Swapping intimate messages or photos",
                        "pt": "Trocar mensagens ou fotos íntimas",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Un jeu de devinettes par SMS",
                        "de": "Ein Ratespiel per SMS",
                        "lb": "E Rotspill per SMS",
                        "en": "A guessing game by text message",
                        "pt": "Um jogo de adivinhas por SMS",
                    },
                    False,
                ),
                (
                    {
                        "fr": "Une façon de bloquer quelqu'un",
                        "de": "Eine Art, jemanden zu blockieren",
                        "lb": "Eng Manéier, een ze blockéieren",
                        "en": "A way to block someone",
                        "pt": "Uma forma de bloquear alguém",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Le mot vient de l'anglais « sex » et « texting ». Il s'agit d'envoyer des messages ou des photos intimes par téléphone, webcam ou réseau social.</p>",
                "de": "<p>Das Wort kommt vom Englischen „sex“ und „texting“. Gemeint ist, intime Nachrichten oder Fotos per Handy, Webcam oder sozialem Netzwerk zu schicken.</p>",
                "lb": "<p>D'Wuert kënnt vum Englesche „sex“ an „texting“. Et geet drëms, intim Messagen oder Fotoen iwwer den Handy, d'Webcam oder e soziaalt Netzwierk ze schécken.</p>",
                "en": "<p>The word comes from “sex” and “texting”. It means sending intimate messages or photos by phone, webcam or social network.</p>",
                "pt": "<p>A palavra vem do inglês “sex” e “texting”. Significa enviar mensagens ou fotos íntimas por telemóvel, webcam ou rede social.</p>",
            },
        },
        {
            "question": {
                "fr": "Vrai ou faux : une photo publiée sur Internet est facile à effacer pour de bon.",
                "de": "Richtig oder falsch: Ein Foto im Internet lässt sich leicht für immer löschen.",
                "lb": "Richteg oder falsch: Eng Foto um Internet ass einfach fir ëmmer ze läschen.",
                "en": "True or false: a photo posted online is easy to delete for good.",
                "pt": "Verdadeiro ou falso: uma foto publicada na Internet é fácil de apagar para sempre.",
            },
            "answers": [(TRUE, False), (FALSE, True)],
            "explanation": {
                "fr": "<p>Faux. Une fois en ligne, une photo peut être copiée et partagée. Elle peut être très difficile à effacer.</p>",
                "de": "<p>Falsch. Ist ein Foto einmal online, kann es kopiert und geteilt werden. Es kann sehr schwer sein, es zu löschen.</p>",
                "lb": "<p>Falsch. Wann eng Foto eemol online ass, kann se kopéiert a gedeelt ginn. Et ka ganz schwéier sinn, se ze läschen.</p>",
                "en": "<p>False. Once online, a photo can be copied and shared. It can be very hard to delete.</p>",
                "pt": "<p>Falso. Depois de estar online, uma foto pode ser copiada e partilhada. Pode ser muito difícil apagá-la.</p>",
            },
        },
        {
            "question": {
                "fr": "Quel est le plus grand danger du sexting ?",
                "de": "Was ist die größte Gefahr beim Sexting?",
                "lb": "Wat ass déi gréisste Gefor beim Sexting?",
                "en": "What is the biggest danger of sexting?",
                "pt": "Qual é o maior perigo do sexting?",
            },
            "answers": [
                (
                    {
                        "fr": "La photo se retrouve partagée sur Internet",
                        "de": "Das Foto landet öffentlich im Internet",
                        "lb": "D'Foto gëtt um Internet gedeelt",
                        "en": "The photo ends up shared online",
                        "pt": "A foto acaba partilhada na Internet",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Le téléphone tombe en panne",
                        "de": "Das Handy geht kaputt",
                        "lb": "Den Handy geet futti",
                        "en": "The phone breaks down",
                        "pt": "O telemóvel avaria",
                    },
                    False,
                ),
                (
                    {
                        "fr": "Il n'y a aucun danger",
                        "de": "Es gibt keine Gefahr",
                        "lb": "Et gëtt keng Gefor",
                        "en": "There is no danger",
                        "pt": "Não há perigo nenhum",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Une photo intime est envoyée comme une preuve de confiance. Le danger, c'est qu'elle soit diffusée sur Internet sans ton accord.</p>",
                "de": "<p>Ein intimes Foto wird als Vertrauensbeweis geschickt. Die Gefahr ist, dass es ohne dein Einverständnis im Internet verbreitet wird.</p>",
                "lb": "<p>Eng intim Foto gëtt als Beweis vu Vertrauen geschéckt. D'Gefor ass, datt se ouni däin Accord um Internet verbreet gëtt.</p>",
                "en": "<p>An intimate photo is sent as a sign of trust. The danger is that it gets spread online without your consent.</p>",
                "pt": "<p>Uma foto íntima é enviada como prova de confiança. O perigo é ser espalhada na Internet sem o teu consentimento.</p>",
            },
        },
        {
            "question": {
                "fr": "Quelqu'un menace de publier ta photo si tu n'en envoies pas d'autres. Que peux-tu faire ?",
                "de": "Jemand droht, dein Foto zu veröffentlichen, wenn du keine weiteren schickst. Was kannst du tun?",
                "lb": "Een dreet, deng Foto ze publizéieren, wann s du keng aner méi schécks. Wat kanns du maachen?",
                "en": "Someone threatens to post your photo unless you send more. What can you do?",
                "pt": "Alguém ameaça publicar a tua foto se não enviares mais. O que podes fazer?",
            },
            "answers": [
                (
                    {
                        "fr": "En parler à un adulte de confiance",
                        "de": "Mit einer Vertrauensperson darüber reden",
                        "lb": "Mat engem Erwuessene schwätzen, deem s du vertraus",
                        "en": "Tell an adult you trust",
                        "pt": "Falar com um adulto de confiança",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Appeler le KannerJugendTelefon au 116 111",
                        "de": "Das KannerJugendTelefon unter 116 111 anrufen",
                        "lb": "De KannerJugendTelefon um 116 111 uruffen",
                        "en": "Call KannerJugendTelefon on 116 111",
                        "pt": "Ligar para o KannerJugendTelefon, 116 111",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Envoyer d'autres photos pour que ça s'arrête",
                        "de": "Weitere Fotos schicken, damit es aufhört",
                        "lb": "Nach Fotoe schécken, fir datt et ophält",
                        "en": "Send more photos so that it stops",
                        "pt": "Enviar mais fotos para que pare",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Menacer de publier des images pour en obtenir d'autres, c'est de la sextorsion : la loi l'interdit. N'envoie rien de plus et parles-en. Ce n'est pas ta faute.</p>",
                "de": "<p>Mit der Veröffentlichung von Bildern zu drohen, um mehr zu bekommen, ist Sextortion: Das Gesetz verbietet es. Schick nichts mehr und sprich darüber. Es ist nicht deine Schuld.</p>",
                "lb": "<p>Mat der Verëffentlechung vu Biller ze dreeën, fir der méi ze kréien, ass Sextortion: D'Gesetz verbitt dat. Schéck näischt méi a schwätz driwwer. Et ass net däi Feeler.</p>",
                "en": "<p>Threatening to post images to get more is sextortion, and the law forbids it. Send nothing more and talk about it. It is not your fault.</p>",
                "pt": "<p>Ameaçar publicar imagens para obter mais é sextorsão: a lei proíbe-o. Não envies mais nada e fala sobre isso. A culpa não é tua.</p>",
            },
        },
    ],
}

GROOMING = {
    "slug": "quiz-grooming",
    "topics": ["grooming"],
    "title": {
        "fr": "Quiz : le grooming",
        "de": "Quiz: Cybergrooming",
        "lb": "Quiz: Cybergrooming",
        "en": "Quiz: grooming",
        "pt": "Questionário: aliciamento online",
    },
    "intro": {
        "fr": "Quatre questions pour reconnaître un adulte qui cherche à te manipuler en ligne.",
        "de": "Vier Fragen, um einen Erwachsenen zu erkennen, der dich online manipulieren will.",
        "lb": "Véier Froen, fir en Erwuessenen z'erkennen, deen dech online manipuléiere wëll.",
        "en": "Four questions to spot an adult who is trying to manipulate you online.",
        "pt": "Quatro perguntas para reconhecer um adulto que te tenta manipular online.",
    },
    "notes": (
        "Grooming definition (adult, child under 16): 001 L95, L313; 002 L13 gives no age (DIGEST 9.1 item 7). "
        "Channels (chat rooms, social networks, games on tablets/smartphones) and offers of money or gifts: 001 L314. "
        "Offence since 2011, art. 385-2: 001 L315, 000 L1001-1005. When to report (secret meeting): 001 L297-300. "
        + TEACHER_NOTES_SOURCES
    ),
    "questions": [
        {
            "question": {
                "fr": "Qu'est-ce que le grooming ?",
                "de": "Was ist Cybergrooming?",
                "lb": "Wat ass Cybergrooming?",
                "en": "What is grooming?",
                "pt": "O que é o aliciamento online?",
            },
            "answers": [
                (
                    {
                        "fr": "Un adulte qui gagne la confiance d'un enfant en ligne pour l'amener à des relations sexuelles",
                        "de": "Ein Erwachsener gewinnt online das Vertrauen eines Kindes, um es zu sexuellen Handlungen zu bringen",
                        "lb": "En Erwuessenen, deen online d'Vertraue vun engem Kand gewënnt, fir et zu sexuellen Handlungen ze bréngen",
                        "en": "An adult winning a child's trust online to lead them into sexual contact",
                        "pt": "Um adulto que ganha a confiança de uma criança online para a levar a relações sexuais",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Un conseil de beauté sur les réseaux sociaux",
                        "de": "Ein Schönheitstipp in sozialen Netzwerken",
                        "lb": "E Schéinheetstipp op de soziale Netzwierker",
                        "en": "A beauty tip on social media",
                        "pt": "Uma dica de beleza nas redes sociais",
                    },
                    False,
                ),
                (
                    {
                        "fr": "Une dispute entre deux amis en ligne",
                        "de": "Ein Streit zwischen zwei Freunden im Netz",
                        "lb": "E Sträit tëscht zwee Frënn um Internet",
                        "en": "An argument between two friends online",
                        "pt": "Uma discussão entre dois amigos online",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Le grooming, c'est un adulte qui cherche à devenir « ami » avec un enfant sur Internet pour le préparer à des relations sexuelles. Les propositions peuvent être directes ou cachées.</p>",
                "de": "<p>Beim Cybergrooming versucht ein Erwachsener, im Internet „Freund“ eines Kindes zu werden, um es auf sexuelle Handlungen vorzubereiten. Die Angebote können offen oder versteckt sein.</p>",
                "lb": "<p>Beim Cybergrooming probéiert en Erwuessenen, um Internet „Frënd“ vun engem Kand ze ginn, fir et op sexuell Handlungen virzebereeden. D'Offere kënnen direkt oder verstoppt sinn.</p>",
                "en": "<p>Grooming is when an adult tries to become a child's “friend” online to prepare them for sexual contact. The proposals can be open or hidden.</p>",
                "pt": "<p>No aliciamento, um adulto tenta tornar-se “amigo” de uma criança na Internet para a preparar para relações sexuais. As propostas podem ser diretas ou escondidas.</p>",
            },
        },
        {
            "question": {
                "fr": "Où le grooming se passe-t-il souvent ?",
                "de": "Wo passiert Cybergrooming oft?",
                "lb": "Wou geschitt Cybergrooming dacks?",
                "en": "Where does grooming often happen?",
                "pt": "Onde acontece muitas vezes o aliciamento online?",
            },
            "answers": [
                (
                    {
                        "fr": "Dans les salons de discussion",
                        "de": "In Chatrooms",
                        "lb": "An Chatrooms",
                        "en": "In chat rooms",
                        "pt": "Em salas de conversa",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Sur les réseaux sociaux",
                        "de": "In sozialen Netzwerken",
                        "lb": "Op soziale Netzwierker",
                        "en": "On social networks",
                        "pt": "Nas redes sociais",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Dans les jeux sur tablette ou smartphone",
                        "de": "In Spielen auf Tablet oder Smartphone",
                        "lb": "A Spiller um Tablet oder Smartphone",
                        "en": "In games on tablets or smartphones",
                        "pt": "Em jogos no tablet ou no smartphone",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Jamais sur Internet",
                        "de": "Nie im Internet",
                        "lb": "Ni um Internet",
                        "en": "Never online",
                        "pt": "Nunca na Internet",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Les trois sont vrais : salons de discussion, réseaux sociaux et jeux. Souvent, l'adulte propose aussi de l'argent ou des cadeaux.</p>",
                "de": "<p>Alle drei stimmen: Chatrooms, soziale Netzwerke und Spiele. Oft bietet der Erwachsene auch Geld oder Geschenke an.</p>",
                "lb": "<p>All dräi stëmmen: Chatrooms, sozial Netzwierker a Spiller. Dacks offréiert den Erwuessenen och Suen oder Kaddoen.</p>",
                "en": "<p>All three are right: chat rooms, social networks and games. Often the adult also offers money or gifts.</p>",
                "pt": "<p>As três estão certas: salas de conversa, redes sociais e jogos. Muitas vezes o adulto também oferece dinheiro ou presentes.</p>",
            },
        },
        {
            "question": {
                "fr": "Vrai ou faux : au Luxembourg, un adulte qui fait des propositions sexuelles en ligne à un enfant de moins de 16 ans commet une infraction.",
                "de": "Richtig oder falsch: In Luxemburg macht sich ein Erwachsener strafbar, der einem Kind unter 16 Jahren online sexuelle Angebote macht.",
                "lb": "Richteg oder falsch: Zu Lëtzebuerg mécht en Erwuessenen sech strofbar, deen engem Kand ënner 16 Joer online sexuell Offere mécht.",
                "en": "True or false: in Luxembourg, an adult who makes sexual proposals online to a child under 16 commits an offence.",
                "pt": "Verdadeiro ou falso: no Luxemburgo, um adulto que faz propostas sexuais online a uma criança com menos de 16 anos comete um crime.",
            },
            "answers": [(TRUE, True), (FALSE, False)],
            "explanation": {
                "fr": "<p>Vrai. Depuis 2011, la loi luxembourgeoise punit ces propositions de prison et d'amende.</p>",
                "de": "<p>Richtig. Seit 2011 bestraft das luxemburgische Gesetz solche Angebote mit Gefängnis und Geldstrafe.</p>",
                "lb": "<p>Richteg. Zanter 2011 bestrooft d'Lëtzebuerger Gesetz esou Offere mat Prisong a Geldstrof.</p>",
                "en": "<p>True. Since 2011, Luxembourg law punishes such proposals with prison and a fine.</p>",
                "pt": "<p>Verdadeiro. Desde 2011, a lei luxemburguesa pune estas propostas com prisão e multa.</p>",
            },
        },
        {
            "question": {
                "fr": "Quelqu'un que tu connais seulement en ligne veut te rencontrer en secret. Que peux-tu faire ?",
                "de": "Jemand, den du nur online kennst, will dich heimlich treffen. Was kannst du tun?",
                "lb": "Een, deen s du nëmmen online kenns, wëll dech heemlech treffen. Wat kanns du maachen?",
                "en": "Someone you only know online wants to meet you in secret. What can you do?",
                "pt": "Alguém que só conheces online quer encontrar-se contigo em segredo. O que podes fazer?",
            },
            "answers": [
                (
                    {
                        "fr": "En parler à un adulte de confiance",
                        "de": "Mit einer Vertrauensperson darüber reden",
                        "lb": "Mat engem Erwuessene schwätzen, deem s du vertraus",
                        "en": "Tell an adult you trust",
                        "pt": "Falar com um adulto de confiança",
                    },
                    True,
                ),
                (
                    {"fr": "Le signaler", "de": "Es melden", "lb": "Et mellen", "en": "Report it", "pt": "Denunciar"},
                    True,
                ),
                (
                    {
                        "fr": "Y aller seul·e sans rien dire",
                        "de": "Allein hingehen, ohne etwas zu sagen",
                        "lb": "Eleng higoen, ouni eppes ze soen",
                        "en": "Go alone without telling anyone",
                        "pt": "Ir sozinho sem dizer nada",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Une personne qui te demande un rendez-vous secret, c'est un signal d'alarme. Tu peux le signaler et en parler à un adulte de confiance.</p>",
                "de": "<p>Wenn jemand ein heimliches Treffen will, ist das ein Warnsignal. Du kannst es melden und mit einer Vertrauensperson reden.</p>",
                "lb": "<p>Wann een en heemlecht Treffe wëll, ass dat en Alarmsignal. Du kanns et mellen a mat engem Erwuessene schwätzen, deem s du vertraus.</p>",
                "en": "<p>Someone asking for a secret meeting is a warning sign. You can report it and talk to an adult you trust.</p>",
                "pt": "<p>Alguém que pede um encontro secreto é um sinal de alarme. Podes denunciar e falar com um adulto de confiança.</p>",
            },
        },
    ],
}

IMAGE_RIGHTS = {
    "slug": "quiz-droit-a-l-image",
    "topics": ["image-rights", "illegal-images"],
    "title": {
        "fr": "Quiz : le droit à l'image",
        "de": "Quiz: Recht am eigenen Bild",
        "lb": "Quiz: Recht um eegene Bild",
        "en": "Quiz: image rights",
        "pt": "Questionário: direito à imagem",
    },
    "intro": {
        "fr": "Quatre questions sur les photos des autres et ce qu'on peut en faire.",
        "de": "Vier Fragen zu Fotos von anderen und dazu, was man damit machen darf.",
        "lb": "Véier Froen iwwer Fotoe vun aneren an dat, wat een domat maache kann.",
        "en": "Four questions about other people's photos and what you may do with them.",
        "pt": "Quatro perguntas sobre fotos de outras pessoas e o que se pode fazer com elas.",
    },
    "notes": (
        "The seeds do NOT contain Luxembourg's image-rights law (DIGEST 9.2): the BEE SECURE factsheet exists (000 L209) but "
        "its content is not in the seeds, so question 2 gives advice (ask first), not a legal rule; have a lawyer check. "
        "Internet is a public space: 000 L546-550. Sharing a pornographic image of a minor on a network is punished: "
        "001 L316, 001 L341-342 / 000 L641-656 (art. 383 vs 383ter: DIGEST 9.1 item 1, so no article is named). "
        "Stopline anonymous: 001 L117, L329; police forms not anonymous: 001 L231; no reports to ECPAT: 001 L307. "
        + TEACHER_NOTES_SOURCES
    ),
    "questions": [
        {
            "question": {
                "fr": "Vrai ou faux : ce que je publie sur Internet reste privé.",
                "de": "Richtig oder falsch: Was ich im Internet veröffentliche, bleibt privat.",
                "lb": "Richteg oder falsch: Wat ech um Internet verëffentlechen, bleift privat.",
                "en": "True or false: what I post online stays private.",
                "pt": "Verdadeiro ou falso: o que publico na Internet fica privado.",
            },
            "answers": [(TRUE, False), (FALSE, True)],
            "explanation": {
                "fr": "<p>Faux. Internet est un espace public : d'autres peuvent voir, copier et partager ce que tu publies.</p>",
                "de": "<p>Falsch. Das Internet ist ein öffentlicher Raum: Andere können sehen, kopieren und teilen, was du veröffentlichst.</p>",
                "lb": "<p>Falsch. Den Internet ass en ëffentleche Raum: Aner Leit kënnen dat gesinn, kopéieren an deelen, wat s du verëffentlechs.</p>",
                "en": "<p>False. The internet is a public space: others can see, copy and share what you post.</p>",
                "pt": "<p>Falso. A Internet é um espaço público: outras pessoas podem ver, copiar e partilhar o que publicas.</p>",
            },
        },
        {
            "question": {
                "fr": "Tu veux publier une photo où l'on voit ton amie. Que fais-tu d'abord ?",
                "de": "Du willst ein Foto veröffentlichen, auf dem deine Freundin zu sehen ist. Was machst du zuerst?",
                "lb": "Du wëlls eng Foto verëffentlechen, op där een deng Frëndin gesäit. Wat méchs du als éischt?",
                "en": "You want to post a photo that shows your friend. What do you do first?",
                "pt": "Queres publicar uma foto onde aparece a tua amiga. O que fazes primeiro?",
            },
            "answers": [
                (
                    {
                        "fr": "Je lui demande si elle est d'accord",
                        "de": "Ich frage sie, ob sie einverstanden ist",
                        "lb": "Ech froen hatt, ob et d'accord ass",
                        "en": "I ask her if she agrees",
                        "pt": "Pergunto-lhe se concorda",
                    },
                    True,
                ),
                (
                    {
                        "fr": "Je la publie, c'est mon téléphone",
                        "de": "Ich veröffentliche es, es ist ja mein Handy",
                        "lb": "Ech verëffentlechen se, et ass jo mäin Handy",
                        "en": "I post it: it is my phone",
                        "pt": "Publico-a, o telemóvel é meu",
                    },
                    False,
                ),
                (
                    {
                        "fr": "Je la publie et je lui dis après",
                        "de": "Ich veröffentliche es und sage es ihr danach",
                        "lb": "Ech verëffentlechen se a soen et him duerno",
                        "en": "I post it and tell her afterwards",
                        "pt": "Publico-a e digo-lhe depois",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>Demande toujours avant. Une fois en ligne, la photo peut circuler partout, et ton amie n'a peut-être pas envie d'y être.</p>",
                "de": "<p>Frag immer vorher. Ist das Foto einmal online, kann es überall landen, und deine Freundin will vielleicht nicht darauf zu sehen sein.</p>",
                "lb": "<p>Fro ëmmer virdrun. Wann d'Foto eemol online ass, ka se iwwerall landen, an deng Frëndin wëll vläicht net drop ze gesi sinn.</p>",
                "en": "<p>Always ask first. Once online, the photo can travel anywhere, and your friend may not want to be in it.</p>",
                "pt": "<p>Pergunta sempre antes. Depois de online, a foto pode circular por todo o lado, e a tua amiga pode não querer aparecer nela.</p>",
            },
        },
        {
            "question": {
                "fr": "Vrai ou faux : diffuser sur Internet une photo à caractère sexuel d'un mineur est puni par la loi.",
                "de": "Richtig oder falsch: Wer ein sexuelles Foto einer minderjährigen Person im Internet verbreitet, macht sich strafbar.",
                "lb": "Richteg oder falsch: Wien eng sexuell Foto vun enger mannerjäreger Persoun um Internet verbreet, mécht sech strofbar.",
                "en": "True or false: sharing a sexual photo of a minor online is punished by law.",
                "pt": "Verdadeiro ou falso: divulgar na Internet uma foto de caráter sexual de um menor é punido por lei.",
            },
            "answers": [(TRUE, True), (FALSE, False)],
            "explanation": {
                "fr": "<p>Vrai. C'est puni par la loi, même si la photo a été envoyée volontairement au départ. Au Luxembourg, on est mineur jusqu'à 18 ans.</p>",
                "de": "<p>Richtig. Das ist strafbar, auch wenn das Foto am Anfang freiwillig geschickt wurde. In Luxemburg ist man bis 18 minderjährig.</p>",
                "lb": "<p>Richteg. Dat ass strofbar, och wann d'Foto am Ufank fräiwëlleg geschéckt gouf. Zu Lëtzebuerg ass ee bis 18 Joer mannerjäreg.</p>",
                "en": "<p>True. It is punished by law, even if the photo was first sent willingly. In Luxembourg you are a minor until 18.</p>",
                "pt": "<p>Verdadeiro. É punido por lei, mesmo que a foto tenha sido enviada de livre vontade no início. No Luxemburgo, és menor até aos 18 anos.</p>",
            },
        },
        {
            "question": {
                "fr": "Tu vois en ligne des images sexuelles d'enfants. Où peux-tu le signaler sans donner ton nom ?",
                "de": "Du siehst online sexuelle Bilder von Kindern. Wo kannst du das melden, ohne deinen Namen zu nennen?",
                "lb": "Du gesäis online sexuell Biller vu Kanner. Wou kanns du dat mellen, ouni däin Numm ze soen?",
                "en": "You see sexual images of children online. Where can you report it without giving your name?",
                "pt": "Vês online imagens sexuais de crianças. Onde podes denunciar sem dar o teu nome?",
            },
            "answers": [
                (
                    {
                        "fr": "À la Stopline de BEE SECURE",
                        "de": "Bei der BEE SECURE Stopline",
                        "lb": "Bei der BEE SECURE Stopline",
                        "en": "BEE SECURE Stopline",
                        "pt": "Na Stopline da BEE SECURE",
                    },
                    True,
                ),
                (
                    {
                        "fr": "À ECPAT Luxembourg",
                        "de": "Bei ECPAT Luxembourg",
                        "lb": "Bei ECPAT Luxembourg",
                        "en": "ECPAT Luxembourg",
                        "pt": "À ECPAT Luxembourg",
                    },
                    False,
                ),
                (
                    {
                        "fr": "En republiant les images",
                        "de": "Indem ich die Bilder weiterteile",
                        "lb": "Andeems ech d'Biller weiderdeelen",
                        "en": "By sharing the images again",
                        "pt": "Partilhando de novo as imagens",
                    },
                    False,
                ),
            ],
            "explanation": {
                "fr": "<p>La Stopline de BEE SECURE accepte les signalements anonymes : tu signales l'adresse de la page. Ne partage jamais ces images. ECPAT ne reçoit pas de signalements.</p>",
                "de": "<p>Die BEE SECURE Stopline nimmt anonyme Meldungen an: Du meldest die Adresse der Seite. Teile solche Bilder nie. ECPAT nimmt keine Meldungen entgegen.</p>",
                "lb": "<p>D'BEE SECURE Stopline hëlt anonym Meldungen un: Du mells d'Adress vun der Säit. Deel esou Biller ni. ECPAT hëlt keng Meldungen un.</p>",
                "en": "<p>BEE SECURE Stopline accepts anonymous reports: you report the address of the page. Never share such images. ECPAT does not take reports.</p>",
                "pt": "<p>A Stopline da BEE SECURE aceita denúncias anónimas: denuncias o endereço da página. Nunca partilhes essas imagens. A ECPAT não recebe denúncias.</p>",
            },
        },
    ],
}

DEMO_QUIZZES = [SEXTING, GROOMING, IMAGE_RIGHTS]


def localized_values(spec) -> list:
    """Every Localized text of a quiz spec, for translate_everywhere."""
    values = [spec["title"], spec["intro"], spec.get("teacher_notes", TEACHER_NOTES)]
    for question in spec["questions"]:
        values += [question["question"], question["explanation"], *(text for text, _right in question["answers"])]
    return values


def question_blocks(spec, language="fr"):
    return [
        (
            "question",
            {
                "question": question["question"][language],
                "image": None,
                "image_alt": "",
                "answers": [{"text": text[language], "is_right": right} for text, right in question["answers"]],
                "explanation": question["explanation"][language],
            },
        )
        for question in spec["questions"]
    ]


def build_quiz(parent, spec, *, translate=True) -> QuizPage:
    """A published quiz under ``parent`` from a spec like DEMO_QUIZZES' (and its translations)."""
    quiz = QuizPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if quiz is not None:
        return quiz.specific
    quiz = QuizPage(
        title=fr(spec["title"]),
        slug=spec["slug"],
        intro=fr(spec["intro"]),
        teacher_notes=fr(spec.get("teacher_notes", TEACHER_NOTES)),
        editor_notes=spec.get("notes", ""),
        questions=question_blocks(spec),
    )
    parent.add_child(instance=quiz)
    quiz.topics.set(vocabulary(Topic, *spec.get("topics", [])))
    quiz.age_bands.set(vocabulary(AgeBand, *spec.get("age_bands", ["12-14"])))
    quiz.audiences.set(vocabulary(Audience, *spec.get("audiences", ["pupils"])))
    quiz.save_revision().publish()
    if translate:
        translate_everywhere(quiz, localized_values(spec))
    return QuizPage.objects.get(pk=quiz.pk)


def ensure_quiz_index(parent) -> QuizIndexPage:
    index = QuizIndexPage.objects.child_of(parent).filter(slug=INDEX_SLUG).first()
    if index is None:
        index = QuizIndexPage(
            title=fr(INDEX_TITLE),
            slug=INDEX_SLUG,
            intro=fr(INDEX_INTRO),
            editor_notes="Audience: pupils aged 12-14 (7th grade, seed 000 L80-81; the seeds give no age for 7th grade).",
        )
        parent.add_child(instance=index)
        index.save_revision().publish()
        translate_everywhere(index, [INDEX_TITLE, INDEX_INTRO])
    return index


def load():
    home = home_page()
    index = ensure_quiz_index(home)
    for spec in DEMO_QUIZZES:
        build_quiz(index, spec)
    add_to_navigation(index)
