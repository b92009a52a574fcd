"""Demo text for the guides, as Localized values (fr, de, lb, en, pt). Facts: see the editor notes."""

INDEX_SLUG = "guides"
INDEX_TITLE = {
    "fr": "Guides pour enseignants et parents",
    "de": "Leitfäden für Lehrkräfte und Eltern",
    "lb": "Guiden fir Enseignanten an Elteren",
    "en": "Guides for teachers and parents",
    "pt": "Guias para professores e pais",
}
INDEX_SLUGS = {
    "fr": INDEX_SLUG,
    "de": "leitfaeden",
    "lb": "guiden",
    "en": "guides-for-teachers-and-parents",
    "pt": "guias",
}
INDEX_INTRO = {
    "fr": "Des déroulés de séance pour les enseignants et des conseils pour les parents, à lire en ligne, à imprimer ou à télécharger.",
    "de": "Unterrichtsabläufe für Lehrkräfte und Tipps für Eltern, zum Lesen, Ausdrucken oder Herunterladen.",
    "lb": "Coursoflef fir Enseignanten an Tipps fir Elteren, fir online ze liesen, ze drécken oder erofzelueden.",
    "en": "Lesson plans for teachers and tips for parents, to read online, print or download.",
    "pt": "Planos de aula para professores e conselhos para os pais, para ler online, imprimir ou descarregar.",
}

# -- Teacher guide: the 7th-grade session -----------------------------------------------------

TEACHER_SLUG = "seance-7e"
TEACHER_SLUGS = {
    "fr": TEACHER_SLUG,
    "de": "unterrichtsstunde-7-klasse",
    "lb": "coursstonn-7e",
    "en": "7th-grade-session",
    "pt": "sessao-7-ano",
}
TEACHER_TITLE = {
    "fr": "Séance en classe de 7e : photos, webcam et rencontres en ligne",
    "de": "Unterrichtsstunde 7. Klasse: Fotos, Webcam und Bekanntschaften im Netz",
    "lb": "Coursstonn an der 7e: Fotoen, Webcam a Bekanntschaften um Internet",
    "en": "7th-grade class session: photos, webcams and people met online",
    "pt": "Sessão na turma do 7.º ano: fotos, webcam e contactos online",
}
TEACHER_INTRO = {
    "fr": "Un déroulé de 50 minutes pour parler de sexting, de grooming, de webcam et de droit à l'image avec une classe de 7e, sans matériel particulier.",
    "de": "Ein Ablauf für 50 Minuten, um mit einer 7. Klasse über Sexting, Cybergrooming, Webcams und das Recht am eigenen Bild zu sprechen, ohne besonderes Material.",
    "lb": "En Oflaf vu 50 Minutten, fir mat enger 7e-Klass iwwer Sexting, Cybergrooming, Webcammen an d'Recht um eegene Bild ze schwätzen, ouni speziellt Material.",
    "en": "A 50-minute plan for talking about sexting, grooming, webcams and image rights with a 7th-grade class, with no special equipment.",
    "pt": "Um plano de 50 minutos para falar de sexting, aliciamento, webcam e direito à imagem com uma turma do 7.º ano, sem material especial.",
}
TEACHER_CLASS = {"fr": "Classe de 7e", "de": "7. Klasse", "lb": "7e-Klass", "en": "7th grade", "pt": "7.º ano"}
TEACHER_DURATION = 50
TEACHER_GOALS = {
    "fr": (
        "<ul><li>Les élèves savent qu'une photo envoyée peut être copiée et partagée sans leur accord.</li>"
        "<li>Ils reconnaissent les signes d'une personne qui cherche à obtenir des images d'eux.</li>"
        "<li>Ils savent à qui parler et comment signaler, et que demander de l'aide n'est jamais une faute.</li></ul>"
    ),
    "de": (
        "<ul><li>Die Schülerinnen und Schüler wissen, dass ein verschicktes Foto ohne ihr Einverständnis kopiert und weitergegeben werden kann.</li>"
        "<li>Sie erkennen die Anzeichen, wenn jemand versucht, Bilder von ihnen zu bekommen.</li>"
        "<li>Sie wissen, mit wem sie reden und wie sie etwas melden können, und dass es nie falsch ist, um Hilfe zu bitten.</li></ul>"
    ),
    "lb": (
        "<ul><li>D'Schüler wëssen, datt e verschéckte Foto ouni hiert Averständnis kopéiert a weiderginn ka ginn.</li>"
        "<li>Si erkennen d'Zeechen, wann een probéiert, Biller vun hinnen ze kréien.</li>"
        "<li>Si wëssen, mat wiem si schwätze kënnen a wéi si eppes mellen, an datt et ni falsch ass, no Hëllef ze froen.</li></ul>"
    ),
    "en": (
        "<ul><li>Pupils know that a photo they send can be copied and shared without their consent.</li>"
        "<li>They recognise the signs of someone trying to get images of them.</li>"
        "<li>They know whom to talk to and how to report, and that asking for help is never wrong.</li></ul>"
    ),
    "pt": (
        "<ul><li>Os alunos sabem que uma foto enviada pode ser copiada e partilhada sem o seu acordo.</li>"
        "<li>Reconhecem os sinais de alguém que tenta obter imagens deles.</li>"
        "<li>Sabem com quem falar e como denunciar, e que pedir ajuda nunca é um erro.</li></ul>"
    ),
}
TEACHER_PREPARATION = {
    "fr": (
        "<ul><li>Lire les fiches liées dans le déroulé et la partie sur ce qu'il faut faire si un élève se confie.</li>"
        "<li>Imprimer la fiche élève, une par élève.</li>"
        "<li>Préparer une boîte à questions anonyme : une boîte et des petits papiers.</li></ul>"
    ),
    "de": (
        "<ul><li>Die im Ablauf verlinkten Infoblätter lesen und den Teil darüber, was zu tun ist, wenn sich ein Kind anvertraut.</li>"
        "<li>Das Arbeitsblatt ausdrucken, eines pro Kind.</li>"
        "<li>Eine anonyme Fragenbox vorbereiten: eine Schachtel und kleine Zettel.</li></ul>"
    ),
    "lb": (
        "<ul><li>D'Infoblieder aus dem Oflaf liesen an den Deel doriwwer, wat ze maachen ass, wann e Kand sech engem uvertraut.</li>"
        "<li>D'Aarbechtsblat drécken, eent pro Kand.</li>"
        "<li>Eng anonym Froebox preparéieren: eng Këscht a kleng Zettelen.</li></ul>"
    ),
    "en": (
        "<ul><li>Read the factsheets linked in the plan and the part on what to do if a pupil confides in you.</li>"
        "<li>Print the pupil handout, one per pupil.</li>"
        "<li>Prepare an anonymous question box: a box and slips of paper.</li></ul>"
    ),
    "pt": (
        "<ul><li>Ler as fichas indicadas no plano e a parte sobre o que fazer se um aluno lhe fizer uma confidência.</li>"
        "<li>Imprimir a ficha do aluno, uma por aluno.</li>"
        "<li>Preparar uma caixa de perguntas anónima: uma caixa e papelinhos.</li></ul>"
    ),
}

