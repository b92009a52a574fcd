"""Texts several demo factsheets share."""

FOR_ADULTS = {
    "fr": "Pour les parents et les enseignants",
    "de": "Für Eltern und Lehrkräfte",
    "lb": "Fir Elteren an Enseignanten",
    "en": "For parents and teachers",
    "pt": "Para pais e professores",
}
INVENTED_EXAMPLE = {
    "fr": "Exemple inventé",
    "de": "Erfundenes Beispiel",
    "lb": "Erfonnt Beispill",
    "en": "Invented example",
    "pt": "Exemplo inventado",
}
CRIMINAL_CODE = {
    "fr": "Code pénal, article {}",
    "de": "Strafgesetzbuch (Code pénal), Artikel {}",
    "lb": "Strofgesetzbuch (Code pénal), Artikel {}",
    "en": "Criminal Code (Code pénal), article {}",
    "pt": "Código Penal (Code pénal), artigo {}",
}
TALK_TO_AN_ADULT = {
    "fr": "Parle à un adulte de confiance : un parent, un enseignant, ou le KannerJugendTelefon au 116 111.",
    "de": "Sprich mit einem Erwachsenen, dem du vertraust: einem Elternteil, einer Lehrkraft oder dem KannerJugendTelefon unter 116 111.",
    "lb": "Schwätz mat engem Erwuessenen, deem s du vertraus: engem Elterendeel, engem Enseignant oder dem KannerJugendTelefon um 116 111.",
    "en": "Talk to an adult you trust: a parent, a teacher, or KannerJugendTelefon on 116 111.",
    "pt": "Fala com um adulto de confiança: o teu pai ou a tua mãe, um professor, ou o KannerJugendTelefon pelo 116 111.",
}
REPORT_SOON = {
    "fr": "Signale-le, avec l'aide d'un adulte si tu veux. Fais-le vite : certaines données qui aident la police à retrouver l'auteur ne sont gardées que six mois.",
    "de": "Melde es, wenn du willst mit Hilfe eines Erwachsenen. Warte nicht lange: Manche Daten, mit denen die Polizei den Täter finden kann, werden nur sechs Monate lang aufbewahrt.",
    "lb": "Mell et, wann s du wëlls mat der Hëllef vun engem Erwuessenen. Waart net laang: Verschidden Donnéeën, mat deenen d'Police den Täter fanne kann, ginn nëmme sechs Méint laang gespäichert.",
    "en": "Report it, with an adult's help if you like. Do it soon: some of the data that helps the police find the person is only kept for six months.",
    "pt": "Denuncia, com a ajuda de um adulto se quiseres. Fá-lo depressa: alguns dados que ajudam a polícia a encontrar o autor só são guardados durante seis meses.",
}
NEVER_FORWARD = {
    "fr": "Gardez les messages comme preuves, mais ne faites jamais suivre une image intime d'un mineur, même pour la montrer : décrivez-la et signalez l'adresse où elle se trouve.",
    "de": "Bewahren Sie die Nachrichten als Beweis auf, aber leiten Sie nie ein intimes Bild eines Minderjährigen weiter, auch nicht, um es zu zeigen: Beschreiben Sie es und melden Sie die Adresse, unter der es zu finden ist.",
    "lb": "Behaalt d'Messagen als Beweis, mä schéckt ni en intimt Bild vun engem Mannerjärege weider, och net fir et ze weisen: Beschreift et a mellt d'Adress, wou et ze fannen ass.",
    "en": "Keep the messages as evidence, but never forward an intimate image of a minor, not even to show it: describe it and report the address where it is found.",
    "pt": "Guarde as mensagens como prova, mas nunca reencaminhe uma imagem íntima de um menor, nem sequer para a mostrar: descreva-a e denuncie o endereço onde se encontra.",
}
KJT_LINK = {
    "page": None,
    "url": "https://www.kjt.lu/",
    "title": {
        "fr": "KannerJugendTelefon : 116 111",
        "de": "KannerJugendTelefon: 116 111",
        "lb": "KannerJugendTelefon: 116 111",
        "en": "KannerJugendTelefon: 116 111",
        "pt": "KannerJugendTelefon: 116 111",
    },
    "description": "",
}


def article(number: str) -> dict:
    return {language: text.format(number) for language, text in CRIMINAL_CODE.items()}


def page_link(page):
    """A related-material link to another page; its title follows the page in each language."""
    return {"page": page, "url": "", "title": "", "description": ""}


