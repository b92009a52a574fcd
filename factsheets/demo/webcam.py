from ..builders import FactsheetContent
from .common import (
    CHILDPROTECTION_LINK,
    FOR_ADULTS,
    GROOMING_RULE,
    INVENTED_EXAMPLE,
    KJT_LINK,
    NEVER_FORWARD,
    REPORT_SOON,
    SEND_NOTHING_MORE,
    SHARING_RULE,
    TALK_TO_AN_ADULT,
    page_link,
)

NOTES = (
    "The BEE SECURE 'Factsheet Video-Chat et Webcam' exists in DE and FR (000 L221-223) but its content is not in "
    "the seeds. Webcam in the seeds: 000 L980-984 (bill 6046 commentary: compromising photos taken with a webcam "
    "give the offender a way to control the child by threatening; covered by art. 385-2) and 001 L297 (you can "
    "report someone who asks you to undress in front of a webcam). Art. 385-2 penalties: 000 L1001-1005, 001 L315. "
    "Art. 383ter: 000 L641-656 (001 L341 calls it art. 383: DIGEST 9.1 #1). Images not stored and not recoverable "
    "on some apps (Snapchat): 000 L1251-1255. Six-month data retention: 000 L1217-1221. 'Recorded or "
    "screenshotted', 'cover the webcam', 'what can be seen behind you', 'shared room' are general safety advice, "
    "not seed facts. 'Send nothing more, no photos and no money' is our advice: the seeds say nothing about paying. "
    "The quote is invented."
)