# (minutes, material wanted as (app label, topic slug) pairs tried in order, title, description)
ACTIVITIES = [
    (
        5,
        [],
        {
            "fr": "Règles du jeu et boîte à questions",
            "de": "Gesprächsregeln und Fragenbox",
            "lb": "Gespréichsreegelen a Froebox",
            "en": "Ground rules and question box",
            "pt": "Regras da conversa e caixa de perguntas",
        },
        {
            "fr": "<p>Fixez trois règles avec la classe : on ne se moque pas, on ne cite pas de noms, on a le droit de ne pas parler. Montrez la boîte : chacun peut y déposer une question sans la signer.</p>",
            "de": "<p>Legen Sie mit der Klasse drei Regeln fest: Niemand wird ausgelacht, es werden keine Namen genannt, niemand muss etwas sagen. Zeigen Sie die Box: Alle können dort eine Frage einwerfen, ohne ihren Namen daraufzuschreiben.</p>",
            "lb": "<p>Maacht mat der Klass dräi Reegelen aus: Keen gëtt ausgelaacht, et ginn keng Nimm genannt, keen muss eppes soen. Weist d'Box: Jiddereen kann do eng Fro eragehéien, ouni säin Numm drop ze schreiwen.</p>",
            "en": "<p>Agree three rules with the class: nobody laughs at anyone, nobody names names, nobody has to speak. Show the box: anyone can drop a question in it without signing it.</p>",
            "pt": "<p>Combine três regras com a turma: ninguém goza com ninguém, não se dizem nomes, ninguém é obrigado a falar. Mostre a caixa: qualquer pessoa pode deixar lá uma pergunta sem a assinar.</p>",
        },
    ),
    (
        10,
        [("factsheets", "sexting")],
        {
            "fr": "Une photo, et après ?",
            "de": "Ein Foto – und dann?",
            "lb": "E Foto – an dann?",
            "en": "One photo – then what?",
            "pt": "Uma foto – e depois?",
        },
        {
            "fr": "<p>Racontez l'histoire d'une photo intime envoyée à une seule personne. Demandez à la classe par combien de mains elle peut passer en une journée. Concluez : une fois envoyée, on ne la contrôle plus.</p>",
            "de": "<p>Erzählen Sie die Geschichte eines intimen Fotos, das an eine einzige Person geschickt wurde. Fragen Sie die Klasse, durch wie viele Hände es an einem Tag gehen kann. Fazit: Ist es einmal verschickt, hat man keine Kontrolle mehr darüber.</p>",
            "lb": "<p>Erzielt d'Geschicht vun engem intimme Foto, dat un eng eenzeg Persoun geschéckt gouf. Frot d'Klass, duerch wéi vill Hänn et an engem Dag ka goen. Conclusioun: Wann et eemol verschéckt ass, huet een et net méi am Grëff.</p>",
            "en": "<p>Tell the story of an intimate photo sent to just one person. Ask the class how many hands it can pass through in one day. Conclude: once it is sent, you no longer control it.</p>",
            "pt": "<p>Conte a história de uma foto íntima enviada a uma única pessoa. Pergunte à turma por quantas mãos pode passar num só dia. Conclusão: depois de enviada, já não se controla.</p>",
        },
    ),
    (
        10,
        [("decisiontrees", "grooming"), ("factsheets", "grooming")],
        {
            "fr": "Trop gentil pour être vrai",
            "de": "Zu nett, um wahr zu sein",
            "lb": "Ze léif, fir wouer ze sinn",
            "en": "Too nice to be true",
            "pt": "Simpático demais para ser verdade",
        },
        {
            "fr": "<p>Lisez à voix haute une conversation inventée : une personne inconnue devient vite très proche, fait des remarques sexuelles, demande une photo déshabillée puis propose de se voir en secret. Les élèves lèvent la main au premier signal d'alarme. Rappelez que c'est toujours l'adulte qui est fautif, jamais l'enfant.</p>",
            "de": "<p>Lesen Sie ein erfundenes Gespräch vor: Eine unbekannte Person wird schnell sehr vertraut, macht sexuelle Bemerkungen, verlangt ein Nacktfoto und schlägt dann ein heimliches Treffen vor. Die Kinder heben beim ersten Warnsignal die Hand. Erinnern Sie daran, dass immer der Erwachsene schuld ist, nie das Kind.</p>",
            "lb": "<p>Liest e fiktiivt Gespréich vir: Eng onbekannt Persoun gëtt séier ganz vertraut, mécht sexuell Bemierkungen, freet no engem Plakegfoto a proposéiert dann, sech heemlech ze treffen. D'Kanner hiewen d'Hand beim éischte Warnsignal. Erënnert drun, datt ëmmer den Erwuessenen d'Schold huet, ni d'Kand.</p>",
            "en": "<p>Read out an invented chat: a stranger quickly becomes very familiar, makes sexual remarks, asks for a photo without clothes and then suggests meeting in secret. Pupils raise a hand at the first warning sign. Remind them that the adult is always the one at fault, never the child.</p>",
            "pt": "<p>Leia em voz alta uma conversa inventada: uma pessoa desconhecida torna-se depressa muito próxima, faz comentários sexuais, pede uma foto sem roupa e depois propõe um encontro em segredo. Os alunos levantam a mão ao primeiro sinal de alarme. Lembre que a culpa é sempre do adulto, nunca da criança.</p>",
        },
    ),
    (
        8,
        [("factsheets", "webcam")],
        {
            "fr": "Devant la webcam",
            "de": "Vor der Webcam",
            "lb": "Virun der Webcam",
            "en": "In front of the webcam",
            "pt": "Em frente à webcam",
        },
        {
            "fr": "<p>Demandez : une vidéo en direct peut-elle être enregistrée ? Montrez qu'un appel vidéo peut être filmé sans que l'on s'en rende compte. Donnez la règle : on ne se déshabille jamais devant une webcam, et on coupe l'appel si quelqu'un le demande.</p>",
            "de": "<p>Fragen Sie: Kann ein Live-Video aufgezeichnet werden? Zeigen Sie, dass ein Videoanruf gefilmt werden kann, ohne dass man es merkt. Geben Sie die Regel mit: Man zieht sich nie vor einer Webcam aus, und man beendet den Anruf, wenn jemand das verlangt.</p>",
            "lb": "<p>Frot: Kann e Live-Video opgeholl ginn? Weist, datt e Videoappell gefilmt ka ginn, ouni datt een et mierkt. Gitt d'Reegel mat: Een zitt sech ni virun enger Webcam aus, an een hänkt op, wann een dat verlaangt.</p>",
            "en": "<p>Ask: can a live video be recorded? Show that a video call can be filmed without anyone noticing. Give the rule: never undress in front of a webcam, and end the call if someone asks you to.</p>",
            "pt": "<p>Pergunte: um vídeo em direto pode ser gravado? Mostre que uma videochamada pode ser filmada sem que se dê conta. Dê a regra: nunca te despes em frente a uma webcam e desligas a chamada se alguém te pedir isso.</p>",
        },
    ),
    (
        10,
        [("factsheets", "image-rights")],
        {
            "fr": "Mon image m'appartient",
            "de": "Mein Bild gehört mir",
            "lb": "Mäi Bild gehéiert mir",
            "en": "My image belongs to me",
            "pt": "A minha imagem pertence-me",
        },
        {
            "fr": "<p>Par petits groupes, les élèves trient des situations : publier une photo de groupe, partager la photo gênante d'un camarade, transférer une image reçue. Pour chacune : faut-il demander l'accord ? Que faire si on reçoit l'image de quelqu'un d'autre ?</p>",
            "de": "<p>In kleinen Gruppen sortieren die Kinder Situationen: ein Gruppenfoto posten, das peinliche Foto einer Mitschülerin teilen, ein erhaltenes Bild weiterleiten. Bei jeder Situation: Muss man um Erlaubnis fragen? Was tun, wenn man das Bild einer anderen Person bekommt?</p>",
            "lb": "<p>A klenge Gruppe sortéieren d'Kanner Situatiounen: e Gruppefoto posten, dat peinlecht Foto vun engem Matschüler deelen, e Bild weiderschécken, dat ee krut. Bei all Situatioun: Muss ee fir Erlaabnis froen? Wat mécht een, wann een d'Bild vun enger anerer Persoun kritt?</p>",
            "en": "<p>In small groups, pupils sort situations: posting a group photo, sharing a classmate's embarrassing photo, forwarding an image they received. For each: do you need to ask first? What do you do if you receive someone else's image?</p>",
            "pt": "<p>Em pequenos grupos, os alunos classificam situações: publicar uma foto de grupo, partilhar a foto embaraçosa de um colega, reencaminhar uma imagem recebida. Para cada uma: é preciso pedir autorização? O que fazer se receberes a imagem de outra pessoa?</p>",
        },
    ),
    (
        7,
        [("quizzes", "sexting"), ("quizzes", "grooming"), ("quizzes", "webcam"), ("quizzes", "image-rights")],
        {
            "fr": "Ce que je retiens",
            "de": "Was ich mir merke",
            "lb": "Wat ech mir mierken",
            "en": "What I will remember",
            "pt": "O que eu retenho",
        },
        {
            "fr": "<p>Terminez par le quiz lié, joué en direct avec la classe s'il est disponible, ou par une question de sortie : « À qui pourrais-tu parler si quelque chose te met mal à l'aise en ligne ? » Rappelez la boîte à questions et le 116 111.</p>",
            "de": "<p>Schließen Sie mit dem verlinkten Quiz ab, live mit der Klasse gespielt, wenn es verfügbar ist, oder mit einer Abschlussfrage: „Mit wem könntest du reden, wenn dir im Netz etwas unangenehm ist?“ Erinnern Sie an die Fragenbox und an die 116 111.</p>",
            "lb": "<p>Schléisst mam verlinkte Quiz of, live mat der Klass gespillt, wann et disponibel ass, oder mat enger Schlussfro: „Mat wiem kéints du schwätzen, wann dir eppes um Internet net geheier ass?“ Erënnert un d'Froebox an un den 116 111.</p>",
            "en": "<p>Finish with the linked quiz, played live with the class if it is available, or with an exit question: “Who could you talk to if something online makes you uneasy?” Remind them of the question box and of 116 111.</p>",
            "pt": "<p>Termine com o questionário indicado, jogado em direto com a turma se estiver disponível, ou com uma pergunta de saída: «Com quem poderias falar se alguma coisa online te deixasse desconfortável?» Lembre a caixa de perguntas e o 116 111.</p>",
        },
    ),
]