UNDER_16 = {
    "fr": "Enfants de moins de 16 ans",
    "de": "Kinder unter 16 Jahren",
    "lb": "Kanner ënner 16 Joer",
    "en": "Children under 16",
    "pt": "Crianças com menos de 16 anos",
}
UNDER_18 = {
    "fr": "Mineurs (moins de 18 ans)",
    "de": "Minderjährige (unter 18 Jahren)",
    "lb": "Mannerjäreger (ënner 18 Joer)",
    "en": "Minors (under 18)",
    "pt": "Menores (menos de 18 anos)",
}
GROOMING_RULE = {
    "rule": {
        "fr": "Un adulte n'a pas le droit de faire des propositions sexuelles à un enfant par Internet, par téléphone ou par un autre moyen électronique. C'est aussi interdit quand la personne en face se présente comme un enfant.",
        "de": "Ein Erwachsener darf einem Kind über das Internet, das Handy oder ein anderes elektronisches Mittel keine sexuellen Angebote machen. Das ist auch verboten, wenn sich die Person am anderen Ende als Kind ausgibt.",
        "lb": "En Erwuessenen däerf engem Kand iwwert den Internet, den Handy oder en anert elektronescht Mëttel keng sexuell Propose maachen. Dat ass och verbueden, wann déi Persoun um aneren Enn sech als Kand ausgëtt.",
        "en": "An adult may not make sexual suggestions to a child over the internet, a phone or any other electronic means. It is also forbidden when the person at the other end claims to be a child.",
        "pt": "Um adulto não pode fazer propostas sexuais a uma criança pela internet, pelo telemóvel ou por outro meio eletrónico. Também é proibido quando a pessoa do outro lado se apresenta como criança.",
    },
    "age": UNDER_16,
    "article": article("385-2"),
    "penalty": {
        "fr": "De 1 mois à 3 ans de prison et une amende de 251 à 50 000 euros.",
        "de": "1 Monat bis 3 Jahre Gefängnis und eine Geldstrafe von 251 bis 50 000 Euro.",
        "lb": "1 Mount bis 3 Joer Prisong an eng Geldstrof vun 251 bis 50 000 Euro.",
        "en": "1 month to 3 years in prison and a fine of 251 to 50,000 euros.",
        "pt": "De 1 mês a 3 anos de prisão e uma multa de 251 a 50 000 euros.",
    },
}
SHARING_RULE = {
    "rule": {
        "fr": "Il est interdit de prendre, d'enregistrer ou d'envoyer une image sexuelle d'un mineur pour la diffuser, et de la proposer ou de la partager.",
        "de": "Es ist verboten, ein sexuelles Bild einer minderjährigen Person aufzunehmen, zu speichern oder zu verschicken, um es zu verbreiten, und es anzubieten oder weiterzugeben.",
        "lb": "Et ass verbueden, e sexuellt Bild vun enger mannerjäreger Persoun opzehuelen, ze späicheren oder ze schécken, fir et ze verbreeden, an et unzebidden oder weiderzeginn.",
        "en": "It is forbidden to take, record or send a sexual image of a minor in order to spread it, and to offer or share it.",
        "pt": "É proibido fotografar, gravar ou enviar uma imagem sexual de um menor para a divulgar, e oferecê-la ou partilhá-la.",
    },
    "age": UNDER_18,
    "article": article("383ter"),
    "penalty": {
        "fr": "De 1 mois à 3 ans de prison et une amende de 251 à 50 000 euros. Si l'image est diffusée par Internet à n'importe qui : de 1 à 5 ans de prison et une amende de 251 à 100 000 euros.",
        "de": "1 Monat bis 3 Jahre Gefängnis und eine Geldstrafe von 251 bis 50 000 Euro. Wird das Bild über das Internet an beliebige Leute verbreitet: 1 bis 5 Jahre Gefängnis und eine Geldstrafe von 251 bis 100 000 Euro.",
        "lb": "1 Mount bis 3 Joer Prisong an eng Geldstrof vun 251 bis 50 000 Euro. Gëtt d'Bild iwwer den Internet un iergendwien verbreet: 1 bis 5 Joer Prisong an eng Geldstrof vun 251 bis 100 000 Euro.",
        "en": "1 month to 3 years in prison and a fine of 251 to 50,000 euros. If the image is spread over the internet to anyone at all: 1 to 5 years in prison and a fine of 251 to 100,000 euros.",
        "pt": "De 1 mês a 3 anos de prisão e multa de 251 a 50 000 euros. Se a imagem for divulgada pela internet a qualquer pessoa: de 1 a 5 anos de prisão e multa de 251 a 100 000 euros.",
    },
}
VIEWING_RULE = {
    "rule": {
        "fr": "Il est aussi interdit de se procurer, de garder ou même de regarder une image sexuelle d'un mineur.",
        "de": "Es ist auch verboten, sich ein sexuelles Bild einer minderjährigen Person zu beschaffen, es zu behalten oder es auch nur anzusehen.",
        "lb": "Et ass och verbueden, sech e sexuellt Bild vun enger mannerjäreger Persoun ze beschafen, et ze behalen oder et och just ze kucken.",
        "en": "It is also forbidden to obtain, keep or even look at a sexual image of a minor.",
        "pt": "Também é proibido obter, guardar ou até ver uma imagem sexual de um menor.",
    },
    "age": UNDER_18,
    "article": article("384"),
    "penalty": {
        "fr": "De 1 mois à 3 ans de prison et une amende de 251 à 50 000 euros. Les images sont toujours confisquées.",
        "de": "1 Monat bis 3 Jahre Gefängnis und eine Geldstrafe von 251 bis 50 000 Euro. Die Bilder werden immer beschlagnahmt.",
        "lb": "1 Mount bis 3 Joer Prisong an eng Geldstrof vun 251 bis 50 000 Euro. D'Biller ginn ëmmer konfiskéiert.",
        "en": "1 month to 3 years in prison and a fine of 251 to 50,000 euros. The images are always confiscated.",
        "pt": "De 1 mês a 3 anos de prisão e multa de 251 a 50 000 euros. As imagens são sempre confiscadas.",
    },
}
CHILDPROTECTION_LINK = {
    "page": None,
    "url": "https://www.childprotection.lu/",
    "title": {
        "fr": "childprotection.lu : signaler un cas de grooming",
        "de": "childprotection.lu: einen Fall von Cybergrooming melden",
        "lb": "childprotection.lu: e Fall vu Cybergrooming mellen",
        "en": "childprotection.lu: report a case of grooming",
        "pt": "childprotection.lu: denunciar um caso de aliciamento",
    },
    "description": "",
}
STOPLINE_LINK = {
    "page": None,
    "url": "https://stopline.bee-secure.lu/",
    "title": {
        "fr": "BEE SECURE Stopline : signaler un contenu illégal, sans donner son nom",
        "de": "BEE SECURE Stopline: illegale Inhalte melden, ohne den eigenen Namen anzugeben",
        "lb": "BEE SECURE Stopline: illegal Inhalter mellen, ouni säin Numm unzeginn",
        "en": "BEE SECURE Stopline: report illegal content without giving your name",
        "pt": "BEE SECURE Stopline: denunciar conteúdos ilegais sem dar o nome",
    },
    "description": "",
}
STOPLINE_STEP = {
    "fr": "Si la photo est sur un site ou un réseau social, elle peut être signalée à la BEE SECURE Stopline, sans donner ton nom.",
    "de": "Wenn das Foto auf einer Website oder in einem sozialen Netzwerk ist, kann es bei der BEE SECURE Stopline gemeldet werden, ohne deinen Namen anzugeben.",
    "lb": "Wann d'Foto op engem Site oder an engem soziale Netzwierk ass, ka se bei der BEE SECURE Stopline gemellt ginn, ouni däin Numm unzeginn.",
    "en": "If the photo is on a website or a social network, it can be reported to the BEE SECURE Stopline without giving your name.",
    "pt": "Se a foto estiver num site ou numa rede social, pode ser denunciada à BEE SECURE Stopline, sem dares o teu nome.",
}
STOPLINE_FOR_ADULTS = {
    "fr": "Une image sexuelle d'un mineur trouvée en ligne peut être signalée à la BEE SECURE Stopline, de façon anonyme. Vous recevez un numéro pour suivre le signalement, mais vous ne pourrez plus le compléter ni l'annuler.",
    "de": "Ein sexuelles Bild einer minderjährigen Person, das online zu finden ist, kann anonym bei der BEE SECURE Stopline gemeldet werden. Sie erhalten eine Nummer, mit der Sie die Meldung verfolgen können, können sie danach aber weder ergänzen noch zurückziehen.",
    "lb": "E sexuellt Bild vun enger mannerjäreger Persoun, dat online ze fannen ass, ka bei der BEE SECURE Stopline anonym gemellt ginn. Dir kritt eng Nummer, fir d'Meldung ze verfollegen, mä Dir kënnt se duerno weder ergänzen nach zréckzéien.",
    "en": "A sexual image of a minor found online can be reported anonymously to the BEE SECURE Stopline. You get a number to follow the report, but you can no longer add to it or cancel it.",
    "pt": "Uma imagem sexual de um menor encontrada online pode ser denunciada de forma anónima à BEE SECURE Stopline. Recebe um número para acompanhar a denúncia, mas depois já não a pode completar nem anular.",
}
SEND_NOTHING_MORE = {
    "fr": "Si on te menace de montrer des images de toi, n'envoie rien de plus, ni photo ni argent.",
    "de": "Wenn dir jemand droht, Bilder von dir zu zeigen, schick nichts mehr, weder Fotos noch Geld.",
    "lb": "Wann een dir dreet, Biller vun dir ze weisen, schéck näischt méi, weder Fotoen nach Geld.",
    "en": "If someone threatens to show images of you, do not send anything more, no photos and no money.",
    "pt": "Se alguém te ameaçar mostrar imagens tuas, não envies mais nada, nem fotos nem dinheiro.",
}