def content(built):
    related = [page_link(built[slug]) for slug in ("sexting",) if slug in built]
    related += [CHILDPROTECTION_LINK, KJT_LINK]
    return FactsheetContent(
        slug={"fr": "webcam", "de": "webcam", "lb": "webcam", "en": "webcam", "pt": "webcam"},
        title={
            "fr": "Webcam et chat vidéo",
            "de": "Webcam und Videochat",
            "lb": "Webcam a Videochat",
            "en": "Webcams and video chat",
            "pt": "Webcam e videochamadas",
        },
        intro={
            "fr": "Parler en vidéo avec ses amis, c'est super. Mais ce qui passe devant la caméra peut être enregistré, et certaines personnes s'en servent pour faire pression.",
            "de": "Mit Freunden per Video zu reden, ist toll. Aber was vor der Kamera passiert, kann aufgenommen werden, und manche Leute nutzen das, um Druck zu machen.",
            "lb": "Mat Frënn iwwer Video ze schwätzen, ass super. Mä wat virun der Kamera geschitt, ka opgeholl ginn, an e puer Leit notzen dat, fir Drock ze maachen.",
            "en": "Video chatting with friends is great. But whatever happens in front of the camera can be recorded, and some people use that to put pressure on you.",
            "pt": "Falar por vídeo com os amigos é ótimo. Mas o que se passa em frente à câmara pode ser gravado, e há quem use isso para fazer pressão.",
        },
        topics=("webcam", "grooming"),
        audiences=("pupils", "parents"),
        age_bands=("8-11", "12-14", "15-18"),
        editor_notes=NOTES,
        body=[
            (
                "key_facts",
                {
                    "heading": "",
                    "facts": [
                        {
                            "fr": "Un appel vidéo ou un live peut être enregistré ou pris en capture d'écran, sans que tu le voies.",
                            "de": "Ein Videoanruf oder ein Livestream kann aufgenommen oder per Screenshot festgehalten werden, ohne dass du es merkst.",
                            "lb": "En Videoappell oder e Livestream ka mat engem Screenshot festgehale oder opgeholl ginn, ouni datt s du et mierks.",
                            "en": "A video call or a livestream can be recorded or screenshotted without you noticing.",
                            "pt": "Uma videochamada ou um direto podem ser gravados ou captados em ecrã sem que dês conta.",
                        },
                        {
                            "fr": "Certains adultes demandent à des enfants de se déshabiller devant la webcam. C'est du grooming, et tu peux le signaler.",
                            "de": "Manche Erwachsene fordern Kinder auf, sich vor der Webcam auszuziehen. Das ist Cybergrooming, und du kannst es melden.",
                            "lb": "Verschidden Erwuessener fuerderen Kanner op, sech virun der Webcam auszedoen. Dat ass Cybergrooming, an du kanns et mellen.",
                            "en": "Some adults ask children to undress in front of the webcam. That is grooming, and you can report it.",
                            "pt": "Alguns adultos pedem a crianças que se dispam em frente à webcam. Isso é aliciamento e podes denunciá-lo.",
                        },
                        {
                            "fr": "Une image prise par webcam peut servir ensuite à menacer l'enfant pour le contrôler.",
                            "de": "Ein Bild, das über die Webcam entstanden ist, kann danach benutzt werden, um das Kind zu bedrohen und zu kontrollieren.",
                            "lb": "E Bild, dat iwwer d'Webcam entstanen ass, ka spéider benotzt ginn, fir d'Kand ze bedroen an ze kontrolléieren.",
                            "en": "An image taken by webcam can later be used to threaten the child and control them.",
                            "pt": "Uma imagem captada pela webcam pode depois ser usada para ameaçar a criança e controlá-la.",
                        },
                        {
                            "fr": "Sur certaines applis, les images ne sont pas gardées : une fois parties, même la police ne peut pas les récupérer.",
                            "de": "Bei manchen Apps werden die Bilder nicht gespeichert: Sind sie weg, kann selbst die Polizei sie nicht zurückholen.",
                            "lb": "Bei verschiddenen Appe ginn d'Biller net gespäichert: Wa se fort sinn, ka se souguer d'Police net zréckhuelen.",
                            "en": "On some apps, images are not stored: once they are gone, even the police cannot get them back.",
                            "pt": "Em algumas aplicações, as imagens não ficam guardadas: depois de desaparecerem, nem a polícia as consegue recuperar.",
                        },
                    ],
                },
            ),
            ("what_the_law_says", {"heading": "", "rules": [GROOMING_RULE, SHARING_RULE], "note": ""}),
            (
                "quote",
                {
                    "quote": {
                        "fr": "On jouait en ligne et il m'a proposé un appel vidéo. Il a allumé sa caméra, mais on voyait juste un garçon de mon âge qui ne parlait jamais.",
                        "de": "Wir haben online gespielt, und er hat mir einen Videoanruf vorgeschlagen. Er hat seine Kamera eingeschaltet, aber man sah nur einen Jungen in meinem Alter, der nie etwas sagte.",
                        "lb": "Mir hunn online gespillt, an hien huet mir en Videoappell proposéiert. Hien huet seng Kamera ugemaach, mä et huet ee just e Jong a mengem Alter gesinn, deen ni eppes gesot huet.",
                        "en": "We were playing online and he suggested a video call. He turned his camera on, but all you could see was a boy my age who never spoke.",
                        "pt": "Estávamos a jogar online e ele propôs uma videochamada. Ligou a câmara, mas só se via um rapaz da minha idade que nunca falava.",
                    },
                    "attribution": INVENTED_EXAMPLE,
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": "",
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Accepte les appels vidéo seulement de personnes que tu connais aussi en vrai.",
                            "de": "Nimm Videoanrufe nur von Leuten an, die du auch im echten Leben kennst.",
                            "lb": "Huel Videoappeller just vu Leit un, déi s du och am richtege Liewe kenns.",
                            "en": "Only accept video calls from people you also know in real life.",
                            "pt": "Aceita videochamadas só de pessoas que também conheces na vida real.",
                        },
                        {
                            "fr": "Couvre ou débranche la webcam quand tu ne t'en sers pas.",
                            "de": "Deck die Webcam ab oder steck sie aus, wenn du sie nicht benutzt.",
                            "lb": "Deck d'Webcam of oder maach se aus, wann s du se net benotz.",
                            "en": "Cover or unplug the webcam when you are not using it.",
                            "pt": "Tapa ou desliga a webcam quando não a estiveres a usar.",
                        },
                        {
                            "fr": "Pense à ce qu'on voit derrière toi : ta chambre, le nom de ton école, ta rue.",
                            "de": "Denk daran, was hinter dir zu sehen ist: dein Zimmer, der Name deiner Schule, deine Straße.",
                            "lb": "Denk drun, wat hannert dir ze gesinn ass: däin Zëmmer, den Numm vun denger Schoul, deng Strooss.",
                            "en": "Think about what can be seen behind you: your room, the name of your school, your street.",
                            "pt": "Pensa no que se vê atrás de ti: o teu quarto, o nome da tua escola, a tua rua.",
                        },
                        {
                            "fr": "Si quelqu'un te demande de te déshabiller ou de faire quelque chose qui te gêne, coupe l'appel.",
                            "de": "Wenn dich jemand auffordert, dich auszuziehen oder etwas zu tun, das dir unangenehm ist, beende den Anruf.",
                            "lb": "Wann een dech freet, dech auszedoen oder eppes ze maachen, wat dir onugenehm ass, brech den Appell of.",
                            "en": "If someone asks you to undress or to do something that makes you uncomfortable, end the call.",
                            "pt": "Se alguém te pedir para te despires ou para fazeres algo que te incomoda, termina a chamada.",
                        },
                    ],
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Même si tu as fait quelque chose devant la caméra, ce n'est pas de ta faute : c'est la personne qui t'a poussé à le faire qui a mal agi.",
                        "de": "Auch wenn du vor der Kamera etwas getan hast, ist es nicht deine Schuld: Falsch gehandelt hat die Person, die dich dazu gedrängt hat.",
                        "lb": "Och wann s du virun der Kamera eppes gemaach hues, ass et net deng Schold: Falsch gehandelt huet déi Persoun, déi dech dozou gedréckt huet.",
                        "en": "Even if you did something in front of the camera, it is not your fault: the person who pushed you into it is the one who did wrong.",
                        "pt": "Mesmo que tenhas feito alguma coisa em frente à câmara, a culpa não é tua: quem agiu mal foi a pessoa que te pressionou.",
                    },
                    "steps": [
                        {
                            "fr": "Note le pseudo de la personne, le nom de l'appli, la date et l'heure. Fais des captures d'écran de la conversation, mais pas des images de toi.",
                            "de": "Schreib dir den Nutzernamen der Person, den Namen der App, das Datum und die Uhrzeit auf. Mach Screenshots vom Chat, aber nicht von Bildern von dir.",
                            "lb": "Schreif dir de Benotzernumm vun der Persoun, den Numm vun der App, den Datum an d'Auerzäit op. Maach Screenshote vum Chat, mä net vu Biller vun dir.",
                            "en": "Write down the person's username, the name of the app, the date and the time. Take screenshots of the chat, but not of images of you.",
                            "pt": "Aponta o nome de utilizador da pessoa, o nome da aplicação, a data e a hora. Faz capturas de ecrã da conversa, mas não de imagens tuas.",
                        },
                        TALK_TO_AN_ADULT,
                        SEND_NOTHING_MORE,
                        REPORT_SOON,
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Pour les plus jeunes, installez l'ordinateur ou la tablette dans une pièce commune.",
                            "de": "Stellen Sie Computer oder Tablet für jüngere Kinder in einem gemeinsamen Raum auf.",
                            "lb": "Stellt de Computer oder den Tablet fir méi jonk Kanner an e gemeinsame Raum.",
                            "en": "For younger children, keep the computer or tablet in a shared room.",
                            "pt": "Para as crianças mais novas, coloque o computador ou o tablet numa divisão comum.",
                        },
                        {
                            "fr": "Parlez des appels vidéo comme du reste : avec qui, sur quelle appli, et ce qu'on fait si quelqu'un dépasse les limites.",
                            "de": "Sprechen Sie über Videoanrufe wie über alles andere: mit wem, in welcher App und was man tut, wenn jemand Grenzen überschreitet.",
                            "lb": "Schwätzt iwwer Videoappeller wéi iwwer alles anescht: mat wiem, op wéi enger App, a wat een mécht, wann een Grenzen iwwerschreit.",
                            "en": "Talk about video calls like anything else: with whom, on which app, and what to do if someone crosses a line.",
                            "pt": "Fale das videochamadas como de tudo o resto: com quem, em que aplicação e o que fazer se alguém passar dos limites.",
                        },
                        NEVER_FORWARD,
                    ],
                },
            ),
            ("related_links", {"heading": "", "links": related}),
        ],
    )