DISCUSSION_PROMPTS = [
    {
        "fr": "Pourquoi quelqu'un demanderait-il une photo intime à un jeune de ton âge ?",
        "de": "Warum würde jemand von einem jungen Menschen in deinem Alter ein intimes Foto verlangen?",
        "lb": "Firwat géif een engem jonke Mënsch an dengem Alter no engem intimme Foto froen?",
        "en": "Why would someone ask a young person your age for an intimate photo?",
        "pt": "Porque é que alguém pediria uma foto íntima a um jovem da tua idade?",
    },
    {
        "fr": "Si une photo de toi circule, est-ce ta faute ? Qui peut t'aider ?",
        "de": "Wenn ein Foto von dir herumgeht, ist das deine Schuld? Wer kann dir helfen?",
        "lb": "Wann e Foto vun dir ronderëm geet, ass dat deng Schold? Wien kann dir hëllefen?",
        "en": "If a photo of you is going round, is it your fault? Who can help you?",
        "pt": "Se uma foto tua anda a circular, a culpa é tua? Quem te pode ajudar?",
    },
    {
        "fr": "Que peux-tu faire si tu reçois la photo intime de quelqu'un d'autre ?",
        "de": "Was kannst du tun, wenn du das intime Foto einer anderen Person bekommst?",
        "lb": "Wat kanns du maachen, wann s du dat intimt Foto vun enger anerer Persoun kriss?",
        "en": "What can you do if you receive someone else's intimate photo?",
        "pt": "O que podes fazer se receberes a foto íntima de outra pessoa?",
    },
    {
        "fr": "Comment savoir si une personne rencontrée en ligne est vraiment celle qu'elle prétend être ?",
        "de": "Woran erkennst du, ob jemand, den du im Netz kennengelernt hast, wirklich der ist, der er vorgibt zu sein?",
        "lb": "Wéi weess du, ob een, deen s du um Internet kennegeléiert hues, wierklech deen ass, deen hie seet ze sinn?",
        "en": "How can you tell whether someone you met online really is who they say they are?",
        "pt": "Como podes saber se alguém que conheceste online é mesmo quem diz ser?",
    },
]

