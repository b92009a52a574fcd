"""The two demo trees, "think before you post" and "check your privacy settings", in five languages.

The seeds only name BEE SECURE's two decision trees (DIGEST §1 L7, L8; seed 000 L181-190):
their content is not in the seeds, so every step here is our own, written for pupils of 12.
Each step: ("question", key, question, hint or None, [(answer, next key), ...]) or
("outcome", key, tone, title, advice, related) where ``related`` names material to link.
"""

YES = {"fr": "Oui", "de": "Ja", "lb": "Jo", "en": "Yes", "pt": "Sim"}
NO = {"fr": "Non", "de": "Nein", "lb": "Neen", "en": "No", "pt": "Não"}
NOT_SURE = {
    "fr": "Je ne sais pas",
    "de": "Ich weiß nicht",
    "lb": "Ech weess net",
    "en": "I'm not sure",
    "pt": "Não sei",
}

SOURCE_NOTE = (
    'The seeds name BEE SECURE\'s tree "{name}" (DIGEST §1 {item}; seed 000 {lines}; PDFs in {languages}) but do '
    "not contain its content. Every step of this tree is written from scratch in our own words; compare it with "
    "the BEE SECURE PDF before relying on it as 'the' BEE SECURE tree. No facts (numbers, ages, laws) are stated."
)