DISCLOSURE_GUIDANCE = {
    "fr": (
        "<ul><li>Écoutez calmement et croyez l'élève. Dites-lui qu'il a bien fait de parler et que ce n'est pas sa faute.</li>"
        "<li>Ne promettez pas de garder le secret : expliquez que vous devez en parler à des personnes qui peuvent l'aider.</li>"
        "<li>Ne posez pas de questions détaillées et ne menez pas d'enquête : c'est le travail de la police.</li>"
        "<li>Ne demandez jamais à voir ou à recevoir une image. Notez l'adresse ou le pseudo, pas l'image.</li>"
        "<li>Notez ce que l'élève a dit, avec ses mots, la date et l'heure, puis informez la direction de l'école.</li>"
        "<li>Pour signaler un abus sur un enfant au Luxembourg, la police (protection de la jeunesse) répond au 12321.</li></ul>"
    ),
    "de": (
        "<ul><li>Hören Sie ruhig zu und glauben Sie dem Kind. Sagen Sie ihm, dass es richtig war, zu reden, und dass es keine Schuld hat.</li>"
        "<li>Versprechen Sie keine Geheimhaltung: Erklären Sie, dass Sie mit Menschen sprechen müssen, die helfen können.</li>"
        "<li>Stellen Sie keine ausführlichen Fragen und ermitteln Sie nicht selbst: Das ist Aufgabe der Polizei.</li>"
        "<li>Verlangen Sie nie, ein Bild zu sehen oder zu bekommen. Notieren Sie die Adresse oder den Benutzernamen, nicht das Bild.</li>"
        "<li>Schreiben Sie auf, was das Kind gesagt hat, mit seinen Worten, mit Datum und Uhrzeit, und informieren Sie die Schulleitung.</li>"
        "<li>Um Missbrauch an einem Kind in Luxemburg zu melden, erreichen Sie die Polizei (Jugendschutz) unter 12321.</li></ul>"
    ),
    "lb": (
        "<ul><li>Lauschtert roueg no a gleeft dem Kand. Sot him, datt et richteg war ze schwätzen an datt et keng Schold huet.</li>"
        "<li>Versprecht net, d'Geheimnis ze halen: Erkläert, datt Dir mat Leit musst schwätzen, déi hëllefe kënnen.</li>"
        "<li>Stellt keng detailléiert Froen a maacht keng eegen Ermëttlung: Dat ass d'Aarbecht vun der Police.</li>"
        "<li>Frot ni, e Bild ze gesinn oder ze kréien. Notéiert d'Adress oder de Benotzernumm, net d'Bild.</li>"
        "<li>Schreift op, wat d'Kand gesot huet, mat senge Wierder, mam Datum an der Auerzäit, an informéiert d'Schoulleedung.</li>"
        "<li>Fir e Mëssbrauch vun engem Kand zu Lëtzebuerg ze mellen, erreecht Dir d'Police (Jugendschutz) um 12321.</li></ul>"
    ),
    "en": (
        "<ul><li>Listen calmly and believe the pupil. Tell them they were right to speak and that it is not their fault.</li>"
        "<li>Do not promise to keep it secret: explain that you must tell people who can help.</li>"
        "<li>Do not ask detailed questions or investigate yourself: that is the police's job.</li>"
        "<li>Never ask to see or receive an image. Write down the address or username, not the image.</li>"
        "<li>Write down what the pupil said, in their words, with the date and time, and inform the head of the school.</li>"
        "<li>To report abuse of a child in Luxembourg, the police (youth protection) answer on 12321.</li></ul>"
    ),
    "pt": (
        "<ul><li>Ouça com calma e acredite no aluno. Diga-lhe que fez bem em falar e que a culpa não é dele.</li>"
        "<li>Não prometa guardar segredo: explique que tem de falar com pessoas que podem ajudar.</li>"
        "<li>Não faça perguntas detalhadas nem investigue por conta própria: isso é trabalho da polícia.</li>"
        "<li>Nunca peça para ver ou receber uma imagem. Anote o endereço ou o nome de utilizador, não a imagem.</li>"
        "<li>Anote o que o aluno disse, com as palavras dele, a data e a hora, e informe a direção da escola.</li>"
        "<li>Para denunciar um abuso contra uma criança no Luxemburgo, a polícia (proteção da juventude) atende no 12321.</li></ul>"
    ),
}

# (name, phone, when): numbers and hours from seed 001 (see TEACHER_NOTES).
CONTACTS = [
    (
        {
            "fr": "Police grand-ducale, section Protection de la jeunesse",
            "de": "Großherzogliche Polizei, Abteilung Jugendschutz",
            "lb": "Groussherzoglech Police, Sektioun Jugendschutz",
            "en": "Grand Ducal Police, youth protection section",
            "pt": "Polícia Grão-Ducal, secção de Proteção da Juventude",
        },
        "12321",
        {
            "fr": "Pour signaler un abus sur un enfant au Luxembourg.",
            "de": "Um Missbrauch an einem Kind in Luxemburg zu melden.",
            "lb": "Fir e Mëssbrauch vun engem Kand zu Lëtzebuerg ze mellen.",
            "en": "To report abuse of a child in Luxembourg.",
            "pt": "Para denunciar um abuso contra uma criança no Luxemburgo.",
        },
    ),
    (
        {"fr": "ALUPSE", "de": "ALUPSE", "lb": "ALUPSE", "en": "ALUPSE", "pt": "ALUPSE"},
        "26 18 48 1",
        {
            "fr": "Du lundi au vendredi, de 9 h à 17 h. Pour les enfants et les jeunes jusqu'à 21 ans victimes de violence ou d'abus sexuel.",
            "de": "Montag bis Freitag, 9 bis 17 Uhr. Für Kinder und junge Menschen bis 21 Jahre, die Gewalt oder sexuellen Missbrauch erleben.",
            "lb": "Méindes bis Freides, vun 9 bis 17 Auer. Fir Kanner a jonk Leit bis 21 Joer, déi Gewalt oder sexuelle Mëssbrauch erliewen.",
            "en": "Monday to Friday, 9 am to 5 pm. For children and young people up to 21 who experience violence or sexual abuse.",
            "pt": "De segunda a sexta, das 9h às 17h. Para crianças e jovens até aos 21 anos vítimas de violência ou abuso sexual.",
        },
    ),
    (
        {
            "fr": "Office national de l'enfance (ONE)",
            "de": "Office national de l'enfance (ONE)",
            "lb": "Office national de l'enfance (ONE)",
            "en": "Office national de l'enfance (ONE)",
            "pt": "Office national de l'enfance (ONE)",
        },
        "247-73 696",
        {
            "fr": "Guichet unique pour l'aide aux enfants en difficulté ; un professionnel peut s'y adresser directement.",
            "de": "Zentrale Anlaufstelle für Hilfe für Kinder in Schwierigkeiten; Fachleute können sich direkt dorthin wenden.",
            "lb": "Zentral Uspriechstell fir Hëllef fir Kanner a Schwieregkeeten; Fachleit kënne sech direkt do mellen.",
            "en": "One-stop service for help for children in difficulty; professionals can contact it directly.",
            "pt": "Balcão único de ajuda para crianças em dificuldade; os profissionais podem contactá-lo diretamente.",
        },
    ),
    (
        {
            "fr": "BEE SECURE Helpline",
            "de": "BEE SECURE Helpline",
            "lb": "BEE SECURE Helpline",
            "en": "BEE SECURE Helpline",
            "pt": "BEE SECURE Helpline",
        },
        "26 64 05 44",
        {
            "fr": "Conseils aux enseignants et aux parents sur les nouveaux médias.",
            "de": "Beratung für Lehrkräfte und Eltern zu den neuen Medien.",
            "lb": "Berodung fir Enseignanten an Elteren iwwer déi nei Medien.",
            "en": "Advice for teachers and parents on new media.",
            "pt": "Aconselhamento a professores e pais sobre os novos meios digitais.",
        },
    ),
    (
        {
            "fr": "KannerJugendTelefon",
            "de": "KannerJugendTelefon",
            "lb": "KannerJugendTelefon",
            "en": "KannerJugendTelefon",
            "pt": "KannerJugendTelefon",
        },
        "116 111",
        {
            "fr": "Pour l'élève : une écoute pour les enfants et les jeunes (lundi, mercredi et vendredi de 17 h à 22 h ; mardi et jeudi de 14 h à 22 h ; samedi de 14 h à 20 h).",
            "de": "Für das Kind: ein offenes Ohr für Kinder und Jugendliche (Montag, Mittwoch und Freitag 17 bis 22 Uhr; Dienstag und Donnerstag 14 bis 22 Uhr; Samstag 14 bis 20 Uhr).",
            "lb": "Fir d'Kand: en oppent Ouer fir Kanner a Jugendlecher (Méindes, Mëttwochs a Freides vu 17 bis 22 Auer; Dënschdes an Donneschdes vu 14 bis 22 Auer; Samschdes vu 14 bis 20 Auer).",
            "en": "For the pupil: someone to listen, for children and young people (Monday, Wednesday and Friday 5 to 10 pm; Tuesday and Thursday 2 to 10 pm; Saturday 2 to 8 pm).",
            "pt": "Para o aluno: alguém que ouve crianças e jovens (segunda, quarta e sexta das 17h às 22h; terça e quinta das 14h às 22h; sábado das 14h às 20h).",
        },
    ),
]