THINK_BEFORE_POSTING = {
    "slug": "reflechis-avant-de-publier",
    "title": {
        "fr": "Réfléchis avant de publier",
        "de": "Denk nach, bevor du postest",
        "lb": "Denk no, ier s de eppes postes",
        "en": "Think before you post",
        "pt": "Pensa antes de publicar",
    },
    "intro": {
        "fr": "Une photo, une vidéo ou un message : quelques questions pour savoir si tu peux le publier.",
        "de": "Ein Foto, ein Video oder eine Nachricht: ein paar Fragen, um zu wissen, ob du es posten kannst.",
        "lb": "Eng Foto, e Video oder e Message: e puer Froen, fir ze wëssen, ob s du et poste kanns.",
        "en": "A photo, a video or a message: a few questions to find out whether you can post it.",
        "pt": "Uma foto, um vídeo ou uma mensagem: algumas perguntas para saberes se o podes publicar.",
    },
    "notes": SOURCE_NOTE.format(
        name="Arbre de décision (penses avant de poster sur le net)", item="L7", lines="L181-184", languages="DE, FR"
    ),
    "topics": ["image-rights", "privacy"],
    "steps": [
        (
            "question",
            "family-sees",
            {
                "fr": "Serais-tu d'accord que ta famille voie ce que tu veux publier ?",
                "de": "Wäre es für dich okay, wenn deine Familie sieht, was du posten willst?",
                "lb": "Wier et fir dech ok, wann deng Famill gesäit, wat s du poste wëlls?",
                "en": "Would you be fine with your family seeing what you want to post?",
                "pt": "Ficavas bem se a tua família visse o que queres publicar?",
            },
            {
                "fr": "Pense aussi à tes profs et à tes amis dans quelques années.",
                "de": "Denk auch an deine Lehrer und an deine Freunde in ein paar Jahren.",
                "lb": "Denk och un deng Enseignanten an un deng Frënn an e puer Joer.",
                "en": "Think of your teachers too, and of your friends a few years from now.",
                "pt": "Pensa também nos teus professores e nos teus amigos daqui a alguns anos.",
            },
            [(YES, "others-in-it"), (NO, "do-not-post"), (NOT_SURE, "wait")],
        ),
        (
            "question",
            "others-in-it",
            {
                "fr": "Est-ce que d'autres personnes sont sur la photo, dans la vidéo ou dans le message ?",
                "de": "Sind andere Personen auf dem Foto, im Video oder in der Nachricht?",
                "lb": "Sinn aner Leit op der Foto, am Video oder am Message?",
                "en": "Are other people in the photo, the video or the message?",
                "pt": "Há outras pessoas na foto, no vídeo ou na mensagem?",
            },
            None,
            [(YES, "asked-them"), (NO, "who-sees")],
        ),
        (
            "question",
            "asked-them",
            {
                "fr": "Leur as-tu demandé si elles sont d'accord ?",
                "de": "Hast du sie gefragt, ob sie einverstanden sind?",
                "lb": "Hues du si gefrot, ob si d'accord sinn?",
                "en": "Have you asked them whether they agree?",
                "pt": "Perguntaste-lhes se concordam?",
            },
            None,
            [
                (
                    {
                        "fr": "Oui, elles sont d'accord",
                        "de": "Ja, sie sind einverstanden",
                        "lb": "Jo, si sinn d'accord",
                        "en": "Yes, they agree",
                        "pt": "Sim, concordam",
                    },
                    "who-sees",
                ),
                (
                    {
                        "fr": "Non, pas encore",
                        "de": "Nein, noch nicht",
                        "lb": "Neen, nach net",
                        "en": "No, not yet",
                        "pt": "Não, ainda não",
                    },
                    "ask-first",
                ),
            ],
        ),
        (
            "question",
            "who-sees",
            {
                "fr": "Sais-tu qui pourra voir ta publication ?",
                "de": "Weißt du, wer deinen Beitrag sehen kann?",
                "lb": "Weess du, wien däi Post gesi kann?",
                "en": "Do you know who will be able to see your post?",
                "pt": "Sabes quem vai poder ver a tua publicação?",
            },
            None,
            [
                (
                    {
                        "fr": "Oui, seulement des gens que je connais",
                        "de": "Ja, nur Leute, die ich kenne",
                        "lb": "Jo, just Leit, déi ech kennen",
                        "en": "Yes, only people I know",
                        "pt": "Sim, só pessoas que conheço",
                    },
                    "go-ahead",
                ),
                (
                    {
                        "fr": "Non, ou tout le monde",
                        "de": "Nein, oder alle",
                        "lb": "Neen, oder jiddereen",
                        "en": "No, or everyone can",
                        "pt": "Não, ou toda a gente",
                    },
                    "check-settings",
                ),
            ],
        ),
        (
            "outcome",
            "do-not-post",
            "stop",
            {
                "fr": "Ne le publie pas",
                "de": "Poste es nicht",
                "lb": "Post et net",
                "en": "Don't post it",
                "pt": "Não publiques",
            },
            {
                "fr": "<p>Si tu ne voudrais pas que ta famille le voie, garde-le pour toi.</p>"
                "<p>Ce qui est en ligne peut être copié et partagé, même si tu l'effaces ensuite.</p>",
                "de": "<p>Wenn deine Familie es nicht sehen soll, behalte es für dich.</p>"
                "<p>Was im Netz ist, kann kopiert und geteilt werden, auch wenn du es danach löschst.</p>",
                "lb": "<p>Wann deng Famill et net soll gesinn, behal et fir dech.</p>"
                "<p>Wat um Internet ass, kann kopéiert a gedeelt ginn, och wann s du et duerno läschs.</p>",
                "en": "<p>If you would not want your family to see it, keep it to yourself.</p>"
                "<p>What is online can be copied and shared, even if you delete it later.</p>",
                "pt": "<p>Se não quiserias que a tua família visse, guarda-o para ti.</p>"
                "<p>O que está online pode ser copiado e partilhado, mesmo que o apagues depois.</p>",
            },
            {"help_services": ["KannerJugendTelefon", "BEE SECURE Helpline"]},
        ),
        (
            "outcome",
            "wait",
            "careful",
            {
                "fr": "Attends avant de publier",
                "de": "Warte, bevor du postest",
                "lb": "Waart, ier s de postes",
                "en": "Wait before you post",
                "pt": "Espera antes de publicar",
            },
            {
                "fr": "<p>Quand tu hésites, laisse passer une nuit et repose-toi la question demain.</p>"
                "<p>Tu peux aussi demander l'avis d'une personne de confiance.</p>",
                "de": "<p>Wenn du zögerst, schlaf eine Nacht darüber und frag dich morgen noch einmal.</p>"
                "<p>Du kannst auch eine Person fragen, der du vertraust.</p>",
                "lb": "<p>Wann s du zéckers, schlof eng Nuecht driwwer a stell dir d'Fro muer nach eng Kéier.</p>"
                "<p>Du kanns och eng Persoun froen, där s du vertraus.</p>",
                "en": "<p>When you are unsure, sleep on it and ask yourself again tomorrow.</p>"
                "<p>You can also ask someone you trust what they think.</p>",
                "pt": "<p>Quando tens dúvidas, espera uma noite e volta a fazer a pergunta amanhã.</p>"
                "<p>Também podes pedir a opinião de uma pessoa de confiança.</p>",
            },
            {},
        ),
        (
            "outcome",
            "ask-first",
            "stop",
            {
                "fr": "Demande d'abord leur accord",
                "de": "Frag sie zuerst",
                "lb": "Fro si fir d'éischt",
                "en": "Ask them first",
                "pt": "Pede-lhes primeiro autorização",
            },
            {
                "fr": "<p>Chacun décide si son image peut être publiée.</p>"
                "<p>Demande-leur avant de publier. Si quelqu'un dit non, ne publie pas.</p>",
                "de": "<p>Jede Person entscheidet selbst, ob ihr Bild gepostet werden darf.</p>"
                "<p>Frag sie, bevor du postest. Wenn jemand Nein sagt, poste es nicht.</p>",
                "lb": "<p>All Persoun decidéiert selwer, ob hir Bild dierf gepost ginn.</p>"
                "<p>Fro si, ier s du postes. Wann een Neen seet, post et net.</p>",
                "en": "<p>Everyone decides for themselves whether their picture can be posted.</p>"
                "<p>Ask them before you post. If anyone says no, don't post it.</p>",
                "pt": "<p>Cada pessoa decide se a sua imagem pode ser publicada.</p>"
                "<p>Pergunta-lhes antes de publicar. Se alguém disser que não, não publiques.</p>",
            },
            {"factsheet_topics": ["image-rights"]},
        ),
        (
            "outcome",
            "check-settings",
            "careful",
            {
                "fr": "Règle d'abord qui peut voir",
                "de": "Stell zuerst ein, wer es sehen kann",
                "lb": "Stell fir d'éischt an, wien et gesi kann",
                "en": "First choose who can see it",
                "pt": "Escolhe primeiro quem pode ver",
            },
            {
                "fr": "<p>Avant de publier, ouvre les réglages et regarde qui peut voir tes publications.</p>"
                "<p>Choisis plutôt tes amis que « tout le monde ».</p>",
                "de": "<p>Öffne vor dem Posten die Einstellungen und schau, wer deine Beiträge sehen kann.</p>"
                "<p>Wähle lieber deine Freunde als „alle“.</p>",
                "lb": "<p>Maach virum Posten d'Astellungen op a kuck, wien deng Posts gesi kann.</p>"
                "<p>Wiel léiwer deng Frënn wéi „jiddereen“.</p>",
                "en": "<p>Before you post, open the settings and look at who can see your posts.</p>"
                "<p>Pick your friends rather than “everyone”.</p>",
                "pt": "<p>Antes de publicar, abre as definições e vê quem pode ver as tuas publicações.</p>"
                "<p>Escolhe os teus amigos em vez de «toda a gente».</p>",
            },
            {"help_services": ["BEE SECURE Helpline"]},
        ),
        (
            "outcome",
            "go-ahead",
            "go",
            {
                "fr": "Tu peux publier",
                "de": "Du kannst es posten",
                "lb": "Du kanns et posten",
                "en": "You can post it",
                "pt": "Podes publicar",
            },
            {
                "fr": "<p>Tu as bien réfléchi : tu peux publier.</p>"
                "<p>Si quelqu'un réagit mal ou te met mal à l'aise, parles-en à une personne de confiance.</p>",
                "de": "<p>Du hast gut nachgedacht: Du kannst es posten.</p>"
                "<p>Wenn jemand gemein reagiert oder du dich unwohl fühlst, sprich mit einer Person, der du vertraust.</p>",
                "lb": "<p>Du hues gutt nogeduecht: Du kanns et posten.</p>"
                "<p>Wann een gemeng reagéiert oder du dech net wuel fills, schwätz mat enger Persoun, där s du vertraus.</p>",
                "en": "<p>You have thought it through: you can post it.</p>"
                "<p>If someone reacts badly or makes you feel uneasy, talk to someone you trust.</p>",
                "pt": "<p>Pensaste bem: podes publicar.</p>"
                "<p>Se alguém reagir mal ou te deixar desconfortável, fala com uma pessoa de confiança.</p>",
            },
            {"help_services": ["KannerJugendTelefon"]},
        ),
    ],
}