TEACHER_NOTES = (
    "The 7th-grade session is compulsory for every pupil since 2008 and covers image rights, grooming, sexting and "
    "sextortion (seed 000 L72-84; DIGEST 1A L1-L2). The seeds give neither its running order nor its length "
    "(DIGEST 7A F9): the 50-minute plan, its timings and the activities are our proposal; BEE SECURE trainers should "
    "review them. The seeds give no age for 7th grade (DIGEST 9.2): the 12-14 age band is an assumption. "
    "Grooming warning signs follow 001 L295-301; webcam: 001 L297, 000 L983. "
    "Numbers: police youth protection 12321 (001 L129, L145-149; 001 L125-129 says abuse 'must' be reported, "
    "but the art. 140 legal duty covers crimes only, DIGEST 9.1 item 5: the guide tells teachers to inform the head "
    "of school and names the police number without stating a legal duty; have a lawyer check); ALUPSE 26 18 48 1 and "
    "hours (001 L140, L209-215); ONE 247-73 696 (001 L179-184); BEE SECURE Helpline 26 64 05 44, hours not in the "
    "seeds (001 L157-161); KJT 116 111 and hours (001 L139, L163-171). Once the help-service snippets exist, prefer "
    "'Help service' blocks to numbers typed here, so that numbers are kept in one place. "
    "Question box and ground rules: PRODUCT-NOTES, teacher material. The handout PDF and the parents' ODT are "
    "generated by the demo loader (our own text); BEE SECURE's own PDFs could replace them if their licence "
    "allows (DIGEST 9.2: licences unknown)."
)

# -- Parent guide: ten tips ---------------------------------------------------------------

PARENT_SLUG = "dix-conseils-aux-parents"
PARENT_SLUGS = {
    "fr": PARENT_SLUG,
    "de": "zehn-tipps-fuer-eltern",
    "lb": "zeng-tipps-fir-elteren",
    "en": "ten-tips-for-parents",
    "pt": "dez-conselhos-para-os-pais",
}
PARENT_TITLE = {
    "fr": "Dix conseils aux parents",
    "de": "Zehn Tipps für Eltern",
    "lb": "Zéng Tipps fir Elteren",
    "en": "Ten tips for parents",
    "pt": "Dez conselhos para os pais",
}
PARENT_INTRO = {
    "fr": "Dix idées simples pour accompagner votre enfant en ligne, parler des risques sans lui faire peur et savoir où trouver de l'aide.",
    "de": "Zehn einfache Ideen, um Ihr Kind im Netz zu begleiten, über Risiken zu sprechen, ohne ihm Angst zu machen, und zu wissen, wo es Hilfe gibt.",
    "lb": "Zéng einfach Iddien, fir Äert Kand um Internet ze begleeden, iwwer Risiken ze schwätzen, ouni him Angscht ze maachen, an ze wëssen, wou et Hëllef gëtt.",
    "en": "Ten simple ideas for supporting your child online, talking about risks without frightening them and knowing where to find help.",
    "pt": "Dez ideias simples para acompanhar o seu filho online, falar dos riscos sem o assustar e saber onde encontrar ajuda.",
}
TIPS = [
    (
        {
            "fr": "Parlez d'internet tôt et souvent",
            "de": "Sprechen Sie früh und oft über das Internet",
            "lb": "Schwätzt fréi an dacks iwwer den Internet",
            "en": "Talk about the internet early and often",
            "pt": "Fale da internet cedo e muitas vezes",
        },
        {
            "fr": "<p>Demandez à votre enfant ce qu'il aime faire en ligne, sans juger. Un enfant qui en parle facilement viendra plus vite vers vous en cas de problème.</p>",
            "de": "<p>Fragen Sie Ihr Kind ohne Urteil, was es im Netz gerne macht. Ein Kind, das leicht darüber spricht, kommt bei einem Problem schneller zu Ihnen.</p>",
            "lb": "<p>Frot Äert Kand ouni ze uerteelen, wat et um Internet gär mécht. E Kand, dat einfach doriwwer schwätzt, kënnt bei engem Problem méi séier bei Iech.</p>",
            "en": "<p>Ask your child what they like doing online, without judging. A child who talks about it easily will come to you sooner when something goes wrong.</p>",
            "pt": "<p>Pergunte ao seu filho o que gosta de fazer online, sem julgar. Uma criança que fala disso com facilidade virá ter consigo mais depressa quando houver um problema.</p>",
        },
    ),
    (
        {
            "fr": "Faites les réglages ensemble",
            "de": "Stellen Sie die Apps gemeinsam ein",
            "lb": "Maacht d'Astellunge gemeinsam",
            "en": "Go through the settings together",
            "pt": "Façam as definições juntos",
        },
        {
            "fr": "<p>Parcourez avec lui les réglages de confidentialité de ses applications : qui peut voir ses publications, qui peut lui écrire.</p>",
            "de": "<p>Gehen Sie mit ihm die Privatsphäre-Einstellungen seiner Apps durch: Wer kann seine Beiträge sehen, wer kann ihm schreiben?</p>",
            "lb": "<p>Gitt mat him d'Privatsphär-Astellunge vu sengen Appen duerch: Wie kann seng Posts gesinn, wie kann him schreiwen?</p>",
            "en": "<p>Go through the privacy settings of their apps with them: who can see their posts, who can write to them.</p>",
            "pt": "<p>Vejam juntos as definições de privacidade das aplicações: quem pode ver as publicações, quem lhe pode escrever.</p>",
        },
    ),
    (
        {
            "fr": "Une photo envoyée échappe à tout contrôle",
            "de": "Ein verschicktes Foto lässt sich nicht mehr kontrollieren",
            "lb": "E verschéckte Foto huet een net méi am Grëff",
            "en": "A photo once sent is out of your hands",
            "pt": "Uma foto enviada deixa de estar sob controlo",
        },
        {
            "fr": "<p>Une image peut être copiée, enregistrée et partagée en quelques secondes, même dans une application qui promet qu'elle disparaîtra.</p>",
            "de": "<p>Ein Bild kann in Sekunden kopiert, gespeichert und geteilt werden, selbst in einer App, die verspricht, dass es verschwindet.</p>",
            "lb": "<p>E Bild ka bannent e puer Sekonne kopéiert, gespäichert an gedeelt ginn, och an enger App, déi verspriecht, datt et verschwënnt.</p>",
            "en": "<p>An image can be copied, saved and shared within seconds, even in an app that promises it will disappear.</p>",
            "pt": "<p>Uma imagem pode ser copiada, guardada e partilhada em segundos, mesmo numa aplicação que promete que ela vai desaparecer.</p>",
        },
    ),
    (
        {
            "fr": "Parlez des inconnus trop gentils",
            "de": "Sprechen Sie über allzu nette Unbekannte",
            "lb": "Schwätzt iwwer ze léif Onbekannter",
            "en": "Talk about strangers who seem too nice",
            "pt": "Fale dos desconhecidos simpáticos demais",
        },
        {
            "fr": "<p>Quelqu'un qui parle de sexe, demande des photos déshabillées ou propose de se voir en secret doit alerter votre enfant, même s'il a l'air gentil.</p>",
            "de": "<p>Wenn jemand über Sex redet, Nacktfotos verlangt oder ein heimliches Treffen vorschlägt, sollte Ihr Kind hellhörig werden, auch wenn die Person nett wirkt.</p>",
            "lb": "<p>Wann een iwwer Sex schwätzt, no Plakegfotoen freet oder proposéiert, sech heemlech ze treffen, soll Äert Kand oppassen, och wann déi Persoun léif schéngt.</p>",
            "en": "<p>Someone who talks about sex, asks for photos without clothes or suggests meeting in secret should worry your child, however nice they seem.</p>",
            "pt": "<p>Alguém que fala de sexo, pede fotos sem roupa ou propõe um encontro em segredo deve deixar o seu filho de sobreaviso, mesmo que pareça simpático.</p>",
        },
    ),
    (
        {
            "fr": "Pas de déshabillage devant une webcam",
            "de": "Nie vor einer Webcam ausziehen",
            "lb": "Ni virun enger Webcam ausdoen",
            "en": "No undressing in front of a webcam",
            "pt": "Nunca se despir em frente a uma webcam",
        },
        {
            "fr": "<p>Une vidéo en direct peut être enregistrée sans que l'on s'en aperçoive. Dites à votre enfant qu'il peut toujours couper l'appel.</p>",
            "de": "<p>Ein Live-Video kann aufgezeichnet werden, ohne dass man es merkt. Sagen Sie Ihrem Kind, dass es einen Anruf jederzeit beenden darf.</p>",
            "lb": "<p>E Live-Video ka opgeholl ginn, ouni datt een et mierkt. Sot Ärem Kand, datt et en Uruff ëmmer dierf ofbriechen.</p>",
            "en": "<p>A live video can be recorded without anyone noticing. Tell your child they can always end the call.</p>",
            "pt": "<p>Um vídeo em direto pode ser gravado sem que se dê conta. Diga ao seu filho que pode sempre desligar a chamada.</p>",
        },
    ),
    (
        {
            "fr": "Respectez l'image des autres",
            "de": "Respektieren Sie das Bild der anderen",
            "lb": "Respektéiert d'Bild vun deenen aneren",
            "en": "Respect other people's images",
            "pt": "Respeite a imagem dos outros",
        },
        {
            "fr": "<p>Avant de publier ou de transférer la photo de quelqu'un, on lui demande son accord. Donnez l'exemple avec les photos de vos enfants.</p>",
            "de": "<p>Bevor man das Foto einer Person postet oder weiterleitet, fragt man sie um Erlaubnis. Gehen Sie mit den Fotos Ihrer Kinder mit gutem Beispiel voran.</p>",
            "lb": "<p>Ier een d'Foto vun enger Persoun postt oder weiderschéckt, freet een hatt oder hien ëm Erlaabnis. Gitt mat de Fotoe vun Äre Kanner e gutt Beispill.</p>",
            "en": "<p>Before posting or forwarding someone's photo, ask them first. Set the example with photos of your own children.</p>",
            "pt": "<p>Antes de publicar ou reencaminhar a foto de alguém, pede-se autorização. Dê o exemplo com as fotos dos seus filhos.</p>",
        },
    ),
    (
        {
            "fr": "Ne punissez pas l'enfant qui se confie",
            "de": "Bestrafen Sie nicht das Kind, das sich anvertraut",
            "lb": "Bestrooft d'Kand net, dat sech Iech uvertraut",
            "en": "Do not punish a child who confides in you",
            "pt": "Não castigue a criança que lhe faz uma confidência",
        },
        {
            "fr": "<p>Si votre enfant vous parle d'une image ou d'une rencontre, remerciez-le. Lui confisquer son téléphone lui apprend surtout à se taire la prochaine fois.</p>",
            "de": "<p>Wenn Ihr Kind Ihnen von einem Bild oder einer Begegnung erzählt, danken Sie ihm. Wer ihm das Handy wegnimmt, lehrt es vor allem, beim nächsten Mal zu schweigen.</p>",
            "lb": "<p>Wann Äert Kand Iech vun engem Bild oder enger Begéinung erzielt, soot him Merci. Wann Dir him den Handy ewechhuelt, léiert et virun allem, d'nächst Kéier näischt ze soen.</p>",
            "en": "<p>If your child tells you about an image or someone they met, thank them. Taking their phone away mostly teaches them to keep quiet next time.</p>",
            "pt": "<p>Se o seu filho lhe falar de uma imagem ou de um encontro, agradeça-lhe. Tirar-lhe o telemóvel ensina-o sobretudo a calar-se da próxima vez.</p>",
        },
    ),
    (
        {
            "fr": "Gardez les preuves, pas les images",
            "de": "Beweise sichern, keine Bilder",
            "lb": "Beweiser sécheren, keng Biller",
            "en": "Keep the evidence, not the images",
            "pt": "Guarde as provas, não as imagens",
        },
        {
            "fr": "<p>Notez les pseudos, les liens et les dates. Ne conservez et ne transférez jamais l'image sexuelle d'un mineur : on signale l'adresse, pas l'image.</p>",
            "de": "<p>Notieren Sie Benutzernamen, Links und Daten. Speichern oder verschicken Sie nie das sexuelle Bild einer minderjährigen Person: Man meldet die Adresse, nicht das Bild.</p>",
            "lb": "<p>Notéiert Benotzernimm, Linken an Datumer. Späichert oder verschéckt ni dat sexuellt Bild vun engem Mannerjärege: Ee mellt d'Adress, net d'Bild.</p>",
            "en": "<p>Write down usernames, links and dates. Never keep or forward a sexual image of a minor: report the address, not the image.</p>",
            "pt": "<p>Anote nomes de utilizador, links e datas. Nunca guarde nem reencaminhe a imagem sexual de um menor: denuncia-se o endereço, não a imagem.</p>",
        },
    ),
    (
        {
            "fr": "Signalez",
            "de": "Melden Sie es",
            "lb": "Mellt et",
            "en": "Report it",
            "pt": "Denuncie",
        },
        {
            "fr": "<p>Un abus sur un enfant au Luxembourg se signale à la police au 12321. Des images illégales trouvées en ligne peuvent être signalées anonymement à la BEE SECURE Stopline.</p>",
            "de": "<p>Missbrauch an einem Kind in Luxemburg meldet man der Polizei unter 12321. Illegale Bilder im Netz können anonym bei der BEE SECURE Stopline gemeldet werden.</p>",
            "lb": "<p>E Mëssbrauch vun engem Kand zu Lëtzebuerg mellt een der Police um 12321. Illegal Biller um Internet kënnen anonym bei der BEE SECURE Stopline gemellt ginn.</p>",
            "en": "<p>Abuse of a child in Luxembourg is reported to the police on 12321. Illegal images found online can be reported anonymously to the BEE SECURE Stopline.</p>",
            "pt": "<p>Um abuso contra uma criança no Luxemburgo denuncia-se à polícia pelo 12321. Imagens ilegais encontradas online podem ser denunciadas anonimamente à BEE SECURE Stopline.</p>",
        },
    ),
    (
        {
            "fr": "Vous n'êtes pas seuls",
            "de": "Sie sind nicht allein",
            "lb": "Dir sidd net eleng",
            "en": "You are not alone",
            "pt": "Não está sozinho",
        },
        {
            "fr": "<p>La BEE SECURE Helpline (26 64 05 44) conseille les parents sur les nouveaux médias. Votre enfant peut appeler le KannerJugendTelefon au 116 111.</p>",
            "de": "<p>Die BEE SECURE Helpline (26 64 05 44) berät Eltern zu den neuen Medien. Ihr Kind kann das KannerJugendTelefon unter 116 111 anrufen.</p>",
            "lb": "<p>D'BEE SECURE Helpline (26 64 05 44) beréit Elteren iwwer déi nei Medien. Äert Kand kann de KannerJugendTelefon um 116 111 uruffen.</p>",
            "en": "<p>The BEE SECURE Helpline (26 64 05 44) advises parents on new media. Your child can call KannerJugendTelefon on 116 111.</p>",
            "pt": "<p>A BEE SECURE Helpline (26 64 05 44) aconselha os pais sobre os novos meios digitais. O seu filho pode ligar para o KannerJugendTelefon, no 116 111.</p>",
        },
    ),
]
PARENT_NOTES = (
    "DIGEST 1A L16 lists a BEE SECURE PDF '10 conseils aux parents' (000 L264-266, DE and FR), but the seeds do not "
    "give its content: these ten tips are our own writing, not BEE SECURE's, and must not be presented as theirs. "
    "Facts used: grooming signs 001 L295-301; webcam 001 L297; police 12321 for abuse in Luxembourg 001 L129; "
    "Stopline anonymous 001 L151-155 and DIGEST 9.3; BEE SECURE Helpline 26 64 05 44 advises parents and educators "
    "(001 L157-161); KJT 116 111 (001 L139). 'Report the address, not the image': PRODUCT-NOTES, reporting. "
    "The printable ODT per language is generated by the demo loader."
)