CHECK_PRIVACY_SETTINGS = {
    "slug": "verifie-tes-reglages-de-confidentialite",
    "title": {
        "fr": "Vérifie tes réglages de confidentialité",
        "de": "Prüfe deine Privatsphäre-Einstellungen",
        "lb": "Kontrolléier deng Privatsphär-Astellungen",
        "en": "Check your privacy settings",
        "pt": "Verifica as tuas definições de privacidade",
    },
    "intro": {
        "fr": "Ton téléphone à la main, réponds à quelques questions sur ton compte.",
        "de": "Nimm dein Handy und beantworte ein paar Fragen zu deinem Konto.",
        "lb": "Huel däin Handy an beäntwert e puer Froen iwwer däi Kont.",
        "en": "With your phone in your hand, answer a few questions about your account.",
        "pt": "Com o telemóvel na mão, responde a algumas perguntas sobre a tua conta.",
    },
    "notes": SOURCE_NOTE.format(
        name="Arbre de décision (réglages de confidentialité)", item="L8", lines="L187-190", languages="DE, FR"
    ),
    "topics": ["privacy"],
    "steps": [
        (
            "question",
            "account-public",
            {
                "fr": "Ton compte est-il public ou privé ?",
                "de": "Ist dein Konto öffentlich oder privat?",
                "lb": "Ass däi Kont ëffentlech oder privat?",
                "en": "Is your account public or private?",
                "pt": "A tua conta é pública ou privada?",
            },
            {
                "fr": "Tu le trouves dans les réglages de l'appli, souvent sous « Confidentialité ».",
                "de": "Du findest es in den Einstellungen der App, oft unter „Privatsphäre“.",
                "lb": "Du fënns et an den Astellunge vun der App, dacks ënner „Privatsphär“.",
                "en": "You will find it in the app's settings, often under “Privacy”.",
                "pt": "Encontras isso nas definições da aplicação, muitas vezes em «Privacidade».",
            },
            [
                (
                    {
                        "fr": "Public : tout le monde peut voir",
                        "de": "Öffentlich: alle können es sehen",
                        "lb": "Ëffentlech: jiddereen kann et gesinn",
                        "en": "Public: everyone can see it",
                        "pt": "Pública: toda a gente pode ver",
                    },
                    "make-private",
                ),
                (
                    {
                        "fr": "Privé : seulement les personnes que j'accepte",
                        "de": "Privat: nur Leute, die ich annehme",
                        "lb": "Privat: just Leit, déi ech unhuelen",
                        "en": "Private: only people I accept",
                        "pt": "Privada: só as pessoas que aceito",
                    },
                    "know-followers",
                ),
                (NOT_SURE, "find-setting"),
            ],
        ),
        (
            "question",
            "know-followers",
            {
                "fr": "Connais-tu en vrai toutes les personnes qui te suivent ?",
                "de": "Kennst du alle, die dir folgen, auch im echten Leben?",
                "lb": "Kenns du all déi, déi dir suivéieren, och am richtege Liewen?",
                "en": "Do you know everyone who follows you in real life?",
                "pt": "Conheces na vida real todas as pessoas que te seguem?",
            },
            None,
            [
                (
                    {
                        "fr": "Oui, toutes",
                        "de": "Ja, alle",
                        "lb": "Jo, all",
                        "en": "Yes, all of them",
                        "pt": "Sim, todas",
                    },
                    "location-shown",
                ),
                (
                    {
                        "fr": "Non, pas toutes",
                        "de": "Nein, nicht alle",
                        "lb": "Neen, net all",
                        "en": "No, not all of them",
                        "pt": "Não, nem todas",
                    },
                    "sort-followers",
                ),
            ],
        ),
        (
            "question",
            "location-shown",
            {
                "fr": "Est-ce que ton école ou l'endroit où tu es se voient sur ton profil ou tes publications ?",
                "de": "Sieht man auf deinem Profil oder in deinen Beiträgen deine Schule oder wo du gerade bist?",
                "lb": "Gesäit een op dengem Profil oder an denge Posts deng Schoul oder wou s du grad bass?",
                "en": "Can people see your school or where you are on your profile or in your posts?",
                "pt": "No teu perfil ou nas tuas publicações vê-se a tua escola ou onde estás?",
            },
            None,
            [(YES, "hide-location"), (NO, "well-set")],
        ),
        (
            "outcome",
            "make-private",
            "careful",
            {
                "fr": "Passe ton compte en privé",
                "de": "Stell dein Konto auf privat",
                "lb": "Stell däi Kont op privat",
                "en": "Make your account private",
                "pt": "Põe a tua conta como privada",
            },
            {
                "fr": "<p>Avec un compte public, des inconnus voient tes photos et peuvent t'écrire.</p>"
                "<p>Dans les réglages, choisis « compte privé ». Puis refais ce test.</p>",
                "de": "<p>Bei einem öffentlichen Konto sehen Fremde deine Fotos und können dir schreiben.</p>"
                "<p>Wähle in den Einstellungen „privates Konto“. Mach den Test danach noch einmal.</p>",
                "lb": "<p>Bei engem ëffentleche Kont gesinn Friemer deng Fotoen a kënnen dir schreiwen.</p>"
                "<p>Wiel an den Astellungen „private Kont“. Maach den Test duerno nach eng Kéier.</p>",
                "en": "<p>With a public account, strangers see your photos and can write to you.</p>"
                "<p>In the settings, choose “private account”. Then take this test again.</p>",
                "pt": "<p>Com uma conta pública, desconhecidos veem as tuas fotos e podem escrever-te.</p>"
                "<p>Nas definições, escolhe «conta privada». Depois volta a fazer este teste.</p>",
            },
            {"help_services": ["BEE SECURE Helpline"]},
        ),
        (
            "outcome",
            "find-setting",
            "careful",
            {
                "fr": "Cherche le réglage avec quelqu'un",
                "de": "Such die Einstellung mit jemandem",
                "lb": "Sich d'Astellung mat engem",
                "en": "Look for the setting with someone",
                "pt": "Procura a definição com alguém",
            },
            {
                "fr": "<p>Ce n'est pas grave de ne pas savoir.</p>"
                "<p>Demande à un adulte ou à un ami de t'aider à trouver le réglage, puis recommence.</p>",
                "de": "<p>Es ist nicht schlimm, das nicht zu wissen.</p>"
                "<p>Bitte einen Erwachsenen oder einen Freund, dir beim Suchen zu helfen, und fang dann neu an.</p>",
                "lb": "<p>Et ass net schlëmm, dat net ze wëssen.</p>"
                "<p>Fro en Erwuessenen oder e Frënd, fir dir beim Sichen ze hëllefen, a fänk dann nei un.</p>",
                "en": "<p>It is fine not to know.</p>"
                "<p>Ask an adult or a friend to help you find the setting, then start again.</p>",
                "pt": "<p>Não faz mal não saber.</p>"
                "<p>Pede a um adulto ou a um amigo que te ajude a encontrar a definição e depois recomeça.</p>",
            },
            {"help_services": ["BEE SECURE Helpline"]},
        ),
        (
            "outcome",
            "sort-followers",
            "careful",
            {
                "fr": "Fais le tri dans tes abonnés",
                "de": "Räum deine Follower-Liste auf",
                "lb": "Raum deng Follower-Lëscht op",
                "en": "Clear out your followers",
                "pt": "Faz uma limpeza nos teus seguidores",
            },
            {
                "fr": "<p>Retire les personnes que tu ne connais pas en vrai. Tu n'as pas besoin de te justifier.</p>"
                "<p>Si quelqu'un insiste ou te fait peur, parles-en à un adulte de confiance.</p>",
                "de": "<p>Entferne die Leute, die du im echten Leben nicht kennst. Du musst das nicht begründen.</p>"
                "<p>Wenn jemand nicht lockerlässt oder dir Angst macht, sprich mit einem Erwachsenen, dem du vertraust.</p>",
                "lb": "<p>Huel d'Leit ewech, déi s du am richtege Liewen net kenns. Du muss dat net begrënnen.</p>"
                "<p>Wann een net lassléisst oder dir Angscht mécht, schwätz mat engem Erwuessenen, deem s du vertraus.</p>",
                "en": "<p>Remove the people you do not know in real life. You do not have to explain why.</p>"
                "<p>If someone keeps pushing or scares you, talk to an adult you trust.</p>",
                "pt": "<p>Remove as pessoas que não conheces na vida real. Não tens de dar explicações.</p>"
                "<p>Se alguém insistir ou te assustar, fala com um adulto de confiança.</p>",
            },
            {"help_services": ["KannerJugendTelefon"], "factsheet_topics": ["grooming"]},
        ),
        (
            "outcome",
            "hide-location",
            "careful",
            {
                "fr": "Cache où tu es",
                "de": "Verstecke, wo du bist",
                "lb": "Verstopp, wou s du bass",
                "en": "Hide where you are",
                "pt": "Esconde onde estás",
            },
            {
                "fr": "<p>Coupe le partage de position dans l'appli et enlève le nom de ton école de ton profil.</p>"
                "<p>Publie tes photos de vacances après ton retour plutôt que pendant.</p>",
                "de": "<p>Schalte in der App das Teilen deines Standorts aus und nimm den Namen deiner Schule aus dem Profil.</p>"
                "<p>Poste Urlaubsfotos lieber, wenn du wieder zu Hause bist.</p>",
                "lb": "<p>Maach an der App d'Deele vun denger Positioun aus an huel den Numm vun denger Schoul aus dengem Profil eraus.</p>"
                "<p>Post Vakanzefotoen léiwer, wann s du erëm doheem bass.</p>",
                "en": "<p>Turn off location sharing in the app and take your school's name off your profile.</p>"
                "<p>Post holiday photos once you are back home rather than while you are away.</p>",
                "pt": "<p>Desliga a partilha de localização na aplicação e tira o nome da tua escola do perfil.</p>"
                "<p>Publica as fotos das férias quando já estiveres em casa, e não durante.</p>",
            },
            {},
        ),
        (
            "outcome",
            "well-set",
            "go",
            {
                "fr": "Tes réglages sont bons",
                "de": "Deine Einstellungen sind gut",
                "lb": "Deng Astellunge si gutt",
                "en": "Your settings are good",
                "pt": "As tuas definições estão boas",
            },
            {
                "fr": "<p>Bravo, ton compte est bien protégé.</p>"
                "<p>Vérifie-le de nouveau de temps en temps : les applis changent parfois leurs réglages.</p>",
                "de": "<p>Super, dein Konto ist gut geschützt.</p>"
                "<p>Prüfe es ab und zu noch einmal: Apps ändern manchmal ihre Einstellungen.</p>",
                "lb": "<p>Super, däi Kont ass gutt geschützt.</p>"
                "<p>Kontrolléier en ab an zou nach eng Kéier: Appen änneren heiansdo hir Astellungen.</p>",
                "en": "<p>Well done, your account is well protected.</p>"
                "<p>Check it again now and then: apps sometimes change their settings.</p>",
                "pt": "<p>Muito bem, a tua conta está bem protegida.</p>"
                "<p>Verifica-a de vez em quando: as aplicações às vezes mudam as definições.</p>",
            },
            {},
        ),
    ],
}

TREES = [THINK_BEFORE_POSTING, CHECK_PRIVACY_SETTINGS]

TOOLS_SLUG = "outils"
TOOLS_TITLE = {"fr": "Outils", "de": "Werkzeuge", "lb": "Tools", "en": "Tools", "pt": "Ferramentas"}
TOOLS_INTRO = {
    "fr": "Des questions simples, une à la fois, pour t'aider à décider quoi faire en ligne.",
    "de": "Einfache Fragen, eine nach der anderen, die dir helfen zu entscheiden, was du im Netz tust.",
    "lb": "Einfach Froen, eng no der anerer, déi dir hëllefen ze decidéieren, wat s du um Internet méchs.",
    "en": "Simple questions, one at a time, to help you decide what to do online.",
    "pt": "Perguntas simples, uma de cada vez, para te ajudar a decidir o que fazer online.",
}
TOOLS_NOTES = "Lists the decision trees. Their content is ours: see each tree's editor notes."