# -- Documents generated at load time ----------------------------------------------------

HANDOUT_TITLE = {
    "fr": "Fiche élève : avant d'envoyer une photo",
    "de": "Arbeitsblatt: Bevor du ein Foto schickst",
    "lb": "Aarbechtsblat: Ier s du e Foto schécks",
    "en": "Pupil handout: before you send a photo",
    "pt": "Ficha do aluno: antes de enviares uma foto",
}
HANDOUT_QUESTIONS = {
    "fr": [
        "Est-ce que j'accepterais que tout le monde voie cette photo ?",
        "Est-ce que je connais cette personne en dehors d'internet ?",
        "Est-ce que quelqu'un me met la pression ou me demande de garder le secret ?",
        "Si quelque chose me met mal à l'aise, j'en parle à un adulte de confiance ou j'appelle le 116 111.",
    ],
    "de": [
        "Wäre es für mich in Ordnung, wenn alle dieses Foto sehen?",
        "Kenne ich diese Person auch außerhalb des Internets?",
        "Setzt mich jemand unter Druck oder will, dass ich es geheim halte?",
        "Wenn mir etwas unangenehm ist, rede ich mit einem Erwachsenen, dem ich vertraue, oder rufe 116 111 an.",
    ],
    "lb": [
        "Wier et fir mech an der Rei, wann jiddereen dëse Foto gesäit?",
        "Kennen ech dës Persoun och ausserhalb vum Internet?",
        "Setzt een mech ënner Drock oder wëll, datt ech et geheim halen?",
        "Wann mir eppes net geheier ass, schwätzen ech mat engem Erwuessenen, deem ech vertrauen, oder ech ruffen den 116 111 un.",
    ],
    "en": [
        "Would I be fine with everyone seeing this photo?",
        "Do I know this person outside the internet?",
        "Is someone pressuring me or asking me to keep it secret?",
        "If something makes me uneasy, I talk to an adult I trust or call 116 111.",
    ],
    "pt": [
        "Eu aceitaria que toda a gente visse esta foto?",
        "Conheço esta pessoa fora da internet?",
        "Alguém me está a pressionar ou a pedir segredo?",
        "Se alguma coisa me deixa desconfortável, falo com um adulto de confiança ou ligo para o 116 111.",
    ],
}
PARENT_SHEET_TITLE = {
    "fr": "Dix conseils aux parents, à imprimer",
    "de": "Zehn Tipps für Eltern zum Ausdrucken",
    "lb": "Zéng Tipps fir Elteren zum Drécken",
    "en": "Ten tips for parents, to print",
    "pt": "Dez conselhos para os pais, para imprimir",
}
